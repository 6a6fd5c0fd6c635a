using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Diagnostics;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using ConsentKit.Targeting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace ConsentKit.Hosting;

/// <summary>What every capability needs once the store is open: the profile, catalog, key and normalizer.</summary>
internal sealed record ConsentKitEnvironment(
    JurisdictionProfile Profile,
    IReadOnlyDictionary<string, PurposeDefinition> Purposes,
    LedgerHasher Hasher,
    ContactNormalizer Normalizer,
    Targeting.DataCatalog Catalog)
{
    /// <summary>
    /// When each purpose outside the profile's catalog first ran on this store: a new use (R6). A consent given before it
    /// cannot cover it. Empty when the store has none.
    /// </summary>
    public IReadOnlyDictionary<string, Instant> NewUsesSince { get; init; } = new Dictionary<string, Instant>(StringComparer.Ordinal);
}

/// <summary>
/// The one place that opens the store: migrates it on first use, resolves the jurisdiction and the key, and
/// hands every capability the same environment. Opening lazily keeps <c>AddConsentKit</c> free of I/O.
/// </summary>
internal sealed class ConsentKitRuntime(
    IConsentStore store,
    IOptions<ConsentKitOptions> options,
    IClock clock,
    ConsentKitMetrics metrics,
    ILoggerFactory loggerFactory) : IDisposable
{
    private readonly ILogger logger = loggerFactory.CreateLogger("ConsentKit.Hosting");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _scopes = new(StringComparer.Ordinal);
    private ConsentKitEnvironment? _environment;

    /// <summary>
    /// The suppression scopes that bind an organisation: 'global', itself and every ancestor, so that a suppression at the
    /// party applies to its local associations and candidates (R12). The last entry is the root controller.
    /// </summary>
    public async ValueTask<string[]> ScopesAsync(string orgId, CancellationToken cancellationToken)
    {
        if (_scopes.TryGetValue(orgId, out var cached))
        {
            return cached;
        }

        var parents = (await store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Id, o => o.ParentId, StringComparer.Ordinal);
        var chain = new List<string> { "global" };
        for (string? current = orgId; current is not null && !chain.Contains(current); current = parents.GetValueOrDefault(current))
        {
            chain.Add(current);
        }

        return _scopes[orgId] = [.. chain];
    }

    /// <summary>Forgets resolved scopes after an organisation was registered or moved.</summary>
    public void ForgetScopes() => _scopes.Clear();

    public IConsentStore Store => store;

    public ConsentKitOptions Options => options.Value;

    /// <summary>
    /// Whether a protective default is on (R38): on by the profile, or turned on by a <see cref="LegalOverride"/> naming
    /// it, which is logged at start and recorded in the store with its approver and the actor.
    /// </summary>
    public bool Loosened(string setting, bool byDefault) => byDefault || options.Value.Overrides.Any(x => x.Setting == setting);

    public IClock Clock => clock;

    public ConsentKitMetrics Metrics => metrics;

    public ILogger Logger => logger;

    /// <summary>
    /// The logger of one capability, category <c>ConsentKit.{capability}</c> (<c>ConsentKit.Gate</c>, <c>ConsentKit.Ledger</c>…),
    /// so that an operator turns one capability's logs up or down in configuration.
    /// </summary>
    public ILogger LoggerFor(string capability) => _loggers.GetOrAdd(capability, c => loggerFactory.CreateLogger("ConsentKit." + c));

    public string Organisation(string? organisationId) => organisationId ?? options.Value.DefaultOrganisation;

    /// <summary>The actor recorded when a call names none: the options', else the host application's name.</summary>
    public string Actor => options.Value.Actor ?? System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "consentkit";

    public async ValueTask<ConsentKitEnvironment> ReadyAsync(CancellationToken cancellationToken)
    {
        if (_environment is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _environment ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The meta key naming the id of the key the store's rows are sealed with, once it was rotated.</summary>
    internal const string CurrentKeyMeta = "current_key";

    internal const string LinkBaseMeta = "explanation_link_base";

    /// <summary>
    /// The one resolver of an organisation's public name, which signs replies, exports and registers: the options'
    /// <see cref="ConsentKitOptions.SenderName"/>, else the name it was registered with; null while it has none (a store
    /// created without a name holds its id as a placeholder, and an id is never shown as a name).
    /// </summary>
    public async Task<string?> PublicNameAsync(string orgId, CancellationToken cancellationToken)
    {
        if (Options.SenderName is { } configured)
        {
            return configured;
        }

        var registered = (await store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => o.Id == orgId);
        return registered is not null && registered.Name != registered.Id ? registered.Name : null;
    }

    /// <summary>The public name, or a refusal naming what to do: a document that must say who publishes it needs one.</summary>
    public async Task<string> RequirePublicNameAsync(string orgId, CancellationToken cancellationToken) =>
        await PublicNameAsync(orgId, cancellationToken).ConfigureAwait(false)
        ?? throw new ConsentKitException("organisation.unnamed",
            $"Organisation {orgId} has no public name, and this document must say who publishes it. Name it: consentkit init --name, IOrganisationRegistry.RegisterAsync or ConsentKitOptions.SenderName.");

    /// <summary>The one resolver of the explanation link base: the options' value overrides the store's setting.</summary>
    public async Task<string?> LinkBaseAsync(CancellationToken cancellationToken)
    {
        if (Options.ExplanationLinkBase is { } configured)
        {
            return configured;
        }

        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return await store.GetMetaAsync(LinkBaseMeta, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _environment?.Hasher.Dispose();
        _gate.Dispose();
    }

    /// <summary>Forgets the resolved environment, after init changed the jurisdiction recorded in the store.</summary>
    public void Reset() => _environment = null;

    private async Task<ConsentKitEnvironment> OpenAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var o = options.Value;

        var recorded = await store.GetMetaAsync("jurisdiction", cancellationToken).ConfigureAwait(false);
        Jurisdiction? stored = Vocabulary.TryParseJurisdiction(recorded, out var j) ? j : null;
        if (o.Jurisdiction is { } configured && stored is { } s && configured != s)
        {
            throw new ConsentKitException(
                "store.jurisdiction-mismatch",
                $"The store was initialised for jurisdiction '{s.Name()}' but the options say '{configured.Name()}'. Use a store initialised for '{configured.Name()}'.");
        }

        var profile = JurisdictionProfile.For(o.Jurisdiction ?? stored ?? Jurisdiction.Quebec);

        // Only known once the store tells the jurisdiction: stricter hours are configuration, looser ones need an override.
        if (o.SendingHours is { } hours && !hours.IsWithin(profile.SendingHours) && !o.Overrides.Any(x => x.Setting == "sending-hours"))
        {
            throw new ConsentKitValidationException([new("SendingHours", "sending-hours.looser",
                $"the configured sending hours allow times the {profile.Code.Name()} profile forbids ({profile.SendingHours.Source}); add a LegalOverride(\"sending-hours\", reason, approvedBy).")]);
        }

        // R38: the shortest retention until an approved decision lengthens it.
        if (o.InactiveContactRetention is { } kept)
        {
            var anchor = new LocalDateTime(2000, 1, 1, 0, 0);
            if (anchor + kept <= anchor)
            {
                throw new ConsentKitValidationException([new("InactiveContactRetention", "retention.not-positive", "InactiveContactRetention must be a positive period, such as P2Y.")]);
            }

            if (anchor + kept > anchor + profile.Retention.InactiveContact && !Loosened(LegalOverride.Retention, false))
            {
                throw new ConsentKitValidationException([new("InactiveContactRetention", "retention.longer",
                    $"InactiveContactRetention keeps contacts longer than the {profile.Code.Name()} profile's {profile.Retention.InactiveContact} ({profile.Defaults.Source}; {profile.Retention.Source}); add a LegalOverride(\"retention\", reason, approvedBy).")]);
            }
        }

        // R41: a vendor that processes data outside the jurisdiction (Québec and Canada; the EU and EEA) is enabled only with
        // its privacy impact assessment or transfer tool recorded. Known once the store tells the jurisdiction, like the hours.
        var unassessed = new[] { ("AiPolicy", o.AiPolicy) }.Concat(o.OrganisationAiPolicies.Select(p => ($"OrganisationAiPolicies:{p.Key}", p.Value)))
            .SelectMany(p => p.Item2.Providers.Where(v => !profile.HomeCountries.Contains(v.Country) && string.IsNullOrWhiteSpace(v.TransferAssessment))
                .Select(v => new ValidationError($"{p.Item1}:Providers:{v.Name}", "provider.transfer-assessment",
                    $"the AI provider processes data in {v.Country}, outside the {profile.Code.Name()} jurisdiction; record its privacy impact assessment or transfer tool in TransferAssessment (R41; QC-PP s.17; GDPR ch. V).")))
            .ToList();
        if (unassessed.Count > 0)
        {
            throw new ConsentKitValidationException(unassessed);
        }

        var purposes = profile.Purposes.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var purpose in o.Purposes)
        {
            purposes[purpose.Name] = purpose;
        }

        // R6: a Québec provincial party pursues only the purposes the Election Act allows; another one needs a recorded approval.
        if (profile.ElectionAct is { } electionAct)
        {
            var outside = purposes.Keys.Where(p => !electionAct.Purposes.Contains(p) && !o.Overrides.Any(x => x.Setting == ElectionActRules.PurposeOverride(p)))
                .Select(p => new ValidationError($"Purposes:{p}", "purpose.not-allowed",
                    $"'{p}' is not among the purposes the Election Act allows a provincial party ({electionAct.Source}); add a LegalOverride(\"{ElectionActRules.PurposeOverride(p)}\", reason, approvedBy) once a legal review allows it."))
                .ToList();
            if (outside.Count > 0)
            {
                throw new ConsentKitValidationException(outside);
            }
        }

        // A purpose outside the profile's catalog is a new use: the store remembers when it first ran (R6, GDPR art. 6(4)).
        var newUses = purposes.Keys.Where(p => !profile.Purposes.Any(d => d.Name == p)).Order(StringComparer.Ordinal).ToList();

        // A store is new until its key's fingerprint is recorded (the first open writes it).
        var isNew = await store.GetMetaAsync("key_fingerprint", cancellationToken).ConfigureAwait(false) is null;
        var ring = await PersonalDataKeys.ResolveAsync(o, store, isNew, cancellationToken).ConfigureAwait(false);

        // The current key is the one the store says its rows are sealed with; a ring that lacks it is an old copy of the file.
        var recordedCurrent = await store.GetMetaAsync(CurrentKeyMeta, cancellationToken).ConfigureAwait(false);
        var current = recordedCurrent is null ? 0 : ring.Select(LedgerHasher.KeyId).ToList().IndexOf(recordedCurrent);
        if (current < 0)
        {
            throw new ConsentKitException("store.key-missing", "The key file lacks the key this store was last rotated to (an older copy of the file?); give the current key file.");
        }

        var hasher = new LedgerHasher(ring, current);
        store.Seals = new RowSeals(hasher);
        await SeedAsync(hasher, newUses, cancellationToken).ConfigureAwait(false);
        var newUsesSince = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var use in newUses)
        {
            if (await store.GetMetaAsync(NewUseMeta + use, cancellationToken).ConfigureAwait(false) is { } since && long.TryParse(since, System.Globalization.CultureInfo.InvariantCulture, out var ticks))
            {
                newUsesSince[use] = Instant.FromUnixTimeTicks(ticks);
            }
        }

        foreach (var legalOverride in o.Overrides)
        {
            Log.LegalDefaultLoosened(logger, legalOverride.Setting, legalOverride.ApprovedBy);
        }

        foreach (var targetingOverride in o.TargetingOverrides)
        {
            Log.TargetingOverride(logger, targetingOverride.Category.Name(), targetingOverride.Purpose, targetingOverride.Basis, targetingOverride.ApprovedBy);
        }

        // The catalog in force: the built-in fields, then the declarations imported into the store, then the options' (R28).
        var catalog = Targeting.DataCatalog.BuiltIn;
        if (await store.GetMetaAsync(Targeting.DataCatalog.MetaKey, cancellationToken).ConfigureAwait(false) is { } storedCatalog)
        {
            catalog = catalog.Merge(Targeting.DataCatalog.Parse(storedCatalog));
        }

        if (o.Catalog is { } configuredCatalog)
        {
            catalog = catalog.Merge(configuredCatalog);
        }

        // The built-in fields keep ConsentKit's declaration unless narrowed: redeclaring "phone" as engagement would open it
        // to segments, restricting it to fewer purposes or channels only closes it further.
        catalog = catalog.WithBuiltInsEnforced();

        return new ConsentKitEnvironment(profile, purposes, hasher, new ContactNormalizer(o.DefaultRegion ?? profile.DefaultRegion), catalog) { NewUsesSince = newUsesSince };
    }

    // A store written under one key and read under another would report every contact as tampered: refuse it up front.
    // The default organisation is created here so that the simple case needs no registration.
    private const string NewUseMeta = "purpose_since:";

    private async Task SeedAsync(LedgerHasher hasher, IReadOnlyList<string> newUses, CancellationToken cancellationToken)
    {
        var fingerprint = hasher.KeyFingerprint();
        var stored = await store.GetMetaAsync("key_fingerprint", cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored != fingerprint)
        {
            throw new ConsentKitException("store.key-mismatch", "The personal-data key does not match the key this store was written with (fingerprints differ).");
        }

        // Opening a store that needs nothing written takes no write lock: a gate check or a verify must not wait for an
        // import that holds it (R10).
        var backfilled = await store.GetMetaAsync("contacts_derived", cancellationToken).ConfigureAwait(false) == "2";
        var unsealed = await store.GetMetaAsync("rows_unsealed", cancellationToken).ConfigureAwait(false) is not null;
        var defaultOrg = options.Value.DefaultOrganisation;

        // Each legal or targeting override in force is recorded once in the store, with its reason, approver and the actor
        // that first ran with it, so that the privacy officer sees it beside the decisions it loosened (GDPR art. 5(2)).
        var overrides = new List<(string Key, string Value)>();
        foreach (var (setting, reason, approvedBy) in options.Value.Overrides.Select(x => (x.Setting, x.Reason, x.ApprovedBy))
                     .Concat(options.Value.TargetingOverrides.Select(x => ($"targeting:{x.Category.Name()}:{x.Purpose}:{x.Basis}", x.Reason, x.ApprovedBy))))
        {
            var key = "override:" + LedgerHasher.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(setting + "\n" + reason + "\n" + approvedBy))[..16];
            if (await store.GetMetaAsync(key, cancellationToken).ConfigureAwait(false) is null)
            {
                overrides.Add((key, new System.Text.Json.Nodes.JsonObject { ["setting"] = setting, ["reason"] = reason, ["approvedBy"] = approvedBy, ["actor"] = Actor, ["recordedAt"] = clock.GetCurrentInstant().ToUnixTimeTicks() }.ToJsonString()));
            }
        }

        foreach (var use in newUses)
        {
            if (await store.GetMetaAsync(NewUseMeta + use, cancellationToken).ConfigureAwait(false) is null)
            {
                overrides.Add((NewUseMeta + use, clock.GetCurrentInstant().ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (stored is not null && backfilled && !unsealed && overrides.Count == 0 && (await store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false)).Any(o => o.Id == defaultOrg))
        {
            return;
        }

        await using var session = await store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await session.SetMetaAsync("key_fingerprint", fingerprint).ConfigureAwait(false);
        }

        // Contacts written before schema 2 get their zones and identifier hashes once; a phone without known zones gets
        // the empty marker so that it is not read again.
        while (!backfilled && await session.GetContactsMissingDerivedAsync(5000).ConfigureAwait(false) is { Count: > 0 } stale)
        {
            foreach (var contact in stale)
            {
                contact.PhoneHmac = contact.Phone is null ? null : hasher.IdentifierHmac("phone", contact.Phone);
                contact.EmailHmac = contact.Email is null ? null : hasher.IdentifierHmac("email", contact.Email);
                contact.Zones ??= contact.TimeZone ?? (contact.Phone is null ? null : string.Join(',', ContactNormalizer.PhoneZones(contact.Phone)));
            }

            await session.UpdateDerivedAsync(stale).ConfigureAwait(false);
        }

        if (!backfilled)
        {
            await session.SetMetaAsync("contacts_derived", "2").ConfigureAwait(false);
        }

        foreach (var (key, value) in overrides)
        {
            await session.SetMetaAsync(key, value).ConfigureAwait(false);
        }

        // A store upgraded from before schema 9: its rows get their keyed hashes once, under the key just checked.
        if (unsealed)
        {
            await session.SealExistingRowsAsync().ConfigureAwait(false);
        }

        if (!await session.OrganisationExistsAsync(defaultOrg).ConfigureAwait(false))
        {
            await session.UpsertOrganisationAsync(new OrganisationRow
            {
                Id = defaultOrg,
                Name = defaultOrg,
                CreatedAt = clock.GetCurrentInstant().ToUnixTimeTicks(),
            }).ConfigureAwait(false);
            Log.DefaultOrganisationCreated(logger, defaultOrg);
        }

        await session.CommitAsync().ConfigureAwait(false);
    }
}
