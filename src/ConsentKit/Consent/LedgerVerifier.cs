using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;

namespace ConsentKit.Consent;

/// <summary>
/// Walks each organisation's chain in order and checks, for every event: its own hash (edited), its link to the
/// previous event (deleted, inserted, reordered), and the keyed hash of its data kept outside the chain. Then checks
/// the chain head (a deleted or appended tail, an edited position), every contact's row and personal data against their
/// keyed hashes (and that no recorded contact was deleted), the consent states against the state the chain gives, and
/// every suppression, send and erasure record against its keyed hash, its number and its table's keyed count
/// (docs/architecture.md, "Tamper evidence").
/// </summary>
internal sealed class LedgerVerifier(ConsentKitRuntime runtime)
{
    public async Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var store = runtime.Store;
        long total = 0;
        long erased = 0;
        var seals = store.Seals!;
        var counts = (await store.GetRowCountsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Name, StringComparer.Ordinal);
        if (counts.Values.FirstOrDefault(c => !RowSeals.Matches(c.RowMac, seals.Count(c.Name, c.Count))) is { } forged)
        {
            return Fail(total, null, "edited", "A table's keyed row count was changed outside ConsentKit.", RowSeals.Counts, forged.Name);
        }

        foreach (var orgId in await store.GetChainIdsAsync(cancellationToken).ConfigureAwait(false))
        {
            var head = await store.GetHeadAsync(orgId, cancellationToken).ConfigureAwait(false);
            if (head is not null && !RowSeals.Matches(head.RowMac, seals.Head(head)))
            {
                return Fail(total, head.EventId, "edited", "The chain head was edited outside ConsentKit.", RowSeals.Heads, orgId);
            }

            var contactRecords = new Dictionary<string, (string Hmac, string EventId)>(StringComparer.Ordinal);
            var expectedStates = new Dictionary<(string, string, string), (string EventId, long OccurredAt, long ChainSeq)>();
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

                // The state each consent key should hold: the latest event by (occurred, chain position), as the writers upsert it.
                if (row.Purpose is not null && row.Channel is not null)
                {
                    var key = (row.ContactId, row.Purpose, row.Channel);
                    if (!expectedStates.TryGetValue(key, out var current) || row.OccurredAt > current.OccurredAt || (row.OccurredAt == current.OccurredAt && row.ChainSeq > current.ChainSeq))
                    {
                        expectedStates[key] = (row.EventId, row.OccurredAt, row.ChainSeq);
                    }
                }

                // An erased event's outside proof is a tombstone: its chained fields still verify, its details are gone.
                erased += row.ErasedAt is null ? 0 : 1;
                if (row.ErasedAt is null && !env.Hasher.DetailsHmacMatches(row, row.PersonalHmac))
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
                // A head that names an event that exists but is not the last one, or no head at all, is the head's own fault
                // when the chain itself verified up to its end.
                return head is not null && headPosition is null
                    ? Fail(total, head.EventId, "deleted", "The last event of the chain was deleted, or the chain head was edited.", "chain_heads", orgId)
                    : Fail(total, prevId, head is null ? "deleted" : "inserted", head is null ? "The chain head was deleted." : "Events were appended after the recorded chain head, or the chain head was edited.", "chain_heads", orgId);
            }

            if (head.ChainSeq != (long)prevPosition)
            {
                return Fail(total, head.EventId, "edited", "The chain head's position no longer matches its last event.", "chain_heads", orgId);
            }

