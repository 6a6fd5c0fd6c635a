using System.Text.Json.Nodes;
using ConsentKit.Storage;

namespace ConsentKit.Contacts;

/// <summary>
/// How an update of a stored contact is applied and recorded (GDPR arts 5(1)(d) and 16): every field the update gives
/// replaces the stored one (empty or null clears it), a field it leaves out (a column absent from an imported file) is
/// kept, and the names of the fields that changed, never their values, are chained with the update.
/// </summary>
internal static class Rectification
{
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Language = "language";
    public const string PostalCode = "postal_code";
    public const string BirthDate = "birth_date";
    public const string TimeZone = "time_zone";
    public const string Country = "country";

    /// <summary>The contact fields an imported file may leave out, by their CSV column names.</summary>
    public static readonly IReadOnlyList<string> Fields = [FirstName, LastName, Phone, Email, Language, PostalCode, BirthDate, TimeZone, Country];

    /// <summary>Fills what <paramref name="update"/> leaves out from <paramref name="stored"/>, then its derived zones.</summary>
    public static void Merge(ContactRow update, ContactRow stored)
    {
        if (update.KeepFields is { Count: > 0 } keep)
        {
            update.FirstName = keep.Contains(FirstName) ? stored.FirstName : update.FirstName;
            update.LastName = keep.Contains(LastName) ? stored.LastName : update.LastName;
            update.Phone = keep.Contains(Phone) ? stored.Phone : update.Phone;
            update.Email = keep.Contains(Email) ? stored.Email : update.Email;
            update.Language = keep.Contains(Language) ? stored.Language : update.Language;
            update.PostalCode = keep.Contains(PostalCode) ? stored.PostalCode : update.PostalCode;
            update.BirthDate = keep.Contains(BirthDate) ? stored.BirthDate : update.BirthDate;
            update.TimeZone = keep.Contains(TimeZone) ? stored.TimeZone : update.TimeZone;
            update.Country = keep.Contains(Country) ? stored.Country : update.Country;
            update.Zones = ContactValidation.ZonesOf(update.TimeZone, update.Phone, update.Country);
        }

        // Attributes the update does not name are kept; those it names are replaced, or removed when empty.
        if (update.AttributeColumns is { } named && stored.Attributes is not null)
        {
            var merged = JsonNode.Parse(stored.Attributes)!.AsObject();
            foreach (var name in named)
            {
                merged.Remove(name);
            }

            if (update.Attributes is not null)
            {
                foreach (var (name, value) in JsonNode.Parse(update.Attributes)!.AsObject())
                {
                    merged[name] = value?.DeepClone();
                }
            }

            var sorted = new JsonObject();
            foreach (var (name, value) in merged.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sorted[name] = value?.DeepClone();
            }

            update.Attributes = sorted.Count == 0 ? null : sorted.ToJsonString();
        }
    }

    /// <summary>The names of the fields that differ, comma-separated in a fixed order; attributes as <c>attributes.NAME</c>.</summary>
    public static string Changed(ContactRow before, ContactRow after)
    {
        var changed = new List<string>();
        void Compare(string name, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changed.Add(name);
            }
        }

        Compare(FirstName, before.FirstName, after.FirstName);
        Compare(LastName, before.LastName, after.LastName);
        Compare(Phone, before.Phone, after.Phone);
        Compare(Email, before.Email, after.Email);
        Compare(Language, before.Language, after.Language);
        Compare(PostalCode, before.PostalCode, after.PostalCode);
        Compare(BirthDate, before.BirthDate, after.BirthDate);
        Compare(TimeZone, before.TimeZone, after.TimeZone);
        Compare(Country, before.Country, after.Country);
        var a = before.Attributes is null ? new JsonObject() : JsonNode.Parse(before.Attributes)!.AsObject();
        var b = after.Attributes is null ? new JsonObject() : JsonNode.Parse(after.Attributes)!.AsObject();
        foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
        {
            if (!JsonNode.DeepEquals(a[name], b[name]))
            {
                changed.Add("attributes." + name);
            }
        }

        return string.Join(',', changed);
    }
}
