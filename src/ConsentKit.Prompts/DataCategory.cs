namespace ConsentKit.Targeting;

/// <summary>
/// What a field says about a person (R28). The special categories of GDPR art. 9(1) (and art. 10 for criminal data)
/// never drive a segment; see <see cref="DataCategories.IsSpecial"/>. Wire names and their fideslang equivalents are in
/// docs/targeting.md.
/// </summary>
public enum DataCategory
{
    /// <summary>Names and the integrator's ids (fideslang <c>user.name</c>); wire name <c>identity</c>.</summary>
    Identity,
    /// <summary>Phone, e-mail (fideslang <c>user.contact</c>); wire name <c>contact</c>.</summary>
    Contact,
    /// <summary>Postal code, city, riding, polling division (fideslang <c>user.contact.address</c>, <c>user.location</c>); wire name <c>location</c>.</summary>
    Location,
    /// <summary>Age band, birth date, language (fideslang <c>user.demographic</c>); wire name <c>demographic</c>.</summary>
    Demographic,
    /// <summary>Events, donations, volunteering, interests the person stated (fideslang <c>user.behavior</c>); wire name <c>engagement</c>.</summary>
    Engagement,
    /// <summary>Declared support, membership, voting intention (fideslang <c>user.demographic.political_opinion</c>); wire name <c>political_opinion</c>.</summary>
    PoliticalOpinion,
    /// <summary>Health, disability, care (fideslang <c>user.health_and_medical</c>); wire name <c>health</c>. Special (GDPR 9).</summary>
    Health,
    /// <summary>Religion and philosophical belief (fideslang <c>user.demographic.religious_belief</c>); wire name <c>religion</c>. Special.</summary>
    Religion,
    /// <summary>Racial or ethnic origin (fideslang <c>user.demographic.race_ethnicity</c>); wire name <c>ethnic_origin</c>. Special.</summary>
    EthnicOrigin,
    /// <summary>Sexual orientation and sex life (fideslang <c>user.demographic.sexual_orientation</c>); wire name <c>sexual_orientation</c>. Special.</summary>
    SexualOrientation,
    /// <summary>Trade-union membership (no fideslang key: extension); wire name <c>trade_union</c>. Special.</summary>
    TradeUnion,
    /// <summary>Biometric data for identification (fideslang <c>user.biometric</c>); wire name <c>biometric</c>. Special.</summary>
    Biometric,
    /// <summary>Genetic data (fideslang <c>user.health_and_medical.genetic</c>); wire name <c>genetic</c>. Special.</summary>
    Genetic,
    /// <summary>Criminal convictions and offences (fideslang <c>user.criminal_history</c>; GDPR art. 10); wire name <c>criminal</c>. Special.</summary>
    Criminal,
    /// <summary>Anything derived by scoring or AI (fideslang <c>user.demographic.profile</c>, approximately); wire name <c>inferred</c> (R29).</summary>
    Inferred,
}

/// <summary>Where a field's values came from (R5, R8, R36).</summary>
public enum DataSource
{
    /// <summary>Given by the person; wire name <c>person</c>.</summary>
    Person,
    /// <summary>From the electoral list (R35); wire name <c>electoral_list</c>.</summary>
    ElectoralList,
    /// <summary>From a third party or data broker, named with its country; wire name <c>third_party</c>.</summary>
    ThirdParty,
    /// <summary>Derived by scoring or AI; wire name <c>inferred</c> (R29).</summary>
    Inferred,
}

/// <summary>How a field's values compare in segments.</summary>
public enum FieldType
{
    /// <summary>Text, compared exactly (eq, in) or by substring without case (contains); wire name <c>text</c>.</summary>
    Text,
    /// <summary>A number; wire name <c>number</c>.</summary>
    Number,
    /// <summary>An ISO-8601 date; wire name <c>date</c>.</summary>
    Date,
    /// <summary>true or false; wire name <c>boolean</c>.</summary>
    Boolean,
    /// <summary>A list of texts, such as events attended; <c>contains</c> tests membership; wire name <c>list</c>.</summary>
    List,
}