            var erasedContacts = new HashSet<string>(StringComparer.Ordinal);
            if (await VerifyNumberedAsync(store.ReadErasuresAsync(orgId, cancellationToken), RowSeals.Erasures, orgId, e => e.RowNo, e => RowSeals.Matches(e.RowMac, seals.Erasure(e)), counts, e => erasedContacts.Add(e.ContactId)).ConfigureAwait(false) is { } badErasure)
            {
                return Fail(total, null, badErasure.Reason, badErasure.Message, badErasure.Table, badErasure.Row);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var contact in store.ReadContactsAsync(orgId, cancellationToken).ConfigureAwait(false))
            {
                seen.Add(contact.ContactId);
                var rowKey = orgId + "/" + contact.ContactId;
                if (!contactRecords.TryGetValue(contact.ContactId, out var record))
                {
                    return Fail(total, null, "inserted", "A contact exists that no ledger event records: it was inserted outside ConsentKit.", RowSeals.Contacts, rowKey);
                }

                if (contact.ErasedAt is null && !env.Hasher.ContactHmacMatches(contact, record.Hmac))
                {
                    return Fail(total, record.EventId, "personal-data-mismatch", "A contact's personal data no longer matches the keyed hash its ledger event holds: it was edited outside ConsentKit.", RowSeals.Contacts, rowKey);
                }

                if (!RowSeals.Matches(contact.RowMac, seals.Contact(contact)))
                {
                    return Fail(total, null, "edited", "A contact's stored row (identifier hashes, zones, attributes) no longer matches its keyed hash: it was edited outside ConsentKit.", RowSeals.Contacts, rowKey);
                }
            }

            if (contactRecords.Keys.Where(id => !seen.Contains(id) && !erasedContacts.Contains(id)).Order(StringComparer.Ordinal).FirstOrDefault() is { } missing)
            {
                return Fail(total, contactRecords[missing].EventId, "deleted", "A contact the ledger records was deleted outside ConsentKit (no erasure record explains it).", RowSeals.Contacts, orgId + "/" + missing);
            }

            // Derived state: each stored row is the one the chain gives (an older row put back, a status flipped, a row
            // added or removed all show), and carries its keyed hash.
            await foreach (var state in store.ReadStatesAsync(orgId, cancellationToken).ConfigureAwait(false))
            {
                var key = (state.ContactId, state.Purpose, state.Channel);
                var rowKey = $"{orgId}/{state.ContactId}/{state.Purpose}/{state.Channel}";
                if (!expectedStates.Remove(key, out var expected))
                {
                    return Fail(total, null, "inserted", "A consent state exists that no ledger event gives: it was inserted outside ConsentKit.", RowSeals.States, rowKey);
                }

                if (state.EventId != expected.EventId || state.ChainSeq != expected.ChainSeq || !RowSeals.Matches(state.RowMac, seals.State(state)))
                {
                    return Fail(total, expected.EventId, "edited", "A consent state no longer matches the ledger event that sets it: it was edited outside ConsentKit.", RowSeals.States, rowKey);
                }
            }

