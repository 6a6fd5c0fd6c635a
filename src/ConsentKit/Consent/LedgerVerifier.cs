using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;

namespace ConsentKit.Consent;

/// <summary>
/// Walks each organisation's chain in order and checks, for every event: its own hash (edited), its link to the
/// previous event (deleted, inserted, reordered), and the keyed hash of its data kept outside the chain. Then checks
/// the chain head (a deleted or appended tail) and every contact's personal data against its last keyed hash.
/// </summary>
internal sealed class LedgerVerifier(ConsentKitRuntime runtime)
{
    public async Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var store = runtime.Store;
        long total = 0;
        long erased = 0;
        foreach (var orgId in await store.GetChainIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            var head = await store.GetHeadAsync(orgId, cancellationToken).ConfigureAwait(false);
            var contactRecords = new Dictionary<string, (string Hmac, string EventId)>(StringComparer.Ordinal);
            var prevHash = LedgerHasher.Genesis;
            string? prevId = null;
            double prevPosition = 0;
            var pastHead = false;

            await foreach (var row in store.ReadChainAsync(orgId, cancellationToken).ConfigureAwait(false))
            {
                total++;
                if (pastHead || row.ChainPosition != Math.Floor(row.ChainPosition) || row.ChainPosition <= prevPosition)
                {
                    return Fail(total, row.EventId, "inserted", "An event was inserted into the chain after it was written.");
                }

                if (LedgerHasher.ChainHash(row) != row.Hash)
                {
                    return Fail(total, row.EventId, "edited", "An event's content no longer matches its hash: it was edited.");
                }

                if (row.PrevHash != prevHash || row.PrevEventId != prevId)
                {
                    return await BrokenLinkAsync(orgId, row, prevId, total, cancellationToken).ConfigureAwait(false);
                }

                if (row.ContactHmac is not null)
                {
                    contactRecords[row.ContactId] = (row.ContactHmac, row.EventId);
                }

                // An erased event's outside proof is a tombstone: its chained fields still verify, its details are gone.
                erased += row.ErasedAt is null ? 0 : 1;
                if (row.ErasedAt is null && env.Hasher.DetailsHmac(row) != row.PersonalHmac)
                {
                    return Fail(total, row.EventId, "personal-data-mismatch", "Proof kept outside the chain (evidence, collector, source detail) no longer matches its keyed hash.");
                }

                prevHash = row.Hash;
                prevId = row.EventId;
                prevPosition = row.ChainPosition;
                pastHead = head is not null && row.EventId == head.EventId;
            }

            if (head is null || head.EventId != prevId || head.Hash != prevHash)
            {
                var headPosition = head is null ? null : await store.GetEventPositionAsync(orgId, head.EventId, cancellationToken).ConfigureAwait(false);
                return head is not null && headPosition is null
                    ? Fail(total, head.EventId, "deleted", "The last event of the chain was deleted.")
                    : Fail(total, prevId, "inserted", "Events were appended after the recorded chain head.");
            }

            await foreach (var contact in store.ReadContactsAsync(orgId, cancellationToken).ConfigureAwait(false))
            {
                if (!contactRecords.TryGetValue(contact.ContactId, out var record))
                {
                    return Fail(total, null, "personal-data-mismatch", "A contact exists that no ledger event records: it was inserted outside ConsentKit.");
                }

                if (contact.ErasedAt is null && env.Hasher.ContactHmac(contact) != record.Hmac)
                {
                    return Fail(total, record.EventId, "personal-data-mismatch", "A contact's personal data no longer matches the keyed hash its ledger event holds: it was edited outside ConsentKit.");
                }
            }
        }

        Log.Verified(runtime.Logger, total);
        return new LedgerVerification(true, total, null, "ok",
            erased == 0 ? $"All {total} events verified." : $"All {total} events verified; {erased} carry an erasure tombstone (their outside proof was erased on request).")
        {
            ErasedEvents = erased,
        };
    }

    // The event itself is intact but does not follow its predecessor: tell a deletion, an insertion and a reordering apart.
    private async Task<LedgerVerification> BrokenLinkAsync(string orgId, EventRow row, string? prevId, long total, CancellationToken cancellationToken)
    {
        if (row.PrevEventId is null)
        {
            return Fail(total, row.EventId, "reordered", "The chain's first event was moved.");
        }

        var position = await runtime.Store.GetEventPositionAsync(orgId, row.PrevEventId, cancellationToken).ConfigureAwait(false);
        return position switch
        {
            null => Fail(total, row.PrevEventId, "deleted", "An event was deleted from the chain."),
            _ when position > row.ChainPosition => Fail(total, row.EventId, "reordered", "Events were reordered: this event comes before the event it follows."),
            _ => Fail(total, prevId, "inserted", "An event was inserted between two chained events."),
        };
    }

    private LedgerVerification Fail(long total, string? eventId, string reason, string message)
    {
        Log.VerificationFailed(runtime.Logger, eventId, reason);
        return new LedgerVerification(false, total, eventId, reason, message);
    }
}
