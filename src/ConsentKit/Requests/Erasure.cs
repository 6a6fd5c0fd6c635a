using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Diagnostics;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Requests;

/// <summary>How to erase.</summary>
public sealed record ErasureOptions
{
    /// <summary>Count what would be erased, and change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Who asked (a staff or request id, not a name), kept in the proof.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>The proof of an erasure (R59): what, when, who asked, how much; never the data erased.</summary>
/// <param name="ContactId">The contact erased (an opaque id, which stays in the ledger).</param>
/// <param name="DryRun">Whether nothing was changed.</param>
/// <param name="ErasureId">The proof's id; null for a dry run.</param>
/// <param name="At">When.</param>
/// <param name="Events">Ledger events whose outside proof became a tombstone.</param>
/// <param name="Contacts">Contact rows deleted or reduced (0 or 1).</param>
/// <param name="SendBodies">Message bodies removed from send records.</param>
/// <param name="Links">Explanation links removed.</param>
/// <param name="Suppressions">Identifiers added to the suppression list, so the person is never contacted again.</param>
/// <param name="KeptFields">Fields kept because a retention duty applies; empty when everything went.</param>
/// <param name="KeptRule">The rule that keeps them.</param>
public sealed record ErasureReport(string ContactId, bool DryRun, string? ErasureId, Instant At, int Events, int Contacts, int SendBodies, int Links, int Suppressions,
    IReadOnlyList<string> KeptFields, string? KeptRule)
{
    /// <summary>
    /// True when the erasure is recorded but older copies of the erased bytes could not be cleared yet (see
    /// <see cref="Remains"/>): erase again later to finish; the erasure is not done until this is false.
    /// </summary>
    public bool Pending => Remains.Count > 0;

    /// <summary>Copies of the erased bytes the store still holds and could not clear yet, in plain words; empty when none.</summary>
    public IReadOnlyList<string> Remains { get; init; } = [];

    /// <summary>Copies no store can reach (backups, a server's log archives), in plain words, for the privacy officer's answer.</summary>
    public IReadOnlyList<string> OutOfReach { get; init; } = [];
}

/// <summary>Erases a person with proof while the ledger stays verifiable (R59).</summary>
public interface IErasure
{
    /// <summary>
    /// In one transaction: the proof kept outside the hash chain becomes a tombstone on each of the person's events (the
    /// chain still verifies and shows the erasure), the contact row goes (or keeps only what a retention duty requires, with
    /// its rule), message bodies and explanation links go, and the phone and e-mail keyed hashes join the suppression list.
    /// Then the write-ahead log is emptied, so the erased bytes remain nowhere in the store's files. Erasing again records
    /// nothing new.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">The contact is unknown (<c>contact.unknown</c>).</exception>
    Task<ErasureReport> EraseAsync(string contactId, ErasureOptions? options = null, CancellationToken cancellationToken = default);
}

internal sealed class Erasure(ConsentKitRuntime runtime) : IErasure
{
    private const string Reason = "erasure";