/// <summary>Wire names of the targeting vocabularies, and which categories are special.</summary>
public static class DataCategories
{
    private static readonly string[] CategoryNames =
    [
        "identity", "contact", "location", "demographic", "engagement", "political_opinion", "health", "religion",
        "ethnic_origin", "sexual_orientation", "trade_union", "biometric", "genetic", "criminal", "inferred",
    ];

    private static readonly string[] FideslangKeys =
    [
        "user.name", "user.contact", "user.contact.address", "user.demographic", "user.behavior",
        "user.demographic.political_opinion", "user.health_and_medical", "user.demographic.religious_belief",
        "user.demographic.race_ethnicity", "user.demographic.sexual_orientation", "consentkit.trade_union",
        "user.biometric", "user.health_and_medical.genetic", "user.criminal_history", "user.demographic.profile",
    ];

    private static readonly string[] SourceNames = ["person", "electoral_list", "third_party", "inferred"];
    private static readonly string[] TypeNames = ["text", "number", "date", "boolean", "list"];

    /// <summary>The special categories of GDPR art. 9(1) and art. 10: never a targeting criterion (R28, R30).</summary>
    public static bool IsSpecial(this DataCategory category) => category is >= DataCategory.Health and <= DataCategory.Criminal;

    /// <summary>The wire name, such as <c>ethnic_origin</c>.</summary>
    public static string Name(this DataCategory category) => CategoryNames[(int)category];

    /// <summary>The fideslang data-category key, or a <c>consentkit.</c> extension where fideslang has none.</summary>
    public static string Fideslang(this DataCategory category) => FideslangKeys[(int)category];

    /// <summary>The wire name, such as <c>third_party</c>.</summary>
    public static string Name(this DataSource source) => SourceNames[(int)source];

    /// <summary>The wire name, such as <c>list</c>.</summary>
    public static string Name(this FieldType type) => TypeNames[(int)type];

    /// <summary>Parses a category wire name.</summary>
    public static bool TryParseCategory(string? text, out DataCategory category) => WireNames.TryParse(CategoryNames, text, out category);

    /// <summary>Parses a source wire name.</summary>
    public static bool TryParseSource(string? text, out DataSource source) => WireNames.TryParse(SourceNames, text, out source);

    /// <summary>Parses a field-type wire name.</summary>
    public static bool TryParseType(string? text, out FieldType type) => WireNames.TryParse(TypeNames, text, out type);

    /// <summary>The allowed category names, separated by <c>|</c>.</summary>
    public static string AllowedCategories => string.Join('|', CategoryNames);

    /// <summary>The allowed source names, separated by <c>|</c>.</summary>
    public static string AllowedSources => string.Join('|', SourceNames);

    /// <summary>The allowed type names, separated by <c>|</c>.</summary>
    public static string AllowedTypes => string.Join('|', TypeNames);

    // The sentences a DPO reads: French first, as the seeds are.
    internal static (string Fr, string En) Label(this DataCategory category) => category switch
    {
        DataCategory.Health => ("la santé", "health"),
        DataCategory.Religion => ("la religion ou les convictions", "religion or beliefs"),
        DataCategory.EthnicOrigin => ("l'origine ethnique", "ethnic origin"),
        DataCategory.SexualOrientation => ("l'orientation sexuelle", "sexual orientation"),
        DataCategory.TradeUnion => ("l'appartenance syndicale", "union membership"),
        DataCategory.Biometric => ("des données biométriques", "biometric data"),
        DataCategory.Genetic => ("des données génétiques", "genetic data"),
        DataCategory.Criminal => ("le casier judiciaire", "criminal records"),
        DataCategory.PoliticalOpinion => ("les opinions politiques", "political opinions"),
        DataCategory.Inferred => ("une déduction par calcul ou par IA", "a guess made by scoring or AI"),
        DataCategory.Identity => ("l'identité", "identity"),
        DataCategory.Contact => ("les coordonnées", "contact details"),
        DataCategory.Location => ("le lieu", "location"),
        DataCategory.Demographic => ("l'âge ou la langue", "age or language"),
        _ => ("la participation", "engagement"),
    };
}
