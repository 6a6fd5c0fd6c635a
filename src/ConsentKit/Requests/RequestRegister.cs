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

internal sealed class RequestRegister(ConsentKitRuntime runtime, Explanations.IExplanations explanations) : IRequestRegister
{
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

    // One transaction per change: read, change and write under the write lock, so two clerks never lose each other's change.
    private async Task<DataSubjectRequest> ChangeAsync(string requestId, Func<RequestRow, JurisdictionProfile, Instant, string> change, CancellationToken cancellationToken)
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