    public async Task<ErasureReport> EraseAsync(string contactId, ErasureOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ErasureOptions();
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(options.OrganisationId);
        var now = runtime.Clock.GetCurrentInstant();
        if (options.RequestedBy is { Length: > 100 })
        {
            throw new ConsentKitValidationException([new("requested_by", "requested_by.format", "requested_by must be an id of at most 100 characters.")]);
        }

        var scopes = await runtime.ScopesAsync(orgId, cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);

        // Read under the write lock: nothing can change the contact between this read and the erasure.
        var contact = await runtime.Store.FindContactAsync(orgId, "id", contactId ?? "", cancellationToken).ConfigureAwait(false);
        if (contact is null || contact.ErasedAt is not null)
        {
            // Erasing again is answered with the first proof: nothing new is recorded.
            // A pending erasure finishes here: the copies left by a reader are cleared now if they can be.
            var previous = await runtime.Store.GetErasuresAsync(orgId, contactId ?? "", cancellationToken).ConfigureAwait(false);
            if (previous.Count == 0)
            {
                throw new ConsentKitValidationException([new("contact", "contact.unknown", "no contact of this organisation has this id.")]);
            }

            await session.DisposeAsync().ConfigureAwait(false);
            var copies = options.DryRun ? new ErasureCopies([], []) : await runtime.Store.CheckpointAsync(cancellationToken).ConfigureAwait(false);
            return Proof(previous[^1]) with { Remains = copies.Remains, OutOfReach = copies.OutOfReach };
        }

        // A retention duty (donation records) keeps the donor's identity and amounts, and nothing else (R59).
        var duty = env.Profile.FinanceRecords;
        var attributes = contact.Attributes is null ? null : JsonNode.Parse(contact.Attributes) as JsonObject;
        var applies = attributes is not null && duty.TriggerFields.Any(f => attributes[f] is not null);
        ContactRow? kept = null;
        if (applies)
        {
            var keptAttributes = new JsonObject(attributes!.Where(p => duty.KeptFields.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            kept = new ContactRow
            {
                FirstName = duty.KeptFields.Contains("first_name") ? contact.FirstName : null,
                LastName = duty.KeptFields.Contains("last_name") ? contact.LastName : null,
                PostalCode = duty.KeptFields.Contains("postal_code") ? contact.PostalCode : null,
                Attributes = keptAttributes.ToJsonString(),
            };
        }

        var counts = await session.EraseContactAsync(orgId, contactId!, kept, now.ToUnixTimeTicks()).ConfigureAwait(false);
        var suppressions = 0;
        foreach (var (hmac, kind) in new[] { (contact.PhoneHmac, IdentifierKind.Phone), (contact.EmailHmac, IdentifierKind.Email) })
        {
            if (hmac is not null)
            {
                // Keyed hashes only; a suppression already there is kept as it was.
                await session.AddSuppressionAsync(SuppressionList.Row(scopes[^1], hmac, kind, Reason, runtime)).ConfigureAwait(false);
                suppressions++;
            }
        }

        var keptFields = applies ? duty.KeptFields.Where(f => f is "first_name" or "last_name" or "postal_code" || (attributes![f] is not null)).ToList() : [];
        var report = new ErasureReport(contactId!, options.DryRun, options.DryRun ? null : SortableId.New("era-"), now,
            counts.Events, counts.Contacts, counts.SendBodies, counts.Links, suppressions, keptFields, applies ? duty.Source : null);
        if (options.DryRun)
        {
            // The same statements, rolled back: a dry run counts exactly what the erasure would change.
            return report;
        }

        await session.InsertErasureAsync(new ErasureRow
        {
            ErasureId = report.ErasureId!,
            OrgId = orgId,
            ContactId = contactId!,
            ErasedAt = now.ToUnixTimeTicks(),
            RequestedBy = options.RequestedBy ?? runtime.Actor,
            Counts = new JsonObject { ["events"] = counts.Events, ["contacts"] = counts.Contacts, ["sendBodies"] = counts.SendBodies, ["links"] = counts.Links, ["suppressions"] = suppressions }.ToJsonString(),
            Kept = applies ? new JsonObject { ["fields"] = new JsonArray([.. keptFields.Select(f => (JsonNode)f)]), ["rule"] = duty.Source }.ToJsonString() : "{}",
        }).ConfigureAwait(false);
        await DpoAuditTrail.RecordAsync(session, runtime, orgId, "erasure", contactId).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        await session.DisposeAsync().ConfigureAwait(false);

        // Done only when no copy the store holds keeps the erased bytes: otherwise the report says what remains.
        var left = await runtime.Store.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        Log.Erased(runtime.LoggerFor("Requests"), report.ErasureId!, counts.Events, keptFields.Count);
        return report with { Remains = left.Remains, OutOfReach = left.OutOfReach };
    }

    private static ErasureReport Proof(ErasureRow row)
    {
        using var counts = JsonDocument.Parse(row.Counts);
        using var kept = JsonDocument.Parse(row.Kept);
        int Count(string name) => counts.RootElement.TryGetProperty(name, out var v) ? v.GetInt32() : 0;
        return new ErasureReport(row.ContactId, false, row.ErasureId, Instant.FromUnixTimeTicks(row.ErasedAt), Count("events"), Count("contacts"), Count("sendBodies"),
            Count("links"), Count("suppressions"),
            kept.RootElement.TryGetProperty("fields", out var f) ? [.. f.EnumerateArray().Select(x => x.GetString()!)] : [],
            kept.RootElement.TryGetProperty("rule", out var r) ? r.GetString() : null);
    }
}
