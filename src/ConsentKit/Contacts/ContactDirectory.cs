using ConsentKit.Consent;
using ConsentKit.Hosting;
using ConsentKit.Storage;

namespace ConsentKit.Contacts;

internal sealed class ContactDirectory(ConsentKitRuntime runtime, LedgerWriter writer) : IContactDirectory
{
    public async Task<Contact> UpsertAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(contact.OrganisationId);
        var errors = new List<ValidationError>();
        var row = ContactValidation.Validate(contact, orgId, env.Normalizer, env.Profile.DefaultRegion, runtime.Clock.GetCurrentInstant(), env.Catalog, errors);
        if (row is null)
        {
            throw writer.Refuse(errors);
        }

        await writer.WriteAsync(orgId, [row], [], env, cancellationToken).ConfigureAwait(false);
        return ToContact(row);
    }

    public async Task<Contact?> FindAsync(ContactLookup lookup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var value = lookup.Kind switch
        {
            "phone" => env.Normalizer.NormalizePhone(lookup.Value),
            "email" => ContactNormalizer.NormalizeEmail(lookup.Value),
            _ => lookup.Value,
        };
        var row = await runtime.Store.FindContactAsync(runtime.Organisation(lookup.OrganisationId), lookup.Kind, value, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToContact(row);
    }

    internal static Contact ToContact(ContactRow row) => new()
    {
        ContactId = row.ContactId,
        OrganisationId = row.OrgId,
        FirstName = row.FirstName,
        LastName = row.LastName,
        Phone = row.Phone,
        Email = row.Email,
        Language = row.Language,
        PostalCode = row.PostalCode,
        BirthDate = ContactValidation.ParseBirthDate(row),
        TimeZone = row.TimeZone,
        Country = row.Country,
        Attributes = AttributesOf(row),
    };

    internal static IReadOnlyDictionary<string, object?> AttributesOf(ContactRow row)
    {
        if (row.Attributes is null)
        {
            return new Dictionary<string, object?>();
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, node) in System.Text.Json.Nodes.JsonNode.Parse(row.Attributes)!.AsObject())
        {
            values[name] = node switch
            {
                System.Text.Json.Nodes.JsonArray a => a.Select(x => x!.GetValue<string>()).ToArray(),
                System.Text.Json.Nodes.JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.GetValue<double>(),
                System.Text.Json.Nodes.JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => v.GetValue<bool>(),
                _ => node?.GetValue<string>(),
            };
        }

        return values;
    }
}
