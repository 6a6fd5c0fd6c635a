using ConsentKit.Storage;

namespace ConsentKit.Testing.Tests;

// A storage provider written the way a third party would: against the public contract only (this assembly sees none of
// ConsentKit's internals). It forwards every call to another provider and counts them, so that the contract suite can be
// run through it and a test can show the suite really went through it. Generated once from IConsentStore.cs; a member
// added to the contract breaks this build, which is the point.
public sealed class ForwardingConsentStore(IConsentStore inner) : IConsentStore
{
    private long _reads;
    private long _writes;

    /// <summary>Calls of the store's own methods, and of its write sessions' methods.</summary>
    public (long Reads, long Writes) Calls => (Interlocked.Read(ref _reads), Interlocked.Read(ref _writes));

    internal void CountWrite() => Interlocked.Increment(ref _writes);

    public int SchemaVersion => inner.SchemaVersion;
    public string? DefaultKeyFile => inner.DefaultKeyFile;
    public Task ScrubLegacyKeyAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ScrubLegacyKeyAsync(cancellationToken);
    }

    public RowSeals? Seals { get => inner.Seals; set => inner.Seals = value; }
    public Task MigrateAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.MigrateAsync(cancellationToken);
    }

    public Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetMetaAsync(key, cancellationToken);
    }

    public IAsyncEnumerable<StateRow> ReadStatesAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadStatesAsync(orgId, cancellationToken);
    }

    public IAsyncEnumerable<SuppressionRow> ReadSuppressionsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadSuppressionsAsync(cancellationToken);
    }

    public IAsyncEnumerable<SendRow> ReadSendsAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadSendsAsync(orgId, cancellationToken);
    }

    public IAsyncEnumerable<ErasureRow> ReadErasuresAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadErasuresAsync(orgId, cancellationToken);
    }

    public Task<IReadOnlyList<RowCountRow>> GetRowCountsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetRowCountsAsync(cancellationToken);
    }

    public Task<IReadOnlyList<string>> GetSendOrganisationsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetSendOrganisationsAsync(cancellationToken);
    }

    public async Task<IStoreWriteSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return new ForwardingWriteSession(await inner.BeginWriteAsync(cancellationToken).ConfigureAwait(false), this);
    }

    public async Task<IStoreWriteSession> BeginWriteAsync(TimeSpan lockWait, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return new ForwardingWriteSession(await inner.BeginWriteAsync(lockWait, cancellationToken).ConfigureAwait(false), this);
    }

    public Task JournalOptOutAsync(OptOutRow row, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.JournalOptOutAsync(row, cancellationToken);
    }

    public Task<IReadOnlyList<OptOutRow>> GetPendingOptOutsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetPendingOptOutsAsync(cancellationToken);
    }

    public Task<ContactRow?> FindContactAsync(string orgId, string by, string value, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindContactAsync(orgId, by, value, cancellationToken);
    }

    public Task<StateRow?> GetStateAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetStateAsync(orgId, contactId, purpose, channel, cancellationToken);
    }

    public Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetStatesAsync(orgId, contactId, cancellationToken);
    }

    public Task<IReadOnlyList<EventRow>> GetContactEventsAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetContactEventsAsync(orgId, contactId, cancellationToken);
    }

    public Task<IReadOnlyList<EventRow>> GetConsentEventsAsync(string orgId, string contactId, string purpose, string channel, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetConsentEventsAsync(orgId, contactId, purpose, channel, cancellationToken);
    }

    public Task<IReadOnlyList<string>> GetChainIdsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetChainIdsAsync(cancellationToken);
    }

    public Task<ChainHead?> GetHeadAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetHeadAsync(orgId, cancellationToken);
    }

    public Task<bool> IsChainEventAsync(string orgId, long chainSeq, string eventId, string hash, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.IsChainEventAsync(orgId, chainSeq, eventId, hash, cancellationToken);
    }

    public Task<double?> GetEventPositionAsync(string orgId, string eventId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetEventPositionAsync(orgId, eventId, cancellationToken);
    }

    public IAsyncEnumerable<EventRow> ReadChainAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadChainAsync(orgId, cancellationToken);
    }

    public IAsyncEnumerable<ContactRow> ReadContactsAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadContactsAsync(orgId, cancellationToken);
    }

    public Task<IReadOnlyList<OrganisationRow>> GetOrganisationsAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetOrganisationsAsync(cancellationToken);
    }

    public Task<IReadOnlyList<SharingRow>> GetSharingAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetSharingAsync(cancellationToken);
    }

    public Task<GateRow> GetGateRowAsync(string orgId, string contactId, string purpose, string channel, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetGateRowAsync(orgId, contactId, purpose, channel, scopes, cancellationToken);
    }

    public IAsyncEnumerable<GateRow> StreamGateRowsAsync(string orgId, string purpose, string channel, IReadOnlyList<string> scopes, IReadOnlyCollection<string>? contactIds, bool anySuppression, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.StreamGateRowsAsync(orgId, purpose, channel, scopes, contactIds, anySuppression, cancellationToken);
    }

    public Task<bool> AnySuppressionAsync(IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.AnySuppressionAsync(scopes, cancellationToken);
    }

    public Task<SendCount> CountSendsAsync(string orgId, string contactId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken, long untilTicks = long.MaxValue, string? excludeMessageId = null)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountSendsAsync(orgId, contactId, channel, purpose, sinceTicks, cancellationToken, untilTicks, excludeMessageId);
    }

    public Task<IReadOnlyDictionary<string, SendCount>> CountSendsByContactAsync(string orgId, string channel, string? purpose, long sinceTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountSendsByContactAsync(orgId, channel, purpose, sinceTicks, cancellationToken);
    }

    public Task<long?> SuppressedSinceAsync(IReadOnlyList<string> scopes, IReadOnlyList<string> identifierHmacs, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.SuppressedSinceAsync(scopes, identifierHmacs, cancellationToken);
    }

    public Task<TargetingRegisterRow?> GetTargetingEntryAsync(string orgId, string entryId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetTargetingEntryAsync(orgId, entryId, cancellationToken);
    }

    public Task<SendRecordRow?> GetSendRecordAsync(string orgId, string messageId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetSendRecordAsync(orgId, messageId, cancellationToken);
    }

    public Task<SendRecordRow?> GetLatestSendRecordAsync(string orgId, IReadOnlyCollection<string> contactIds, string channel, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetLatestSendRecordAsync(orgId, contactIds, channel, cancellationToken);
    }

    public Task<IReadOnlyList<SendRecordRow>> GetContactSendRecordsAsync(string orgId, string contactId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetContactSendRecordsAsync(orgId, contactId, cancellationToken);
    }

    public Task<ExplanationLinkRow?> GetExplanationLinkAsync(string codeSha256, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetExplanationLinkAsync(codeSha256, cancellationToken);
    }

    public Task<IReadOnlyList<RequestRow>> GetRequestsAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetRequestsAsync(orgId, cancellationToken);
    }

    public Task<IReadOnlyList<SendRecordRow>> GetSendRecordsBetweenAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetSendRecordsBetweenAsync(orgId, fromTicks, toTicks, cancellationToken);
    }

    public Task<long> CountStopsAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountStopsAsync(orgId, fromTicks, toTicks, cancellationToken);
    }

    public Task<IReadOnlyList<string>> GetRetentionCandidatesAsync(string orgId, long cutoffTicks, long nowTicks, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetRetentionCandidatesAsync(orgId, cutoffTicks, nowTicks, limit, cancellationToken);
    }

    public Task<long> CountSendRecordsBeforeAsync(string orgId, long beforeTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountSendRecordsBeforeAsync(orgId, beforeTicks, cancellationToken);
    }

    public Task<IReadOnlyList<IncidentRow>> GetIncidentsAsync(string orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetIncidentsAsync(orgId, cancellationToken);
    }

    public Task<IReadOnlyList<ErasureRow>> GetErasuresAsync(string orgId, string? contactId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetErasuresAsync(orgId, contactId, cancellationToken);
    }

    public Task<ErasureCopies> CheckpointAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CheckpointAsync(cancellationToken);
    }

    public Task<bool> IsSuppressedAsync(IReadOnlyList<string> scopes, string identifierHmac, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.IsSuppressedAsync(scopes, identifierHmac, cancellationToken);
    }

    public Task<IReadOnlyList<ContactRow>> FindContactsByPhoneAsync(string orgId, string phone, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindContactsByPhoneAsync(orgId, phone, cancellationToken);
    }

    public Task<IReadOnlyList<string>> FindContactIdsByIdentifierAsync(string orgId, string column, IReadOnlyList<string> hmacs, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.FindContactIdsByIdentifierAsync(orgId, column, hmacs, cancellationToken);
    }

    public IAsyncEnumerable<string> StreamSegmentAsync(SegmentQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.StreamSegmentAsync(query, cancellationToken);
    }

    public Task<long> CountSegmentAsync(SegmentQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountSegmentAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<TargetingRegisterRow>> GetTargetingRegisterAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetTargetingRegisterAsync(orgId, fromTicks, toTicks, cancellationToken);
    }

    public Task<IReadOnlyList<DpoAuditRow>> GetDpoAuditAsync(string orgId, long fromTicks, long toTicks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetDpoAuditAsync(orgId, fromTicks, toTicks, cancellationToken);
    }

    public Task<IReadOnlyList<ProcessorRow>> GetProcessorsAsync(string? orgId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetProcessorsAsync(orgId, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxRow>> GetOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetOutboxAfterAsync(orgIds, afterSeq, limit, cancellationToken);
    }

    public Task<(long Count, long? OldestAt)> CountOutboxAfterAsync(IReadOnlyList<string> orgIds, long afterSeq, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.CountOutboxAfterAsync(orgIds, afterSeq, cancellationToken);
    }

    public Task<long> GetOutboxHeadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetOutboxHeadAsync(cancellationToken);
    }
}

