using NodaTime;
using NodaTime.Text;

namespace ConsentKit;

/// <summary>A channel through which a person can be contacted (R1).</summary>
public enum Channel
{
    /// <summary>Text message; wire name <c>sms</c>.</summary>
    Sms,
    /// <summary>E-mail; wire name <c>email</c>.</summary>
    Email,
    /// <summary>Telephone call, live or automated; wire name <c>voice</c>.</summary>
    Voice,
    /// <summary>Postal mail; wire name <c>mail</c>.</summary>
    Mail,
    /// <summary>Door-to-door canvassing; wire name <c>door</c>.</summary>
    Door,
}

/// <summary>The legal basis a consent event rests on (R2, R4).</summary>
public enum ConsentBasis
{
    /// <summary>Consent (GDPR 6(1)(a); QC-PP s.14); wire name <c>consent</c>.</summary>
    Consent,
    /// <summary>Explicit or express consent, required for data revealing political opinion (GDPR 9(2)(a); QC-PP s.12); wire name <c>explicit_consent</c>.</summary>
    ExplicitConsent,
    /// <summary>Member, former member or regular contact of the party (GDPR 9(2)(d)); wire name <c>membership</c>.</summary>
    Membership,
    /// <summary>Legitimate interest, only where the jurisdiction profile accepts it (GDPR 6(1)(f)); wire name <c>legitimate_interest</c>.</summary>
    LegitimateInterest,
}

/// <summary>Where a consent event was captured (R2).</summary>
public enum CaptureSource
{
    /// <summary>A web form; the form's URL goes in the source detail. Wire name <c>web_form</c>.</summary>
    WebForm,
    /// <summary>Door-to-door or street canvassing; wire name <c>canvass</c>.</summary>
    Canvass,
    /// <summary>A public event; wire name <c>event</c>.</summary>
    Event,
    /// <summary>An imported list (R8); wire name <c>import</c>.</summary>
    Import,
    /// <summary>An inbound text message, such as a keyword reply; wire name <c>inbound_sms</c>.</summary>
    InboundSms,
    /// <summary>A telephone call; wire name <c>phone</c>.</summary>
    Phone,
    /// <summary>A signed paper form; wire name <c>paper_form</c>.</summary>
    PaperForm,
}

/// <summary>What a consent event does to the state of a (contact, purpose, channel) triple.</summary>
public enum ConsentEventKind
{
    /// <summary>Consent given; wire name <c>granted</c>.</summary>
    Granted,
    /// <summary>Consent withdrawn; wire name <c>withdrawn</c>.</summary>
    Withdrawn,
    /// <summary>An earlier grant confirmed again, with a new expiry (R7); wire name <c>renewed</c>.</summary>
    Renewed,
    /// <summary>Consent given by a parent or guardian for a minor (R9); wire name <c>parental_granted</c>.</summary>
    ParentalGranted,
}

/// <summary>The state of consent for a (contact, purpose, channel) triple at an instant.</summary>
public enum ConsentStatus
{
    /// <summary>No consent event was ever recorded; wire name <c>none</c>.</summary>
    None,
    /// <summary>A grant, renewal or parental grant is in force; wire name <c>granted</c>.</summary>
    Granted,
    /// <summary>The latest event is a withdrawal; wire name <c>withdrawn</c>.</summary>
    Withdrawn,
    /// <summary>The latest grant has passed its expiry (R7); wire name <c>expired</c>.</summary>
    Expired,
    /// <summary>
    /// The latest grant rests on third-party data whose source did not attest that political prospection was announced
    /// and an opt-out offered (R8): recorded, never sendable until recorded again with both; wire name <c>quarantined</c>.
    /// </summary>
    Quarantined,
}

/// <summary>The jurisdictions ConsentKit ships profiles for.</summary>
public enum Jurisdiction
{
    /// <summary>Québec: Loi 25 (QC-PP) and the Election Act; wire name <c>qc</c>.</summary>
    Quebec,
    /// <summary>Canada, federal: Canada Elections Act and CRTC rules; wire name <c>ca</c>.</summary>
    Canada,
    /// <summary>France: GDPR, Loi 78-17, Code électoral and CNIL doctrine; wire name <c>fr</c>.</summary>
    France,
}

/// <summary>
/// The wire names used in the CLI, CSV files, JSON and storage for ConsentKit's vocabularies.
/// One mapping for every surface, so that a value reads the same everywhere.
/// </summary>
public static class Vocabulary
{
    private static readonly string[] ChannelNames = ["sms", "email", "voice", "mail", "door"];
    private static readonly string[] BasisNames = ["consent", "explicit_consent", "membership", "legitimate_interest"];
    private static readonly string[] SourceNames = ["web_form", "canvass", "event", "import", "inbound_sms", "phone", "paper_form"];
    private static readonly string[] KindNames = ["granted", "withdrawn", "renewed", "parental_granted"];
    private static readonly string[] StatusNames = ["none", "granted", "withdrawn", "expired", "quarantined"];
    private static readonly string[] JurisdictionNames = ["qc", "ca", "fr"];

    /// <summary>The wire name of a channel, such as <c>sms</c>.</summary>
    public static string Name(this Channel value) => ChannelNames[(int)value];

    /// <summary>The wire name of a basis, such as <c>explicit_consent</c>.</summary>
    public static string Name(this ConsentBasis value) => BasisNames[(int)value];

    /// <summary>The wire name of a capture source, such as <c>web_form</c>.</summary>
    public static string Name(this CaptureSource value) => SourceNames[(int)value];

    /// <summary>The wire name of an event kind, such as <c>withdrawn</c>.</summary>
    public static string Name(this ConsentEventKind value) => KindNames[(int)value];

