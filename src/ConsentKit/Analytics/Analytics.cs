using System.Text.Json.Nodes;
using ConsentKit.Hosting;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Analytics;

/// <summary>What an analysis asks for (R40).</summary>
public sealed record AnalyticsRequest
{
    /// <summary>The purpose the analysis serves: only people holding a consent in force for it, and only fields the catalog allows it.</summary>
    public required string Purpose { get; init; }

    /// <summary>The catalog fields wanted; never an identifier or a contact detail.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>
    /// Whether the dataset is to be anonymised: no pseudonym, quasi-identifiers generalised (age in bands, postal areas),
    /// and every combination of values shared by at least <see cref="AnalyticsDataset.MinimumGroup"/> people (smaller groups
    /// are left out and counted). Otherwise each row carries a keyed pseudonym: pseudonymised, still personal data.
    /// </summary>
    public bool Anonymise { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>Whether a dataset may be called anonymised (R40; QC-PP s.23: irreversibly, so that no one can be identified).</summary>
/// <param name="Irreversible">True only when no column identifies or pseudonymises a person and every combination of values is shared by enough people.</param>
/// <param name="Reasons">Why it is not, in plain English; empty when it is.</param>
/// <param name="Rule">The rule.</param>
public sealed record AnonymisationVerdict(bool Irreversible, IReadOnlyList<string> Reasons, string Rule);

/// <summary>A dataset for analysis: columns, rows of text values, and whether it is anonymised or only pseudonymised.</summary>
/// <param name="Columns">The column names; <c>pseudonym</c> first when pseudonymised.</param>
/// <param name="Rows">One row per person (pseudonymised) or per person kept (anonymised).</param>
/// <param name="Suppressed">Rows left out because their combination of values was too rare (anonymised only).</param>
/// <param name="MinimumGroup">The smallest group an anonymised dataset keeps.</param>
/// <param name="Check">The anonymisation check, run on the dataset itself.</param>
public sealed record AnalyticsDataset(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, int Suppressed, int MinimumGroup, AnonymisationVerdict Check)
{
    /// <summary>Whether the dataset may be reused as anonymised data: only when <see cref="Check"/> says it is irreversible.</summary>
    public bool Anonymised => Check.Irreversible;
}

/// <summary>
/// Analytics on pseudonymised data (R40; GDPR art. 4(5); QC-PP s.23): datasets carry keyed pseudonyms, never ids, names or
/// contact details, and a dataset is called anonymised only when <see cref="AnonymisationCheck"/> finds it irreversible.
/// </summary>
public interface IAnalytics
{
    /// <summary>Builds a dataset; refused (naming the field) for an identifier, an undeclared field or one the purpose may not use.</summary>
    Task<AnalyticsDataset> ExportAsync(AnalyticsRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The check a dataset passes before it is reused as anonymised (R40).</summary>
public static class AnonymisationCheck
{
    /// <summary>The columns that make a dataset personal data whatever else it holds.</summary>
    public static IReadOnlySet<string> Identifying { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "pseudonym", "contact_id", "first_name", "last_name", "phone", "email", "birth_date", "postal_code",
    };

    /// <summary>Checks <paramref name="columns"/> and <paramref name="rows"/>: no identifying column, every combination shared by at least <paramref name="minimumGroup"/> rows.</summary>
    public static AnonymisationVerdict Check(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows, int minimumGroup)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var reasons = new List<string>();
        foreach (var column in columns.Where(Identifying.Contains))
        {
            reasons.Add($"column {column} identifies or pseudonymises a person: whoever holds the key or another file can link it back.");
        }

        var rare = rows.GroupBy(r => string.Join('\u001f', r.Select(v => v ?? "")), StringComparer.Ordinal).Count(g => g.Count() < minimumGroup);
        if (rare > 0)
        {
            reasons.Add($"{rare} combination(s) of values are shared by fewer than {minimumGroup} people: they could single someone out.");
        }

        return new(reasons.Count == 0, reasons, $"R40; QC-PP s.23; GDPR art. 4(5), recital 26 (at least {minimumGroup} people per combination [default])");
    }
}

internal sealed class AnalyticsService(ConsentKitRuntime runtime) : IAnalytics
{
    // R40 [default]: the smallest group an anonymised dataset keeps.
    private const int MinimumGroup = 10;

    public async Task<AnalyticsDataset> ExportAsync(AnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(request.OrganisationId);
        var errors = new List<ValidationError>();
        if (!env.Purposes.ContainsKey(request.Purpose ?? ""))
        {
            errors.Add(new("purpose", "purpose.unknown", $"purpose is not in the catalog; allowed: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}."));
        }

        var fields = new List<FieldDefinition>();
        foreach (var name in request.Fields ?? [])
        {
            if (env.Catalog.Find(name) is not { } field)
            {
                errors.Add(new($"fields.{name}", "fields.undeclared", "every field must be declared in the data catalog (R28)."));
            }
            else if (field.Category is DataCategory.Identity or DataCategory.Contact || name is "birth_date")
            {
                errors.Add(new($"fields.{name}", "analytics.identifier", "analytics never receive an identifier or a contact detail: ask for age or a postal area instead (R40)."));
            }
            else if (!field.AllowsPurpose(request.Purpose ?? ""))
            {
                errors.Add(new($"fields.{name}", "fields.purpose", "this field is not allowed for the purpose (R37)."));
            }
            else
            {
                fields.Add(field);
            }
        }

        if (fields.Count == 0 && errors.Count == 0)
        {
            errors.Add(new("fields", "fields.required", "name one or more catalog fields."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var now = runtime.Clock.GetCurrentInstant();
        var inForce = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var s in runtime.Store.ReadStatesAsync(orgId, cancellationToken).ConfigureAwait(false))
        {
            if (s.Purpose == request.Purpose && s.Status == "granted" && (s.ExpiresAt is null || s.ExpiresAt > now.ToUnixTimeTicks()))
            {
                inForce.Add(s.ContactId);
            }
        }

        var rows = new List<IReadOnlyList<string?>>();
        var today = now.InUtc().Date;
        await foreach (var c in runtime.Store.ReadContactsAsync(orgId, cancellationToken).ConfigureAwait(false))
        {
            if (c.ErasedAt is not null || !inForce.Contains(c.ContactId))
            {
                continue;
            }

            var attributes = c.Attributes is { Length: > 2 } json ? JsonNode.Parse(json) as JsonObject : null;
            var row = new List<string?>(fields.Count + 1);
            if (!request.Anonymise)
            {
                // Keyed and bound to the purpose: the same person has the same pseudonym in every dataset for this purpose,
                // and an unrelated one for another purpose, so datasets cannot be joined across purposes.
                row.Add("p-" + env.Hasher.IdentifierHmac("analytics:" + orgId + ":" + request.Purpose, c.ContactId)[..20]);
            }

            foreach (var field in fields)
            {
                row.Add(Value(field.Name, c, attributes, today));
            }

            rows.Add(row);
        }

        var columns = (request.Anonymise ? fields.Select(f => Column(f.Name)) : fields.Select(f => Column(f.Name)).Prepend("pseudonym")).ToList();
        var suppressed = 0;
        if (request.Anonymise)
        {
            var kept = rows.GroupBy(r => string.Join('\u001f', r.Select(v => v ?? "")), StringComparer.Ordinal).Where(g => g.Count() >= MinimumGroup).SelectMany(g => g).ToList();
            suppressed = rows.Count - kept.Count;
            rows = kept;
        }

        return new AnalyticsDataset(columns, rows, suppressed, MinimumGroup, AnonymisationCheck.Check(columns, rows, MinimumGroup));
    }

    // Ages in bands and postal codes as areas even when pseudonymised: the exact values identify, the bands serve analysis.
    private static string Column(string field) => field switch { "age" => "age_band", "postal_code" => "postal_area", _ => field };

    private static string? Value(string field, Storage.ContactRow c, JsonObject? attributes, LocalDate today) => field switch
    {
        "age" => SkewTest.AgeBand(c.BirthDate, today),
        "postal_code" => SkewTest.PostalArea(c.PostalCode),
        "language" => c.Language?.Split('-')[0].ToLowerInvariant(),
        "country" => c.Country,
        _ => attributes?[field] is JsonNode v ? (v is JsonValue value && value.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : null,
    };
}
