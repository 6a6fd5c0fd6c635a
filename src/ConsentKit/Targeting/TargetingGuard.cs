using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Consent;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Targeting;

internal sealed class TargetingGuard(ConsentKitRuntime runtime) : ITargetingGuard
{
    private (DataCatalog Catalog, TargetingValidator Validator)? _validator;

    public async Task<TargetingDecision> ValidateAsync(SegmentDefinition segment, string purpose, SegmentCheckOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        options ??= new SegmentCheckOptions();
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(purpose) || !env.Purposes.ContainsKey(purpose))
        {
            throw new ConsentKitValidationException([new("purpose", "purpose.unknown", $"purpose must be one of the purpose catalog: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}.")]);
        }

        var typing = SegmentTyping.Errors(segment, env.Catalog);
        var orgId = runtime.Organisation(options.OrganisationId);
        var rules = options.Rules ?? env.Profile.Targeting;
        // One validator per catalog in force, so that its per-field memo serves every check until the catalog changes.
        if (_validator is not { } cached || !ReferenceEquals(cached.Catalog, env.Catalog))
        {
            _validator = cached = (env.Catalog, new TargetingValidator(env.Catalog, runtime.Options.Proxies, [.. runtime.Options.TargetingOverrides],
                runtime.Loosened(LegalOverride.Profiling, env.Profile.Defaults.Profiling) ? null : env.Profile.Defaults.Source + "; LegalOverride(\"profiling\") turns it on"));
        }

        var validator = cached.Validator;
        var (violations, consents, fields) = validator.Validate(segment, purpose, rules);

        // A value of the wrong type makes the segment unusable, but must not hide what else is wrong with it: the special
        // categories and proxies it uses are reported with the type errors (issue 16 §9).
        if (typing.Count > 0)
        {
            throw new ConsentKitValidationException([.. typing, .. violations.Select(v => new ValidationError(v.Field, "segment." + Vocabulary.Kebab(v.Code.ToString()), v.MessageEn))]);
        }

        long? audience = null;
        SegmentQuery? query = null;
        if (violations.Count == 0 && options.Count)
        {
            query = Query(segment, purpose, orgId, rules, consents, env);
            audience = await runtime.Store.CountSegmentAsync(query, cancellationToken).ConfigureAwait(false);
            if (audience < rules.MinimumAudience)
            {
                violations.Add(new(TargetingViolationCode.BelowMinimumAudience, "segment", null, rules.MinimumAudienceSource,
                    $"Ce segment touche {audience} {(audience > 1 ? "personnes" : "personne")}. Il en faut au moins {rules.MinimumAudience}, pour ne pas viser des individus.",
                    $"This segment reaches {audience} {(audience == 1 ? "person" : "people")}. It needs at least {rules.MinimumAudience}, so that it does not aim at individuals."));
            }
        }

        var registerId = await RecordAsync(segment, purpose, orgId, rules, fields, audience, violations, options.RequestedBy, cancellationToken).ConfigureAwait(false);
        runtime.Metrics.SegmentChecked(violations.Count == 0, violations.Count > 0 ? violations[0].Code.ToString() : null);
        Log.SegmentChecked(runtime.LoggerFor("Targeting"), registerId, purpose, violations.Count == 0 ? "allowed" : "refused", violations.Count, audience);
        var approved = violations.Count == 0 && query is not null
            ? new ApprovedSegment(segment, purpose, orgId, registerId, rules, consents)
            : null;

