using System.Runtime.CompilerServices;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Gate;

internal sealed class SendGate(ConsentKitRuntime runtime) : ISendGate
{
    // Decisions may be asked for the past (audit) and the future (planning), within reason.
    private static readonly Instant Earliest = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Duration Horizon = Duration.FromDays(400);

    public async Task<GateDecision> CheckAsync(string contactId, string purpose, Channel channel, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.gate.check");
        var (policy, orgId, scopes) = await PrepareAsync(purpose, channel, at, organisationId, cancellationToken).ConfigureAwait(false);
        var decision = await DecideAsync(contactId, policy, orgId, scopes, cancellationToken).ConfigureAwait(false);
        ConsentKitActivities.Decision(activity, decision);
        return decision;
    }

    public async IAsyncEnumerable<GateDecision> CheckManyAsync(string purpose, Channel channel, Instant? at = null, IReadOnlyCollection<string>? segment = null, string? organisationId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.gate.batch");
        activity?.SetTag("consentkit.purpose", purpose);
        activity?.SetTag("consentkit.channel", channel.Name());
        var (policy, orgId, scopes) = await PrepareAsync(purpose, channel, at, organisationId, cancellationToken).ConfigureAwait(false);
        var store = runtime.Store;

        // Send counts are few compared with contacts: load them once, match in memory.
        var anySuppression = await store.AnySuppressionAsync(scopes, cancellationToken).ConfigureAwait(false);
        var sendCounts = new List<IReadOnlyDictionary<string, SendCount>>();
        foreach (var cap in policy.Caps)
        {
            sendCounts.Add(await store.CountSendsByContactAsync(orgId, channel.Name(), cap.Purpose, (policy.At - cap.Window).ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false));
        }

        var anySends = sendCounts.Any(d => d.Count > 0);
        var seen = segment is null ? null : new HashSet<string>(StringComparer.Ordinal);

        // Opt-outs still in the journal (accepted during a bulk write) count as suppressions: the few contacts they name
        // are looked up once, so the million-row stream stays as it is.
        var pending = await PendingOptOuts.ReadAsync(store, cancellationToken).ConfigureAwait(false);
        HashSet<string>? pendingPhone = null, pendingEmail = null;
        if (!pending.IsEmpty)
        {
            pendingPhone = [.. await store.FindContactIdsByIdentifierAsync(orgId, "phone", pending.Hmacs("phone", scopes), cancellationToken).ConfigureAwait(false)];
            pendingEmail = [.. await store.FindContactIdsByIdentifierAsync(orgId, "email", pending.Hmacs("email", scopes), cancellationToken).ConfigureAwait(false)];
        }
        long total = 0, allowed = 0;

        // Two stages on two cores: a worker reads rows from SQLite in blocks while this iterator decides and yields;
        // reading and deciding cost about the same per contact, so a 1M-contact batch takes about the time of one.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var blocks = System.Threading.Channels.Channel.CreateBounded<List<GateRow>>(new System.Threading.Channels.BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => ReadBlocksAsync(store.StreamGateRowsAsync(orgId, purpose, channel.Name(), scopes, segment, anySuppression, stop.Token), blocks.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var block in blocks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var row in block)
                {
                    seen?.Add(row.ContactId);
                    var sends = anySends ? CountsOf(row.ContactId, sendCounts) : [];
                    if (pendingPhone is not null)
                    {
                        row.PhoneSuppressed |= pendingPhone.Contains(row.ContactId);
                        row.EmailSuppressed |= pendingEmail!.Contains(row.ContactId);
                    }

                    var decision = new GateDecision(row.ContactId, purpose, channel, policy.At, GateRules.Evaluate(row, IsSuppressed(row, channel), sends, policy));

                    // The keyed hashes of the rows read (R2): checked here, in parallel with the reading stage, and only where
                    // the other rules would allow the message: a blocked row stays blocked whatever its hash says.
                    if (decision.Allowed && row.Seal is { } seal && !store.Seals!.Matches(seal))
                    {
                        row.Tampered = true;
                        decision = new GateDecision(row.ContactId, purpose, channel, policy.At, GateRules.Evaluate(row, IsSuppressed(row, channel), sends, policy));
                    }

                    total++;
                    allowed += decision.Allowed ? 1 : 0;
                    yield return decision;
                }
            }