public sealed class ForwardingWriteSession(IStoreWriteSession inner, ForwardingConsentStore store) : IStoreWriteSession
{
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    public Task SetMetaAsync(string key, string value)
    {
        store.CountWrite();
        return inner.SetMetaAsync(key, value);
    }

    public Task DeleteMetaAsync(string key)
    {
        store.CountWrite();
        return inner.DeleteMetaAsync(key);
    }

    public Task<bool> OrganisationExistsAsync(string orgId)
    {
        store.CountWrite();
        return inner.OrganisationExistsAsync(orgId);
    }

    public Task UpsertOrganisationAsync(OrganisationRow row)
    {
        store.CountWrite();
        return inner.UpsertOrganisationAsync(row);
    }

    public Task UpsertSharingAsync(SharingRow row)
    {
        store.CountWrite();
        return inner.UpsertSharingAsync(row);
    }

    public Task ReplacePurposesAsync(IEnumerable<(string Name, string Lifetime, string Bases, string Source)> purposes)
    {
        store.CountWrite();
        return inner.ReplacePurposesAsync(purposes);
    }

    public Task<ChainHead?> GetHeadAsync(string orgId)
    {
        store.CountWrite();
        return inner.GetHeadAsync(orgId);
    }

    public Task<IReadOnlyList<EventRow>> FindByIdempotencyKeysAsync(string orgId, IReadOnlyCollection<string> keys)
    {
        store.CountWrite();
        return inner.FindByIdempotencyKeysAsync(orgId, keys);
    }

