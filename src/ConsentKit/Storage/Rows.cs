namespace ConsentKit.Storage;

// Rows mirror the tables one to one; instants are Unix ticks (100 ns) so that the stored value,
// the hashed value and the value read back are the same number on every provider.

internal sealed class EventRow
{
    /// <summary>Not stored with the event: the keyed hash of the consent state it sets, bound by the providers' upserts.</summary>
    public string? StateMac { get; set; }

    /// <summary>Who wrote the event: the caller's actor (a user, a service, a tool), never a person contacted (chained).</summary>
    public string? Actor { get; set; }

    /// <summary>For a rectification: the contact fields the update changed, comma-separated names (chained).</summary>
    public string? ChangedFields { get; set; }

    public long Seq { get; set; }
    public string OrgId { get; set; } = "";
    public long ChainSeq { get; set; }

    // Only read when verifying: the position as stored, which tampering may have made fractional.
    public double ChainPosition { get; set; }
    public string EventId { get; set; } = "";
    public string? PrevEventId { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string? Purpose { get; set; }
    public string? Channel { get; set; }
    public string? Basis { get; set; }
    public long OccurredAt { get; set; }
    public long RecordedAt { get; set; }
    public long? ExpiresAt { get; set; }
    public string? Source { get; set; }
    public string? NoticeId { get; set; }
    public string? NoticeVersion { get; set; }
    public string? NoticeLanguage { get; set; }
    public string? NoticeSha256 { get; set; }
    public bool FromDataSubject { get; set; } = true;
    public string? ThirdParty { get; set; }
    public string? ThirdPartyCountry { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string? IdempotencyKey { get; set; }
    public string PersonalHmac { get; set; } = "";

    // Set when the event also records a new version of the contact's personal data: its keyed hash.
    public string? ContactHmac { get; set; }

    // The sending window the person chose, "HH:mm-HH:mm" in their own time zone (R24).
    public string? SendWindow { get; set; }

    // Outside the chain: erasable personal or free-text data, bound to the chain by PersonalHmac.
    public string? SourceDetail { get; set; }
    public string? AffirmativeAct { get; set; }
    public string? EvidenceRef { get; set; }
    public string? CollectedBy { get; set; }
    public string? Guardian { get; set; }

    // Set when the person was erased: the outside data above is gone and no longer checked against PersonalHmac.
    public long? ErasedAt { get; set; }
}

internal sealed class ContactRow
{
    public string? RowMac { get; set; }

    /// <summary>Not stored: the fields an update leaves as stored (columns absent from an imported file).</summary>
    public IReadOnlySet<string>? KeepFields { get; set; }

    /// <summary>Not stored: when set, the update's attributes replace only these names and the others are kept.</summary>
    public IReadOnlyList<string>? AttributeColumns { get; set; }

    public string OrgId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }
    public string? PostalCode { get; set; }
    public string? BirthDate { get; set; }
    public string PersonalHmac { get; set; } = "";
    public long UpdatedAt { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>Country of residence, ISO 3166-1 alpha-2 (as given, else the phone's, else the jurisdiction's).</summary>
    public string? Country { get; set; }

    // Derived on write, outside the keyed hash: the gate's zones and the identifiers' suppression hashes.
    public string? Zones { get; set; }
    public string? PhoneHmac { get; set; }
    public string? EmailHmac { get; set; }

    // The declared attributes as a JSON object; outside the keyed hash like the derived columns.
    public string? Attributes { get; set; }

    // Set when the contact was erased in part (a retention duty kept some fields).
    public long? ErasedAt { get; set; }
}

internal sealed class StateRow
{
    public string? RowMac { get; set; }

    public string OrgId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Basis { get; set; }
    public long Since { get; set; }
    public long? ExpiresAt { get; set; }
    public string EventId { get; set; } = "";
    public long ChainSeq { get; set; }
    public bool Parental { get; set; }
    public bool FromDataSubject { get; set; } = true;
    public string? SendWindow { get; set; }
}

internal sealed class ChainHead
{
    public string? RowMac { get; set; }

    public string OrgId { get; set; } = "";
    public long ChainSeq { get; set; }
    public string EventId { get; set; } = "";
    public string Hash { get; set; } = "";
}

internal sealed class OrganisationRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentId { get; set; }
    public long CreatedAt { get; set; }
}

internal sealed class SharingRow
{
    public string FromOrg { get; set; } = "";
    public string ToOrg { get; set; } = "";
    public string Purposes { get; set; } = "";
    public long DeclaredAt { get; set; }
}

/// <summary>What the gate needs about one contact for one purpose and channel, read in one query.</summary>
internal sealed class GateRow
{
    public string ContactId { get; set; } = "";
    public bool Exists { get; set; }
    public string? BirthDate { get; set; }
    public string? Zones { get; set; }
    public bool PhoneSuppressed { get; set; }
    public bool EmailSuppressed { get; set; }

