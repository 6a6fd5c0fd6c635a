using System.Security.Cryptography;
using ConsentKit.Consent;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Gate;

/// <summary>
/// How an opt-out is never lost or delayed by bulk work (R10, R12; docs/architecture.md, "The opt-out journal"): it is
/// first committed to a journal that no bulk write holds, then applied to the ledger at once when the chain is free,
/// else by the next writer of the chain (an import applies what arrived meanwhile before it commits). Until then the
/// gate reads journaled entries as suppressions, so a decision taken after acceptance honours it.
/// </summary>
internal sealed class OptOutJournal(ConsentKitRuntime runtime, LedgerWriter writer)
{
    public const string StopKind = "stop";
    public const string SuppressionKind = "suppression";

    // Long enough for a reservation or a single write to finish (a few milliseconds), short enough that a STOP sent during
    // a bulk write is answered at once; correctness does not depend on it (the gate reads the journal).
    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(100);

    /// <summary>Journals <paramref name="entry"/> durably, then applies it now if the chain is free within the wait.</summary>
    /// <returns>Whether it was applied now, and the withdrawals it recorded if so.</returns>
    public async Task<(bool Applied, IReadOnlyList<string> Withdrawals)> AcceptAsync(OptOutRow entry, ConsentKitEnvironment env, CancellationToken cancellationToken)
    {
        await runtime.Store.JournalOptOutAsync(entry, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await writer.BeginAsync(entry.OrgId, env, cancellationToken, LockWait).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            return (true, transaction.AppliedOptOuts.GetValueOrDefault(entry.EntryId) ?? []);
        }
        catch (StoreBusyException)
        {
            Log.OptOutJournaled(runtime.LoggerFor("Gate"), entry.EntryId);
            return (false, []);
        }
    }

    public static OptOutRow Entry(string kind, string orgId, string scope, string hmac, IdentifierKind identifierKind, string reason, Instant occurredAt, Instant acceptedAt, string? detail = null, string? evidence = null) => new()
    {
        EntryId = "opt_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
        OrgId = orgId,
        Kind = kind,
        Scope = scope,
        IdentifierHmac = hmac,
        IdentifierKind = identifierKind == IdentifierKind.Phone ? "phone" : "email",
        Reason = reason,
        Detail = detail,
        Evidence = evidence,
        OccurredAt = occurredAt.ToUnixTimeTicks(),
        AcceptedAt = acceptedAt.ToUnixTimeTicks(),
    };

    /// <summary>The withdrawal a journaled STOP records for one SMS consent; its key makes a replay after a crash count once.</summary>
    public static ConsentEvent Withdrawal(OptOutRow entry, string contactId, string purpose) => new()
    {
        ContactId = contactId,
        Purpose = purpose,
        Channel = Channel.Sms,
        Kind = ConsentEventKind.Withdrawn,
        Source = CaptureSource.InboundSms,
        SourceDetail = entry.Detail,
        EvidenceRef = entry.Evidence,
        OccurredAt = Instant.FromUnixTimeTicks(entry.OccurredAt),
        IdempotencyKey = $"{entry.EntryId}:{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(contactId + "\n" + purpose)).AsSpan(0, 16))}",
    };

    public static SuppressionRow Suppression(OptOutRow entry) => new()
    {
        Scope = entry.Scope,
        IdentifierHmac = entry.IdentifierHmac,
        Kind = entry.IdentifierKind,
        Reason = entry.Reason,
        CreatedAt = entry.OccurredAt,
    };
}

/// <summary>The journaled opt-outs at one moment, read as suppressions by the gate and the suppression list.</summary>
internal sealed class PendingOptOuts
{
    public static readonly PendingOptOuts None = new([]);

    private readonly IReadOnlyList<OptOutRow> _rows;

    public PendingOptOuts(IReadOnlyList<OptOutRow> rows) => _rows = rows;

    public static async Task<PendingOptOuts> ReadAsync(IConsentStore store, CancellationToken cancellationToken) =>
        await store.GetPendingOptOutsAsync(cancellationToken).ConfigureAwait(false) is { Count: > 0 } rows ? new PendingOptOuts(rows) : None;

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>The keyed hashes of identifiers of <paramref name="kind"/> suppressed in one of <paramref name="scopes"/>.</summary>
    public IReadOnlyList<string> Hmacs(string kind, IReadOnlyList<string> scopes) =>
        [.. _rows.Where(r => r.IdentifierKind == kind && scopes.Contains(r.Scope, StringComparer.Ordinal)).Select(r => r.IdentifierHmac).Distinct(StringComparer.Ordinal)];

    /// <summary>When the earliest journaled opt-out of one of <paramref name="hmacs"/> in <paramref name="scopes"/> took effect; null when none.</summary>
    public long? Since(IReadOnlyList<string> scopes, IEnumerable<string?> hmacs)
    {
        long? since = null;
        foreach (var hmac in hmacs)
        {
            foreach (var row in _rows)
            {
                if (row.IdentifierHmac == hmac && scopes.Contains(row.Scope, StringComparer.Ordinal) && (since is null || row.OccurredAt < since))
                {
                    since = row.OccurredAt;
                }
            }
        }

        return since;
    }
}