    public Task<IReadOnlyList<ContactRow>> GetFullContactsAsync(string orgId, IReadOnlyCollection<string> contactIds)
    {
        store.CountWrite();
        return inner.GetFullContactsAsync(orgId, contactIds);
    }

    public Task<IReadOnlyList<ContactRow>> GetContactsAsync(string orgId, IReadOnlyCollection<string> contactIds)
    {
        store.CountWrite();
        return inner.GetContactsAsync(orgId, contactIds);
    }

    public Task<IReadOnlyList<StateRow>> GetStatesAsync(string orgId, IReadOnlyCollection<(string ContactId, string Purpose, string Channel)> keys)
    {
        store.CountWrite();
        return inner.GetStatesAsync(orgId, keys);
    }

    public Task UpsertContactsAsync(IReadOnlyList<ContactRow> rows)
    {
        store.CountWrite();
        return inner.UpsertContactsAsync(rows);
    }

    public Task AppendAsync(IReadOnlyList<EventRow> events, ChainHead head)
    {
        store.CountWrite();
        return inner.AppendAsync(events, head);
    }

    public Task<IReadOnlyList<ContactRow>> GetContactsMissingDerivedAsync(int limit)
    {
        store.CountWrite();
        return inner.GetContactsMissingDerivedAsync(limit);
    }

    public Task UpdateDerivedAsync(IReadOnlyList<ContactRow> rows)
    {
        store.CountWrite();
        return inner.UpdateDerivedAsync(rows);
    }

    public Task AddSuppressionAsync(SuppressionRow row)
    {
        store.CountWrite();
        return inner.AddSuppressionAsync(row);
    }