    /// <summary>Read by single decisions only, to match opt-outs still in the journal.</summary>
    public string? PhoneHmac { get; set; }
    public string? EmailHmac { get; set; }
    public string? Status { get; set; }
    public string? Basis { get; set; }
    public long? ExpiresAt { get; set; }
    public bool FromDataSubject { get; set; } = true;
    public bool Parental { get; set; }
    public string? SendWindow { get; set; }

    /// <summary>True when the contact's or the consent's stored row fails its keyed hash: the gate blocks (R2, GDPR art. 32).</summary>
    public bool Tampered { get; set; }

    /// <summary>
    /// For a batch: the canonical bytes and stored hashes of the contact's and the consent's rows, checked by the deciding
    /// stage (<see cref="RowSeals.Matches(byte[])"/>) only for a row the other rules would allow; null when already checked.
    /// </summary>
    public byte[]? Seal { get; set; }
}

internal readonly record struct SendCount(int Count, long? Oldest);

internal sealed class SuppressionRow
{
    public string? RowMac { get; set; }

    public string Scope { get; set; } = "";
    public string IdentifierHmac { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Reason { get; set; } = "";
    public long CreatedAt { get; set; }
}

internal sealed class SendRow
{
    /// <summary>Only read when an upgrade seals the rows written before seals existed: the table's own key.</summary>
    public long Seq { get; set; }

    public long RowNo { get; set; }
    public string? RowMac { get; set; }

    public string OrgId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Channel { get; set; } = "";
    public long SentAt { get; set; }
    public string? MessageId { get; set; }
}

internal sealed class TargetingRegisterRow
{
    public string EntryId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public long RecordedAt { get; set; }
    public string? RequestedBy { get; set; }
    public string Purpose { get; set; } = "";
    public string Rules { get; set; } = "";
    public string Segment { get; set; } = "";
    public string SegmentSha256 { get; set; } = "";
    public string Sources { get; set; } = "";
    public long? Audience { get; set; }
    public bool Allowed { get; set; }
    public string Violations { get; set; } = "";
}

internal sealed class SendRecordRow
{
    public string OrgId { get; set; } = "";
    public string MessageId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string? Campaign { get; set; }
    public long SentAt { get; set; }
    public long RecordedAt { get; set; }
    public string? RegisterEntry { get; set; }
    public string? ConsentEventId { get; set; }
    public bool GateAllowed { get; set; }

    // The frozen facts the explanation is written from (Explanations.SendFacts as JSON), and the SHA-256 of the record as
    // submitted, which tells a retry (same hash) from a conflicting reuse of the message id.
    public string Facts { get; set; } = "";
    public string RecordSha256 { get; set; } = "";
    public string? Body { get; set; }
}

internal sealed class ExplanationLinkRow
{
    public string CodeSha256 { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string MessageId { get; set; } = "";
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
    public long? RevokedAt { get; set; }
}

internal sealed class RequestRow
{
    public string RequestId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? ContactId { get; set; }
    public long ReceivedAt { get; set; }
    public string ReceivedVia { get; set; } = "";
    public string Identity { get; set; } = "";
    public string Status { get; set; } = "";

    // An ISO-8601 period ("P2M") when the deadline was extended.
    public string? Extension { get; set; }
    public string? ExtensionReason { get; set; }
    public string DueDate { get; set; } = "";
    public long DueAt { get; set; }

    // [{"at":ticks,"change":"code"}], oldest first.
    public string History { get; set; } = "[]";

