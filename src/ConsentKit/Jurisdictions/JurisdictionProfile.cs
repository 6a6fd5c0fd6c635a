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
        IReadOnlyList<PurposeDefinition> purposes,
        string language,
        SendingHours sendingHours,
        IReadOnlyList<string> fallbackZones,
        MinorRules minors,
        Targeting.TargetingRules targeting,
        PoliticalAdvertisingOverlay? politicalAdvertising = null)
    {
        Targeting = targeting;
        PoliticalAdvertising = politicalAdvertising;
        Code = code;
        DefaultRegion = defaultRegion;
        ParentalConsentAge = parentalConsentAge;
        ParentalConsentSource = parentalConsentSource;
        Purposes = purposes;
        Language = language;
        SendingHours = sendingHours;
        FallbackZones = fallbackZones;
        Minors = minors;
    }

    /// <summary>The language of replies and reasons when the person's is unknown: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>When messages may reach a person, in the person's zone (R24).</summary>
    public SendingHours SendingHours { get; }

    /// <summary>The zones assumed when a contact's zone is unknown; the gate applies the most restrictive (R24).</summary>
    public IReadOnlyList<string> FallbackZones { get; }

    /// <summary>The age rules the gate applies (R9, R20).</summary>
    public MinorRules Minors { get; }

    /// <summary>The rules the targeting guard applies (R28-R35).</summary>
    public Targeting.TargetingRules Targeting { get; }

    /// <summary>The EU overlay for political advertising (Regulation 2024/900), for profiles in the EU; null elsewhere.</summary>
    public PoliticalAdvertisingOverlay? PoliticalAdvertising { get; }

    /// <summary>
    /// R11: what an objection to political direct marketing stops, in every jurisdiction: every persuasion, fundraising,
    /// survey, volunteering and advertising purpose, and the profiling and scoring that serve them (<c>ai-profiling</c>,
    /// which segments on inferred fields require). Membership administration is not direct marketing and stays.
    /// </summary>
    public static ObjectionScope Objection { get; } = new(
        new HashSet<string>(StringComparer.Ordinal) { "gotv", "newsletter", "fundraising", "survey", "volunteering", "political-ads", "ai-profiling" },
        "R11; GDPR art. 21(2)-(3) (absolute for direct marketing and the profiling related to it), applied in every jurisdiction");

    /// <summary>R25: without a frequency announced at sign-up, at most 4 messages per 30 days per controller and channel.</summary>
    public static FrequencyCap DefaultFrequencyCap(Channel channel) => new(channel, 4, Duration.FromDays(30));

    /// <summary>Keywords that stop messages, in any case, with or without accents and trailing words (R10).</summary>
    public static IReadOnlySet<string> StopKeywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // CTIA/carrier and CRTC conventions in English; CNIL's "STOP SMS" and common French forms (accents folded).
        "STOP", "ARRET", "ARRETER", "DESABONNER", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "STOPALL",
    };

    /// <summary>Keywords that lift a keyword stop, where the law allows re-subscription by keyword.</summary>
    public static IReadOnlySet<string> StartKeywords { get; } = new HashSet<string>(StringComparer.Ordinal) { "START", "UNSTOP", "REPRENDRE" };

    /// <summary>Keywords that ask for help (carrier convention; INFO stays a help keyword, R50).</summary>
    public static IReadOnlySet<string> HelpKeywords { get; } = new HashSet<string>(StringComparer.Ordinal) { "HELP", "AIDE", "INFO" };

    /// <summary>Keywords that ask why the person got the message (R50).</summary>
    public static IReadOnlySet<string> WhyKeywords { get; } = new HashSet<string>(StringComparer.Ordinal) { "POURQUOI", "WHY" };

    /// <summary>Keywords that ask for a copy of one's data (R55: a request by any channel, SMS included; accents folded).</summary>
    public static IReadOnlySet<string> AccessKeywords { get; } = new HashSet<string>(StringComparer.Ordinal) { "ACCES", "DONNEES", "ACCESS", "MYDATA" };

    /// <summary>What election-finance law keeps through an erasure (R39, R59): donation records.</summary>
    public RetentionDuty FinanceRecords { get; private init; } = null!;

    /// <summary>How long data is kept (R39): the shortest periods, which only a <see cref="LegalOverride"/> for <c>retention</c> lengthens (R38).</summary>
    public RetentionRules Retention { get; private init; } = null!;

    /// <summary>
    /// The rules of voice and automated calls (R14, R27) where the profile has them (Québec and Canada: the CRTC
    /// Unsolicited Telecommunications Rules bind every call in Canada); null where none beyond the sending hours.
    /// </summary>
    public VoiceCallRules? VoiceCalls { get; private init; }

    /// <summary>
    /// The EU rule for SMS and e-mail (R18) where the profile has it (France): prospects only with prior consent (no grant on
    /// legitimate interest for these channels), and members reached on the membership basis are offered a way to object in
    /// every message. Null elsewhere.
    /// </summary>
    public ElectronicChannelRules? ElectronicChannels { get; private init; }

    /// <summary>What a new installation does before anyone decides otherwise (R38): profiling off, sharing off.</summary>
    public PrivacyByDefault Defaults { get; private init; } = null!;

    /// <summary>Confidentiality-incident deadlines and how long the register is kept (R62, R63).</summary>
    public IncidentRules Incidents { get; private init; } = null!;

    /// <summary>When a rights request (access, erasure…) must be answered (R56).</summary>
    public RequestDeadline RequestDeadline { get; private init; } = null!;

    /// <summary>
    /// R6, Québec provincial parties: consent captured before an elector's data is collected, only the purposes the Election
    /// Act allows, a new consent for a new use, and a person in charge chosen among the party's officers. Null elsewhere.
    /// </summary>
    public ElectionActRules? ElectionAct { get; private init; }

    private static readonly IReadOnlySet<string> Canadian = new HashSet<string>(StringComparer.Ordinal) { "CA" };

    // The EU 27 and the other EEA states (GDPR ch. V applies to transfers outside them).
    private static readonly IReadOnlySet<string> EuropeanEconomicArea = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    };

    // R24, Canada and Québec: the CRTC Unsolicited Telecommunications Rules (Part III) curfew that binds political
    // solicitation calls, used for all political messages: weekdays 09:00-21:30, weekends 10:00-18:00.
    private static readonly SendingHours CrtcHours = new(
        new Dictionary<IsoDayOfWeek, IReadOnlyList<SendWindow>>
        {
            [IsoDayOfWeek.Monday] = [new(new LocalTime(9, 0), new LocalTime(21, 30))],
            [IsoDayOfWeek.Tuesday] = [new(new LocalTime(9, 0), new LocalTime(21, 30))],
            [IsoDayOfWeek.Wednesday] = [new(new LocalTime(9, 0), new LocalTime(21, 30))],
            [IsoDayOfWeek.Thursday] = [new(new LocalTime(9, 0), new LocalTime(21, 30))],
            [IsoDayOfWeek.Friday] = [new(new LocalTime(9, 0), new LocalTime(21, 30))],
            [IsoDayOfWeek.Saturday] = [new(new LocalTime(10, 0), new LocalTime(18, 0))],
            [IsoDayOfWeek.Sunday] = [new(new LocalTime(10, 0), new LocalTime(18, 0))],
        },
        holidays: null,
        "R24; CRTC Unsolicited Telecommunications Rules Part III");

    // R24, France: Code de la consommation D223-9 (commercial calls, applied by analogy): weekdays 10:00-13:00 and
    // 14:00-20:00, never on weekends or public holidays.
    private static readonly SendingHours FrenchHours = new(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, _ => (IReadOnlyList<SendWindow>)[new(new LocalTime(10, 0), new LocalTime(13, 0)), new(new LocalTime(14, 0), new LocalTime(20, 0))]),
        SendingHours.FrenchPublicHolidays,
        "R24; Code de la consommation D223-9");

    // Persuasion purposes: a message urging a vote, a donation or a political view (R20).
    private static readonly string[] Persuasion = ["gotv", "newsletter", "fundraising", "political-ads"];

    private static readonly MinorRules QuebecMinors = new(PersuasionAge: 18, Persuasion, PoliticalAdsAge: 18, "R9, R20; QC-PP s.4.1");

    private static readonly MinorRules CanadaMinors = new(PersuasionAge: 18, Persuasion, PoliticalAdsAge: 18, "R20 (default)");

    // TTPA art. 18(2): no political-ad targeting of people known to be at least one year under voting age (18): under 17.
    private static readonly MinorRules FranceMinors = new(PersuasionAge: 15, Persuasion, PoliticalAdsAge: 17, "R9, R20; LIL art. 45; TTPA art. 18(2)");

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
            source: "R3, R4, R7; QC-PP s.12, s.14"),
        language: "fr",
        CrtcHours,
        // Québec spans Eastern time and, on the Magdalen Islands, Atlantic time.
        fallbackZones: ["America/Halifax", "America/Toronto"],
        QuebecMinors,
        new Targeting.TargetingRules
        {
            Name = "qc",
            ElectoralListSource = "R35; QC Election Act: the electors' list serves electoral purposes only [section unverified]",
            // QC-PP s.12: sensitive data needs express consent, so broker data is used only where the person's consent is explicit.
            ThirdPartyDataNeedsExplicitConsent = true,
            OfficialLanguages = ["fr", "en"],
            Minors = QuebecMinors,
            Source = "R28-R35; QC-PP s.12; GDPR art. 9 (by analogy)",
        })
    {
        // R51: the person may complain to the CAI, the Québec authority for personal information (QC-PP s.81).
        Authority = new("la Commission d'accès à l'information du Québec (CAI)", "Commission d'accès à l'information du Québec (CAI)", "https://www.cai.gouv.qc.ca", "R51; QC-PP s.81"),
        HomeCountries = Canadian,
        // R56: QC-PP s.32, an answer within 30 days; no extension, and no answer counts as a refusal.
        RequestDeadline = new(Period.FromDays(30), Period.Zero, "America/Toronto", "R56; QC-PP s.32"),
        // R59: donation records stay as election-finance law requires; an erasure keeps the donor's identity and the amounts.
        FinanceRecords = new(["donations_total"], ["first_name", "last_name", "postal_code", "donations_total"], "R39, R59; QC Election Act (E-3.3), records of contributions [article unverified]"),
        // R39: a contact with no consent in force and no activity for 3 years is erased (CNIL's prospect duration, applied anyway).
        Retention = new(Period.FromYears(3), Period.FromYears(7), "R39 (default: 3 years after the last interaction); R67 (7 years)"),
        // R38: profiling and sharing stay off until a LegalOverride ("profiling", "sharing") turns them on, logged with its approver.
        Defaults = new(Profiling: false, Sharing: false, "R38; QC-PP s.9.1 (the highest confidentiality by default, without the person having to act)"),
        // R6: the Election Act's rules for provincial parties (Title III.1, as the CAI's page on parties describes them).
        ElectionAct = new(
            new HashSet<string>(StringComparer.Ordinal) { "gotv", "newsletter", "fundraising", "survey", "volunteering", "membership", "political-ads", "ai-profiling" },
            new HashSet<string>(StringComparer.Ordinal) { "leader", "president", "director-general", "official-agent", "official-representative", "secretary", "treasurer", "executive-member" },
            // [default] one hour: a form written in two calls is one collection; a phone noted at the door and consent sought the next day is not.
            SameCollection: Duration.FromHours(1),
            "R6; QC-EA Title III.1 (section numbers [unverified]); CAI, page on provincial political parties; the one-hour window is a [default]"),
        // R14: political solicitation calls follow the CRTC Telemarketing and ADAD rules: the curfew binds whatever window the person chose.
        VoiceCalls = new(CrtcHours, RegistrationRequired: false, "R14; CRTC Unsolicited Telecommunications Rules Parts III-IV (calls in Canada, provincial campaigns included); internal do-not-call list: the suppression list (kept for good, beyond the 3 years the Rules ask)"),
        // R62, R63: notify the authority and the persons promptly when there is a risk of serious injury; no fixed hours.
        Incidents = new(null, Period.FromYears(5), "R62, R63; QC-PP s.3.5, s.3.8; QC-INC s.7 (register kept 5 years)"),
        // R19: CASL does not reach political messages or donation requests; commercial content is not exempt.
        CommercialMessages = new(
            PoliticalExempt: true,
            "Il faut alors le consentement exprès ou tacite prévu par la LCAP, l'identification de l'expéditeur et un moyen de se désabonner.",
            "It then needs CASL express or implied consent, sender identification and an unsubscribe mechanism.",
            "R19; CASL s.6; Electronic Commerce Protection Regulations s.3 (political and donation messages exempt) [paragraph unverified]"),
        // R60: the CAI reports that the Election Act excludes electors' access, rectification and destruction rights for
        // provincial parties. ConsentKit does not apply the exclusion: the requests keep their deadline, and the DPO is told.
        ReportedRightsExclusion = new(
            new HashSet<Requests.RequestKind> { Requests.RequestKind.Access, Requests.RequestKind.Rectification, Requests.RequestKind.Erasure },
            "R60; QC-EA, provincial parties' electors data (reported by the CAI president and the CAI's page on parties) [section unverified]",
            "La Loi électorale exclurait ce droit pour les données d'électeurs des partis provinciaux (selon la CAI ; article non vérifié). ConsentKit ne l'applique pas : la demande suit la Loi 25 et son délai de 30 jours ; à la personne responsable de décider, par écrit, si elle s'en prévaut.",
            "The Election Act reportedly excludes this right for provincial parties' electors data (per the CAI; section unverified). ConsentKit does not apply it: the request follows Law 25 and its 30-day deadline; the person in charge decides, in writing, whether to rely on it."),
    };

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
            source: "R4, R7, R19; CEA s.385(2)(k)"),
        language: "en",
        CrtcHours,
        fallbackZones: ["America/St_Johns", "America/Halifax", "America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"],
        CanadaMinors,
        new Targeting.TargetingRules
        {
            Name = "ca",
            ElectoralListSource = "R35; CEA ss.110, 111(f) (communicating with electors, soliciting contributions, recruiting members)",
            ThirdPartyDataNeedsExplicitConsent = true,
            OfficialLanguages = ["en", "fr"],
            Minors = CanadaMinors,
            Source = "R28-R35; CEA s.385(2)(k) (the party's policy)",
        })
    {
        // R51: complaints about a federal party's handling go to the Privacy Commissioner (the party's policy, CEA s.385(2)(k)).
        Authority = new("le Commissariat à la protection de la vie privée du Canada", "Office of the Privacy Commissioner of Canada", "https://www.priv.gc.ca", "R51; CEA s.385(2)(k)"),
        HomeCountries = Canadian,
        // R56: no statutory access right for federal parties after the 2023 amendments [unverified]; 30 days by default.
        RequestDeadline = new(Period.FromDays(30), Period.Zero, "America/Toronto", "R56 (default)"),
        // R59: donation records stay as election-finance law requires; an erasure keeps the donor's identity and the amounts.
        FinanceRecords = new(["donations_total"], ["first_name", "last_name", "postal_code", "donations_total"], "R39, R59; CEA Part 18, records of contributions [article unverified]"),
        // R39: a contact with no consent in force and no activity for 3 years is erased (CNIL's prospect duration, applied anyway).
        Retention = new(Period.FromYears(3), Period.FromYears(7), "R39 (default: 3 years after the last interaction); R67 (7 years)"),
        // R38: profiling and sharing stay off until a LegalOverride ("profiling", "sharing") turns them on, logged with its approver.
        Defaults = new(Profiling: false, Sharing: false, "R38 [default]; PIPEDA Principle 4.4 (limiting collection) and CEA s.444.1 (a party's privacy policy)"),
        // R14, R27: the CRTC curfew binds every call; a voter contact calling service registers with the CRTC (CEA Part 16.1).
        VoiceCalls = new(CrtcHours, RegistrationRequired: true, "R14, R27; CRTC Unsolicited Telecommunications Rules Parts III-IV; CEA Part 16.1 (voter contact calling services register with the CRTC within 48 hours of the first call; ConsentKit asks for the registration before any call [default])"),
        // R62, R63: notify the authority and the persons promptly when there is a risk of serious injury; no fixed hours.
        Incidents = new(null, Period.FromYears(5), "R62, R63; PIPEDA-style practice (default: Québec's rules)"),
        // R19: CASL does not reach political messages or donation requests; commercial content is not exempt.
        CommercialMessages = new(
            PoliticalExempt: true,
            "Il faut alors le consentement exprès ou tacite prévu par la LCAP, l'identification de l'expéditeur et un moyen de se désabonner.",
            "It then needs CASL express or implied consent, sender identification and an unsubscribe mechanism.",
            "R19; CASL s.6; Electronic Commerce Protection Regulations s.3 (political and donation messages exempt) [paragraph unverified]"),
    };

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
            source: "R4, R7, R18; GDPR 9(2)(a), 9(2)(d)"),
        language: "fr",
        FrenchHours,
        fallbackZones: ["Europe/Paris"],
        // TTPA art. 18(2): no political-ad targeting of people known to be at least one year under voting age (18): under 17.
        FranceMinors,
        new Targeting.TargetingRules
        {
            Name = "fr",
            ElectoralListSource = "R35; Code électoral L37 (political communication, no commercial use); CNIL",
            OnlyDataFromThePerson = true,
            NoSpecialCategoriesForPoliticalAds = true,
            OfficialLanguages = ["fr"],
            Minors = FranceMinors,
            Source = "R28-R35; GDPR art. 9; TTPA art. 18; CNIL electoral-list guidance",
        },
        PoliticalAdvertisingOverlay.EuropeanUnion)
    {
        // R51: the CNIL (GDPR art. 77); providers outside the EU/EEA are transfers under GDPR ch. V.
        Authority = new("la Commission nationale de l'informatique et des libertés (CNIL)", "Commission nationale de l'informatique et des libertés (CNIL)", "https://www.cnil.fr", "R51; GDPR art. 77"),
        HomeCountries = EuropeanEconomicArea,
        // R56: GDPR art. 12(3), one calendar month, extendable by two more months with the reason told within the first.
        RequestDeadline = new(Period.FromMonths(1), Period.FromMonths(2), "Europe/Paris", "R56; GDPR art. 12(3)"),
        // R59: donation records stay as election-finance law requires; an erasure keeps the donor's identity and the amounts.
        FinanceRecords = new(["donations_total"], ["first_name", "last_name", "postal_code", "donations_total"], "R39, R59; Code électoral L52-8, L52-12 (donations, CNCCFP) [article unverified]"),
        // R39: CNIL keeps prospects 3 years after the last contact; send records 7 years like the targeting register.
        Retention = new(Period.FromYears(3), Period.FromYears(7), "R39; CNIL (prospects: 3 years after the last contact); R67 (7 years)"),
        // R38: profiling and sharing stay off until a LegalOverride ("profiling", "sharing") turns them on, logged with its approver.
        Defaults = new(Profiling: false, Sharing: false, "R38; GDPR art. 25(2) (data protection by default)"),
        // R18: political SMS and e-mail follow the commercial opt-in logic (CNIL); members on the R4 basis may object at every message.
        ElectronicChannels = new(ProspectsNeedConsent: true, ObjectionInEveryMemberMessage: true, "R18; ePrivacy Directive art. 13; CPCE L34-5; CNIL recommendation 2012-020; GDPR art. 21(2)-(4)"),
        // R63: GDPR art. 33, the authority within 72 hours of awareness unless the risk is unlikely; art. 33(5) register.
        Incidents = new(Duration.FromHours(72), Period.FromYears(5), "R62, R63; GDPR art. 33, 34"),
        // R18: in France political SMS and e-mail already follow the commercial opt-in logic; selling in them is commercial prospection.
        CommercialMessages = new(
            PoliticalExempt: false,
            "En France, la prospection commerciale par SMS ou courriel exige le consentement préalable (CPCE L34-5) et relève d'un traitement distinct.",
            "In France, commercial prospection by SMS or e-mail needs prior consent (CPCE L34-5) and is a separate processing.",
            "R18; CPCE L34-5; CNIL recommendation 2012-020"),
        // R21: the overseas constituencies of the Americas and French Polynesia vote on the Saturday, a day before
        // metropolitan France, so that results are not known there before they vote; their silence starts a day earlier.
        Polling = new(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "America/Guadeloupe", "America/Martinique", "America/Cayenne", "America/Miquelon", "America/St_Barthelemy", "America/Marigot", "Pacific/Tahiti",
            },
            ["Europe/Paris", "America/Guadeloupe", "America/Martinique", "America/Cayenne", "America/Miquelon", "America/St_Barthelemy", "America/Marigot",
             "Pacific/Tahiti", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Wallis"],
            new LocalTime(20, 0),
            "R21; Code électoral L49, and each election's convocation decree (overseas Americas and French Polynesia vote on the Saturday) [article unverified]; polls close at 20:00 at the latest (R. 41)"),
    };

    /// <summary>The authority a person may complain to, named in every explanation (R51).</summary>
    public SupervisoryAuthority Authority { get; private init; } = null!;

    /// <summary>How commercial content in a political message is treated (R18, R19), with its source.</summary>
    public CommercialMessageRule CommercialMessages { get; private init; } = null!;

    /// <summary>
    /// Rights a law reportedly excludes for this jurisdiction's parties (R60), shown to the privacy officer on each request
    /// of those kinds and never applied silently: the requests keep their deadline. Null where none is reported.
    /// </summary>
    public RightsExclusion? ReportedRightsExclusion { get; private init; }

    /// <summary>
    /// The constituencies that vote the day before the national polling day, by zone, and the polls' local closing time
    /// an election silence ends at (R21). Empty outside France.
    /// </summary>
    public PollingCalendar Polling { get; private init; } = PollingCalendar.None;

    /// <summary>
    /// Countries (ISO 3166-1 alpha-2) where a data or AI provider is at home; any other country is named to the person as
    /// processing outside the country (R36, R51; QC-PP s.17; GDPR ch. V).
    /// </summary>
    public IReadOnlySet<string> HomeCountries { get; private init; } = null!;

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

