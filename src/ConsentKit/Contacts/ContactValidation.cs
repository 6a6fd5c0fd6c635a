using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsentKit.Targeting;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Contacts;

/// <summary>Turns a <see cref="Contact"/> into a normalized row, or the list of fields it breaks. Never echoes values.</summary>
internal static partial class ContactValidation
{
    public static ContactRow? Validate(Contact contact, string orgId, ContactNormalizer normalizer, string region, Instant now, DataCatalog catalog, List<ValidationError> errors)
    {
        var before = errors.Count;
        ValidateContactId(contact.ContactId, errors);

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            if (normalizer.TryNormalizePhone(contact.Phone, out var e164, out var error))
            {
                phone = e164;
            }
            else
            {
                errors.Add(error!);
            }
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            if (ContactNormalizer.TryNormalizeEmail(contact.Email, out var normalized, out var error))
            {
                email = normalized;
            }
            else
            {
                errors.Add(error!);
            }
        }

        foreach (var (name, value) in new[] { ("first_name", contact.FirstName), ("last_name", contact.LastName) })
        {
            if (value is { Length: > 200 } || (value is not null && value.Any(char.IsControl)))
            {
                errors.Add(new(name, $"{name}.format", $"{name} must be at most 200 characters, without control characters."));
            }
        }

        if (contact.Language is { Length: > 0 } language && !LanguageTag().IsMatch(language))
        {
            errors.Add(new("language", "language.invalid", "language must be a BCP 47 tag such as fr, en or fr-CA."));
        }

        // Contacts abroad: the country of residence as given, else the phone's, else the jurisdiction's. The postal code is
        // read for that country, so a resident of France fits a Québec store and a Montrealer a French one.
        string? country = null;
        if (!string.IsNullOrWhiteSpace(contact.Country))
        {
            var given = contact.Country.Trim().ToUpperInvariant();
            if (ContactNormalizer.IsCountry(given))
            {
                country = given;
            }
            else
            {
                errors.Add(new("country", "country.invalid", "country must be an ISO 3166-1 alpha-2 code such as CA, FR, BE or CH."));
            }
        }

        var residence = country ?? (phone is null ? null : ContactNormalizer.PhoneCountry(phone)) ?? region;
        string? postalCode = null;
        if (!string.IsNullOrWhiteSpace(contact.PostalCode))
        {
            postalCode = ContactNormalizer.NormalizePostalCode(contact.PostalCode);
            if (!PostalCodes.IsValid(residence, postalCode))
            {
                errors.Add(new("postal_code", "postal_code.invalid", $"postal_code is not a valid postal code for country {residence}{(country is null ? " (the phone's or the jurisdiction's country; give country when the person lives elsewhere)" : "")}."));
            }
        }

        if (contact.BirthDate is { } birth)
        {
            var today = now.InUtc().Date;
            if (birth > today || birth.Year < 1900)
            {
                errors.Add(new("birth_date", "birth_date.out-of-range", "birth_date must be a past date after 1900-01-01."));
            }
        }

        if (contact.TimeZone is { } zone && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            errors.Add(new("time_zone", "time_zone.unknown", "time_zone must be an IANA time zone id such as America/Toronto or Europe/Paris."));
        }

        var attributes = Attributes(contact.Attributes, catalog, errors);
        if (errors.Count > before)
        {
            return null;
        }

