using NodaTime;

namespace ConsentKit.Consent;

/// <summary>The notice shown to the person when consent was asked (R2): which text, in which language, and its SHA-256.</summary>
/// <param name="Id">The notice's identifier in the integrator's system.</param>
/// <param name="Version">The notice's version.</param>
/// <param name="Language">BCP 47 language tag of the text shown, such as <c>fr-CA</c>.</param>
/// <param name="Sha256">SHA-256 of the exact text shown, 64 lower-case hex characters.</param>
public sealed record NoticeReference(string Id, string Version, string Language, string Sha256);

/// <summary>
/// A consent event to record: a grant, withdrawal, renewal or parental grant for one (contact, purpose, channel),
/// with its proof (R1, R2). Free-text proof (affirmative act, evidence, collector, source detail, guardian) is kept
/// outside the hash chain so that it can be erased; the chain holds its keyed hash.
/// </summary>
public sealed record ConsentEvent
{
    /// <summary>The integrator's opaque contact id.</summary>
    public required string ContactId { get; init; }

    /// <summary>A purpose from the catalog, such as <c>gotv</c>.</summary>
    public required string Purpose { get; init; }

    /// <summary>The channel the event covers.</summary>
    public required Channel Channel { get; init; }

    /// <summary>What the event does; a grant by default.</summary>
    public ConsentEventKind Kind { get; init; } = ConsentEventKind.Granted;

    /// <summary>The legal basis; required for grants, renewals and parental grants.</summary>
    public ConsentBasis? Basis { get; init; }

    /// <summary>Where the event was captured.</summary>
    public required CaptureSource Source { get; init; }

    /// <summary>The form URL or another reference to the capture point; required for web forms.</summary>
    public string? SourceDetail { get; init; }

    /// <summary>When the person acted; the clock's current instant when null. May not lie in the future beyond the configured tolerance.</summary>
    public Instant? OccurredAt { get; init; }

    /// <summary>When the consent ends; the purpose's default lifetime when null (R7). Must be after <see cref="OccurredAt"/>.</summary>
    public Instant? ExpiresAt { get; init; }

    /// <summary>The notice shown; required for grants.</summary>
    public NoticeReference? Notice { get; init; }

    /// <summary>What the person did, such as "ticked an unticked box" or "replied OUI" (R2, R3).</summary>
    public string? AffirmativeAct { get; init; }

    /// <summary>A reference to the evidence: a form submission id, a scan, a recording.</summary>
    public string? EvidenceRef { get; init; }

    /// <summary>Who collected the consent: a staff member, volunteer or processor.</summary>
    public string? CollectedBy { get; init; }

    /// <summary>Whether the data came from the person; false for third-party data, which then names the third party (R5).</summary>
    public bool FromDataSubject { get; init; } = true;

    /// <summary>The third party the data came from, when <see cref="FromDataSubject"/> is false.</summary>
    public string? ThirdParty { get; init; }

    /// <summary>The third party's ISO 3166 alpha-2 country code (R36).</summary>
    public string? ThirdPartyCountry { get; init; }

    /// <summary>For a parental grant: a reference to the parent or guardian who consented (R9).</summary>
    public string? Guardian { get; init; }

    /// <summary>
    /// For a grant from third-party data (<see cref="FromDataSubject"/> false): what the source attests about how the
    /// data was collected (R8). Without an attestation, or when either answer is no, the grant is recorded but
    /// quarantined: <see cref="ConsentStatus.Quarantined"/>, and the gate blocks with <c>Quarantined</c> until the grant
    /// is recorded again with both answers yes. Refused on data from the person and on withdrawals.
    /// </summary>
    public ProvenanceAttestation? Attestation { get; init; }

    /// <summary>A key that makes a retried event count once.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Who records the event (a user, a service, a tool); <see cref="ConsentKitOptions.Actor"/> when null. Chained.</summary>
    public string? Actor { get; init; }

    /// <summary>The organisation whose ledger records the event; the default organisation when null.</summary>
    public string? OrganisationId { get; init; }

    /// <summary>A daily window the person chose for messages, in their own zone; it replaces the profile's sending hours (R24).</summary>
    public Jurisdictions.SendWindow? SendWindow { get; init; }
}