/// <summary>A data-protection authority a person may complain to.</summary>
/// <param name="NameFr">Its name in French, with its article ("la Commission…", "le Commissariat…").</param>
/// <param name="NameEn">Its name in English.</param>
/// <param name="Url">Its website.</param>
/// <param name="Source">The rule that names it.</param>
public sealed record SupervisoryAuthority(string NameFr, string NameEn, string Url, string Source);

/// <summary>How commercial content in a political message is treated (R18, R19).</summary>
/// <param name="PoliticalExempt">Whether political messages and donation requests are exempt from the anti-spam law (CASL: yes).</param>
/// <param name="LimitsFr">What commercial content needs, in French.</param>
/// <param name="LimitsEn">What commercial content needs, in English.</param>
/// <param name="Source">The rules.</param>
public sealed record CommercialMessageRule(bool PoliticalExempt, string LimitsFr, string LimitsEn, string Source);

/// <summary>Rights a law reportedly excludes, and what the privacy officer is told (R60).</summary>
/// <param name="Rights">The kinds of request concerned.</param>
/// <param name="Source">Where the exclusion is reported.</param>
/// <param name="NoteFr">The note shown to the privacy officer, in French.</param>
/// <param name="NoteEn">The note in English.</param>
public sealed record RightsExclusion(IReadOnlySet<Requests.RequestKind> Rights, string Source, string NoteFr, string NoteEn)
{
    /// <summary>The note in <paramref name="language"/> (<c>fr</c> or <c>en</c>).</summary>
    public string Note(string language) => language == "fr" ? NoteFr : NoteEn;
}

