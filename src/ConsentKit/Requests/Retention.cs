using ConsentKit.Hosting;
using NodaTime;

namespace ConsentKit.Requests;

/// <summary>What a purge erased or deleted, or would (R39).</summary>
/// <param name="DryRun">Whether nothing was changed.</param>
/// <param name="At">The instant the retention periods were measured from.</param>
/// <param name="ContactsErased">Contacts erased (each with its proof of erasure), or due for erasure in a dry run.</param>
/// <param name="SendRecordsDeleted">Send records past their term.</param>
/// <param name="IncidentsDeleted">Incidents past their term in the register.</param>
/// <param name="Rule">The retention rules applied.</param>
public sealed record PurgeReport(bool DryRun, Instant At, int ContactsErased, long SendRecordsDeleted, int IncidentsDeleted, string Rule);

/// <summary>Applies the jurisdiction's retention periods (R39).</summary>
public interface IRetention
{
    /// <summary>
    /// Erases contacts with no consent in force, no open request and no activity for the inactive period, deletes send
    /// records and incidents past their term. Each contact is erased in its own transaction (never half-erased), so a purge
    /// stopped midway resumes where it was and a second run changes nothing more.
    /// </summary>
    Task<PurgeReport> PurgeAsync(Instant? at = null, bool dryRun = false, string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class Retention(ConsentKitRuntime runtime, IErasure erasure) : IRetention
{
    private const int Page = 500;

    public async Task<PurgeReport> PurgeAsync(Instant? at = null, bool dryRun = false, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var when = at ?? now;
        if (when > now + runtime.Options.FutureTolerance)
        {
            throw new ConsentKitValidationException([new("at", "at.future", "at must not lie in the future: retention counts time that has passed.")]);
        }

        var orgId = runtime.Organisation(organisationId);
        var rules = env.Profile.Retention;
        var zone = DateTimeZone.Utc;
        var contactCutoff = when.InZone(zone).LocalDateTime.Minus(runtime.Options.InactiveContactRetention ?? rules.InactiveContact).InZoneLeniently(zone).ToInstant().ToUnixTimeTicks();
        var sendCutoff = when.InZone(zone).LocalDateTime.Minus(rules.SendRecords).InZoneLeniently(zone).ToInstant().ToUnixTimeTicks();

        var erased = 0;
        if (dryRun)
        {
            erased = (await runtime.Store.GetRetentionCandidatesAsync(orgId, contactCutoff, when.ToUnixTimeTicks(), int.MaxValue, cancellationToken).ConfigureAwait(false)).Count;
        }
        else
        {
            // Page by page: each erasure removes the contact from the next page's candidates.
            while (await runtime.Store.GetRetentionCandidatesAsync(orgId, contactCutoff, when.ToUnixTimeTicks(), Page, cancellationToken).ConfigureAwait(false) is { Count: > 0 } page)
            {
                foreach (var contactId in page)
                {
                    await erasure.EraseAsync(contactId, new ErasureOptions { RequestedBy = "retention", OrganisationId = orgId }, cancellationToken).ConfigureAwait(false);
                    erased++;
                }
            }
        }

        long sends;
        int incidents;
        if (dryRun)
        {
            sends = await runtime.Store.CountSendRecordsBeforeAsync(orgId, sendCutoff, cancellationToken).ConfigureAwait(false);
            incidents = (await runtime.Store.GetIncidentsAsync(orgId, cancellationToken).ConfigureAwait(false)).Count(i => i.KeepUntil < when.ToUnixTimeTicks());
        }
        else
        {
            await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            sends = await session.DeleteSendRecordsBeforeAsync(orgId, sendCutoff).ConfigureAwait(false);
            incidents = await session.DeleteIncidentsKeptUntilAsync(orgId, when.ToUnixTimeTicks()).ConfigureAwait(false);
            // The people erased for lapsed consent are each in the trail already (as "erasure"); the purge adds its counts.
            await DpoAuditTrail.RecordAsync(session, runtime, orgId, "purge", $"sends={sends};incidents={incidents};erased={erased}").ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        return new PurgeReport(dryRun, when, erased, sends, incidents, rules.Source + "; " + env.Profile.Incidents.Source);
    }
}
