using ConsentKit.Jurisdictions;

using ConsentKit.Storage;
using ConsentKit.Storage.Sqlite;
using NodaTime;

namespace ConsentKit;

/// <summary>Options for <c>services.AddConsentKit(o =&gt; ...)</c>; validated when the host starts.</summary>
public sealed class ConsentKitOptions
{
    /// <summary>
    /// The jurisdiction whose profile supplies the legal defaults. When null, the jurisdiction the store was
    /// initialised with (<c>consentkit init --jurisdiction</c>) applies, and Québec for a store never initialised.
    /// </summary>
    public Jurisdiction? Jurisdiction { get; set; }

    /// <summary>ISO 3166 region used to read phone numbers without a country code; the profile's region when null.</summary>
    public string? DefaultRegion { get; set; }

    /// <summary>The organisation used when a call names none.</summary>
    public string DefaultOrganisation { get; set; } = "default";

    /// <summary>
    /// Who acts through this instance, recorded with every grant, withdrawal, rectification and privacy-officer action
    /// ("by whom", GDPR art. 5(2)): a user name, a service or a tool, 1-100 characters. Defaults to the host application's
    /// name. A call may name another (<see cref="Consent.ConsentEvent.Actor"/>).
    /// </summary>
    public string? Actor { get; set; }

    /// <summary>How far in the future an event's instant may lie, to absorb clock skew between devices (default 2 minutes).</summary>
    public Duration FutureTolerance { get; set; } = Duration.FromMinutes(2);

    /// <summary>
    /// The 32-byte (or longer) key for the keyed hashes of personal data. The key never goes into the store; when neither
    /// this, <see cref="KeyProvider"/> nor <see cref="KeyFile"/> is given, a SQLite store uses the file <c>STORE.key</c>
    /// beside it (created, readable by its owner only, with a new store). A PostgreSQL store needs one of the three.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Key material is bytes by nature.")]
    public byte[]? PersonalDataKey { get; set; }

    /// <summary>The key from a vault or KMS; wins over <see cref="PersonalDataKey"/> and <see cref="KeyFile"/>.</summary>
    public IPersonalDataKeyProvider? KeyProvider { get; set; }

    /// <summary>
    /// A file holding the key as base64; created (readable by its owner only) with a new store when absent. Default for a
    /// SQLite store: <c>STORE.key</c> beside the store file.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>Purposes added to, or replacing by name, the profile's default catalog (R1).</summary>
    public IList<PurposeDefinition> Purposes { get; } = [];

    /// <summary>Election-day silence periods the send gate enforces (R21, R22, R23), one per election.</summary>
    public IList<ElectionSilence> Elections { get; } = [];

    /// <summary>
    /// Frequency caps, such as the frequency announced at sign-up (R25). A cap for a channel replaces the profile's default
    /// for that channel; a cap looser than the default (more than 4 per 30 days) needs a <see cref="LegalOverride"/> for "frequency-cap".
    /// </summary>
    public IList<FrequencyCap> FrequencyCaps { get; } = [];

    /// <summary>
    /// Sending hours replacing the profile's (R24), for an organisation that sends in a narrower window. Hours that allow a
    /// time the profile forbids need a <see cref="LegalOverride"/> for "sending-hours".
    /// </summary>
    public SendingHours? SendingHours { get; set; }

    /// <summary>
    /// How long a contact with no consent in force, no open request and no activity is kept before the purge erases it
    /// (R39); the profile's period when null. Shorter is configuration; longer needs a <see cref="LegalOverride"/> for
    /// <c>retention</c> (R38: the shortest retention until an approved decision changes it). Bound from configuration as an
    /// ISO 8601 period, such as <c>P2Y</c>.
    /// </summary>
    public NodaTime.Period? InactiveContactRetention { get; set; }

