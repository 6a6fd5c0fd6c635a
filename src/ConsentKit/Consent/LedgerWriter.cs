using ConsentKit.Contacts;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Consent;

/// <summary>
/// The only code that appends to a chain. Contacts and consent events of one call go in one transaction:
/// checked against the store under the write lock, chained, and committed whole, or not at all.
/// </summary>
internal sealed class LedgerWriter(ConsentKitRuntime runtime)
{
    internal const string ContactRecordedKind = "contact_recorded";

    private ConsentKitRuntime Runtime => runtime;

    public async Task<IReadOnlyList<RecordResult>> WriteAsync(
        string orgId,
        IReadOnlyList<ContactRow> contacts,
        IReadOnlyList<EventRow> events,
        ConsentKitEnvironment env,
        CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(orgId, env, cancellationToken).ConfigureAwait(false);
        var results = await transaction.AppendAsync(contacts, events).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Opens one transaction on the organisation's chain; chunks appended to it commit together or not at all. Opt-outs
    /// journaled for the organisation are applied first, so that whatever this transaction writes comes after them.
    /// With <paramref name="lockWait"/>, gives up with <see cref="StoreBusyException"/> when the chain stays held longer.
    /// </summary>
    public async Task<LedgerTransaction> BeginAsync(string orgId, ConsentKitEnvironment env, CancellationToken cancellationToken, TimeSpan? lockWait = null)
    {
        var session = lockWait is { } wait
            ? await runtime.Store.BeginWriteAsync(wait, cancellationToken).ConfigureAwait(false)
            : await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await session.OrganisationExistsAsync(orgId).ConfigureAwait(false))
            {
                throw Refuse([new("organisation", "organisation.unknown", "organisation is not registered in this store; register it first.")]);
            }

            var head = await session.GetHeadAsync(orgId).ConfigureAwait(false);

            // A head edited outside ConsentKit would make every later event link to the wrong place: refuse to write on it.
            if (head is not null && !await runtime.Store.IsChainEventAsync(orgId, head.ChainSeq, head.EventId, head.Hash, cancellationToken).ConfigureAwait(false))
            {
                throw new ConsentKitException("store.tampered", $"The chain head of organisation '{orgId}' does not match its last event: the store was changed outside ConsentKit. Run verify; nothing was written.");
            }

            var transaction = new LedgerTransaction(this, session, orgId, env, head, runtime.Clock.GetCurrentInstant());
            await transaction.ApplyJournaledOptOutsAsync().ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An open write on one chain. Each chunk is checked under the write lock, chained after the previous one and written.</summary>
    internal sealed class LedgerTransaction(LedgerWriter writer, IStoreWriteSession session, string orgId, ConsentKitEnvironment env, ChainHead? head, Instant now) : IAsyncDisposable
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _appliedOptOuts = new(StringComparer.Ordinal);
        private ChainHead? _head = head;
        private int _appended;

        /// <summary>The journaled opt-outs this transaction applied, with the withdrawals each recorded.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> AppliedOptOuts => _appliedOptOuts;

        /// <summary>
        /// Applies the organisation's journaled opt-outs in this transaction (docs/architecture.md, "The opt-out journal"):
        /// a STOP withdraws every SMS consent of the number's contacts, as stored now, and suppresses the number.
        /// </summary>
        public async Task ApplyJournaledOptOutsAsync()
        {
            var pending = (await writer.Runtime.Store.GetPendingOptOutsAsync(CancellationToken.None).ConfigureAwait(false))
                .Where(p => p.OrgId == orgId && !_appliedOptOuts.ContainsKey(p.EntryId)).ToList();
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var entry in pending)
            {
                var withdrawals = new List<string>();
                if (entry.Kind == Gate.OptOutJournal.StopKind)
                {
                    var events = new List<EventRow>();
                    foreach (var (contactId, purpose) in await session.GetSmsConsentsByPhoneHmacAsync(orgId, entry.IdentifierHmac).ConfigureAwait(false))
                    {
                        var errors = new List<ValidationError>();
                        if (ConsentEventValidation.Validate(Gate.OptOutJournal.Withdrawal(entry, contactId, purpose), orgId, env, writer.Runtime.Clock.GetCurrentInstant(), writer.Runtime.Options.FutureTolerance, errors) is { } row)
                        {
                            events.Add(row);
                        }
                    }

                    if (events.Count > 0)
                    {
                        withdrawals.AddRange((await AppendAsync([], events).ConfigureAwait(false)).Select(r => r.EventId));
                    }
                }

                await session.AddSuppressionAsync(Gate.OptOutJournal.Suppression(entry)).ConfigureAwait(false);
                _appliedOptOuts[entry.EntryId] = withdrawals;
            }

            await session.ForgetOptOutsAsync([.. pending.Select(p => p.EntryId)]).ConfigureAwait(false);
            Log.OptOutsApplied(writer.Runtime.LoggerFor("Ledger"), pending.Count, orgId);
        }