    // For a citizen report: the message id reported.
    public string? Reference { get; set; }
}

internal sealed class ErasureRow
{
    public long RowNo { get; set; }
    public string? RowMac { get; set; }

    public string ErasureId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public long ErasedAt { get; set; }
    public string? RequestedBy { get; set; }

    // {"events":N,"contacts":N,"sendBodies":N,"links":N,"suppressions":N}
    public string Counts { get; set; } = "{}";

    // {"fields":["first_name",…],"rule":"…"} or {} when nothing was kept.
    public string Kept { get; set; } = "{}";
}

/// <summary>What an erasure changed, counted inside its transaction.</summary>
internal readonly record struct ErasureCounts(int Events, int Contacts, int SendBodies, int Links);

internal sealed class IncidentRow
{
    /// <summary>Who recorded the incident (the actor).</summary>
    public string? RecordedBy { get; set; }

    public string IncidentId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public long RecordedAt { get; set; }
    public string Kind { get; set; } = "";
    public long OccurredFrom { get; set; }
    public long? OccurredTo { get; set; }
    public long AwareAt { get; set; }
    public string Circumstances { get; set; } = "";
    public string Categories { get; set; } = "[]";
    public long Persons { get; set; }
    public string Sensitivity { get; set; } = "";
    public string Likelihood { get; set; } = "";
    public bool SeriousInjury { get; set; }
    public long? AuthorityNotifiedAt { get; set; }
    public long? PersonsNotifiedAt { get; set; }
    public long? PublicNotifiedAt { get; set; }
    public string? Mitigation { get; set; }
    public long KeepUntil { get; set; }
}

/// <summary>
/// An opt-out accepted but not yet applied to the ledger (docs/architecture.md, "The opt-out journal"): the keyed hash
/// of the identifier, the scope it suppresses, and enough to replay it. No identifier in clear.
/// </summary>
internal sealed class OptOutRow
{
    public string EntryId { get; set; } = "";
    public string OrgId { get; set; } = "";

    /// <summary><c>stop</c> (withdraw every SMS consent of the number and suppress it) or <c>suppression</c>.</summary>
    public string Kind { get; set; } = "";
    public string Scope { get; set; } = "";
    public string IdentifierHmac { get; set; } = "";

    /// <summary><c>phone</c> or <c>email</c>.</summary>
    public string IdentifierKind { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>What carried the opt-out (an inbound reply, a provider's code), kept as the withdrawal's proof.</summary>
    public string? Detail { get; set; }
    public string? Evidence { get; set; }
    public string? Actor { get; set; }
    public long OccurredAt { get; set; }
    public long AcceptedAt { get; set; }
}

/// <summary>
/// Where erased bytes may still lie after an erasure committed: <see cref="Remains"/>, copies the store could not clear
/// yet (a reader's snapshot holding the write-ahead log); <see cref="OutOfReach"/>, copies no store can reach.
/// </summary>
internal sealed record ErasureCopies(IReadOnlyList<string> Remains, IReadOnlyList<string> OutOfReach);

/// <summary>A keyed row count (see <see cref="RowSeals"/>).</summary>
internal sealed class RowCountRow
{
    public string Name { get; set; } = "";
    public long Count { get; set; }
    public string RowMac { get; set; } = "";
}

/// <summary>An event owed to the organisation's processors (R12, R59): ids and codes only.</summary>
internal sealed class OutboxRow
{
    public long Seq { get; set; }
    public string EventId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public long CreatedAt { get; set; }
}

internal sealed class ProcessorRow
{
    public string OrgId { get; set; } = "";
    public string ProcessorId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    public long RegisteredAt { get; set; }
    public long CursorSeq { get; set; }
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public long? LastDeliveredAt { get; set; }
}

/// <summary>How many sends a contact had in a window, and the oldest of them (frequency caps over a batch).</summary>
internal sealed class ContactSendCountRow
{
    public string ContactId { get; set; } = "";
    public long Count { get; set; }
    public long Oldest { get; set; }
}

/// <summary>A contact and one purpose it holds a consent for.</summary>
internal sealed class ContactPurposeRow
{
    public string ContactId { get; set; } = "";
    public string Purpose { get; set; } = "";
}
