using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Requests;

/// <summary>
/// One action of the privacy officer in the audit trail (R61): what was done, to which contact, request or incident id, when
/// and by whom. Ids and codes only: the trail itself holds no personal data.
/// </summary>
/// <param name="At">When it was done.</param>
/// <param name="Action">A stable code: <c>export:json</c>, <c>erasure</c>, <c>purge:12</c>, <c>request:received</c>,
/// <c>request:status:closed</c>, <c>incident:recorded</c>, <c>incident:notice:authority</c>, <c>person-in-charge:designated</c>, ...</param>
/// <param name="Subject">The contact, request or incident id; null for a store-wide action.</param>
/// <param name="Actor">Who did it (<see cref="ConsentKitOptions.Actor"/>; the tool's <c>--actor</c>).</param>
public sealed record DpoAuditEntry(Instant At, string Action, string? Subject, string Actor);

/// <summary>
/// The audit trail of the privacy officer's actions (R61; QC-PP s.3.2, GDPR art. 5(2) accountability): every export of a
/// person's data, inside a request or not, every erasure and purge, every change to a request or an incident and every
/// designation of the person in charge is written here, with its actor, in the transaction that makes it. Nothing in the
/// library writes to it otherwise, and nothing removes from it.
/// </summary>
public interface IDpoAuditTrail
{
    /// <summary>The entries made in [<paramref name="since"/>, <paramref name="until"/>), oldest first (both ends optional).</summary>
    Task<IReadOnlyList<DpoAuditEntry>> ListAsync(Instant? since = null, Instant? until = null, string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class DpoAuditTrail(ConsentKitRuntime runtime) : IDpoAuditTrail
{
    public async Task<IReadOnlyList<DpoAuditEntry>> ListAsync(Instant? since = null, Instant? until = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await runtime.Store.GetDpoAuditAsync(
            runtime.Organisation(organisationId), since?.ToUnixTimeTicks() ?? long.MinValue, until?.ToUnixTimeTicks() ?? long.MaxValue, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DpoAuditEntry(Instant.FromUnixTimeTicks(r.At), r.Action, r.Subject, r.Actor))];
    }

    /// <summary>The one way an action enters the trail: in the caller's transaction, so the action and its record commit together.</summary>
    internal static Task RecordAsync(IStoreWriteSession session, ConsentKitRuntime runtime, string orgId, string action, string? subject) =>
        session.AppendDpoAuditAsync(new DpoAuditRow
        {
            Id = SortableId.New("dpa-"),
            OrgId = orgId,
            At = runtime.Clock.GetCurrentInstant().ToUnixTimeTicks(),
            Action = action,
            Subject = subject,
            Actor = runtime.Actor,
        });
}
