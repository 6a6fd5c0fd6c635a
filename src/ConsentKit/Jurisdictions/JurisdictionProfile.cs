using NodaTime;

namespace ConsentKit.Jurisdictions;

/// <summary>
/// The legal defaults of one jurisdiction, in one place, each with its source.
/// Every other part of ConsentKit reads its legal constants from here; see docs/jurisdictions.md.
/// </summary>
public sealed class JurisdictionProfile
{
    private JurisdictionProfile(
        Jurisdiction code,
        string defaultRegion,
        int parentalConsentAge,
        string parentalConsentSource,
        IReadOnlyList<PurposeDefinition> purposes)
    {
        Code = code;
        DefaultRegion = defaultRegion;
        ParentalConsentAge = parentalConsentAge;
        ParentalConsentSource = parentalConsentSource;
        Purposes = purposes;
    }

    /// <summary>The jurisdiction this profile describes.</summary>
    public Jurisdiction Code { get; }

    /// <summary>The ISO 3166 region used to read phone numbers written without a country code.</summary>
    public string DefaultRegion { get; }

    /// <summary>Below this age a grant must be a parental grant (R9).</summary>
    public int ParentalConsentAge { get; }

    /// <summary>The rule behind <see cref="ParentalConsentAge"/>.</summary>
    public string ParentalConsentSource { get; }

    /// <summary>The default purpose catalog that <c>consentkit init</c> installs.</summary>
    public IReadOnlyList<PurposeDefinition> Purposes { get; }

    // R7: every consent ends; default 24 months without interaction, re-permission after.
    private static readonly Period TwoYears = Period.FromMonths(24);

    // Surveys and AI profiling are one-off or high-risk uses: a shorter default life keeps data minimal (R7, R38, GDPR 5(1)(e)).
    private static readonly Period OneYear = Period.FromMonths(12);

    // Membership administration lasts for the membership plus the R39 margin; three years is the member renewal cycle default.
    private static readonly Period ThreeYears = Period.FromMonths(36);

    /// <summary>Québec: Loi 25 (QC-PP) and the Election Act (E-3.3).</summary>
    public static JurisdictionProfile Quebec { get; } = new(
        Jurisdiction.Quebec,
        defaultRegion: "CA",
        // QC-PP s.4.1: the consent of a minor under 14 is given by the person having parental authority (R9).
        parentalConsentAge: 14,
        parentalConsentSource: "R9; QC-PP s.4.1",
        // QC-PP has no legitimate-interest basis and s.12 requires express consent for sensitive data;
        // party preference is sensitive, so implicit consent is refused for every political purpose (R3, R4).
        DefaultPurposes(
            express: [ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            ordinary: [ConsentBasis.Consent, ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            source: "R3, R4, R7; QC-PP s.12, s.14"));

    /// <summary>Canada, federal parties: Canada Elections Act s.385(2)(k) and the party's own privacy policy (R19).</summary>
    public static JurisdictionProfile Canada { get; } = new(
        Jurisdiction.Canada,
        defaultRegion: "CA",
        // No federal statute sets an age of consent for parties; ConsentKit keeps Québec's 14 as the stricter default (R9, R20).
        parentalConsentAge: 14,
        parentalConsentSource: "R9, R20 (default: Québec's QC-PP s.4.1 threshold)",
        // CASL exempts political messages (R19) but the consent gate stays on; legitimate interest is not offered (default).
        DefaultPurposes(
            express: [ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            ordinary: [ConsentBasis.Consent, ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            source: "R4, R7, R19; CEA s.385(2)(k)"));

    /// <summary>France: GDPR, Loi 78-17 and CNIL doctrine on political communication.</summary>
    public static JurisdictionProfile France { get; } = new(
        Jurisdiction.France,
        defaultRegion: "FR",
        // LIL art. 45 and GDPR 8: under 15, consent for online services is given jointly with a parent (R9).
        parentalConsentAge: 15,
        parentalConsentSource: "R9; LIL art. 45, GDPR art. 8",
        // Data revealing political opinion needs explicit consent unless the person is a member or regular contact (GDPR 9(2)(a), 9(2)(d); R4, R18).
        DefaultPurposes(
            express: [ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            ordinary: [ConsentBasis.ExplicitConsent, ConsentBasis.Membership],
            source: "R4, R7, R18; GDPR 9(2)(a), 9(2)(d)"));

    /// <summary>The profile of a jurisdiction.</summary>
    public static JurisdictionProfile For(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.Quebec => Quebec,
        Jurisdiction.Canada => Canada,
        Jurisdiction.France => France,
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction)),
    };

    private static PurposeDefinition[] DefaultPurposes(ConsentBasis[] express, ConsentBasis[] ordinary, string source) =>
    [
        new("gotv", TwoYears, express, source),
        new("newsletter", TwoYears, express, source),
        new("fundraising", TwoYears, express, source),
        new("survey", OneYear, express, source),
        // Volunteering reveals less than a political message; the ordinary set still excludes legitimate interest.
        new("volunteering", TwoYears, ordinary, source),
        new("membership", ThreeYears, [ConsentBasis.Membership, ConsentBasis.ExplicitConsent], source + "; R39"),
        // R5: political-advertising targeting needs its own explicit consent, never inferred from another purpose (TTPA 18(1)).
        new("political-ads", OneYear, [ConsentBasis.ExplicitConsent], "R5; TTPA art. 18(1)"),
        // R29: inferred scores are sensitive data; profiling needs explicit consent (GDPR 9(2)(a), 22).
        new("ai-profiling", OneYear, [ConsentBasis.ExplicitConsent], "R29, R44; GDPR 9(2)(a), 22"),
    ];
}