/// <summary>
/// What the source of third-party data attests (R8; CNIL recommendation 2012-020: a rented or bought file is used for
/// political prospection only if the people were told it would be and could refuse). The source, the date and the
/// original wording are the event's own <see cref="ConsentEvent.ThirdParty"/>, <see cref="ConsentEvent.OccurredAt"/> and
/// <see cref="ConsentEvent.Notice"/>.
/// </summary>
/// <param name="ProspectionAnnounced">The people were told, when their data was collected, that it would be used for political prospection.</param>
/// <param name="OptOutOffered">They were offered a way to refuse that use.</param>
public sealed record ProvenanceAttestation(bool ProspectionAnnounced, bool OptOutOffered)
{
    /// <summary>Both answers are yes: the grant is not quarantined.</summary>
    public bool Complete => ProspectionAnnounced && OptOutOffered;

    // Stored and chained as text; "none" for a third-party grant recorded without one.
    internal const string NoneRecorded = "none";

    internal string Stored => $"prospection_announced={(ProspectionAnnounced ? "true" : "false")};opt_out_offered={(OptOutOffered ? "true" : "false")}";

    internal static ProvenanceAttestation? FromStored(string? stored) => stored switch
    {
        null or NoneRecorded => null,
        _ => new(stored.Contains("prospection_announced=true", StringComparison.Ordinal), stored.Contains("opt_out_offered=true", StringComparison.Ordinal)),
    };

    // The one rule that quarantines (R8): a grant whose stored attestation is there and not complete. Events recorded
    // before schema 11 hold none (null) and keep the state they were given.
    internal static bool Quarantines(string? stored) => stored is not null && stored != Attested;

    private const string Attested = "prospection_announced=true;opt_out_offered=true";

    /// <summary>
    /// Reads an attestation from its two wire values (the CSV columns <c>prospection_announced</c> and
    /// <c>opt_out_offered</c>, the CLI options of the same names): both empty gives null (a third-party grant is then
    /// quarantined); a value given must be <c>true</c> or <c>false</c>, and one given needs the other, so that a
    /// half-filled row is never read as a refusal. Errors name the field and the rule.
    /// </summary>
    public static ProvenanceAttestation? Parse(string? announced, string? optOut, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (announced is null && optOut is null)
        {
            return null;
        }

        bool? Flag(string? text, string field)
        {
            switch (text)
            {
                case "true": return true;
                case "false": return false;
                case null:
                    errors.Add(new(field, $"{field}.required", $"{field} is required when the other attestation column is filled: true or false (R8)."));
                    return null;
                default:
                    errors.Add(new(field, $"{field}.format", $"{field} must be true or false (R8)."));
                    return null;
            }
        }

        var a = Flag(announced, "prospection_announced");
        var o = Flag(optOut, "opt_out_offered");
        return a is { } x && o is { } y ? new ProvenanceAttestation(x, y) : null;
    }
}

/// <summary>The outcome of recording one event.</summary>
/// <param name="EventId">The ledger event id.</param>
/// <param name="Duplicate">True when the idempotency key matched an event already recorded: nothing new was written.</param>
public sealed record RecordResult(string EventId, bool Duplicate);

/// <summary>A person's objection to political direct marketing (R11).</summary>
public sealed record Objection
{
    /// <summary>The contact who objects.</summary>
    public required string ContactId { get; init; }

    /// <summary>When the person objected.</summary>
    public required Instant OccurredAt { get; init; }

    /// <summary>How the objection came (a form, a call, a letter, a reply).</summary>
    public required CaptureSource Source { get; init; }

