using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace ConsentKit.Diagnostics;

/// <summary>The <c>ConsentKit</c> meter. Tags carry codes and counts only, never personal data.</summary>
internal sealed class ConsentKitMetrics
{
    public const string MeterName = ConsentKitDiagnostics.MeterName;

    private readonly Counter<long> _recorded;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _segments;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _explanations;

    public ConsentKitMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _recorded = meter.CreateCounter<long>("consentkit.events.recorded", unit: "{event}", description: "Ledger events appended.");
        _refused = meter.CreateCounter<long>("consentkit.events.refused", unit: "{event}", description: "Ledger events refused by validation.");
        _segments = meter.CreateCounter<long>("consentkit.segments.checked", unit: "{segment}", description: "Segments checked by the targeting guard.");
        _sends = meter.CreateCounter<long>("consentkit.sends.recorded", unit: "{message}", description: "Send records processed, by status.");
        _explanations = meter.CreateCounter<long>("consentkit.explanations.served", unit: "{explanation}", description: "Explanations written, by form.");
    }

    public void Recorded(long count) => _recorded.Add(count);

    public void SegmentChecked(bool allowed, string? firstCode) =>
        _segments.Add(1, new KeyValuePair<string, object?>("allowed", allowed), new KeyValuePair<string, object?>("code", firstCode));

    public void SendRecorded(long count, string status) => _sends.Add(count, new KeyValuePair<string, object?>("status", status));

    public void ExplanationServed(string form) => _explanations.Add(1, new KeyValuePair<string, object?>("form", form));

    public void Refused(long count, string rule) => _refused.Add(count, new KeyValuePair<string, object?>("rule", rule));
}

/// <summary>Source-generated log messages: ids, codes and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Default organisation {OrganisationId} created in a new store")]
    public static partial void DefaultOrganisationCreated(ILogger logger, string organisationId);

    [LoggerMessage(2, LogLevel.Debug, "Appended {EventCount} events to chain {OrganisationId}, head at {ChainSeq}")]
    public static partial void Appended(ILogger logger, int eventCount, string organisationId, long chainSeq);

    [LoggerMessage(3, LogLevel.Warning, "Refused a write: {ErrorCount} errors, first rule {Rule}")]
    public static partial void Refused(ILogger logger, int errorCount, string rule);

    [LoggerMessage(4, LogLevel.Error, "Ledger verification failed at event {EventId}: {Reason}")]
    public static partial void VerificationFailed(ILogger logger, string? eventId, string reason);

    [LoggerMessage(5, LogLevel.Information, "Ledger verified: {EventCount} events")]
    public static partial void Verified(ILogger logger, long eventCount);

    [LoggerMessage(6, LogLevel.Information, "Import finished: {Rows} rows, {Written} events written, {Duplicates} duplicates, {Rejected} rows rejected")]
    public static partial void Imported(ILogger logger, int rows, int written, int duplicates, int rejected);

    [LoggerMessage(7, LogLevel.Information, "Store initialised for jurisdiction {Jurisdiction}")]
    public static partial void Initialised(ILogger logger, string jurisdiction);

    [LoggerMessage(8, LogLevel.Warning, "Legal default loosened: {Setting}, approved by {ApprovedBy}")]
    public static partial void LegalDefaultLoosened(ILogger logger, string setting, string approvedBy);

    [LoggerMessage(22, LogLevel.Warning, "Organisation {OrganisationId} has no public name: its reply went unsigned; name it (consentkit init --name, IOrganisationRegistry.RegisterAsync or ConsentKitOptions.SenderName)")]
    public static partial void OrganisationUnnamed(ILogger logger, string organisationId);

    [LoggerMessage(9, LogLevel.Information, "Inbound {Action} handled for {ContactCount} contacts, {Withdrawals} withdrawals")]
    public static partial void InboundHandled(ILogger logger, string action, int contactCount, int withdrawals);

    [LoggerMessage(10, LogLevel.Debug, "Batch gate: {Checked} checked, {Allowed} allowed")]
    public static partial void BatchChecked(ILogger logger, long @checked, long allowed);

    [LoggerMessage(11, LogLevel.Warning, "Targeting override: special category {Category} allowed for purpose {Purpose} on basis {Basis}, approved by {ApprovedBy}")]
    public static partial void TargetingOverride(ILogger logger, string category, string purpose, string basis, string approvedBy);

    [LoggerMessage(12, LogLevel.Information, "Segment {RegisterId} for purpose {Purpose}: {Verdict}, {ViolationCount} violations, audience {Audience}")]
    public static partial void SegmentChecked(ILogger logger, string registerId, string purpose, string verdict, int violationCount, long? audience);

    [LoggerMessage(13, LogLevel.Information, "Data catalog: {FieldCount} fields declared")]
    public static partial void CatalogImported(ILogger logger, int fieldCount);

    [LoggerMessage(14, LogLevel.Information, "Send records: {Recorded} recorded, {Duplicates} already recorded, {Violations} recorded as violations, {Blocked} blocked, {Invalid} invalid")]
    public static partial void SendsRecorded(ILogger logger, int recorded, int duplicates, int violations, int blocked, int invalid);

    [LoggerMessage(15, LogLevel.Warning, "Send {MessageId} recorded although the gate would have blocked it: {Codes}")]
    public static partial void SendViolation(ILogger logger, string messageId, string codes);

    [LoggerMessage(16, LogLevel.Information, "Explanation link for message {MessageId} {Action}")]
    public static partial void ExplanationLink(ILogger logger, string messageId, string action);

    [LoggerMessage(17, LogLevel.Information, "Erasure {ErasureId}: {Events} events tombstoned, {KeptFields} fields kept under a retention duty")]
    public static partial void Erased(ILogger logger, string erasureId, int events, int keptFields);

    [LoggerMessage(18, LogLevel.Warning, "Send {MessageId} names {Count} AI providers missing from the AI-use policy's registry")]
    public static partial void UnregisteredAiProvider(ILogger logger, string messageId, int count);

    [LoggerMessage(19, LogLevel.Information, "{Count} journaled opt-outs applied to organisation {OrgId}'s chain")]
    public static partial void OptOutsApplied(ILogger logger, int count, string orgId);

    [LoggerMessage(20, LogLevel.Information, "Opt-out {EntryId} journaled; the store's writer is busy, it applies with the next write")]
    public static partial void OptOutJournaled(ILogger logger, string entryId);

    [LoggerMessage(21, LogLevel.Warning, "Personal-data key rotated: the store is re-sealed under key {KeyId} ({Keys} keys in the ring)")]
    public static partial void KeyRotated(ILogger logger, string keyId, int keys);

    [LoggerMessage(22, LogLevel.Information, "Processor {ProcessorId} of organisation {OrgId}: {Delivered} events delivered")]
    public static partial void PropagationDelivered(ILogger logger, string processorId, string orgId, int delivered);

    [LoggerMessage(23, LogLevel.Warning, "Processor {ProcessorId} of organisation {OrgId}: event {EventId} not acknowledged ({Error}), attempt {Attempt}; next try in {DelaySeconds} s")]
    public static partial void PropagationFailed(ILogger logger, string processorId, string orgId, string eventId, string error, int attempt, long delaySeconds);
}