/// <summary>What an objection to political direct marketing stops (R11).</summary>
/// <param name="Purposes">The purposes withdrawn on every channel.</param>
/// <param name="Source">The rule.</param>
public sealed record ObjectionScope(IReadOnlySet<string> Purposes, string Source);

/// <summary>When a jurisdiction's constituencies vote (R21).</summary>
/// <param name="DayEarlierZones">The zones of constituencies that vote the day before the national polling day.</param>
/// <param name="ConstituencyZones">Every zone the jurisdiction's constituencies lie in.</param>
/// <param name="LatestPollsClose">The latest local time polls close: a silence ends then unless told otherwise.</param>
/// <param name="Source">The rules.</param>
public sealed record PollingCalendar(IReadOnlySet<string> DayEarlierZones, IReadOnlyList<string> ConstituencyZones, LocalTime LatestPollsClose, string Source)
{
    /// <summary>No constituency calendar: elections are configured one by one.</summary>
    public static PollingCalendar None { get; } = new(new HashSet<string>(), [], new LocalTime(20, 0), "none");

    /// <summary>The day a constituency in <paramref name="zone"/> votes, given the national polling day.</summary>
    public LocalDate PollingDayIn(string zone, LocalDate nationalPollingDay) => DayEarlierZones.Contains(zone) ? nationalPollingDay.PlusDays(-1) : nationalPollingDay;
}