    public Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason)
    {
        store.CountWrite();
        return inner.RemoveSuppressionAsync(scope, identifierHmac, reason);
    }

    public Task HoldContactAsync(string orgId, string contactId, IReadOnlyList<string> scopes)
    {
        store.CountWrite();
        return inner.HoldContactAsync(orgId, contactId, scopes);
    }

    public Task InsertSendAsync(SendRow row)
    {
        store.CountWrite();
        return inner.InsertSendAsync(row);
    }

    public Task InsertTargetingEntryAsync(TargetingRegisterRow row)
    {
        store.CountWrite();
        return inner.InsertTargetingEntryAsync(row);
    }

    public Task<IReadOnlyList<SendRecordRow>> FindSendRecordsAsync(string orgId, IReadOnlyCollection<string> messageIds)
    {
        store.CountWrite();
        return inner.FindSendRecordsAsync(orgId, messageIds);
    }

    public Task InsertSendRecordsAsync(IReadOnlyList<SendRecordRow> rows)
    {
        store.CountWrite();
        return inner.InsertSendRecordsAsync(rows);
    }

    public Task InsertExplanationLinkAsync(ExplanationLinkRow row)
    {
        store.CountWrite();
        return inner.InsertExplanationLinkAsync(row);
    }

    public Task<RequestRow?> GetRequestAsync(string requestId)
    {
        store.CountWrite();
        return inner.GetRequestAsync(requestId);
    }

    public Task<ErasureCounts> EraseContactAsync(string orgId, string contactId, ContactRow? kept, long atTicks)
    {
        store.CountWrite();
        return inner.EraseContactAsync(orgId, contactId, kept, atTicks);
    }

    public Task InsertErasureAsync(ErasureRow row)
    {
        store.CountWrite();
        return inner.InsertErasureAsync(row);
    }

    public Task<int> DeleteSendRecordsBeforeAsync(string orgId, long beforeTicks)
    {
        store.CountWrite();
        return inner.DeleteSendRecordsBeforeAsync(orgId, beforeTicks);
    }

    public Task<IncidentRow?> GetIncidentAsync(string incidentId)
    {
        store.CountWrite();
        return inner.GetIncidentAsync(incidentId);
    }

    public Task UpsertIncidentAsync(IncidentRow row)
    {
        store.CountWrite();
        return inner.UpsertIncidentAsync(row);
    }

    public Task<int> DeleteIncidentsKeptUntilAsync(string orgId, long beforeTicks)
    {
        store.CountWrite();
        return inner.DeleteIncidentsKeptUntilAsync(orgId, beforeTicks);
    }

    public Task UpsertRequestAsync(RequestRow row)
    {
        store.CountWrite();
        return inner.UpsertRequestAsync(row);
    }

    public Task<int> RevokeExplanationLinkAsync(string codeSha256, long atTicks)
    {
        store.CountWrite();
        return inner.RevokeExplanationLinkAsync(codeSha256, atTicks);
    }

    public Task ForgetOptOutsAsync(IReadOnlyList<string> entryIds)
    {
        store.CountWrite();
        return inner.ForgetOptOutsAsync(entryIds);
    }

    public Task<IReadOnlyList<(string ContactId, string Purpose)>> GetSmsConsentsByPhoneHmacAsync(string orgId, string phoneHmac)
    {
        store.CountWrite();
        return inner.GetSmsConsentsByPhoneHmacAsync(orgId, phoneHmac);
    }

    public Task SealExistingRowsAsync()
    {
        store.CountWrite();
        return inner.SealExistingRowsAsync();
    }

    public Task CommitAsync()
    {
        store.CountWrite();
        return inner.CommitAsync();
    }

    public Task UpsertProcessorAsync(ProcessorRow row)
    {
        store.CountWrite();
        return inner.UpsertProcessorAsync(row);
    }

    public Task AppendDpoAuditAsync(DpoAuditRow row)
    {
        store.CountWrite();
        return inner.AppendDpoAuditAsync(row);
    }

    public Task<int> DeleteProcessorAsync(string orgId, string processorId)
    {
        store.CountWrite();
        return inner.DeleteProcessorAsync(orgId, processorId);
    }

    public Task<bool> RecordDeliveryAsync(string orgId, string processorId, long expectedCursor, long newCursor, int attempts, long nextAttemptAt, string? lastError, long? deliveredAt)
    {
        store.CountWrite();
        return inner.RecordDeliveryAsync(orgId, processorId, expectedCursor, newCursor, attempts, nextAttemptAt, lastError, deliveredAt);
    }
}