    /// <summary>Where its proof is kept (a request id, a document reference); no personal data.</summary>
    public string? EvidenceRef { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>What an objection withdrew.</summary>
/// <param name="Withdrawn">The (purpose, channel) consents withdrawn, each with its withdrawal event.</param>
/// <param name="Rule">The rule applied.</param>
public sealed record ObjectionResult(IReadOnlyList<(string Purpose, Channel Channel, string EventId)> Withdrawn, string Rule);

/// <summary>A consent event as the ledger holds it (R2).</summary>
public sealed record ConsentRecord
{
    /// <summary>The ledger event id.</summary>
    public required string EventId { get; init; }

    /// <summary>The organisation whose ledger holds the event.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>The position of the event in its organisation's chain, from 1.</summary>
    public required long Sequence { get; init; }

    /// <summary>The contact the event is about.</summary>
    public required string ContactId { get; init; }

    /// <summary>The event's kind.</summary>
    public required ConsentEventKind Kind { get; init; }

    /// <summary>The purpose.</summary>
    public required string Purpose { get; init; }

    /// <summary>The channel.</summary>
    public required Channel Channel { get; init; }

    /// <summary>The legal basis, for grants.</summary>
    public ConsentBasis? Basis { get; init; }

    /// <summary>Where the event was captured.</summary>
    public required CaptureSource Source { get; init; }

    /// <summary>When the person acted.</summary>
    public required Instant OccurredAt { get; init; }

    /// <summary>When the ledger recorded it.</summary>
    public required Instant RecordedAt { get; init; }

    /// <summary>When the consent ends, for grants.</summary>
    public Instant? ExpiresAt { get; init; }

    /// <summary>The notice shown, for grants.</summary>
    public NoticeReference? Notice { get; init; }

    /// <summary>Whether the data came from the person.</summary>
    public required bool FromDataSubject { get; init; }

    /// <summary>The third party the data came from.</summary>
    public string? ThirdParty { get; init; }

    /// <summary>The third party's country.</summary>
    public string? ThirdPartyCountry { get; init; }

    /// <summary>For a third-party grant: what its source attested (R8); null when none was recorded.</summary>
    public ProvenanceAttestation? Attestation { get; init; }

    /// <summary>Whether this grant is quarantined (R8): third-party data without a complete attestation.</summary>
    public bool Quarantined { get; init; }

    /// <summary>The jurisdiction whose profile applied.</summary>
    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>Source detail (erasable, outside the chain).</summary>
    public string? SourceDetail { get; init; }

    /// <summary>Affirmative act (erasable, outside the chain).</summary>
    public string? AffirmativeAct { get; init; }

    /// <summary>Evidence reference (erasable, outside the chain).</summary>
    public string? EvidenceRef { get; init; }

    /// <summary>Collector (erasable, outside the chain).</summary>
    public string? CollectedBy { get; init; }

    /// <summary>Guardian reference for a parental grant (erasable, outside the chain).</summary>
    public string? Guardian { get; init; }

    /// <summary>The SHA-256 chain hash of this event, lower-case hex.</summary>
    public required string Hash { get; init; }
}

/// <summary>The consent state of one (contact, purpose, channel) at an instant.</summary>
/// <param name="Purpose">The purpose.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Status">Granted, withdrawn, expired or none.</param>
/// <param name="Basis">The basis of the grant in force, if any.</param>
/// <param name="Since">When the event that set this state occurred.</param>
/// <param name="Expires">When the grant ends.</param>
/// <param name="EventId">The event that set this state.</param>
public sealed record ConsentState(
    string Purpose,
    Channel Channel,
    ConsentStatus Status,
    ConsentBasis? Basis,
    Instant? Since,
    Instant? Expires,
    string? EventId);

/// <summary>The result of checking a ledger's hash chains and the personal data kept outside them.</summary>
/// <param name="Ok">True when every chain and every keyed hash matches.</param>
/// <param name="Events">How many events were checked.</param>
/// <param name="FirstBadEvent">The first event found edited, deleted, inserted or reordered, or whose outside data no longer matches.</param>
/// <param name="Reason">A stable code: <c>ok</c>, <c>edited</c>, <c>deleted</c>, <c>inserted</c>, <c>reordered</c>, <c>personal-data-mismatch</c>.</param>
/// <param name="Message">A plain English sentence; no personal data.</param>
public sealed record LedgerVerification(bool Ok, long Events, string? FirstBadEvent, string Reason, string Message)
{
    /// <summary>How many verified events carry an erasure tombstone: their chain holds, their outside proof was erased (R59).</summary>
    public long ErasedEvents { get; init; }

    /// <summary>
    /// When a stored row outside the chain failed (a contact, a consent state, a suppression, a send, an erasure record, a
    /// chain head or a row count): its table; null otherwise.
    /// </summary>
    public string? Table { get; init; }

    /// <summary>The first bad row of <see cref="Table"/>, by its key (ids and numbers only, never personal data).</summary>
    public string? Row { get; init; }
}
