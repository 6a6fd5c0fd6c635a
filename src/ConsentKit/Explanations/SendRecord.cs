using ConsentKit.Gate;
using NodaTime;

namespace ConsentKit.Explanations;

/// <summary>Who sent a message and who answers for it (R51, R61).</summary>
/// <param name="Name">The sender as the person sees it, such as a candidate or a campaign.</param>
/// <param name="Organisation">The organisation responsible for the message (the controller).</param>
/// <param name="PrivacyOfficer">How to reach the person in charge of privacy: an e-mail address or an https URL.</param>
public sealed record SenderIdentity(string Name, string Organisation, string PrivacyOfficer);

/// <summary>An AI provider involved in a message, and the country where it processes data (R36, R45).</summary>
/// <param name="Name">The provider.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code, such as <c>US</c>.</param>
public sealed record AiProvider(string Name, string Country);

/// <summary>How AI took part in a message (R44, R45).</summary>
public sealed record AiInvolvement
{
    /// <summary>No AI took part.</summary>
    public static AiInvolvement None { get; } = new();

    /// <summary>Whether the text was drafted with AI.</summary>
    public bool Drafted { get; init; }

    /// <summary>The role or id of the person who reviewed an AI draft before it was sent; null when nobody did.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>Whether AI helped choose the people the message went to.</summary>
    public bool Targeting { get; init; }

    /// <summary>The AI providers involved.</summary>
    public IReadOnlyList<AiProvider> Providers { get; init; } = [];

    /// <summary>Other AI uses in the message, such as translation or a generated image, checked against the AI-use policy.</summary>
    public IReadOnlyList<AiUse.AiUseKind> OtherUses { get; init; } = [];

    /// <summary>Whether generated media in the message depict a real person: always refused (seeds 000-002; R47).</summary>
    public bool DepictsRealPerson { get; init; }
}

/// <summary>
/// One message sent, as a sending tool reports it (R50). The library resolves, at <see cref="SentAt"/>, the consent relied
/// on and the gate's decision, and freezes what explains the message.
/// </summary>
public sealed record SendRecord
{
    /// <summary>The sending tool's id of the message; unique per organisation. Recording it again is a no-op.</summary>
    public required string MessageId { get; init; }

    /// <summary>The contact the message went to.</summary>
    public required string ContactId { get; init; }

    /// <summary>The purpose of the message, from the purpose catalog.</summary>
    public required string Purpose { get; init; }

    /// <summary>The channel.</summary>
    public required Channel Channel { get; init; }

    /// <summary>The campaign, if any.</summary>
    public string? Campaign { get; init; }

    /// <summary>When the message was sent.</summary>
    public required Instant SentAt { get; init; }

    /// <summary>Who sent it and who answers for it.</summary>
    public required SenderIdentity Sender { get; init; }

    /// <summary>The targeting-register entry of the segment the message went to; null for a message not sent to a segment.</summary>
    public string? SegmentEntryId { get; init; }

    /// <summary>The catalog fields the message used, such as <c>first_name</c> (R37).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>How AI took part.</summary>
    public AiInvolvement Ai { get; init; } = AiInvolvement.None;

    /// <summary>The message text, kept only when <see cref="SendRecordOptions.KeepBody"/> is set.</summary>
    public string? Body { get; init; }

    /// <summary>The organisation; the default organisation when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>Options for recording sends.</summary>
public sealed class SendRecordOptions
{
    /// <summary>
    /// Record a send the gate would have blocked, marked as a violation for the privacy officer, instead of refusing it.
    /// </summary>
    public bool AllowBlocked { get; init; }

    /// <summary>Keep the message text with the record (off by default: the body is not needed to explain a message).</summary>
    public bool KeepBody { get; init; }
}

/// <summary>What happened to one send record.</summary>
public enum SendRecordStatus
{
    /// <summary>Recorded; the gate allowed the send.</summary>
    Recorded,
    /// <summary>Already recorded with the same facts: a retry.</summary>
    AlreadyRecorded,
    /// <summary>Recorded although the gate would have blocked it, marked as a violation (<see cref="SendRecordOptions.AllowBlocked"/>).</summary>
    RecordedAsViolation,
    /// <summary>Refused: the gate would have blocked this send.</summary>
    Blocked,
    /// <summary>Refused: the record breaks a rule; see the errors.</summary>
    Invalid,
}

/// <summary>The outcome of one send record.</summary>
/// <param name="Index">Its position in the batch, from 0.</param>
/// <param name="MessageId">Its message id.</param>
/// <param name="Status">What happened.</param>
/// <param name="Errors">For <see cref="SendRecordStatus.Invalid"/>: every broken rule, with its field.</param>
/// <param name="GateReasons">Why the gate would have blocked the send; empty when it allowed it.</param>
public sealed record SendRecordOutcome(int Index, string MessageId, SendRecordStatus Status, IReadOnlyList<ValidationError> Errors, IReadOnlyList<GateReason> GateReasons)
{
    /// <summary>Whether the record is stored (now or before).</summary>
    public bool Stored => Status is SendRecordStatus.Recorded or SendRecordStatus.AlreadyRecorded or SendRecordStatus.RecordedAsViolation;
}

/// <summary>Records what explains each message sent (R50, R67).</summary>
public interface ISendRecords
{
    /// <summary>Records one send.</summary>
    /// <exception cref="ConsentKitValidationException">The record breaks a rule (every error, with its field).</exception>
    /// <exception cref="ConsentKitException">Code <c>send.blocked</c>: the gate would have blocked it and blocked sends are not allowed.</exception>
    Task<SendRecordOutcome> RecordSendAsync(SendRecord record, SendRecordOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a batch in one transaction: valid, allowed records are stored; each other record gets its outcome and is
    /// not stored. Retrying the batch stores nothing twice.
    /// </summary>
    Task<IReadOnlyList<SendRecordOutcome>> RecordSendsAsync(IReadOnlyList<SendRecord> records, SendRecordOptions? options = null, CancellationToken cancellationToken = default);
}
