using NodaTime;

namespace ConsentKit.Requests;

/// <summary>What a person asks for (R55-R59).</summary>
public enum RequestKind
{
    /// <summary>A copy of their data (GDPR 15; QC-PP s.27). Wire name <c>access</c>.</summary>
    Access,
    /// <summary>Correct their data (GDPR 16; QC-PP s.28). Wire name <c>rectification</c>.</summary>
    Rectification,
    /// <summary>Delete their data (GDPR 17; QC-PP s.28). Wire name <c>erasure</c>.</summary>
    Erasure,
    /// <summary>Their data in a portable format (GDPR 20; QC-PP s.27). Wire name <c>portability</c>.</summary>
    Portability,
    /// <summary>Object to a processing (GDPR 21). Wire name <c>objection</c>.</summary>
    Objection,
    /// <summary>Withdraw a consent (GDPR 7(3); QC-PP s.9.1). Wire name <c>withdrawal</c>.</summary>
    Withdrawal,
    /// <summary>A citizen reports a message (abuse, AI misuse, impersonation; R49). Wire name <c>report</c>.</summary>
    Report,
}

/// <summary>Whether the requester was shown to be the person (R55: proportionately, such as control of the number).</summary>
public enum IdentityVerification
{
    /// <summary>Not checked yet. Wire name <c>pending</c>.</summary>
    Pending,
    /// <summary>Checked. Wire name <c>verified</c>.</summary>
    Verified,
    /// <summary>Could not be checked. Wire name <c>failed</c>.</summary>
    Failed,
}

/// <summary>Where a request stands.</summary>
public enum RequestStatus
{
    /// <summary>Received; the clock runs. Wire name <c>received</c>.</summary>
    Received,
    /// <summary>Being handled; the clock runs. Wire name <c>in_progress</c>.</summary>
    InProgress,
    /// <summary>Answered. Wire name <c>answered</c>.</summary>
    Answered,
    /// <summary>Refused, with the reason told to the person. Wire name <c>refused</c>.</summary>
    Refused,
}

/// <summary>One change in a request's history.</summary>
/// <param name="At">When.</param>
/// <param name="Change">A stable code: <c>received</c>, <c>status:answered</c>, <c>identity:verified</c>, <c>extended</c>…</param>
public sealed record RequestChange(Instant At, string Change)
{
    /// <summary>Who made the change (<see cref="ConsentKitOptions.Actor"/>); null for changes recorded before actors were.</summary>
    public string? By { get; init; }
}

/// <summary>A request to add to the register.</summary>
public sealed record NewRequest
{
    /// <summary>What is asked.</summary>
    public required RequestKind Kind { get; init; }

    /// <summary>When it was received, on any channel: the clock starts here (R55).</summary>
    public required Instant ReceivedAt { get; init; }

    /// <summary>How it came: <c>sms</c>, <c>web</c>, <c>email</c>, <c>mail</c>, <c>phone</c> or <c>in_person</c>.</summary>
    public required string ReceivedVia { get; init; }

    /// <summary>The contact it concerns, once found (an opaque id, never a name or number).</summary>
    public string? ContactId { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }

    /// <summary>
    /// Whether the requester was already shown to be the person when the request arrived: a text from the person's own number
    /// shows control of it (R55). <see cref="IdentityVerification.Pending"/> by default.
    /// </summary>
    public IdentityVerification Identity { get; init; } = IdentityVerification.Pending;
}

