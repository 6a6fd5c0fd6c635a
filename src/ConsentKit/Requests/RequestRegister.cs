using System.Text.Json;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Requests;

/// <summary>Deadlines of rights requests (R56), in the jurisdiction's calendar.</summary>
internal static class RequestDeadlines
{
    /// <summary>
    /// The last day to answer and the instant it ends. The clock starts on the local day of receipt (R55); a month is a
    /// calendar month, and a day the month lacks ends at its last day (31 January + 1 month = 28 or 29 February), as in
    /// Regulation 1182/71 art. 3(2)(c). The deadline ends at local midnight after its last day, whatever the DST change.
    /// </summary>
    public static (LocalDate DueDate, Instant DueAt) Due(Instant receivedAt, RequestDeadline rule, Period? extension)
    {
        var zone = DateTimeZoneProviders.Tzdb[rule.TimeZone];
        var due = receivedAt.InZone(zone).Date.Plus(rule.Answer);
        if (extension is not null)
        {
            due = due.Plus(extension);
        }

        return (due, due.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }
}

internal sealed class RequestRegister(ConsentKitRuntime runtime, Explanations.IExplanations explanations, IEnumerable<IIdentityCodeSender> senders) : IRequestRegister
{
    // A code lives 30 minutes and allows 5 tries: 6 digits then resist guessing (5 in a million), and a person reading
    // the message later can still use it. Security settings, not legal defaults.
    private static readonly Duration CodeLifetime = Duration.FromMinutes(30);
    private const int CodeAttempts = 5;
    private const string CodeMeta = "identity_code:";

    private static readonly string[] Vias = ["sms", "web", "email", "mail", "phone", "in_person"];

    public Task<DataSubjectRequest> AddAsync(NewRequest request, CancellationToken cancellationToken = default) => AddAsync(request, null, cancellationToken);

    public Task<DataSubjectRequest> ReportMessageAsync(string codeOrMessageId, Instant receivedAt, string receivedVia, string? organisationId = null, CancellationToken cancellationToken = default) =>
        AddAboutMessageAsync(RequestKind.Report, codeOrMessageId, receivedAt, receivedVia, organisationId, cancellationToken);