        public async Task<IReadOnlyList<RecordResult>> AppendAsync(IReadOnlyList<ContactRow> contacts, IReadOnlyList<EventRow> events)
        {
            var errors = new List<ValidationError>();
            var sources = new EventRow[events.Count];
            var duplicate = new bool[events.Count];
            var fresh = await SkipDuplicatesAsync(session, orgId, events, sources, duplicate, errors).ConfigureAwait(false);

            var contactIds = contacts.Select(c => c.ContactId).Concat(fresh.Select(e => e.ContactId)).ToHashSet(StringComparer.Ordinal);
            var known = (await session.GetContactsAsync(orgId, contactIds).ConfigureAwait(false)).ToDictionary(c => c.ContactId, StringComparer.Ordinal);

            // An update of a stored contact is a rectification (GDPR art. 16): merged with what is stored (fields the call
            // leaves out are kept), compared field by field, and chained with the names of the fields it changed.
            var updated = contacts.Where(c => known.ContainsKey(c.ContactId)).Select(c => c.ContactId).ToList();
            var stored = updated.Count == 0 ? [] : (await session.GetFullContactsAsync(orgId, updated).ConfigureAwait(false)).ToDictionary(c => c.ContactId, StringComparer.Ordinal);
            var seals = writer.Runtime.Store.Seals!;
            var changedContacts = new List<ContactRow>();
            var changedFields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var contact in contacts)
            {
                var before = stored.GetValueOrDefault(contact.ContactId);
                if (before is not null)
                {
                    Rectification.Merge(contact, before);
                }

                contact.PersonalHmac = env.Hasher.ContactHmac(contact);
                contact.PhoneHmac = contact.Phone is null ? null : env.Hasher.IdentifierHmac("phone", contact.Phone);
                contact.EmailHmac = contact.Email is null ? null : env.Hasher.IdentifierHmac("email", contact.Email);
                contact.ErasedAt = null;
                contact.RowMac = seals.Contact(contact);
                if (before is not null && before.ErasedAt is null && before.RowMac == contact.RowMac)
                {
                    continue;
                }

                if (before is not null && Rectification.Changed(before, contact) is { Length: > 0 } fields)
                {
                    changedFields[contact.ContactId] = fields;
                }

                known[contact.ContactId] = contact;
                changedContacts.Add(contact);
            }

            await CheckAgainstStoreAsync(session, orgId, fresh, known, env, errors).ConfigureAwait(false);
            if (env.Profile.ElectionAct is not null)
            {
                await CheckElectionActAsync(fresh, changedContacts, errors).ConfigureAwait(false);
            }

            if (errors.Count > 0)
            {
                throw writer.Refuse(errors);
            }

            var toAppend = WithContactRecords(orgId, changedContacts, fresh, now, env, changedFields);
            if (toAppend.Count > 0)
            {
                foreach (var row in toAppend)
                {
                    row.Actor ??= writer.Runtime.Actor;
                }

                _head = Chain(toAppend, _head, orgId, now, env.Hasher);
                await session.UpsertContactsAsync(changedContacts).ConfigureAwait(false);
                await session.AppendAsync(toAppend, _head).ConfigureAwait(false);
                _appended += toAppend.Count;
            }