    /// <summary>
    /// The organisation's registration with the CRTC's Voter Contact Registry (CEA Part 16.1; R27), such as its confirmation
    /// number. Under the Canada profile the gate blocks every voice call until it is recorded (<c>CallingRegistrationMissing</c>).
    /// </summary>
    public string? VoterContactRegistration { get; set; }

    /// <summary>
    /// Explicit, logged decisions to loosen a legal default, each with its reason and approver: <c>frequency-cap</c>,
    /// <c>sending-hours</c>, and the protective defaults of R38 (<see cref="LegalOverride.Profiling"/>,
    /// <see cref="LegalOverride.Sharing"/>, <see cref="LegalOverride.Retention"/>).
    /// </summary>
    public IList<LegalOverride> Overrides { get; } = [];

    /// <summary>Fields declared in code, merged over the built-in fields and the declarations imported into the store (R28).</summary>
    public Targeting.DataCatalog? Catalog { get; set; }

    /// <summary>The words that reveal a special category or a vulnerability (R31, R34); extend with <see cref="Targeting.ProxyRules.With"/>.</summary>
    public Targeting.ProxyRules Proxies { get; set; } = Targeting.ProxyRules.Default;

    /// <summary>Logged decisions to let a special category drive segments for one purpose, with the GDPR art. 9(2) basis.</summary>
    public IList<Targeting.TargetingOverride> TargetingOverrides { get; } = [];

    /// <summary>
    /// The public name that signs replies to STOP, HELP and WHY, access exports and the transparency register; the
    /// organisation's registered name when null. An organisation never named (its id as placeholder) signs nothing: replies
    /// go unsigned and exports and registers are refused with <c>organisation.unnamed</c>.
    /// </summary>
    public string? SenderName { get; set; }

    /// <summary>The AI-use policy (R43-R47), the seeds' commitments on by default, for every organisation without its own.</summary>
    public AiUse.AiUsePolicy AiPolicy { get; } = new();

    /// <summary>An organisation's own AI-use policy, by organisation id; the others follow <see cref="AiPolicy"/>.</summary>
    public IDictionary<string, AiUse.AiUsePolicy> OrganisationAiPolicies { get; } = new Dictionary<string, AiUse.AiUsePolicy>(StringComparer.Ordinal);

    internal AiUse.AiUsePolicy AiPolicyFor(string organisationId) => OrganisationAiPolicies.TryGetValue(organisationId, out var policy) ? policy : AiPolicy;

    /// <summary>
    /// Where explanation pages are served, such as <c>https://parti.example/w/</c>: a link is this base followed by its
    /// code. When null, short explanations carry the bare code.
    /// </summary>
    public string? ExplanationLinkBase { get; set; }

    /// <summary>How long an explanation link works (default 90 days: a campaign and the month after it).</summary>
    public Duration ExplanationLinkLifetime { get; set; } = Duration.FromDays(90);

    internal Func<IServiceProvider, IConsentStore>? StoreFactory { get; private set; }

    // Values configuration could not bind, each with its configuration key: reported by validation at start.
    internal List<string> ConfigurationErrors { get; } = [];

    internal string? StoreDescription { get; private set; }

    /// <summary>Stores everything in one SQLite file, for example <c>Data Source=consent.db</c>.</summary>
    public ConsentKitOptions UseSqlite(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return UseStore(_ => new SqliteConsentStore(connectionString), "sqlite");
    }

    /// <summary>
    /// Plugs in a storage provider (the way <c>UsePostgreSql</c> of ConsentKit.PostgreSql does): <paramref name="factory"/>
    /// makes the one <see cref="IConsentStore"/> of the host, and <paramref name="description"/> names the provider in health
    /// checks and errors (no connection string: it may hold a secret). The ConsentKit.Testing package checks a provider
    /// against the contract (docs/providers.md).
    /// </summary>
    public ConsentKitOptions UseStore(Func<IServiceProvider, IConsentStore> factory, string description)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        StoreFactory = factory;
        StoreDescription = description;
        return this;
    }
}
