using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace ConsentKit.Contacts;

/// <summary>
/// Normalizes identifiers so that one person has one phone and one e-mail form everywhere: lookups,
/// suppression hashes and erasure all depend on it. Errors name the field, never the value.
/// </summary>
public sealed partial class ContactNormalizer
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private readonly string _defaultRegion;

    /// <summary>Creates a normalizer reading national numbers in <paramref name="defaultRegion"/> (ISO 3166, such as <c>CA</c> or <c>FR</c>).</summary>
    public ContactNormalizer(string defaultRegion)
    {
        if (!IsSupportedRegion(defaultRegion))
        {
            throw new ConsentKitValidationException([new("defaultRegion", "region.unsupported", "The default region must be an ISO 3166 alpha-2 code that libphonenumber supports, such as CA or FR.")]);
        }

        _defaultRegion = defaultRegion.ToUpperInvariant();
    }

    internal static bool IsSupportedRegion(string? region) =>
        region is not null && Phones.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>Normalizes a phone number to E.164, or returns an error naming <paramref name="field"/>.</summary>
    public string NormalizePhone(string phone, string field = "phone") =>
        TryNormalizePhone(phone, out var e164, out var error, field) ? e164 : throw new ConsentKitValidationException([error!]);

    /// <summary>Normalizes an e-mail address (trimmed, lower-case domain), or returns an error naming <paramref name="field"/>.</summary>
    public static string NormalizeEmail(string email, string field = "email") =>
        TryNormalizeEmail(email, out var normalized, out var error, field) ? normalized : throw new ConsentKitValidationException([error!]);

    internal bool TryNormalizePhone(string phone, out string e164, out ValidationError? error, string field = "phone")
    {
        e164 = string.Empty;
        error = null;
        try
        {
            var number = Phones.Parse(phone, _defaultRegion);
            if (Phones.IsValidNumber(number))
            {
                e164 = Phones.Format(number, PhoneNumberFormat.E164);
                return true;
            }
        }
        catch (NumberParseException)
        {
            // Falls through to the error below: the parser's own message may echo the number.
        }

        error = new(field, "phone.invalid", $"{field} is not a valid phone number (read with default region {_defaultRegion}; give +country code for other countries).");
        return false;
    }

    private static readonly PhoneNumberToTimeZonesMapper ZoneMapper = PhoneNumberToTimeZonesMapper.GetInstance();

    /// <summary>
    /// The IANA zones libphonenumber's offline data gives for a number's area code (R24): +1 514 gives America/Toronto,
    /// +1 604 America/Vancouver; a code spanning several zones gives them all. Empty when unknown.
    /// </summary>
    public static IReadOnlyList<string> PhoneZones(string e164)
    {
        try
        {
            var number = Phones.Parse(e164, null);
            return ZoneMapper.GetTimeZonesForNumber(number)
                .Where(z => NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(z) is not null)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (NumberParseException)
        {
            return [];
        }
    }

    /// <summary>The ISO 3166-1 alpha-2 country of an E.164 number (libphonenumber's offline data); null when unknown.</summary>
    internal static string? PhoneCountry(string e164)
    {
        try
        {
            return Phones.GetRegionCodeForNumber(Phones.Parse(e164, null)) is { Length: 2 } region && region != "ZZ" ? region : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="country"/> is an ISO 3166-1 alpha-2 code libphonenumber or tzdb knows.</summary>
    internal static bool IsCountry(string country) =>
        country.Length == 2 && (Phones.GetSupportedRegions().Contains(country) || CountryZones(country).Count > 0);

    /// <summary>The IANA zones tzdb's zone.tab lists for a country, in order; empty when it lists none.</summary>
    internal static IReadOnlyList<string> CountryZones(string country) =>
        NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.ZoneLocations?
            .Where(l => l.CountryCode == country).Select(l => l.ZoneId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
        ?? [];

    internal static bool TryNormalizeEmail(string email, out string normalized, out ValidationError? error, string field = "email")
    {
        normalized = string.Empty;
        error = null;
        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at > 0 && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed
            && trimmed[(at + 1)..].Contains('.', StringComparison.Ordinal))
        {
            // The local part is case-sensitive in principle (RFC 5321 s.2.4); only the domain is folded.
            normalized = string.Concat(trimmed.AsSpan(0, at + 1), trimmed[(at + 1)..].ToLowerInvariant());
            return true;
        }

        error = new(field, "email.invalid", $"{field} is not a valid e-mail address (expected local@domain.tld).");
        return false;
    }

    internal static bool LooksLikeIdentifier(string contactId) =>
        contactId.Contains('@', StringComparison.Ordinal) || PhoneLike().IsMatch(contactId);

    internal static string NormalizePostalCode(string postalCode)
    {
        // Upper-case and single spaces: "h2x  1y4 " and "H2X 1Y4" are one code.
        var builder = new System.Text.StringBuilder(postalCode.Length);
        foreach (var c in postalCode.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\+?[\d\s().-]{8,}$")]
    private static partial Regex PhoneLike();
}