            if (expectedStates.Count > 0)
            {
                var (contactId, purpose, channel) = expectedStates.Keys.Order().First();
                return Fail(total, expectedStates[(contactId, purpose, channel)].EventId, "deleted", "A consent state the ledger gives was deleted outside ConsentKit.", RowSeals.States, $"{orgId}/{contactId}/{purpose}/{channel}");
            }
        }

        var withRows = await store.GetSendOrganisationsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var orgId in withRows)
        {
            if (await VerifyNumberedAsync(store.ReadSendsAsync(orgId, cancellationToken), RowSeals.Sends, orgId, r => r.RowNo, r => RowSeals.Matches(r.RowMac, seals.Send(r)), counts, null).ConfigureAwait(false) is { } badSend)
            {
                return Fail(total, null, badSend.Reason, badSend.Message, badSend.Table, badSend.Row);
            }
        }

        // Suppressions may be lifted (START), so they are counted per scope rather than numbered.
        var perScope = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var suppression in store.ReadSuppressionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!RowSeals.Matches(suppression.RowMac, seals.Suppression(suppression)))
            {
                return Fail(total, null, "edited", "A suppression no longer matches its keyed hash: it was edited or added outside ConsentKit.", RowSeals.Suppressions, $"{suppression.Scope}/{suppression.IdentifierHmac[..16]}");
            }

            perScope[suppression.Scope] = perScope.GetValueOrDefault(suppression.Scope) + 1;
        }

        foreach (var count in counts.Values.Where(c => c.Name.StartsWith(RowSeals.Suppressions + ":", StringComparison.Ordinal)))
        {
            var scope = count.Name[(RowSeals.Suppressions.Length + 1)..];
            if (perScope.GetValueOrDefault(scope) != count.Count)
            {
                return Fail(total, null, perScope.GetValueOrDefault(scope) < count.Count ? "deleted" : "inserted",
                    $"The suppressions of scope {scope} number {perScope.GetValueOrDefault(scope)} where {count.Count} were written: rows were removed or added outside ConsentKit.", RowSeals.Suppressions, scope);
            }

            perScope.Remove(scope);
        }

        if (perScope.Keys.Order(StringComparer.Ordinal).FirstOrDefault() is { } uncounted)
        {
            return Fail(total, null, "deleted", "Suppressions exist in a scope whose keyed count was deleted (or they were added outside ConsentKit).", RowSeals.Counts, RowSeals.CountName(RowSeals.Suppressions, uncounted));
        }

        foreach (var count in counts.Values.Where(c => (c.Name.StartsWith(RowSeals.Sends + ":", StringComparison.Ordinal) || c.Name.StartsWith(RowSeals.Erasures + ":", StringComparison.Ordinal)) && c.Count > 0))
        {
            var table = count.Name[..count.Name.IndexOf(':', StringComparison.Ordinal)];
            var orgId = count.Name[(table.Length + 1)..];
            if (!withRows.Contains(orgId, StringComparer.Ordinal))
            {
                return Fail(total, null, "deleted", $"Every row of {table} for organisation {orgId} was deleted outside ConsentKit.", table, $"{orgId}#{count.Count}");
            }
        }

        Log.Verified(runtime.LoggerFor("Ledger"), total);
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

    private LedgerVerification Fail(long total, string? eventId, string reason, string message, string? table = null, string? row = null)
    {
        Log.VerificationFailed(runtime.LoggerFor("Ledger"), eventId, reason);
        return new LedgerVerification(false, total, eventId, reason, message) { Table = table, Row = row };
    }

    // An append-only table numbers its rows 1, 2, 3… per organisation under a keyed count: an edited row fails its hash, a
    // deleted one leaves a gap (or a count its rows no longer reach), a forged or copied one a repeated or extra number.
    private static async Task<(string Reason, string Message, string Table, string Row)?> VerifyNumberedAsync<T>(
        IAsyncEnumerable<T> rows, string table, string orgId, Func<T, long> number, Func<T, bool> intact, Dictionary<string, RowCountRow> counts, Action<T>? visit)
    {
        var expected = 1L;
        await foreach (var row in rows.ConfigureAwait(false))
        {
            var n = number(row);
            if (n < expected)
            {
                return ("inserted", $"A row of {table} repeats number {n}: it was copied or added outside ConsentKit.", table, $"{orgId}#{n}");
            }

            if (n > expected)
            {
                return ("deleted", $"Row {expected} of {table} is missing: it was deleted outside ConsentKit.", table, $"{orgId}#{expected}");
            }

            if (!intact(row))
            {
                return ("edited", $"Row {n} of {table} no longer matches its keyed hash: it was edited outside ConsentKit.", table, $"{orgId}#{n}");
            }

            visit?.Invoke(row);
            expected++;
        }

        if (expected > 1 && !counts.ContainsKey(RowSeals.CountName(table, orgId)))
        {
            return ("deleted", $"The keyed count of {table} for {orgId} was deleted outside ConsentKit.", RowSeals.Counts, RowSeals.CountName(table, orgId));
        }

        var written = counts.TryGetValue(RowSeals.CountName(table, orgId), out var count) ? count.Count : 0;
        return expected - 1 == written ? null
            : expected - 1 < written ? ("deleted", $"Row {expected} of {table} is missing: it was deleted outside ConsentKit.", table, $"{orgId}#{expected}")
            : ("inserted", $"{table} holds more rows than ConsentKit wrote.", table, $"{orgId}#{written + 1}");
    }
}