    public async Task<DataSubjectRequest> AddAboutMessageAsync(RequestKind kind, string codeOrMessageId, Instant receivedAt, string receivedVia, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        var target = await explanations.ResolveLinkAsync(codeOrMessageId ?? "", cancellationToken).ConfigureAwait(false);
        var record = target is not null
            ? await runtime.Store.GetSendRecordAsync(target.OrganisationId, target.MessageId, cancellationToken).ConfigureAwait(false)
            : await runtime.Store.GetSendRecordAsync(orgId, codeOrMessageId ?? "", cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            throw new ConsentKitValidationException([new("message", "message.unknown", "no message has this explanation code or message id.")]);
        }

        return await AddAsync(new NewRequest { Kind = kind, ReceivedAt = receivedAt, ReceivedVia = receivedVia, ContactId = record.ContactId, OrganisationId = record.OrgId },
            record.MessageId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DataSubjectRequest> AddAsync(NewRequest request, string? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(request.Kind))
        {
            errors.Add(new("kind", "kind.unknown", $"kind must be one of {string.Join('|', Enum.GetValues<RequestKind>().Select(Name))}."));
        }

        if (!Vias.Contains(request.ReceivedVia))
        {
            errors.Add(new("received_via", "received_via.unknown", $"received_via must be one of {string.Join('|', Vias)}."));
        }

        if (request.ReceivedAt > now + runtime.Options.FutureTolerance)
        {
            errors.Add(new("received_at", "received_at.future", "received_at lies in the future: a request is registered after it arrives."));
        }

        var orgId = runtime.Organisation(request.OrganisationId);
        if (request.ContactId is { } contactId && await runtime.Store.FindContactAsync(orgId, "id", contactId, cancellationToken).ConfigureAwait(false) is null)
        {
            errors.Add(new("contact", "contact.unknown", "contact must be the id of a contact of this organisation (find it first with 'dpo find')."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var (dueDate, dueAt) = RequestDeadlines.Due(request.ReceivedAt, env.Profile.RequestDeadline, null);
        var row = new RequestRow
        {
            RequestId = SortableId.New("req-"),
            OrgId = orgId,
            Kind = Name(request.Kind),
            ContactId = request.ContactId,
            ReceivedAt = request.ReceivedAt.ToUnixTimeTicks(),
            ReceivedVia = request.ReceivedVia,
            Identity = Name(request.Identity),
            Status = Name(RequestStatus.Received),
            DueDate = LocalDatePattern.Iso.Format(dueDate),
            DueAt = dueAt.ToUnixTimeTicks(),
            History = JsonSerializer.Serialize(request.Identity == IdentityVerification.Pending
                ? [new RequestHistoryItem(request.ReceivedAt.ToUnixTimeTicks(), "received", runtime.Actor)]
                : [new RequestHistoryItem(request.ReceivedAt.ToUnixTimeTicks(), "received", runtime.Actor), new RequestHistoryItem(request.ReceivedAt.ToUnixTimeTicks(), "identity:" + Name(request.Identity), runtime.Actor)], StoredJson.Default.ListRequestHistoryItem),
            Reference = reference,
        };
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await session.UpsertRequestAsync(row).ConfigureAwait(false);
        await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "request:received:" + row.Kind, row.RequestId).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return ToRequest(row, env.Profile);
    }

    public Task<DataSubjectRequest> SetStatusAsync(string requestId, RequestStatus status, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, (row, _, _) =>
        {
            if (!Enum.IsDefined(status))
            {
                throw new ConsentKitValidationException([new("status", "status.unknown", "status must be received|in_progress|answered|refused.")]);
            }

            row.Status = Name(status);
            return "status:" + Name(status);
        }, cancellationToken);

    public Task<DataSubjectRequest> SetIdentityAsync(string requestId, IdentityVerification identity, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, (row, _, _) =>
        {
            if (!Enum.IsDefined(identity))
            {
                throw new ConsentKitValidationException([new("identity", "identity.unknown", "identity must be pending|verified|failed.")]);
            }

            row.Identity = Name(identity);
            return "identity:" + Name(identity);
        }, cancellationToken);

    public Task<DataSubjectRequest> ExtendAsync(string requestId, Period extension, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, (row, profile, now) =>
        {
            var rule = profile.RequestDeadline;
            var errors = new List<ValidationError>();
            if (rule.MaxExtension == Period.Zero)
            {
                errors.Add(new("extension", "extension.not-allowed", $"this jurisdiction allows no extension of the deadline ({rule.Source})."));
            }
            else if (extension is null || extension == Period.Zero || Longer(extension, rule.MaxExtension))
            {
                errors.Add(new("extension", "extension.too-long", $"the extension must be more than zero and at most {PeriodPattern.Roundtrip.Format(rule.MaxExtension)} ({rule.Source})."));
            }

            if (row.Extension is not null)
            {
                errors.Add(new("extension", "extension.already", "the deadline was already extended once."));
            }

            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
            {
                errors.Add(new("reason", "reason.required", "the reason told to the person is required (at most 500 characters; GDPR art. 12(3))."));
            }

            if (now >= Instant.FromUnixTimeTicks(row.DueAt) || row.Status is "answered" or "refused")
            {
                errors.Add(new("extension", "extension.too-late", "an extension must be decided and told to the person before the first deadline, on an open request."));
            }

            if (errors.Count > 0)
            {
                throw new ConsentKitValidationException(errors);
            }

            var (dueDate, dueAt) = RequestDeadlines.Due(Instant.FromUnixTimeTicks(row.ReceivedAt), rule, extension);
            row.Extension = PeriodPattern.Roundtrip.Format(extension!);
            row.ExtensionReason = reason;
            row.DueDate = LocalDatePattern.Iso.Format(dueDate);
            row.DueAt = dueAt.ToUnixTimeTicks();
            return "extended:" + row.Extension;
        }, cancellationToken);

    public async Task<IReadOnlyList<DataSubjectRequest>> ListAsync(bool overdueOnly = false, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var rows = await runtime.Store.GetRequestsAsync(runtime.Organisation(organisationId), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => ToRequest(r, env.Profile)).Where(r => !overdueOnly || r.IsOverdue(now))];
    }

    public async Task<DataSubjectRequest> GetAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);

        // Request ids are global and the store reads one only in a write session; it is left without committing.
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetRequestAsync(requestId ?? "").ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("request", "request.unknown", "no request has this id.")]);
        return ToRequest(row, env.Profile);
    }

    /// <summary>Records an action on the request in its history, with the actor (R61's audit trail), without changing it.</summary>
    internal Task<DataSubjectRequest> NoteAsync(string requestId, string change, CancellationToken cancellationToken) =>
        ChangeAsync(requestId, (_, _, _) => change, cancellationToken);

    public async Task<DataSubjectRequest> SendIdentityCodeAsync(string requestId, Channel channel, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var request = await GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        if (channel is not (Channel.Sms or Channel.Email))
        {
            errors.Add(new("channel", "channel.unsupported", "channel must be sms or email: the code goes to the phone or e-mail address on file."));
        }

        if (!request.IsOpen)
        {
            errors.Add(new("request", "request.closed", "the request is closed; identity is checked while it is open."));
        }

        var contact = request.ContactId is null ? null : await runtime.Store.FindContactAsync(request.OrganisationId, "id", request.ContactId, cancellationToken).ConfigureAwait(false);
        var to = channel == Channel.Email ? contact?.Email : contact?.Phone;
        if (request.ContactId is null)
        {
            errors.Add(new("contact", "contact.required", "attach the request to its contact first: the code goes only to an address already on file."));
        }
        else if (to is null && errors.Count == 0)
        {
            errors.Add(new("channel", "identity.no-address", $"the contact has no {channel.Name()} address on file; use the other channel or another proportionate check."));
        }

        var sender = senders.LastOrDefault();
        if (sender is null)
        {
            errors.Add(new("sender", "identity.no-sender", "no IIdentityCodeSender is registered: register one that sends through your SMS or e-mail provider."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var now = runtime.Clock.GetCurrentInstant();
        var pending = new System.Text.Json.Nodes.JsonObject
        {
            ["hmac"] = env.Hasher.IdentifierHmac("identity-code", request.Id + ":" + code),
            ["expiresAt"] = (now + CodeLifetime).ToUnixTimeTicks(),
            ["attempts"] = 0,
            ["channel"] = channel.Name(),
        };
        var updated = await ChangeAsync(request.Id, (_, _, _) => "identity:code-sent:" + channel.Name(), cancellationToken, session => session.SetMetaAsync(CodeMeta + request.Id, pending.ToJsonString())).ConfigureAwait(false);

        var french = !(contact!.Language ?? env.Profile.Language).StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var text = french
            ? $"Code de vérification de votre demande {request.Id} : {code}. Il est valide {CodeLifetime.TotalMinutes:0} minutes. Si vous n'avez rien demandé, ignorez ce message."
            : $"Verification code for your request {request.Id}: {code}. It is valid for {CodeLifetime.TotalMinutes:0} minutes. If you asked for nothing, ignore this message.";
        await sender!.SendAsync(new IdentityCodeMessage(request.Id, channel, to!, text), cancellationToken).ConfigureAwait(false);
        return updated;
    }

    public async Task<DataSubjectRequest> ConfirmIdentityCodeAsync(string requestId, string code, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var request = await GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (await runtime.Store.GetMetaAsync(CodeMeta + request.Id, cancellationToken).ConfigureAwait(false) is not { } json)
        {
            throw new ConsentKitValidationException([new("code", "identity.no-code", "no code is pending for this request; send one first.")]);
        }

        var pending = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        var now = runtime.Clock.GetCurrentInstant();
        var channel = (string)pending["channel"]!;
        if (now >= Instant.FromUnixTimeTicks((long)pending["expiresAt"]!))
        {
            await ChangeAsync(request.Id, (_, _, _) => "identity:code-expired", cancellationToken, session => session.DeleteMetaAsync(CodeMeta + request.Id)).ConfigureAwait(false);
            throw new ConsentKitValidationException([new("code", "identity.code-expired", "the code expired; send a new one.")]);
        }

        var given = (code ?? "").Trim();
        var expected = (string)pending["hmac"]!;
        if (System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(env.Hasher.IdentifierHmac("identity-code", request.Id + ":" + given)), System.Text.Encoding.ASCII.GetBytes(expected)))
        {
            return await ChangeAsync(request.Id, (row, _, _) =>
            {
                row.Identity = Name(IdentityVerification.Verified);
                return "identity:verified:code-to-" + channel;
            }, cancellationToken, session => session.DeleteMetaAsync(CodeMeta + request.Id)).ConfigureAwait(false);
        }

        var attempts = (int)pending["attempts"]! + 1;
        if (attempts >= CodeAttempts)
        {
            await ChangeAsync(request.Id, (row, _, _) =>
            {
                row.Identity = Name(IdentityVerification.Failed);
                return "identity:failed:code-to-" + channel;
            }, cancellationToken, session => session.DeleteMetaAsync(CodeMeta + request.Id)).ConfigureAwait(false);
            throw new ConsentKitValidationException([new("code", "identity.code-wrong", "the code is wrong; no attempt is left, and the check is recorded as failed.")]);
        }

        pending["attempts"] = attempts;
        await ChangeAsync(request.Id, (_, _, _) => "identity:code-wrong", cancellationToken, session => session.SetMetaAsync(CodeMeta + request.Id, pending.ToJsonString())).ConfigureAwait(false);
        throw new ConsentKitValidationException([new("code", "identity.code-wrong", $"the code is wrong; {CodeAttempts - attempts} attempts left.")]);
    }

    // One transaction per change: read, change and write under the write lock, so two clerks never lose each other's change.
    private async Task<DataSubjectRequest> ChangeAsync(string requestId, Func<RequestRow, JurisdictionProfile, Instant, string> change, CancellationToken cancellationToken, Func<IStoreWriteSession, Task>? alongside = null)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetRequestAsync(requestId ?? "").ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("request", "request.unknown", "no request has this id.")]);
        var now = runtime.Clock.GetCurrentInstant();
        var code = change(row, env.Profile, now);
        var history = JsonSerializer.Deserialize(row.History, StoredJson.Default.ListRequestHistoryItem) ?? [];
        history.Add(new RequestHistoryItem(now.ToUnixTimeTicks(), code, runtime.Actor));
        row.History = JsonSerializer.Serialize(history, StoredJson.Default.ListRequestHistoryItem);
        await session.UpsertRequestAsync(row).ConfigureAwait(false);
        await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "request:" + code, row.RequestId).ConfigureAwait(false);
        if (alongside is not null)
        {
            await alongside(session).ConfigureAwait(false);
        }

        await session.CommitAsync().ConfigureAwait(false);
        return ToRequest(row, env.Profile);
    }

    // Compared on a fixed date: "two months" and "60 days" differ by month.
    private static bool Longer(Period a, Period b)
    {
        var start = new LocalDate(2026, 1, 31);
        return start.Plus(a) > start.Plus(b);
    }

    private static DataSubjectRequest ToRequest(RequestRow r, JurisdictionProfile profile)
    {
        var request = new DataSubjectRequest(
            r.RequestId, r.OrgId, Enum.GetValues<RequestKind>().First(k => Name(k) == r.Kind), r.ContactId, Instant.FromUnixTimeTicks(r.ReceivedAt), r.ReceivedVia,
            Enum.GetValues<IdentityVerification>().First(k => Name(k) == r.Identity), Enum.GetValues<RequestStatus>().First(k => Name(k) == r.Status),
            LocalDatePattern.Iso.Parse(r.DueDate).Value, Instant.FromUnixTimeTicks(r.DueAt), r.ExtensionReason, profile.RequestDeadline.Source,
            [.. (JsonSerializer.Deserialize(r.History, StoredJson.Default.ListRequestHistoryItem) ?? []).Select(h => new RequestChange(Instant.FromUnixTimeTicks(h.At), h.Change) { By = h.By })], r.Reference);
        return profile.ReportedRightsExclusion is { } exclusion && exclusion.Rights.Contains(request.Kind) ? request with { ReportedExclusion = exclusion } : request;
    }

    private static string Name(RequestKind kind) => kind.Name();

    private static string Name(IdentityVerification identity) => identity.Name();

    private static string Name(RequestStatus status) => status.Name();

    // "By" is the actor (ConsentKitOptions.Actor) of the change; absent from history written before issue 16.
}

/// <summary>One change in a request's stored history (<c>requests.history</c>: <c>[{"At":ticks,"Change":"code","By":"actor"}]</c>).</summary>
internal sealed record RequestHistoryItem(long At, string Change, string? By = null);
