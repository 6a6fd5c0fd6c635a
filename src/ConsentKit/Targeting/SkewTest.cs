using System.Text.Json.Nodes;
using ConsentKit.Hosting;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Targeting;

/// <summary>One group of one dimension, in aggregate: how many of the reference population it holds, how many the segment selects, and the ratio of its selection rate to the overall rate.</summary>
/// <param name="Dimension"><c>age_band</c>, <c>language</c>, <c>postal_area</c> or a declared proxy field.</param>
/// <param name="Group">The group's value, such as <c>65+</c>, <c>en</c> or <c>H7N</c>.</param>
/// <param name="Reference">People of the group who could be selected (they hold a consent in force for the purpose).</param>
/// <param name="Selected">People of the group the segment selects.</param>
/// <param name="Ratio">The group's selection rate divided by the overall selection rate.</param>
public sealed record SkewGroup(string Dimension, string Group, long Reference, long Selected, double Ratio);

/// <summary>
/// The pre-approval skew test of one approved segment (R32): counts only, never ids. When a group's ratio lies outside the
/// rules' band, the segment is held for the privacy officer's review: <see cref="ITargetingGuard.EvaluateAsync"/> refuses it
/// until <see cref="ITargetingGuard.ReleaseHoldAsync"/> records the officer's rationale.
/// </summary>
/// <param name="RegisterId">The targeting-register entry of the segment.</param>
/// <param name="Reference">People who could be selected.</param>
/// <param name="Selected">People the segment selects.</param>
/// <param name="Groups">Every group large enough to be compared (<see cref="TargetingRules.SkewMinimumGroup"/>).</param>
/// <param name="OutOfRange">The groups whose ratio lies outside the band: why the segment is held.</param>
/// <param name="Rule">The rule and the band.</param>
public sealed record SkewReport(string RegisterId, long Reference, long Selected, IReadOnlyList<SkewGroup> Groups, IReadOnlyList<SkewGroup> OutOfRange, string Rule)
{
    /// <summary>Whether the segment is held for review.</summary>
    public bool Held => OutOfRange.Count > 0;
}

/// <summary>The privacy officer's release of a held segment (R32): who, when, and the rationale, stored with the hold.</summary>
/// <param name="RegisterId">The targeting-register entry.</param>
/// <param name="ApprovedBy">The officer or role who released it.</param>
/// <param name="ReleasedAt">When.</param>
/// <param name="Rationale">Why the skew is acceptable.</param>
public sealed record SkewRelease(string RegisterId, string ApprovedBy, Instant ReleasedAt, string Rationale);

internal static class SkewTest
{
    public static string MetaKey(string registerId) => "skew-hold:" + registerId;

    public static async Task<SkewReport> RunAsync(ConsentKitRuntime runtime, ConsentKitEnvironment env, SegmentDefinition segment, string registerId, string orgId, string purpose,
        TargetingRules rules, IAsyncEnumerable<string> selected, CancellationToken cancellationToken)
    {
        // The test looks for indirect targeting (R32: what the R31 lists miss): a dimension the segment selects on openly
        // (an age criterion, a place, a language, a declared proxy) is reviewed by the targeting rules, not compared here.
        var criteria = segment.Include.Fields().Concat(segment.Exclude?.Fields() ?? []).Select(c => env.Catalog.Find(c.Field)).OfType<FieldDefinition>().ToList();
        var direct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in criteria)
        {
            direct.Add(field.Name switch
            {
                "age" or "birth_date" => "age_band",
                "language" => "language",
                _ when field.Category == DataCategory.Location => "postal_area",
                _ => field.Name,
            });
        }

