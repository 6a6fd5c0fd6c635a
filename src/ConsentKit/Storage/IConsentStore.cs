namespace ConsentKit.Storage;

/// <summary>
/// The storage provider contract: every capability reads and writes through it, so a provider (the embedded SQLite one,
/// ConsentKit.PostgreSql, or a third party's) implements these methods and nothing else, and is plugged in with
/// <see cref="ConsentKitOptions.UseStore"/>. Validation, chaining and folding stay in the capabilities; a provider moves
/// rows, and keeps four duties that make them tamper-evident and propagated, which the contract suite of the
/// ConsentKit.Testing package checks (docs/providers.md):
/// <list type="bullet">
/// <item>it seals each row it writes with <see cref="Seals"/> (<see cref="RowSeals"/>: contacts, consent states, suppressions,
/// sends, erasures, chain heads) and keeps a sealed row count per suppression scope and per organisation's sends and erasures;</item>
/// <item>it writes the outbox event of each withdrawal, new suppression and erasure in the same transaction
/// (<see cref="Propagation.Outbox"/>; R12, R59);</item>
/// <item>it runs one writer at a time per store and holds a contact for <see cref="IStoreWriteSession.HoldContactAsync"/>;</item>
/// <item>instants are Unix ticks (100 ns), so that the stored, hashed and read-back values are the same number everywhere.</item>
/// </list>
/// Implementations are thread-safe: one instance serves every caller of a host.
/// </summary>
public interface IConsentStore
{
    /// <summary>The schema version this provider creates and reads.</summary>
    int SchemaVersion { get; }

    /// <summary>Where this store's key file is when none is configured: beside a SQLite file; null for a server.</summary>
    string? DefaultKeyFile { get; }

    /// <summary>Removes the key a store of schema 8 or earlier kept inside, leaving no copy of its bytes in the database files.</summary>
    Task ScrubLegacyKeyAsync(CancellationToken cancellationToken);

    /// <summary>The keyed row hashes every write session seals rows with; set once the store's key is known.</summary>
    RowSeals? Seals { get; set; }

