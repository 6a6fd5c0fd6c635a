using ConsentKit.Jurisdictions;

namespace ConsentKit.Targeting;

/// <summary>
/// The targeting rules of one jurisdiction (R28-R35), kept with the other legal defaults of its profile; <see cref="EuropeanUnion"/>
/// is the EU overlay on its own (Regulation 2024/900). Each value carries its source.
/// </summary>
public sealed record TargetingRules
{
    /// <summary>The wire name: <c>qc</c>, <c>ca</c>, <c>fr</c> or <c>eu</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The micro-targeting floor: a segment reaching fewer people is refused (R33; default 100).</summary>
    public int MinimumAudience { get; init; } = 100;

    /// <summary>The rule behind <see cref="MinimumAudience"/>.</summary>
    public string MinimumAudienceSource { get; init; } = "R33 (default 100)";

    /// <summary>
    /// True where only data collected from the person may drive a segment: fields from a third party or inferred are refused
    /// at definition time, and electoral-list fields for political advertising (R5, R30; TTPA art. 18(1)).
    /// </summary>
    public bool OnlyDataFromThePerson { get; init; }

    /// <summary>True where a special category may never drive political advertising, even with an override (TTPA art. 18(1)(c)).</summary>
    public bool NoSpecialCategoriesForPoliticalAds { get; init; }

    /// <summary>Where broker data may still be used: only for people whose consent for the purpose is explicit (R5; QC-PP s.12).</summary>
    public bool ThirdPartyDataNeedsExplicitConsent { get; init; }

    /// <summary>The official languages: a language criterion joined to a location is an origin proxy unless it selects only these (R31).</summary>
    public IReadOnlyList<string> OfficialLanguages { get; init; } = [];

    /// <summary>
    /// The purposes electoral-list data may serve (R35): communicating with electors, soliciting contributions, recruiting
    /// members and volunteers; never profiling or anything commercial. A segment on an electoral-list field for another
    /// purpose is refused (<c>ElectoralListPurpose</c>).
    /// </summary>
    public IReadOnlySet<string> ElectoralListPurposes { get; init; } =
        new HashSet<string>(StringComparer.Ordinal) { "gotv", "newsletter", "fundraising", "survey", "volunteering", "membership", "political-ads" };

    /// <summary>The law behind <see cref="ElectoralListPurposes"/>.</summary>
    public string ElectoralListSource { get; init; } = "R35";

    /// <summary>The lowest selection-rate ratio of a group to the whole that passes the skew test (R32; default 0.8).</summary>
    public double SkewLow { get; init; } = 0.8;

    /// <summary>The highest selection-rate ratio that passes the skew test (R32; default 1.25).</summary>
    public double SkewHigh { get; init; } = 1.25;

    /// <summary>Groups smaller than this are not compared: too few to measure, and a count that could single people out (R32; default 30).</summary>
    public int SkewMinimumGroup { get; init; } = 30;

    /// <summary>The rule behind the skew test's values.</summary>
    public string SkewSource { get; init; } = "R32 [default]; GDPR art. 9; S2 6(d)";

    /// <summary>The age rules that exclude minors from segments (R20).</summary>
    public required MinorRules Minors { get; init; }

    /// <summary>The rules these values rest on.</summary>
    public required string Source { get; init; }

    /// <summary>The age under which a person is left out of a segment for <paramref name="purpose"/> (R20); 0 when none.</summary>
    public int MinimumAge(string purpose) =>
        purpose == "political-ads" ? Minors.PoliticalAdsAge : Minors.PersuasionPurposes.Contains(purpose) ? Minors.PersuasionAge : 0;

    /// <summary>The EU overlay on its own: only data from the person, no special category for political ads, minors under 17 left out.</summary>
    public static TargetingRules EuropeanUnion { get; } = new()
    {
        Name = "eu",
        OnlyDataFromThePerson = true,
        NoSpecialCategoriesForPoliticalAds = true,
        Minors = new MinorRules(PersuasionAge: 17, ["gotv", "newsletter", "fundraising", "political-ads"], PoliticalAdsAge: 17, "R20; TTPA art. 18(2)"),
        ElectoralListSource = "R35; electoral lists serve political communication only (Code électoral L37; CNIL)",
        Source = "R5, R20, R30, R33; GDPR art. 9; TTPA art. 18",
    };

    /// <summary>The rules for a wire name (<c>qc|ca|fr|eu</c>); null when unknown.</summary>
    public static TargetingRules? For(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "eu" => EuropeanUnion,
        var n when Vocabulary.TryParseJurisdiction(n, out var j) => JurisdictionProfile.For(j).Targeting,
        _ => null,
    };
}

/// <summary>
/// A logged decision to let one special category drive segments for one purpose, with its GDPR art. 9(2) basis, such as a
/// union writing to its own members (art. 9(2)(d)). Never honoured for political advertising under the France and EU rules.
/// </summary>
/// <param name="Category">The special category.</param>
/// <param name="Purpose">The purpose it is allowed for.</param>
/// <param name="Basis">The GDPR art. 9(2) basis, such as <c>9(2)(d)</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="ApprovedBy">The DPO or officer who approved it.</param>
public sealed record TargetingOverride(DataCategory Category, string Purpose, string Basis, string Reason, string ApprovedBy);