            var results = new RecordResult[events.Count];
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = new RecordResult(sources[i].EventId, duplicate[i]);
            }

            return results;
        }

        // R6, Québec provincial parties. A new use (a purpose outside the profile's catalog) is covered only by a consent
        // given after it was introduced. And an elector's data is collected once consent is captured: the first grant a
        // person gives must not come after their contact details were recorded, or those details were collected without it.
        // The time of the act is the grant's own (a form's submission precedes its recording), so an honest flow, where the
        // details and the consent arrive together (within the profile's window), passes; details written earlier and consent
        // sought afterwards do not.
        private async Task CheckElectionActAsync(List<EventRow> fresh, List<ContactRow> changedContacts, List<ValidationError> errors)
        {
            var (_, _, sameCollection, source) = env.Profile.ElectionAct!;
            var grants = fresh.Where(e => e.Kind is "granted" or "parental_granted" or "renewed").ToList();
            foreach (var e in grants)
            {
                if (env.NewUsesSince.TryGetValue(e.Purpose!, out var since) && e.OccurredAt < since.ToUnixTimeTicks())
                {
                    errors.Add(new("occurred_at", "consent.predates-use",
                        $"purpose '{e.Purpose}' is a new use here since {since}; a consent given before it cannot cover it: ask the person again ({source}; GDPR art. 4(11), by analogy)."));
                }
            }

            var inBatch = changedContacts.Select(c => c.ContactId).ToHashSet(StringComparer.Ordinal);
            var firstParty = grants.Where(e => e.Kind != "renewed" && e.FromDataSubject && !inBatch.Contains(e.ContactId)).ToList();
            if (firstParty.Count == 0)
            {
                return;
            }

            var stored = (await session.GetFullContactsAsync(orgId, firstParty.Select(e => e.ContactId).Distinct(StringComparer.Ordinal).ToList()).ConfigureAwait(false))
                .ToDictionary(c => c.ContactId, StringComparer.Ordinal);
            foreach (var e in firstParty.GroupBy(e => e.ContactId, StringComparer.Ordinal).Select(g => g.MinBy(x => x.OccurredAt)!))
            {
                if (!stored.TryGetValue(e.ContactId, out var contact) || e.OccurredAt - contact.UpdatedAt <= sameCollection.BclCompatibleTicks || !HoldsCollectedData(contact, env.Catalog)
                    || (await writer.Runtime.Store.GetStatesAsync(orgId, e.ContactId, CancellationToken.None).ConfigureAwait(false)).Count > 0)
                {
                    continue;
                }

                errors.Add(new("occurred_at", "collection.before-consent",
                    $"this contact's details were recorded before the person's first consent was captured; a provincial party captures consent before collecting an elector's data ({source}): record the details with the consent (an import row, or the contact written when the consent is given), or erase them."));
            }
        }

        // The electors' list reaches a party by law: names, addresses and dates of birth from it need no consent. A phone,
        // an e-mail or a field the catalog does not trace to the list was collected from someone.
        private static bool HoldsCollectedData(ContactRow contact, Targeting.DataCatalog catalog)
        {
            if (contact.Phone is not null || contact.Email is not null)
            {
                return true;
            }

            if (contact.Attributes is null)
            {
                return false;
            }

            using var attributes = System.Text.Json.JsonDocument.Parse(contact.Attributes);
            return attributes.RootElement.EnumerateObject().Any(a => a.Value.ValueKind != System.Text.Json.JsonValueKind.Null && catalog.Find(a.Name)?.Source != Targeting.DataSource.ElectoralList);
        }

        /// <summary>Adds a suppression in this same transaction (a STOP withdraws and suppresses at once).</summary>
        public Task AddSuppressionAsync(SuppressionRow row) => session.AddSuppressionAsync(row);

        /// <summary>Lifts a keyword suppression in this same transaction (START), after the opt-outs journaled before it.</summary>
        public Task<int> RemoveSuppressionAsync(string scope, string identifierHmac, string reason) => session.RemoveSuppressionAsync(scope, identifierHmac, reason);

        /// <summary>
        /// Commits, after applying the opt-outs journaled while this transaction ran (a long import included): they
        /// reach the ledger with the import instead of waiting for the next writer.
        /// </summary>
        public async Task CommitAsync()
        {
            using var activity = ConsentKitActivities.Source.StartActivity("consentkit.ledger.append");
            await ApplyJournaledOptOutsAsync().ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
            activity?.SetTag("consentkit.organisation", orgId);
            activity?.SetTag("consentkit.events", _appended);
            if (_appended > 0)
            {
                writer.Runtime.Metrics.Recorded(_appended);
                Log.Appended(writer.Runtime.LoggerFor("Ledger"), _appended, orgId, _head!.ChainSeq);
            }
        }

        public ValueTask DisposeAsync() => session.DisposeAsync();
    }

    public ConsentKitValidationException Refuse(IReadOnlyList<ValidationError> errors)
    {
        runtime.Metrics.Refused(errors.Count, errors[0].Rule);
        Log.Refused(runtime.LoggerFor("Ledger"), errors.Count, errors[0].Rule);
        return new ConsentKitValidationException(errors);
    }

    // A contact's new personal data is chained as its keyed hash on the contact's first event in this batch,
    // or on a contact_recorded event when the batch has none: an import row costs one event, not two.
    private static List<EventRow> WithContactRecords(string orgId, List<ContactRow> changed, List<EventRow> fresh, Instant now, ConsentKitEnvironment env, Dictionary<string, string> changedFields)
    {
        var pending = changed.ToDictionary(c => c.ContactId, c => c.PersonalHmac, StringComparer.Ordinal);
        foreach (var e in fresh)
        {
            if (pending.Remove(e.ContactId, out var hmac))
            {
                e.ContactHmac = hmac;
                e.ChangedFields = changedFields.GetValueOrDefault(e.ContactId);
            }
        }

        var rows = new List<EventRow>(pending.Count + fresh.Count);
        foreach (var contact in changed.Where(c => pending.ContainsKey(c.ContactId)))
        {
            rows.Add(new EventRow
            {
                OrgId = orgId,
                Kind = ContactRecordedKind,
                ContactId = contact.ContactId,
                OccurredAt = now.ToUnixTimeTicks(),
                FromDataSubject = true,
                Jurisdiction = env.Profile.Code.Name(),
                ContactHmac = contact.PersonalHmac,
                ChangedFields = changedFields.GetValueOrDefault(contact.ContactId),
            });
        }

        rows.AddRange(fresh);
        return rows;
    }

    // A retried event (same idempotency key) counts once; the same key reused for another fact is an error.
    // sources[i] is the row whose id answers event i: itself, an earlier row of this batch, or a stored row.
    private static async Task<List<EventRow>> SkipDuplicatesAsync(
        IStoreWriteSession session, string orgId, IReadOnlyList<EventRow> events, EventRow[] sources, bool[] duplicate, List<ValidationError> errors)
    {
        var keys = events.Where(e => e.IdempotencyKey is not null).Select(e => e.IdempotencyKey!).Distinct(StringComparer.Ordinal).ToList();
        var seen = keys.Count == 0
            ? new Dictionary<string, EventRow>(StringComparer.Ordinal)
            : (await session.FindByIdempotencyKeysAsync(orgId, keys).ConfigureAwait(false)).ToDictionary(e => e.IdempotencyKey!, StringComparer.Ordinal);

        var fresh = new List<EventRow>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.IdempotencyKey is { } key)
            {
                if (seen.TryGetValue(key, out var earlier))
                {
                    if (earlier.ContactId != e.ContactId || earlier.Purpose != e.Purpose || earlier.Channel != e.Channel || earlier.Kind != e.Kind)
                    {
                        errors.Add(new("idempotency_key", "idempotency_key.conflict", "idempotency_key was already used for a different event (contact, purpose, channel or kind differ)."));
                    }

                    sources[i] = earlier;
                    duplicate[i] = true;
                    continue;
                }

                seen[key] = e;
            }

            sources[i] = e;
            fresh.Add(e);
        }

        return fresh;
    }

    private static async Task CheckAgainstStoreAsync(
        IStoreWriteSession session, string orgId, List<EventRow> fresh, Dictionary<string, ContactRow> known, ConsentKitEnvironment env, List<ValidationError> errors)
    {
        var renewals = new List<(string, string, string)>();
        var grantedInBatch = new HashSet<(string, string, string)>();
        foreach (var e in fresh)
        {
            if (!known.TryGetValue(e.ContactId, out var contact))
            {
                errors.Add(new("contact_id", "contact_id.unknown", "contact_id names no contact of this organisation; record the contact first."));
                continue;
            }

            ConsentEventValidation.CheckAge(e, ContactValidation.ParseBirthDate(contact), env, errors);
            var key = (e.ContactId, e.Purpose!, e.Channel!);
            if (e.Kind == "renewed" && !grantedInBatch.Contains(key))
            {
                renewals.Add(key);
            }

            if (e.Kind is "granted" or "parental_granted")
            {
                grantedInBatch.Add(key);
            }
        }

        if (renewals.Count > 0)
        {
            var states = await session.GetStatesAsync(orgId, renewals).ConfigureAwait(false);
            if (states.Count(s => s.Status == "granted") < renewals.Distinct().Count())
            {
                errors.Add(new("kind", "kind.renewal-without-grant", "a renewal needs a grant in force for the same contact, purpose and channel; record a new grant instead."));
            }
        }
    }

    // Time, organisation and chain position: unique (a chain position is used once) and increasing within a batch,
    // so the event-id index grows at its end instead of splitting pages at random.
    private static string EventId(long recordedTicks, string orgTag, long chainSeq) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"evt_{recordedTicks:x15}{orgTag}{chainSeq:x10}");

    private static ChainHead Chain(List<EventRow> rows, ChainHead? head, string orgId, Instant now, LedgerHasher hasher)
    {
        var seq = head?.ChainSeq ?? 0;
        var prevHash = head?.Hash ?? LedgerHasher.Genesis;
        var prevId = head?.EventId;
        var recorded = now.ToUnixTimeTicks();
        var orgTag = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(orgId)).AsSpan(0, 4));
        foreach (var row in rows)
        {
            row.ChainSeq = ++seq;
            row.EventId = EventId(recorded, orgTag, row.ChainSeq);
            row.PrevEventId = prevId;
            row.PrevHash = prevHash;
            row.RecordedAt = recorded;
            row.PersonalHmac = hasher.DetailsHmac(row);
            row.Hash = LedgerHasher.ChainHash(row);
            prevHash = row.Hash;
            prevId = row.EventId;
        }

        return new ChainHead { OrgId = orgId, ChainSeq = seq, EventId = prevId!, Hash = prevHash };
    }
}