/// <summary>A rights request in the register, with its deadline (R56).</summary>
/// <param name="Id">The request id.</param>
/// <param name="OrganisationId">The organisation that must answer.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="ContactId">The contact it concerns, when known.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="ReceivedVia">How it came.</param>
/// <param name="Identity">Whether the requester's identity was checked.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DueDate">The last day to answer, in the jurisdiction's calendar, extension included.</param>
/// <param name="DueAt">The end of that day: the request is overdue from this instant if still open.</param>
/// <param name="ExtensionReason">Why the deadline was extended (told to the person), when it was.</param>
/// <param name="Rule">The rule the deadline rests on.</param>
/// <param name="History">Every change, oldest first.</param>
/// <param name="Reference">For a report: the message id reported.</param>
public sealed record DataSubjectRequest(
    string Id, string OrganisationId, RequestKind Kind, string? ContactId, Instant ReceivedAt, string ReceivedVia, IdentityVerification Identity,
    RequestStatus Status, LocalDate DueDate, Instant DueAt, string? ExtensionReason, string Rule, IReadOnlyList<RequestChange> History, string? Reference = null)
{
    /// <summary>Whether the request is still open.</summary>
    public bool IsOpen => Status is RequestStatus.Received or RequestStatus.InProgress;

    /// <summary>
    /// When a law reportedly excludes this kind of request here (R60): the exclusion, its source and the note for the privacy
    /// officer. The request keeps its deadline all the same: ConsentKit never applies the exclusion on its own.
    /// </summary>
    public Jurisdictions.RightsExclusion? ReportedExclusion { get; init; }

    /// <summary>Whether it is open past its deadline at <paramref name="now"/>.</summary>
    public bool IsOverdue(Instant now) => IsOpen && now >= DueAt;

    /// <summary>
    /// The clock (R61): whole days, rounded up, from <paramref name="now"/> to the end of the last day to answer; negative
    /// once that end has passed (days overdue, rounded up).
    /// </summary>
    public int DaysLeft(Instant now)
    {
        var days = (DueAt - now).TotalDays;
        return days > 0 ? (int)Math.Ceiling(days) : -(int)Math.Ceiling(-days);
    }

    /// <summary>
    /// The request as JSON, the one shape the evidence bundle's <c>request.json</c> and the tool's <c>--json</c> write:
    /// <c>id, organisation, kind, contact, receivedAt, via, identity, status, dueDate, dueAt, overdue, daysLeft</c> (null once
    /// closed)<c>, extensionReason, rule, reference, reportedExclusion, history[{at, change, by}]</c>; instants in ISO 8601 UTC.
    /// </summary>
    public System.Text.Json.Nodes.JsonObject ToJson(Instant now)
    {
        static string Iso(Instant i) => NodaTime.Text.InstantPattern.ExtendedIso.Format(i);
        return new()
        {
            ["id"] = Id,
            ["organisation"] = OrganisationId,
            ["kind"] = Kind.Name(),
            ["contact"] = ContactId,
            ["receivedAt"] = Iso(ReceivedAt),
            ["via"] = ReceivedVia,
            ["identity"] = Identity.Name(),
            ["status"] = Status.Name(),
            ["dueDate"] = NodaTime.Text.LocalDatePattern.Iso.Format(DueDate),
            ["dueAt"] = Iso(DueAt),
            ["overdue"] = IsOverdue(now),
            ["daysLeft"] = IsOpen ? DaysLeft(now) : null,
            ["extensionReason"] = ExtensionReason,
            ["rule"] = Rule,
            ["reference"] = Reference,
            // R60: a right the law reportedly excludes here, honoured anyway; the privacy officer decides.
            ["reportedExclusion"] = ReportedExclusion is { } x ? new System.Text.Json.Nodes.JsonObject { ["source"] = x.Source, ["noteFr"] = x.NoteFr, ["noteEn"] = x.NoteEn } : null,
            // The request's own audit trail: every change with when and who (R61).
            ["history"] = new System.Text.Json.Nodes.JsonArray([.. History.Select(h => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject { ["at"] = Iso(h.At), ["change"] = h.Change, ["by"] = h.By })]),
        };
    }
}

/// <summary>The register of rights requests and their deadlines (R55, R56, R61).</summary>
public interface IRequestRegister
{
    /// <summary>Adds a request; its deadline is computed from the jurisdiction's rule.</summary>
    Task<DataSubjectRequest> AddAsync(NewRequest request, CancellationToken cancellationToken = default);