    /// <summary>The wire name of a status, such as <c>expired</c>.</summary>
    public static string Name(this ConsentStatus value) => StatusNames[(int)value];

    /// <summary>The wire name of a jurisdiction, such as <c>qc</c>.</summary>
    public static string Name(this Jurisdiction value) => JurisdictionNames[(int)value];

    /// <summary>Parses a channel wire name; the allowed names are listed in the error.</summary>
    public static bool TryParseChannel(string? text, out Channel value) => TryParse(ChannelNames, text, out value);

    /// <summary>Parses a basis wire name.</summary>
    public static bool TryParseBasis(string? text, out ConsentBasis value) => TryParse(BasisNames, text, out value);

    /// <summary>Parses a capture-source wire name.</summary>
    public static bool TryParseSource(string? text, out CaptureSource value) => TryParse(SourceNames, text, out value);

    /// <summary>Parses an event-kind wire name.</summary>
    public static bool TryParseKind(string? text, out ConsentEventKind value) => TryParse(KindNames, text, out value);

    /// <summary>Parses a jurisdiction wire name (<c>qc</c>, <c>ca</c> or <c>fr</c>).</summary>
    public static bool TryParseJurisdiction(string? text, out Jurisdiction value) => TryParse(JurisdictionNames, text, out value);

    internal static ConsentStatus ParseStatus(string text) => TryParse(StatusNames, text, out ConsentStatus s) ? s : throw Corrupt("status");

    internal static ConsentEventKind ParseKind(string text) => TryParseKind(text, out var k) ? k : throw Corrupt("kind");

    internal static Channel ParseChannel(string? text) => TryParseChannel(text, out var c) ? c : throw Corrupt("channel");

    internal static CaptureSource ParseSource(string? text) => TryParseSource(text, out var s) ? s : throw Corrupt("source");

    internal static Jurisdiction ParseJurisdiction(string? text) => TryParseJurisdiction(text, out var j) ? j : throw Corrupt("jurisdiction");

    // Stored values were validated on write: an unknown one means the store was changed outside ConsentKit.
    private static ConsentKitException Corrupt(string field) => new("store.corrupt", $"A stored {field} value is not in ConsentKit's vocabulary; run verify.");

    /// <summary>A PascalCase code as a kebab-case rule name: <c>SpecialCategory</c> gives <c>special-category</c>.</summary>
    internal static string Kebab(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The allowed wire names, separated by <c>|</c>, for error messages and help.</summary>
    public static string AllowedChannels => string.Join('|', ChannelNames);

    /// <summary>The allowed wire names, separated by <c>|</c>, for error messages and help.</summary>
    public static string AllowedBases => string.Join('|', BasisNames);

    /// <summary>The allowed wire names, separated by <c>|</c>, for error messages and help.</summary>
    public static string AllowedSources => string.Join('|', SourceNames);

    /// <summary>The allowed wire names, separated by <c>|</c>, for error messages and help.</summary>
    public static string AllowedJurisdictions => string.Join('|', JurisdictionNames);

    /// <summary>
    /// Parses a wire name of <typeparamref name="TEnum"/> (a channel, basis, capture source, event kind or jurisdiction);
    /// on failure adds an error naming <paramref name="field"/> and the allowed values, and returns null.
    /// </summary>
    public static TEnum? Parse<TEnum>(string? text, string field, ICollection<ValidationError> errors)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        var names = NamesOf<TEnum>();
        if (TryParse(names, text, out TEnum value))
        {
            return value;
        }

        errors.Add(new(field, $"{field}.unknown", $"{field} must be one of {string.Join('|', names)}."));
        return null;
    }

    internal static readonly Instant EarliestInstant = Instant.FromUtc(1900, 1, 1, 0, 0);
    internal static readonly Instant LatestInstant = Instant.FromUtc(2200, 1, 1, 0, 0);

    /// <summary>Parses an ISO-8601 UTC instant such as <c>2026-03-01T14:30:00Z</c>; on failure adds an error naming <paramref name="field"/>.</summary>
    public static Instant? ParseInstant(string? text, string field, ICollection<ValidationError> errors, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, $"{field}.required", $"{field} is required."));
            }

            return null;
        }

        var result = InstantPattern.ExtendedIso.Parse(text.Trim());
        if (result.Success)
        {
            // Consent records of political outreach lie in the modern era; 0001-01-01 or 9999-12-31 is a typo or an attack.
            if (result.Value < EarliestInstant || result.Value >= LatestInstant)
            {
                errors.Add(new(field, $"{field}.out-of-range", $"{field} must lie between 1900-01-01 and 2200-01-01."));
                return null;
            }

            return result.Value;
        }

        errors.Add(new(field, $"{field}.format", $"{field} must be an ISO-8601 UTC instant such as 2026-03-01T14:30:00Z."));
        return null;
    }

    /// <summary>Parses an ISO-8601 date such as <c>1990-04-25</c>; on failure adds an error naming <paramref name="field"/>.</summary>
    public static LocalDate? ParseDate(string? text, string field, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        errors.Add(new(field, $"{field}.format", $"{field} must be an ISO-8601 date such as 1990-04-25."));
        return null;
    }

    private static string[] NamesOf<TEnum>() => typeof(TEnum) switch
    {
        var t when t == typeof(Channel) => ChannelNames,
        var t when t == typeof(ConsentBasis) => BasisNames,
        var t when t == typeof(CaptureSource) => SourceNames,
        var t when t == typeof(ConsentEventKind) => KindNames,
        var t when t == typeof(Jurisdiction) => JurisdictionNames,
        _ => throw new NotSupportedException($"{typeof(TEnum).Name} has no wire names."),
    };

    private static bool TryParse<T>(string[] names, string? text, out T value)
        where T : struct, Enum => WireNames.TryParse(names, text, out value);
}