        return new ContactRow
        {
            OrgId = orgId,
            ContactId = contact.ContactId,
            FirstName = Clean(contact.FirstName),
            LastName = Clean(contact.LastName),
            Phone = phone,
            Email = email,
            Language = Clean(contact.Language),
            PostalCode = postalCode,
            BirthDate = contact.BirthDate is { } b ? LocalDatePattern.Iso.Format(b) : null,
            UpdatedAt = now.ToUnixTimeTicks(),
            TimeZone = contact.TimeZone,
            Country = country,
            Zones = ZonesOf(contact.TimeZone, phone, country),
            Attributes = attributes,
        };
    }

    /// <summary>
    /// The attributes as a JSON object with sorted keys and values typed per the catalog; null when there are none.
    /// Strict (R28): a name the catalog does not declare, or a built-in field, is refused and named.
    /// </summary>
    public static string? Attributes(IReadOnlyDictionary<string, object?> values, DataCatalog catalog, List<ValidationError> errors)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var json = new JsonObject();
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var field = $"attributes.{name}";
            if (catalog.Find(name) is not { } definition)
            {
                errors.Add(new(field, "catalog.undeclared", $"{name} is not declared in the data catalog; declare it with its category, source and purposes (consentkit catalog import) (R28)."));
                continue;
            }

            if (definition.BuiltIn)
            {
                errors.Add(new(field, "attributes.built-in", $"{name} is a built-in contact field; set it on the contact, not as an attribute."));
                continue;
            }

            if (value is null || value is string { Length: 0 })
            {
                continue;
            }

            if (ToJson(value, definition.Type) is { } node)
            {
                json[name] = node;
            }
            else
            {
                errors.Add(new(field, "attributes.type", $"{name} must be a {definition.Type.Name()} (as the data catalog declares)."));
            }
        }

        return json.Count == 0 ? null : json.ToJsonString();
    }

    private static JsonNode? ToJson(object value, FieldType type) => (type, value) switch
    {
        (FieldType.Text, string s) when s.Length <= 1000 => JsonValue.Create(s.Trim()),
        (FieldType.Number, string s) when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => JsonValue.Create(d),
        (FieldType.Number, IConvertible c) when value is not string and not bool && c.ToDouble(CultureInfo.InvariantCulture) is var d && double.IsFinite(d) => JsonValue.Create(d),
        (FieldType.Boolean, bool b) => JsonValue.Create(b),
        (FieldType.Boolean, string s) when bool.TryParse(s.Trim(), out var b) => JsonValue.Create(b),
        (FieldType.Date, LocalDate date) => JsonValue.Create(LocalDatePattern.Iso.Format(date)),
        (FieldType.Date, string s) when LocalDatePattern.Iso.Parse(s.Trim()).Success => JsonValue.Create(s.Trim()),
        // In CSV cells a list is written a|b|c.
        (FieldType.List, string s) => new JsonArray([.. s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => (JsonNode)x)]),
        (FieldType.List, IEnumerable<string> items) => new JsonArray([.. items.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => (JsonNode)x.Trim())]),
        _ => null,
    };

    public static void ValidateContactId(string? contactId, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(contactId))
        {
            errors.Add(new("contact_id", "contact_id.required", "contact_id is required."));
        }
        else if (contactId.Length > 128 || contactId.Any(char.IsControl) || contactId.Trim().Length != contactId.Length)
        {
            errors.Add(new("contact_id", "contact_id.format", "contact_id must be 1-128 characters, without control characters or surrounding spaces."));
        }
        else if (ContactNormalizer.LooksLikeIdentifier(contactId))
        {
            // The id is kept in the hash chain, which erasure cannot rewrite: it must not itself be personal data.
            errors.Add(new("contact_id", "contact_id.not-opaque", "contact_id must be an opaque id, not an e-mail address or phone number (it stays in the ledger after erasure)."));
        }
    }

    /// <summary>
    /// The zones the gate applies quiet hours in: the contact's own zone, else its phone's when the phone is of the country
    /// of residence, else the country's; empty when none is known (the gate then applies the profile's fallback zones).
    /// </summary>
    public static string? ZonesOf(string? timeZone, string? phone, string? country)
    {
        if (timeZone is not null)
        {
            return timeZone;
        }

        // The phone's zones when it belongs to the country of residence (or none is given); else the country's own.
        var phoneZones = phone is null ? [] : ContactNormalizer.PhoneZones(phone);
        if (phoneZones.Count > 0 && (country is null || ContactNormalizer.PhoneCountry(phone!) == country))
        {
            return string.Join(',', phoneZones);
        }

        if (country is not null && ContactNormalizer.CountryZones(country) is { Count: > 0 } zones)
        {
            return string.Join(',', zones);
        }

        return phone is null ? null : string.Join(',', phoneZones);
    }

    public static LocalDate? ParseBirthDate(ContactRow row) =>
        row.BirthDate is null ? null : LocalDatePattern.Iso.Parse(row.BirthDate).GetValueOrThrow();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    internal static partial Regex LanguageTag();

}
