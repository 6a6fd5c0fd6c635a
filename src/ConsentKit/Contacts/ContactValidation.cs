using System.Text.RegularExpressions;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Contacts;

/// <summary>Turns a <see cref="Contact"/> into a normalized row, or the list of fields it breaks. Never echoes values.</summary>
internal static partial class ContactValidation
{
    public static ContactRow? Validate(Contact contact, string orgId, ContactNormalizer normalizer, string region, Instant now, List<ValidationError> errors)
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

        if (contact.Language is { Length: > 0 } language && !LanguageTag().IsMatch(language))
        {
            errors.Add(new("language", "language.invalid", "language must be a BCP 47 tag such as fr, en or fr-CA."));
        }

        string? postalCode = null;
        if (!string.IsNullOrWhiteSpace(contact.PostalCode))
        {
            postalCode = ContactNormalizer.NormalizePostalCode(contact.PostalCode);
            var valid = region switch
            {
                "CA" => CanadianPostalCode().IsMatch(postalCode),
                "FR" => FrenchPostalCode().IsMatch(postalCode),
                _ => postalCode.Length <= 12,
            };
            if (!valid)
            {
                errors.Add(new("postal_code", "postal_code.invalid", $"postal_code is not a valid postal code for region {region}."));
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
            // Empty when the phone's zones are unknown: the gate then applies the profile's fallback zones.
            Zones = contact.TimeZone ?? (phone is null ? null : string.Join(',', ContactNormalizer.PhoneZones(phone))),
        };
    }

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

    public static LocalDate? ParseBirthDate(ContactRow row) =>
        row.BirthDate is null ? null : LocalDatePattern.Iso.Parse(row.BirthDate).GetValueOrThrow();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    internal static partial Regex LanguageTag();

    // Canada Post: no D, F, I, O, Q or U anywhere, and no W or Z as first letter.
    [GeneratedRegex("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$")]
    private static partial Regex CanadianPostalCode();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FrenchPostalCode();
}