    /// <summary>Moves a request to <paramref name="status"/>.</summary>
    Task<DataSubjectRequest> SetStatusAsync(string requestId, RequestStatus status, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of the identity check.</summary>
    Task<DataSubjectRequest> SetIdentityAsync(string requestId, IdentityVerification identity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends an open request's deadline by <paramref name="extension"/> with the reason told to the person; only where the
    /// jurisdiction allows it (GDPR: up to two more months), and only before the first deadline passes.
    /// </summary>
    Task<DataSubjectRequest> ExtendAsync(string requestId, Period extension, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// A person reports a message (R49), by the code of its explanation link or by its message id: the report enters this
    /// register (kind <see cref="RequestKind.Report"/>, with the message as reference) and counts in the transparency register.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">No message has this code or id (<c>message.unknown</c>).</exception>
    Task<DataSubjectRequest> ReportMessageAsync(string codeOrMessageId, Instant receivedAt, string receivedVia, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A request made from a message, by the code of its explanation link or by its message id (the "ask for a copy of my
    /// data" button, R55): it concerns the message's contact, the message is its reference, and its deadline runs from
    /// <paramref name="receivedAt"/>. The identity stays to be checked: a link can be forwarded.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">No message has this code or id (<c>message.unknown</c>).</exception>
    Task<DataSubjectRequest> AddAboutMessageAsync(RequestKind kind, string codeOrMessageId, Instant receivedAt, string receivedVia, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>The organisation's requests, oldest first; only the open ones past their deadline when <paramref name="overdueOnly"/>.</summary>
    Task<IReadOnlyList<DataSubjectRequest>> ListAsync(bool overdueOnly = false, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>One request with its history (who did what, when).</summary>
    /// <exception cref="ConsentKitValidationException">No request has this id (<c>request.unknown</c>).</exception>
    Task<DataSubjectRequest> GetAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks the requester's identity proportionately (R55): a one-time code goes to the phone or e-mail address already on
    /// file for the request's contact, through the host's <see cref="IIdentityCodeSender"/>; never to an address the
    /// requester gives. Only a keyed hash of the code is kept, for a limited time. A new call replaces the previous code.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">
    /// The request is unknown or closed, has no contact, the contact has no address for <paramref name="channel"/>
    /// (<c>identity.no-address</c>), or no sender is registered (<c>identity.no-sender</c>).
    /// </exception>
    Task<DataSubjectRequest> SendIdentityCodeAsync(string requestId, Channel channel, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks the code the requester gives back. The right code in time records the identity as verified, with the method,
    /// in the history; a wrong one counts, and the fifth wrong one records the check as failed.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">
    /// No code is pending (<c>identity.no-code</c>), it expired (<c>identity.code-expired</c>) or it is wrong
    /// (<c>identity.code-wrong</c>, with the attempts left).
    /// </exception>
    Task<DataSubjectRequest> ConfirmIdentityCodeAsync(string requestId, string code, CancellationToken cancellationToken = default);
}

/// <summary>A one-time code to send to the address on file (R55).</summary>
/// <param name="RequestId">The request being verified.</param>
/// <param name="Channel"><see cref="Channel.Sms"/> or <see cref="Channel.Email"/>.</param>
/// <param name="To">The phone number (E.164) or e-mail address on file.</param>
/// <param name="Text">The message, in the person's language: the code, how long it lasts, and what to do if they asked nothing.</param>
public sealed record IdentityCodeMessage(string RequestId, Channel Channel, string To, string Text);

/// <summary>
/// Sends identity-check codes through the host's own SMS or e-mail provider (R55). Register one with the service
/// collection; ConsentKit sends nothing itself.
/// </summary>
public interface IIdentityCodeSender
{
    /// <summary>Delivers <paramref name="message"/> to its address.</summary>
    Task SendAsync(IdentityCodeMessage message, CancellationToken cancellationToken);
}

/// <summary>The wire names of the request vocabularies, as the CLI and JSON exports write them.</summary>
public static class RequestNames
{
    /// <summary>The wire name: <c>access</c>, <c>rectification</c>, <c>erasure</c>, <c>portability</c>, <c>objection</c>, <c>withdrawal</c>.</summary>
    public static string Name(this RequestKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The wire name: <c>pending</c>, <c>verified</c>, <c>failed</c>.</summary>
    public static string Name(this IdentityVerification identity) => identity.ToString().ToLowerInvariant();

    /// <summary>The wire name: <c>received</c>, <c>in_progress</c>, <c>answered</c>, <c>refused</c>.</summary>
    public static string Name(this RequestStatus status) => status == RequestStatus.InProgress ? "in_progress" : status.ToString().ToLowerInvariant();

    /// <summary>The request kind with wire name <paramref name="text"/>.</summary>
    public static bool TryParseKind(string? text, out RequestKind kind)
    {
        kind = Enum.GetValues<RequestKind>().FirstOrDefault(k => k.Name() == text);
        return text is not null && kind.Name() == text;
    }
}