            await reader.ConfigureAwait(false);
        }
        finally
        {
            // A caller that stops early cancels the reader; its cancellation is expected, not an error.
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }

        // A segment may name contacts the store does not have: each gets its UnknownContact decision.
        if (segment is not null)
        {
            foreach (var id in segment.Where(id => !seen!.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                total++;
                yield return new GateDecision(id, purpose, channel, policy.At, GateRules.Evaluate(new GateRow { ContactId = id }, false, [], policy));
            }
        }

        Log.BatchChecked(runtime.LoggerFor("Gate"), total, allowed);
        activity?.SetTag("consentkit.checked", total);
        activity?.SetTag("consentkit.allowed_count", allowed);
    }

    public async IAsyncEnumerable<GateDecision> ReserveManyAsync(IEnumerable<SendReservation> reservations, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservations);
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.gate.reserve-many");
        int total = 0, allowed = 0;
        // One transaction per item, as ReserveAsync: holding the lock for a whole batch would keep a STOP waiting behind it.
        foreach (var r in reservations)
        {
            ArgumentNullException.ThrowIfNull(r);
            var decision = await ReserveAsync(r.ContactId, r.Purpose, r.Channel, r.MessageId, r.OrganisationId, cancellationToken).ConfigureAwait(false);
            total++;
            allowed += decision.Allowed ? 1 : 0;
            yield return decision;
        }

        activity?.SetTag("consentkit.checked", total);
        activity?.SetTag("consentkit.allowed_count", allowed);
    }

    public async Task<GateDecision> ReserveAsync(string contactId, string purpose, Channel channel, string? messageId = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.gate.reserve");
        // Open the store first: opening may itself write, which must not wait on the lock this call is about to hold.
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);

        // Read after taking the write lock: no withdrawal or send can commit between this decision and the reservation.
        var now = runtime.Clock.GetCurrentInstant();
        var (policy, orgId, scopes) = await PrepareAsync(purpose, channel, now, organisationId, cancellationToken).ConfigureAwait(false);
        await session.HoldContactAsync(orgId, contactId, scopes).ConfigureAwait(false);
        var decision = await DecideAsync(contactId, policy, orgId, scopes, cancellationToken).ConfigureAwait(false);
        if (decision.Allowed)
        {
            await session.InsertSendAsync(new SendRow
            {
                OrgId = orgId,
                ContactId = contactId,
                Purpose = purpose,
                Channel = channel.Name(),
                SentAt = now.ToUnixTimeTicks(),
                MessageId = messageId,
            }).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        ConsentKitActivities.Decision(activity, decision);
        return decision;
    }

    /// <summary>
    /// The decision the gate would have given for a message already sent at <paramref name="sentAt"/> (R50): the consent as
    /// it stood then (a later STOP or renewal does not rewrite the past), suppressions already in force, and the sends
    /// before it, leaving out its own reservation. Also returns the consent event relied on.
    /// </summary>
    internal async Task<(GateDecision Decision, EventRow? Relied)> DecideSentAsync(string contactId, string purpose, Channel channel, Instant sentAt, string orgId, string messageId, CancellationToken cancellationToken)
    {
        var (policy, _, scopes) = await PrepareAsync(purpose, channel, sentAt, orgId, cancellationToken).ConfigureAwait(false);
        var store = runtime.Store;
        var row = await store.GetGateRowAsync(orgId, contactId, purpose, channel.Name(), scopes, cancellationToken).ConfigureAwait(false);
        var pending = await PendingOptOuts.ReadAsync(store, cancellationToken).ConfigureAwait(false);
        Overlay(row, pending, scopes);
        var sends = new List<SendCount>(policy.Caps.Count);
        EventRow? relied = null;
        var suppressed = false;
        if (row.Exists)
        {
            var events = await store.GetConsentEventsAsync(orgId, contactId, purpose, channel.Name(), cancellationToken).ConfigureAwait(false);
            relied = ConsentKit.Consent.ConsentFold.Latest(events, policy.At).FirstOrDefault();
            row.Status = relied?.StateStatus;
            row.Basis = relied?.Basis;
            row.ExpiresAt = relied?.ExpiresAt;
            row.FromDataSubject = relied?.FromDataSubject ?? true;
            row.Parental = relied?.Kind == "parental_granted";
            row.SendWindow = relied?.SendWindow;

            if (IsSuppressed(row, channel) && await store.FindContactAsync(orgId, "id", contactId, cancellationToken).ConfigureAwait(false) is { } contact)
            {
                // The identifiers the channel uses, as IsSuppressed reads them.
                var hmacs = (channel switch
                {
                    Channel.Sms or Channel.Voice => new[] { contact.PhoneHmac },
                    Channel.Email => [contact.EmailHmac],
                    _ => [contact.PhoneHmac, contact.EmailHmac],
                }).OfType<string>().ToArray();
                var since = await store.SuppressedSinceAsync(scopes, hmacs, cancellationToken).ConfigureAwait(false);
                var journaled = pending.Since(scopes, hmacs);
                since = since is null ? journaled : journaled is null ? since : Math.Min(since.Value, journaled.Value);
                suppressed = since is { } s && s <= policy.At.ToUnixTimeTicks();
            }

            foreach (var cap in policy.Caps)
            {
                sends.Add(await store.CountSendsAsync(orgId, contactId, channel.Name(), cap.Purpose, (policy.At - cap.Window).ToUnixTimeTicks(), cancellationToken,
                    untilTicks: policy.At.ToUnixTimeTicks(), excludeMessageId: messageId).ConfigureAwait(false));
            }
        }

        return (new GateDecision(contactId, purpose, channel, policy.At, GateRules.Evaluate(row, suppressed, sends, policy)), relied);
    }

    // Allocates only for the few contacts with recent sends: this runs once per contact of a batch.
    private static SendCount[] CountsOf(string contactId, List<IReadOnlyDictionary<string, SendCount>> sendCounts)
    {
        SendCount[]? counts = null;
        for (var i = 0; i < sendCounts.Count; i++)
        {
            if (sendCounts[i].TryGetValue(contactId, out var count))
            {
                (counts ??= new SendCount[sendCounts.Count])[i] = count;
            }
        }

        return counts ?? [];
    }

    private static async Task ReadBlocksAsync(IAsyncEnumerable<GateRow> rows, System.Threading.Channels.ChannelWriter<List<GateRow>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var block = new List<GateRow>(1024);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                block.Add(row);
                if (block.Count == 1024)
                {
                    await writer.WriteAsync(block, cancellationToken).ConfigureAwait(false);
                    block = new List<GateRow>(1024);
                }
            }

            if (block.Count > 0)
            {
                await writer.WriteAsync(block, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    // A journaled opt-out of the contact's phone or e-mail in one of its scopes suppresses like a stored one.
    private static void Overlay(GateRow row, PendingOptOuts pending, string[] scopes)
    {
        if (!pending.IsEmpty && row.Exists)
        {
            row.PhoneSuppressed |= row.PhoneHmac is { } phone && pending.Since(scopes, [phone]) is not null;
            row.EmailSuppressed |= row.EmailHmac is { } email && pending.Since(scopes, [email]) is not null;
        }
    }

    private static bool IsSuppressed(GateRow row, Channel channel) => channel switch
    {
        Channel.Sms or Channel.Voice => row.PhoneSuppressed,
        Channel.Email => row.EmailSuppressed,
        // An objection to mail or a visit is the person's, whichever identifier carried it (R11).
        _ => row.PhoneSuppressed || row.EmailSuppressed,
    };

    private async Task<GateDecision> DecideAsync(string contactId, GatePolicy policy, string orgId, string[] scopes, CancellationToken cancellationToken)
    {
        var store = runtime.Store;
        var channel = policy.Channel;
        var row = await store.GetGateRowAsync(orgId, contactId, policy.Purpose, channel.Name(), scopes, cancellationToken).ConfigureAwait(false);
        Overlay(row, await PendingOptOuts.ReadAsync(store, cancellationToken).ConfigureAwait(false), scopes);
        var suppressed = IsSuppressed(row, channel);
        var sends = new List<SendCount>(policy.Caps.Count);
        if (row.Exists)
        {
            foreach (var cap in policy.Caps)
            {
                sends.Add(await store.CountSendsAsync(orgId, contactId, channel.Name(), cap.Purpose, (policy.At - cap.Window).ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false));
            }
        }

        return new GateDecision(contactId, policy.Purpose, channel, policy.At, GateRules.Evaluate(row, suppressed, sends, policy));
    }

    private async Task<(GatePolicy Policy, string OrgId, string[] Scopes)> PrepareAsync(string purpose, Channel channel, Instant? at, string? organisationId, CancellationToken cancellationToken)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var instant = at ?? now;
        var errors = new List<ValidationError>();
        if (!env.Purposes.ContainsKey(purpose ?? string.Empty))
        {
            errors.Add(new("purpose", "purpose.unknown", $"purpose is not in the catalog; allowed: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (!Enum.IsDefined(channel))
        {
            errors.Add(new("channel", "channel.unknown", $"channel must be one of {Vocabulary.AllowedChannels}."));
        }

        if (instant < Earliest || instant > now + Horizon)
        {
            errors.Add(new("at", "at.out-of-range", "at must lie between 2000-01-01 and 400 days from now."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var orgId = runtime.Organisation(organisationId);
        var scopes = await runtime.ScopesAsync(orgId, cancellationToken).ConfigureAwait(false);
        return (new GatePolicy(env.Profile, runtime.Options.SendingHours ?? env.Profile.SendingHours, runtime.Options.Elections.ToList(), Caps(purpose!, channel), purpose!, channel, ConsentKit.Consent.ConsentEventValidation.Truncate(instant), runtime.Options.VoterContactRegistration), orgId, scopes);
    }

    // A configured cap for the channel (and this purpose, or all purposes) replaces the profile's default for that channel.
    private List<FrequencyCap> Caps(string purpose, Channel channel)
    {
        var configured = runtime.Options.FrequencyCaps.Where(c => c.Channel == channel && (c.Purpose is null || c.Purpose == purpose)).ToList();
        return configured.Count > 0 ? configured : [JurisdictionProfile.DefaultFrequencyCap(channel)];
    }
}