    /// <summary>Creates or upgrades the schema; refuses a store written by a newer version.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>A value of the store's own settings (schema version, key fingerprint, ...); null when unset.</summary>
    Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken);

    /// <summary>One organisation's consent states, streamed in key order (verification recomputes them from the chain).</summary>
    IAsyncEnumerable<StateRow> ReadStatesAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>Every suppression of the store, in (scope, identifier hash) order.</summary>
    IAsyncEnumerable<SuppressionRow> ReadSuppressionsAsync(CancellationToken cancellationToken);

    /// <summary>One organisation's sends in the order of their numbers.</summary>
    IAsyncEnumerable<SendRow> ReadSendsAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>One organisation's erasure records in the order of their numbers.</summary>
    IAsyncEnumerable<ErasureRow> ReadErasuresAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>Every sealed row count.</summary>
    Task<IReadOnlyList<RowCountRow>> GetRowCountsAsync(CancellationToken cancellationToken);

    /// <summary>The organisations with sends or erasure records.</summary>
    Task<IReadOnlyList<string>> GetSendOrganisationsAsync(CancellationToken cancellationToken);

    /// <summary>Opens the single writer: one transaction, serialized with other writers of the same chain.</summary>
    Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens the writer like <see cref="BeginWriteAsync(CancellationToken)"/>, but gives up with <see cref="StoreBusyException"/>
    /// when another writer holds what it needs for longer than <paramref name="lockWait"/>.
    /// </summary>
    Task<IStoreWriteSession> BeginWriteAsync(TimeSpan lockWait, CancellationToken cancellationToken);

    /// <summary>
    /// Accepts an opt-out durably without waiting for the writer: a bulk write may hold it for minutes, a STOP may not
    /// wait (R10). The gate reads pending entries as suppressions until a writer applies them.
    /// </summary>
    Task JournalOptOutAsync(OptOutRow row, CancellationToken cancellationToken);

    /// <summary>Opt-outs accepted and not yet applied, oldest first.</summary>
    Task<IReadOnlyList<OptOutRow>> GetPendingOptOutsAsync(CancellationToken cancellationToken);

    /// <summary>One contact of an organisation, found <paramref name="by"/> <c>id</c>, <c>phone</c> or <c>email</c>; null when none.</summary>
    Task<ContactRow?> FindContactAsync(string orgId, string by, string value, CancellationToken cancellationToken);

    /// <summary>One consent state; null when none was ever recorded.</summary>
    Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken);

    /// <summary>Every consent state of one contact.</summary>
    Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, string contactId, CancellationToken cancellationToken);

    /// <summary>Every event of one contact, in chain order, with the erasable fields outside the chain.</summary>
    Task<IReadOnlyList<EventRow>> GetContactEventsAsync(string orgId, string contactId, CancellationToken cancellationToken);

    /// <summary>
    /// One contact's events for one purpose and channel, with only what folding and explaining need (no personal data):
    /// event id, kind, basis, instants, chain order, source, notice version, origin and sending window.
    /// </summary>
    Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken);

    /// <summary>The organisations that have a chain.</summary>
    Task<IReadOnlyList<string>> GetChainIdsAsync(CancellationToken cancellationToken);

    /// <summary>An organisation's chain head; null before its first event.</summary>
    Task<ChainHead?> GetHeadAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>Whether the chain's event at <paramref name="chainSeq"/> has this id and hash (one indexed lookup).</summary>
    Task<bool> IsChainEventAsync(string orgId, long chainSeq, string eventId, string hash, CancellationToken cancellationToken);

    /// <summary>Where an event sits in its chain, as stored; null when no such event exists. Used only to explain a broken link.</summary>
    Task<double?> GetEventPositionAsync(string orgId, string eventId, CancellationToken cancellationToken);

    /// <summary>Streams one organisation's chain in chain order, in pages, so that verification needs constant memory.</summary>
    IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>One organisation's contacts, streamed in contact-id order.</summary>
    IAsyncEnumerable<ContactRow> ReadContactsAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>Every organisation registered.</summary>
    Task<IReadOnlyList<OrganisationRow>> GetOrganisationsAsync(CancellationToken cancellationToken);

    /// <summary>Every declared sharing of consents between organisations.</summary>
    Task<IReadOnlyList<SharingRow>> GetSharingAsync(CancellationToken cancellationToken);

    /// <summary>One contact's gate facts; Exists is false when the contact is unknown.</summary>
    Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    /// <summary>Streams the gate facts of every contact (or of <paramref name="contactIds"/>) in contact-id order, suppression included.</summary>
    IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, CancellationToken cancellationToken);

    /// <summary>Whether any suppression exists in <paramref name="scopes"/> (a batch skips the suppression join when none does).</summary>
    Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    /// <summary>Sends after <paramref name="sinceTicks"/> and before <paramref name="untilTicks"/>, leaving out <paramref name="excludeMessageId"/> (a send being recorded after its reservation).</summary>
    Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null);

    /// <summary>The sends of every contact of an organisation on a channel since <paramref name="sinceTicks"/> (frequency caps over a batch).</summary>
    Task<IReadOnlyDictionary<string, SendCount>> CountSendsByContactAsync(string orgId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken);


    /// <summary>When the earliest suppression of one of <paramref name="identifierHmacs"/> in <paramref name="scopes"/> was created; null when none.</summary>
    Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken);

    /// <summary>One targeting-register entry; null when unknown.</summary>
    Task<TargetingRegisterRow?> GetTargetingEntryAsync(string orgId, string entryId, CancellationToken cancellationToken);

    /// <summary>One send record by message id; null when unknown.</summary>
    Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken);

    /// <summary>The latest send record on <paramref name="channel"/> to one of <paramref name="contactIds"/>, for a WHY reply.</summary>
    Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken);

    /// <summary>Every send record of one contact, oldest first (access exports).</summary>
    Task<IReadOnlyList<SendRecordRow>> GetContactSendRecordsAsync(string orgId, string contactId, CancellationToken cancellationToken);

    /// <summary>The explanation link whose code hashes to <paramref name="codeSha256"/>; null when none.</summary>
    Task<ExplanationLinkRow?> GetExplanationLinkAsync(string codeSha256, CancellationToken cancellationToken);

    /// <summary>Every request of an organisation, oldest first.</summary>
    Task<IReadOnlyList<RequestRow>> GetRequestsAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>Send records sent in [from, to), oldest first (transparency register).</summary>
    Task<IReadOnlyList<SendRecordRow>> GetSendRecordsBetweenAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken);

    /// <summary>How many contacts sent a STOP (an inbound-SMS withdrawal) in [from, to).</summary>
    Task<long> CountStopsAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken);

    /// <summary>
    /// Contacts due for erasure under retention: not erased, no consent in force at <paramref name="nowTicks"/>, no open
    /// request, and no update, event or send since <paramref name="cutoffTicks"/>; in id order, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<string>> GetRetentionCandidatesAsync(string orgId, long cutoffTicks, long nowTicks, int limit, CancellationToken cancellationToken);

    /// <summary>How many send records of an organisation were sent before <paramref name="beforeTicks"/> (retention).</summary>
    Task<long> CountSendRecordsBeforeAsync(string orgId, long beforeTicks, CancellationToken cancellationToken);

    /// <summary>Every incident of an organisation, oldest first.</summary>
    Task<IReadOnlyList<IncidentRow>> GetIncidentsAsync(string orgId, CancellationToken cancellationToken);

    /// <summary>The erasure records of an organisation, or of one contact of it.</summary>
    Task<IReadOnlyList<ErasureRow>> GetErasuresAsync(string orgId, string? contactId, CancellationToken cancellationToken);

    /// <summary>
    /// After an erasure: clears what the store can of older copies of the erased bytes (SQLite: moves every committed page
    /// into the zeroed file and empties the write-ahead log, waiting a little for readers), and says what remains.
    /// </summary>
    Task<ErasureCopies> CheckpointAsync(CancellationToken cancellationToken);

    /// <summary>Whether the identifier with this keyed hash is suppressed in one of <paramref name="scopes"/>.</summary>
    Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken);

    /// <summary>The contacts of an organisation with this phone number (E.164).</summary>
    Task<IReadOnlyList<ContactRow>> FindContactsByPhoneAsync(string orgId, string phone, CancellationToken cancellationToken);

    /// <summary>The ids of the contacts whose phone (<paramref name="column"/> <c>phone</c>) or e-mail (<c>email</c>) has one of these keyed hashes.</summary>
    Task<IReadOnlyList<string>> FindContactIdsByIdentifierAsync(string orgId, string column, IReadOnlyList<string> hmacs, CancellationToken cancellationToken);

    /// <summary>Streams the ids of the contacts a segment selects, in contact-id order.</summary>
    IAsyncEnumerable<string> StreamSegmentAsync(SegmentQuery query, CancellationToken cancellationToken);

    /// <summary>How many contacts a segment selects.</summary>
    Task<long> CountSegmentAsync(SegmentQuery query, CancellationToken cancellationToken);

    /// <summary>The targeting-register entries of an organisation recorded in [from, to), oldest first.</summary>
    Task<IReadOnlyList<TargetingRegisterRow>> GetTargetingRegisterAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken);

    /// <summary>The processors registered, of one organisation or of all.</summary>
    Task<IReadOnlyList<ProcessorRow>> GetProcessorsAsync(string? orgId, CancellationToken cancellationToken);

    /// <summary>The outbox events of <paramref name="orgIds"/> after <paramref name="afterSeq"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<OutboxRow>> GetOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>How many outbox events of <paramref name="orgIds"/> come after <paramref name="afterSeq"/>, and when the oldest was written.</summary>
    Task<(long Count, long? OldestAt)> CountOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, CancellationToken cancellationToken);

    /// <summary>The last outbox sequence number written; 0 when none.</summary>
    Task<long> GetOutboxHeadAsync(CancellationToken cancellationToken);

    /// <summary>The audit trail of an organisation's privacy-officer actions made in [from, to), oldest first (R61).</summary>
    Task<IReadOnlyList<DpoAuditRow>> GetDpoAuditAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken);
}