/// <summary>How long an organisation has to answer a rights request (R56).</summary>
/// <param name="Answer">From receipt: 30 days (Québec) or one calendar month (GDPR; a day missing in the month ends at its last day).</param>
/// <param name="MaxExtension">The most the deadline may be extended, with a reason told to the person; zero where none is allowed.</param>
/// <param name="TimeZone">The tzdb zone whose calendar days count: the deadline ends at midnight there, after its last day.</param>
/// <param name="Source">The rule.</param>
public sealed record RequestDeadline(Period Answer, Period MaxExtension, string TimeZone, string Source);

/// <summary>A duty to keep some data through an erasure (R59).</summary>
/// <param name="TriggerFields">The catalog fields whose presence on a contact makes the duty apply, such as <c>donations_total</c>.</param>
/// <param name="KeptFields">The fields kept when it applies; everything else is erased.</param>
/// <param name="Source">The rule that imposes it.</param>
public sealed record RetentionDuty(IReadOnlyList<string> TriggerFields, IReadOnlyList<string> KeptFields, string Source);

/// <summary>The EU rule for SMS and e-mail (R18).</summary>
/// <param name="ProspectsNeedConsent">No SMS or e-mail grant may rest on legitimate interest: prospects are reached only with prior consent.</param>
/// <param name="ObjectionInEveryMemberMessage">Every SMS or e-mail sent on the membership basis offers a way to object (STOP, unsubscribe).</param>
/// <param name="Source">The rules and articles.</param>
public sealed record ElectronicChannelRules(bool ProspectsNeedConsent, bool ObjectionInEveryMemberMessage, string Source);