        var now = runtime.Clock.GetCurrentInstant();
        var reference = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var s in runtime.Store.ReadStatesAsync(orgId, cancellationToken).ConfigureAwait(false))
        {
            if (s.Purpose == purpose && s.Status == "granted" && (s.ExpiresAt is null || s.ExpiresAt > now.ToUnixTimeTicks()))
            {
                reference.Add(s.ContactId);
            }
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in selected.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chosen.Add(id);
        }

        chosen.IntersectWith(reference);
        var proxies = env.Catalog.Fields.Values.Where(f => f.ProxyOf is not null && !direct.Contains(f.Name)).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<(string Dimension, string Group), (long Reference, long Selected)>();
        var today = now.InUtc().Date;
        await foreach (var c in runtime.Store.ReadContactsAsync(orgId, cancellationToken).ConfigureAwait(false))
        {
            if (c.ErasedAt is not null || !reference.Contains(c.ContactId))
            {
                continue;
            }

            var isSelected = chosen.Contains(c.ContactId);
            void Count(string dimension, string? group)
            {
                if (!string.IsNullOrWhiteSpace(group))
                {
                    var (r, s) = counts.GetValueOrDefault((dimension, group));
                    counts[(dimension, group)] = (r + 1, s + (isSelected ? 1 : 0));
                }
            }

            Count("age_band", direct.Contains("age_band") ? null : AgeBand(c.BirthDate, today));
            Count("language", direct.Contains("language") ? null : c.Language?.Split('-')[0].ToLowerInvariant());
            Count("postal_area", direct.Contains("postal_area") ? null : PostalArea(c.PostalCode));
            if (proxies.Count > 0 && c.Attributes is { Length: > 2 } attributes && JsonNode.Parse(attributes) is JsonObject values)
            {
                foreach (var proxy in proxies)
                {
                    Count(proxy, values[proxy] is JsonValue v ? v.ToString() : null);
                }
            }
        }

        var overall = reference.Count == 0 ? 0 : (double)chosen.Count / reference.Count;
        var groups = counts.Where(g => g.Value.Reference >= rules.SkewMinimumGroup && overall > 0)
            .Select(g => new SkewGroup(g.Key.Dimension, g.Key.Group, g.Value.Reference, g.Value.Selected, Math.Round((double)g.Value.Selected / g.Value.Reference / overall, 3)))
            .OrderBy(g => g.Dimension, StringComparer.Ordinal).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        var outside = groups.Where(g => g.Ratio < rules.SkewLow || g.Ratio > rules.SkewHigh).ToList();
        return new SkewReport(registerId, reference.Count, chosen.Count, groups, outside,
            $"{rules.SkewSource}: selection-rate ratio within {rules.SkewLow.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{rules.SkewHigh.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    // What the store keeps of a hold: the aggregates that caused it, then the release. Counts and group names only.
    public static string Hold(SkewReport report, Instant at) => new JsonObject
    {
        ["registerId"] = report.RegisterId,
        ["heldAt"] = InstantPattern.ExtendedIso.Format(at),
        ["rule"] = report.Rule,
        ["outOfRange"] = new JsonArray([.. report.OutOfRange.Select(g => (JsonNode)new JsonObject
        {
            ["dimension"] = g.Dimension, ["group"] = g.Group, ["reference"] = g.Reference, ["selected"] = g.Selected, ["ratio"] = g.Ratio,
        })]),
    }.ToJsonString();

    public static string Release(string hold, SkewRelease release)
    {
        var document = JsonNode.Parse(hold)!.AsObject();
        document["release"] = new JsonObject
        {
            ["approvedBy"] = release.ApprovedBy, ["releasedAt"] = InstantPattern.ExtendedIso.Format(release.ReleasedAt), ["rationale"] = release.Rationale,
        };
        return document.ToJsonString();
    }

    public static bool Released(string hold) => JsonNode.Parse(hold)?["release"] is not null;

    // Shared with analytics (R40): the same bands and areas wherever people are counted.
    internal static string? AgeBand(string? birthDate, LocalDate today)
    {
        if (birthDate is null || LocalDatePattern.Iso.Parse(birthDate) is not { Success: true } parsed)
        {
            return null;
        }

        var age = Period.Between(parsed.Value, today, PeriodUnits.Years).Years;
        return age switch
        {
            < 18 => "<18",
            < 25 => "18-24",
            < 35 => "25-34",
            < 45 => "35-44",
            < 55 => "45-54",
            < 65 => "55-64",
            _ => "65+",
        };
    }

    // Canada's forward sortation area (H7N), France's département (69): areas large enough that a count names nobody.
    internal static string? PostalArea(string? postalCode)
    {
        var compact = postalCode?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact is not { Length: >= 3 } ? null : char.IsAsciiLetter(compact[0]) ? compact[..3] : compact[..2];
    }
}