/// <summary>
/// One write transaction, opened by <see cref="IConsentStore.BeginWriteAsync(CancellationToken)"/>: nothing it writes is
/// visible before <see cref="CommitAsync"/>, and disposing it without committing rolls everything back.
/// </summary>
public interface IStoreWriteSession : IAsyncDisposable
{
    /// <summary>Sets one of the store's own settings.</summary>
    Task SetMetaAsync(string key, string value);

    /// <summary>Removes one of the store's own settings.</summary>
    Task DeleteMetaAsync(string key);

    /// <summary>Whether the organisation is registered.</summary>
    Task<bool> OrganisationExistsAsync(string orgId);

    /// <summary>Registers an organisation or updates its name and parent.</summary>
    Task UpsertOrganisationAsync(OrganisationRow row);

    /// <summary>Declares or updates a sharing of consents between organisations.</summary>
    Task UpsertSharingAsync(SharingRow row);

    /// <summary>Replaces the purposes catalogue the store records (name, lifetime, bases, source).</summary>
    Task ReplacePurposesAsync(IEnumerable<(string Name, string Lifetime, string Bases, string Source)> purposes);

    /// <summary>An organisation's chain head as this transaction sees it; null before its first event.</summary>
    Task<ChainHead?> GetHeadAsync(string orgId);