/// <summary>The rules of voice and automated calls (R14, R27).</summary>
/// <param name="CallingHours">When a call may be placed, in the person's zone; a window the person chose only narrows them.</param>
/// <param name="RegistrationRequired">Whether a voter contact calling registration must be recorded (<see cref="ConsentKitOptions.VoterContactRegistration"/>) before any call.</param>
/// <param name="Source">The rules and articles.</param>
public sealed record VoiceCallRules(SendingHours CallingHours, bool RegistrationRequired, string Source);

/// <summary>
/// Privacy by default (R38): what is off on a new installation. Turning one on is a <see cref="LegalOverride"/> for
/// <c>profiling</c> or <c>sharing</c>, logged at start and recorded in the store with its approver and the actor.
/// </summary>
/// <param name="Profiling">Whether segments may use inferred fields (scores, AI guesses) by default.</param>
/// <param name="Sharing">Whether an organisation may declare sharing contacts with another by default.</param>
/// <param name="Source">The rule and article.</param>
public sealed record PrivacyByDefault(bool Profiling, bool Sharing, string Source);

/// <summary>Retention periods (R39).</summary>
/// <param name="InactiveContact">A contact with no consent in force, no open request and no activity (event, send, update) for this long is erased.</param>
/// <param name="SendRecords">Send records (no personal data but the contact id) are deleted this long after the send.</param>
/// <param name="Source">The rules.</param>
public sealed record RetentionRules(Period InactiveContact, Period SendRecords, string Source);

/// <summary>Confidentiality-incident rules (R62, R63).</summary>
/// <param name="AuthorityNotice">The time from awareness to notify the authority when a risk is not unlikely (GDPR: 72 hours); null where the law says "promptly".</param>
/// <param name="Keep">How long an incident stays in the register after awareness.</param>
/// <param name="Source">The rules.</param>
public sealed record IncidentRules(Duration? AuthorityNotice, Period Keep, string Source);