        // R32: before the segment is used, its selection rates are compared with the population it draws from; a skewed
        // segment is held for the privacy officer, unless an approved decision turned the test off.
        SkewReport? skew = null;
        if (approved is not null && !runtime.Loosened(LegalOverride.SkewTest, false))
        {
            skew = await SkewTest.RunAsync(runtime, env, segment, registerId, orgId, purpose, rules, runtime.Store.StreamSegmentAsync(query!, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (skew.Held)
            {
                await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
                await session.SetMetaAsync(SkewTest.MetaKey(registerId), SkewTest.Hold(skew, runtime.Clock.GetCurrentInstant())).ConfigureAwait(false);
                await session.CommitAsync().ConfigureAwait(false);
            }
        }

        return new TargetingDecision(violations, audience, registerId, approved, skew);
    }

    public async IAsyncEnumerable<string> EvaluateAsync(ApprovedSegment segment, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var query = Query(segment.Definition, segment.Purpose, segment.OrganisationId, segment.Rules, segment.RequiredConsents, env);
        if (await runtime.Store.GetMetaAsync(SkewTest.MetaKey(segment.RegisterId), cancellationToken).ConfigureAwait(false) is { } hold && !SkewTest.Released(hold))
        {
            throw new ConsentKitException("targeting.held-for-review",
                $"The segment of register entry {segment.RegisterId} is held for the privacy officer's review: its skew test found a group selected out of proportion (R32). Release it with the officer's rationale (ReleaseHoldAsync, consentkit segment release).");
        }

        // The floor holds at evaluation too: the first ids are held back until the floor is reached, so a segment that
        // shrank since its approval never yields anyone (R33).
        var held = new List<string>(segment.Rules.MinimumAudience);
        await foreach (var id in runtime.Store.StreamSegmentAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (held is not null)
            {
                held.Add(id);
                if (held.Count < segment.Rules.MinimumAudience)
                {
                    continue;
                }

                foreach (var h in held)
                {
                    yield return h;
                }

                held = null;
                continue;
            }

            yield return id;
        }

        if (held is not null && segment.Rules.MinimumAudience > 0)
        {
            throw new ConsentKitException("targeting.below-floor",
                $"The segment of register entry {segment.RegisterId} now reaches fewer than {segment.Rules.MinimumAudience} people; check it again (R33).");
        }
    }

    public async Task<SkewRelease> ReleaseHoldAsync(string registerId, string rationale, string approvedBy, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(rationale) || rationale.Trim().Length < 20)
        {
            errors.Add(new("rationale", "rationale.required", "rationale must say, in at least 20 characters, why the skew is acceptable (R32)."));
        }

        if (string.IsNullOrWhiteSpace(approvedBy) || approvedBy.Length > 100)
        {
            errors.Add(new("approvedBy", "approved_by.required", "approvedBy must name the officer or role who releases the segment (1-100 characters)."));
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var hold = await runtime.Store.GetMetaAsync(SkewTest.MetaKey(registerId ?? ""), cancellationToken).ConfigureAwait(false);
        if (hold is null)
        {
            errors.Add(new("registerId", "register_id.not-held", "registerId names no segment held for review."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var release = new SkewRelease(registerId!, approvedBy.Trim(), runtime.Clock.GetCurrentInstant(), rationale.Trim());
        if (!SkewTest.Released(hold!))
        {
            await session.SetMetaAsync(SkewTest.MetaKey(registerId!), SkewTest.Release(hold!, release)).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        return release;
    }

    public async Task<DataCatalog> GetCatalogAsync(CancellationToken cancellationToken = default) =>
        (await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false)).Catalog;

    public async Task<DataCatalog> ImportCatalogAsync(DataCatalog declarations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        foreach (var field in declarations.Fields.Values)
        {
            foreach (var purpose in field.Purposes.Where(p => p != "*" && !env.Purposes.ContainsKey(p)))
            {
                errors.Add(new($"{field.Name}.purposes", "catalog.purpose-unknown", $"field {field.Name} names the purpose {purpose}, which is not in the purpose catalog ({string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))})."));
            }

            if (DataCatalog.BuiltIn.Find(field.Name) is { } builtIn && !DataCatalog.Narrows(builtIn, field))
            {
                errors.Add(new($"{field.Name}.name", "catalog.name-reserved", $"{field.Name} is a built-in field of ConsentKit: a declaration may only narrow it (the same category, source and type, fewer purposes or channels), never widen or re-categorise it (R28, R33)."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = await runtime.Store.GetMetaAsync(DataCatalog.MetaKey, cancellationToken).ConfigureAwait(false);
            var merged = (stored is null ? new DataCatalog([]) : DataCatalog.Parse(stored)).Merge(declarations);
            await session.SetMetaAsync(DataCatalog.MetaKey, merged.ToJson()).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
            Log.CatalogImported(runtime.LoggerFor("Targeting"), merged.Fields.Count);
        }

        runtime.Reset();
        return (await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false)).Catalog;
    }

    public async Task<IReadOnlyList<TargetingRegisterEntry>> GetRegisterAsync(Instant since, Instant until, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await runtime.Store.GetTargetingRegisterAsync(runtime.Organisation(organisationId), since.ToUnixTimeTicks(), until.ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new TargetingRegisterEntry(
            r.EntryId, r.OrgId, Instant.FromUnixTimeTicks(r.RecordedAt), r.RequestedBy, r.Purpose, r.Rules, r.Segment, r.SegmentSha256,
            [.. DataCatalog.Parse(r.Sources).Fields.Values], r.Audience, r.Allowed, StoredJson.ParseStrings(r.Violations)))];
    }

    private SegmentQuery Query(SegmentDefinition segment, string purpose, string orgId, TargetingRules rules, IReadOnlyList<string> consents, ConsentKitEnvironment env)
    {
        var now = runtime.Clock.GetCurrentInstant();
        var today = now.InUtc().Date;
        var minimumAge = rules.MinimumAge(purpose);
        return new SegmentQuery
        {
            OrgId = orgId,
            Include = segment.Include,
            Exclude = segment.Exclude,
            Fields = env.Catalog.Fields,
            Today = today,
            BornOnOrBefore = minimumAge > 0 ? today.PlusYears(-minimumAge) : null,
            RequiredConsents = [.. consents.Select(c => c.StartsWith("explicit:", StringComparison.Ordinal) ? (c["explicit:".Length..], true) : (c, false))],
            NowTicks = now.ToUnixTimeTicks(),
        };
    }

    // The register keeps the definition, the fields' categories and sources, and the verdict: no contact data (R67).
    private async Task<string> RecordAsync(SegmentDefinition segment, string purpose, string orgId, TargetingRules rules, List<FieldDefinition> fields,
        long? audience, List<TargetingViolation> violations, string? requestedBy, CancellationToken cancellationToken)
    {
        // A refused segment may name a person ("phone eq …"): values of identity, contact and undeclared fields are not kept.
        var catalog = (await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false)).Catalog;
        var json = segment.ToJson(c => catalog.Find(c.Field) is not { } f || f.Category is DataCategory.Identity or DataCategory.Contact || f.Name == "birth_date");
        var row = new TargetingRegisterRow
        {
            EntryId = "seg-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
            OrgId = orgId,
            RecordedAt = runtime.Clock.GetCurrentInstant().ToUnixTimeTicks(),
            RequestedBy = requestedBy,
            Purpose = purpose,
            Rules = rules.Name,
            Segment = json,
            SegmentSha256 = LedgerHasher.Sha256Hex(Encoding.UTF8.GetBytes(json)),
            Sources = new DataCatalog(fields).ToJson(),
            Audience = audience,
            Allowed = violations.Count == 0,
            Violations = StoredJson.Strings(violations.Select(v => v.Code.ToString())),
        };
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (!await session.OrganisationExistsAsync(orgId).ConfigureAwait(false))
        {
            throw new ConsentKitValidationException([new("organisation", "organisation.unknown", "organisation is not registered in this store.")]);
        }

        await session.InsertTargetingEntryAsync(row).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return row.EntryId;
    }
}