    /// <summary>The events already written with one of these idempotency keys (a retried write becomes a no-op).</summary>
    Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys);

    /// <summary>The contacts among <paramref name="contactIds"/>, with every column (an update merges with them and names what changed).</summary>
    Task<IReadOnlyList<ContactRow>> GetFullContactsAsync(string orgId, IReadOnlyCollection<string> contactIds);

    /// <summary>The contacts among <paramref name="contactIds"/>, with only ContactId, BirthDate, PersonalHmac and RowMac filled.</summary>
    Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds);

    /// <summary>The consent states among these keys.</summary>
    Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys);

    /// <summary>Inserts or updates contacts (sealed; see <see cref="IConsentStore"/>).</summary>
    Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows);

    /// <summary>
    /// Appends events and updates the consent states they set (sealed with <see cref="EventRow.StateMac"/>) and the chain
    /// head, and writes the outbox event of each withdrawal (<see cref="Propagation.Outbox.Withdrawal"/>), in the session's transaction.
    /// </summary>
    Task AppendAsync(IReadOnlyList<EventRow> events, ChainHead head);

    /// <summary>Contacts whose derived columns (zones, identifier hashes) predate schema 2; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ContactRow>> GetContactsMissingDerivedAsync(int limit);

    /// <summary>Writes the derived columns (zones, identifier hashes) and the seal of contacts.</summary>
    Task UpdateDerivedAsync(IReadOnlyList<ContactRow> rows);

    /// <summary>Adds a suppression unless it exists; a new one is sealed, counted and written to the outbox.</summary>
    Task AddSuppressionAsync(SuppressionRow row);

    /// <summary>Removes a suppression (a START); how many were removed, with the count updated.</summary>
    Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason);

    /// <summary>
    /// Holds one contact for a reservation until the session ends: no other reservation for it, and no withdrawal or
    /// suppression in <paramref name="scopes"/> of its organisation, can commit between the gate's decision and the send
    /// it reserves (R10, R25). Take it before reading the facts the decision rests on.
    /// </summary>
    Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes);

    /// <summary>Records a send (numbered, sealed and counted per organisation) for frequency caps.</summary>
    Task InsertSendAsync(SendRow row);

    /// <summary>Adds a targeting-register entry.</summary>
    Task InsertTargetingEntryAsync(TargetingRegisterRow row);

    /// <summary>The send records among <paramref name="messageIds"/> already stored, for idempotent retries.</summary>
    Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds);

    /// <summary>Adds send records.</summary>
    Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows);

    /// <summary>Adds an explanation link.</summary>
    Task InsertExplanationLinkAsync(ExplanationLinkRow row);

    /// <summary>One request; null when unknown.</summary>
    Task<RequestRow?> GetRequestAsync(string requestId);

    /// <summary>
    /// Erases a contact in the session's transaction: the proof kept outside the chain becomes a tombstone on each of its
    /// events, the contact row is deleted (or reduced to <paramref name="kept"/>), message bodies and explanation links go.
    /// </summary>
    Task<ErasureCounts> EraseContactAsync(string orgId, string contactId, ContactRow? kept, long atTicks);

    /// <summary>Adds an erasure record (numbered, sealed and counted per organisation) and its outbox event.</summary>
    Task InsertErasureAsync(ErasureRow row);

    /// <summary>Deletes send records sent before <paramref name="beforeTicks"/>; how many.</summary>
    Task<int> DeleteSendRecordsBeforeAsync(string orgId, long beforeTicks);

    /// <summary>One incident; null when unknown.</summary>
    Task<IncidentRow?> GetIncidentAsync(string incidentId);

    /// <summary>Adds or updates an incident.</summary>
    Task UpsertIncidentAsync(IncidentRow row);

    /// <summary>Deletes incidents kept past their term; how many.</summary>
    Task<int> DeleteIncidentsKeptUntilAsync(string orgId, long beforeTicks);

    /// <summary>Adds or updates a request.</summary>
    Task UpsertRequestAsync(RequestRow row);

    /// <summary>Revokes a link not yet revoked; the number of links revoked (0 or 1).</summary>
    Task<int> RevokeExplanationLinkAsync(string codeSha256, long atTicks);

    /// <summary>Marks journal entries applied: they leave the journal when this session commits, not before.</summary>
    Task ForgetOptOutsAsync(IReadOnlyList<string> entryIds);

    /// <summary>The (contact, purpose) pairs of <paramref name="orgId"/> whose phone has this keyed hash and hold an SMS consent not withdrawn.</summary>
    Task<IReadOnlyList<(string ContactId, string Purpose)>> GetSmsConsentsByPhoneHmacAsync(string orgId, string phoneHmac);

    /// <summary>Seals every row written before schema 9 (see <see cref="RowSeals"/>), once, after an upgrade.</summary>
    Task SealExistingRowsAsync();

    /// <summary>Commits everything the session wrote, at once.</summary>
    Task CommitAsync();

    /// <summary>Registers a processor, or updates its name, URL and secret (its cursor stays).</summary>
    Task UpsertProcessorAsync(ProcessorRow row);

    /// <summary>Appends one entry to the audit trail of the privacy officer's actions, in this transaction (R61).</summary>
    Task AppendDpoAuditAsync(DpoAuditRow row);

    /// <summary>Removes a processor; 0 when unknown.</summary>
    Task<int> DeleteProcessorAsync(string orgId, string processorId);

    /// <summary>Records an attempt's outcome when the cursor is still <paramref name="expectedCursor"/>; false when another dispatcher moved it.</summary>
    Task<bool> RecordDeliveryAsync(string orgId, string processorId, long expectedCursor, long newCursor, int attempts, long nextAttemptAt, string? lastError, long? deliveredAt);
}

/// <summary>Another writer held the store for longer than the caller agreed to wait.</summary>
public sealed class StoreBusyException() : Exception("Another writer holds the store.");
