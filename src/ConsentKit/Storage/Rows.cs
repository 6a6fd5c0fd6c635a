namespace ConsentKit.Storage;

// Rows mirror the tables one to one; instants are Unix ticks (100 ns) so that the stored value,
// the hashed value and the value read back are the same number on every provider.

/// <summary>
/// A ledger event (table <c>events</c>): the fields marked "chained" are hashed into the organisation's chain; the erasable
/// ones outside it are bound to it by <see cref="PersonalHmac"/>.
/// </summary>
public sealed class EventRow
{
    /// <summary>Not stored with the event: the keyed hash of the consent state it sets, bound by the providers' upserts.</summary>
    public string? StateMac { get; set; }

    /// <summary>Who wrote the event: the caller's actor (a user, a service, a tool), never a person contacted (chained).</summary>
    public string? Actor { get; set; }

    /// <summary>For a rectification: the contact fields the update changed, comma-separated names (chained).</summary>
    public string? ChangedFields { get; set; }

    /// <summary>The row's number in the events table, in insertion order across organisations.</summary>
    public long Seq { get; set; }
    /// <summary>The organisation whose chain holds the event (chained).</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The event's position in its organisation's chain, from 1 (chained).</summary>
    public long ChainSeq { get; set; }

    /// <summary>Only read when verifying: the position as stored, which tampering may have made fractional.</summary>
    public double ChainPosition { get; set; }
    /// <summary>The event's id, unique in the store (chained).</summary>
    public string EventId { get; set; } = "";
    /// <summary>The id of the event before it in the chain; null for the first (chained).</summary>
    public string? PrevEventId { get; set; }
    /// <summary>The hash of the event before it in the chain; the genesis value for the first (chained).</summary>
    public string PrevHash { get; set; } = "";
    /// <summary>The event's own hash over its chained fields and <see cref="PrevHash"/>.</summary>
    public string Hash { get; set; } = "";
    /// <summary>A consent kind (<c>granted</c>, <c>withdrawn</c>, <c>renewed</c>, <c>parental_granted</c>; see <see cref="Vocabulary"/>) or <c>contact_recorded</c> for a version of the contact's data (chained).</summary>
    public string Kind { get; set; } = "";
    /// <summary>The contact the event is about (chained).</summary>
    public string ContactId { get; set; } = "";
    /// <summary>The purpose of a consent event; null for an event about the contact alone (chained).</summary>
    public string? Purpose { get; set; }
    /// <summary>The channel of a consent event (<c>sms</c>, <c>email</c>, <c>voice</c>, <c>mail</c>, <c>door</c>); null otherwise (chained).</summary>
    public string? Channel { get; set; }
    /// <summary>The lawful basis the event records, as its wire name (<c>consent</c>, <c>explicit_consent</c>, <c>membership</c>, <c>legitimate_interest</c>) (chained).</summary>
    public string? Basis { get; set; }
    /// <summary>When it happened, in Unix ticks (chained).</summary>
    public long OccurredAt { get; set; }
    /// <summary>When the ledger recorded it, in Unix ticks (chained).</summary>
    public long RecordedAt { get; set; }
    /// <summary>When a grant lapses, in Unix ticks; null when it does not (chained).</summary>
    public long? ExpiresAt { get; set; }
    /// <summary>How the consent was captured, as its wire name (<c>web_form</c>, <c>canvass</c>, <c>import</c>, ...) (chained).</summary>
    public string? Source { get; set; }
    /// <summary>The privacy notice shown, by id (chained).</summary>
    public string? NoticeId { get; set; }
    /// <summary>The version of that notice (chained).</summary>
    public string? NoticeVersion { get; set; }
    /// <summary>The language the notice was shown in (chained).</summary>
    public string? NoticeLanguage { get; set; }
    /// <summary>The SHA-256 of the notice text as shown (chained).</summary>
    public string? NoticeSha256 { get; set; }
    /// <summary>Whether the person gave it themselves; false when a third party (a broker, a volunteer) did (chained).</summary>
    public bool FromDataSubject { get; set; } = true;
    /// <summary>The third party the data came from, when not from the person (chained).</summary>
    public string? ThirdParty { get; set; }
    /// <summary>That third party's country, ISO 3166-1 alpha-2 (chained).</summary>
    public string? ThirdPartyCountry { get; set; }
    /// <summary>The jurisdiction profile in force when it was recorded (chained).</summary>
    public string Jurisdiction { get; set; } = "";
    /// <summary>The caller's key that makes a retried write a no-op; null when none was given.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The keyed hash binding the erasable fields outside the chain to the event (chained).</summary>
    public string PersonalHmac { get; set; } = "";

    /// <summary>Set when the event also records a new version of the contact's personal data: its keyed hash (chained).</summary>
    public string? ContactHmac { get; set; }

    /// <summary>The sending window the person chose, <c>HH:mm-HH:mm</c> in their own time zone (R24) (chained).</summary>
    public string? SendWindow { get; set; }

    /// <summary>
    /// For a third-party grant, what its source attested (R8; schema 11), such as
    /// <c>prospection_announced=true;opt_out_offered=false</c>, or <c>none</c>; null otherwise and on events recorded
    /// before schema 11 (chained when present).
    /// </summary>
    public string? Attestation { get; set; }

    /// <summary>
    /// The status this event gives the consent state: <c>withdrawn</c>, <c>quarantined</c> (a grant from third-party data
    /// without a complete attestation, R8) or <c>granted</c>. Providers store it as the state's status.
    /// </summary>
    public string StateStatus => Kind == "withdrawn" ? "withdrawn" : Consent.ProvenanceAttestation.Quarantines(Attestation) ? "quarantined" : "granted";

    // Outside the chain: erasable personal or free-text data, bound to the chain by PersonalHmac.

    /// <summary>Details of the source (a form's address, an event's name); outside the chain, erasable.</summary>
    public string? SourceDetail { get; set; }

    /// <summary>The affirmative act that gave consent (a box ticked, a keyword texted); outside the chain, erasable.</summary>
    public string? AffirmativeAct { get; set; }

    /// <summary>Where the proof is kept (a document or recording reference); outside the chain, erasable.</summary>
    public string? EvidenceRef { get; set; }

    /// <summary>Who collected the consent (a volunteer, a tool); outside the chain, erasable.</summary>
    public string? CollectedBy { get; set; }

    /// <summary>The parent or guardian who consented for a minor (R20); outside the chain, erasable.</summary>
    public string? Guardian { get; set; }

    /// <summary>Set when the person was erased: the outside data above is gone and no longer checked against <see cref="PersonalHmac"/>.</summary>
    public long? ErasedAt { get; set; }
}

/// <summary>A contact (table <c>contacts</c>): its personal data, and columns derived from it on write.</summary>
public sealed class ContactRow
{
    /// <summary>The row's keyed hash (see <see cref="RowSeals.Contact(ContactRow)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>Not stored: the fields an update leaves as stored (columns absent from an imported file).</summary>
    public IReadOnlySet<string>? KeepFields { get; set; }

    /// <summary>Not stored: when set, the update's attributes replace only these names and the others are kept.</summary>
    public IReadOnlyList<string>? AttributeColumns { get; set; }

    /// <summary>The organisation that holds the contact.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The caller's id of the contact, unique within the organisation.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>Given name (personal data; erasable).</summary>
    public string? FirstName { get; set; }
    /// <summary>Family name (personal data; erasable).</summary>
    public string? LastName { get; set; }
    /// <summary>Phone number in E.164 (personal data; erasable).</summary>
    public string? Phone { get; set; }
    /// <summary>E-mail address (personal data; erasable).</summary>
    public string? Email { get; set; }
    /// <summary>Preferred language (<c>fr</c>, <c>en</c>).</summary>
    public string? Language { get; set; }
    /// <summary>Postal code (personal data; erasable).</summary>
    public string? PostalCode { get; set; }
    /// <summary>Birth date, ISO <c>yyyy-MM-dd</c>, for the minors rule (R20); null when unknown.</summary>
    public string? BirthDate { get; set; }
    /// <summary>The keyed hash of the personal fields, written to the ledger with each version of them.</summary>
    public string PersonalHmac { get; set; } = "";
    /// <summary>When the row last changed, in Unix ticks.</summary>
    public long UpdatedAt { get; set; }
    /// <summary>The contact's tzdb zone when declared (quiet hours are in the recipient's zone, R24).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Country of residence, ISO 3166-1 alpha-2 (as given, else the phone's, else the jurisdiction's).</summary>
    public string? Country { get; set; }

    // Derived on write, outside the keyed hash: the gate's zones and the identifiers' suppression hashes.

    /// <summary>The tzdb zones the contact may be in, comma-separated, derived from the zone, phone and postal code.</summary>
    public string? Zones { get; set; }

    /// <summary>The keyed hash of the phone, which suppressions are matched on.</summary>
    public string? PhoneHmac { get; set; }

    /// <summary>The keyed hash of the e-mail, which suppressions are matched on.</summary>
    public string? EmailHmac { get; set; }

    /// <summary>The declared attributes (the data catalogue's fields) as a JSON object.</summary>
    public string? Attributes { get; set; }

    /// <summary>Set when the contact was erased in part (a retention duty kept some fields), in Unix ticks.</summary>
    public long? ErasedAt { get; set; }
}

/// <summary>A contact's consent for one purpose and channel (table <c>consent_state</c>), as the last consent event set it.</summary>
public sealed class StateRow
{
    /// <summary>The row's keyed hash (see <see cref="RowSeals.State(StateRow)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The contact.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>The purpose the state is for.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>The channel the state is for.</summary>
    public string Channel { get; set; } = "";
    /// <summary><c>granted</c> or <c>withdrawn</c>, as the last consent event set it.</summary>
    public string Status { get; set; } = "";
    /// <summary>The lawful basis of the last grant.</summary>
    public string? Basis { get; set; }
    /// <summary>When the last consent event occurred, in Unix ticks.</summary>
    public long Since { get; set; }
    /// <summary>When the grant lapses, in Unix ticks; null when it does not.</summary>
    public long? ExpiresAt { get; set; }
    /// <summary>The ledger event that set this state.</summary>
    public string EventId { get; set; } = "";
    /// <summary>That event's position in the chain.</summary>
    public long ChainSeq { get; set; }
    /// <summary>Whether a parent or guardian gave the consent (R20).</summary>
    public bool Parental { get; set; }
    /// <summary>Whether the person gave it themselves.</summary>
    public bool FromDataSubject { get; set; } = true;
    /// <summary>The sending window the person chose, <c>HH:mm-HH:mm</c> in their zone (R24); null when none.</summary>
    public string? SendWindow { get; set; }
}

/// <summary>The last event of an organisation's chain (table <c>chain_heads</c>).</summary>
public sealed class ChainHead
{
    /// <summary>The row's keyed hash (see <see cref="RowSeals.Head(ChainHead)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>The organisation whose chain this is.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The last event's position.</summary>
    public long ChainSeq { get; set; }
    /// <summary>The last event's id.</summary>
    public string EventId { get; set; } = "";
    /// <summary>The last event's hash.</summary>
    public string Hash { get; set; } = "";
}

/// <summary>An organisation (table <c>organisations</c>): a party, or one of its associations.</summary>
public sealed class OrganisationRow
{
    /// <summary>The organisation's id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Its name, as shown in explanations.</summary>
    public string Name { get; set; } = "";
    /// <summary>The organisation it belongs to (a riding association's party); null for a root.</summary>
    public string? ParentId { get; set; }
    /// <summary>When it was registered, in Unix ticks.</summary>
    public long CreatedAt { get; set; }
}

/// <summary>A declared sharing of consents from one organisation to another (table <c>sharing</c>).</summary>
public sealed class SharingRow
{
    /// <summary>The organisation that shares.</summary>
    public string FromOrg { get; set; } = "";
    /// <summary>The organisation that may use the shared consents.</summary>
    public string ToOrg { get; set; } = "";
    /// <summary>The purposes shared, comma-separated.</summary>
    public string Purposes { get; set; } = "";
    /// <summary>When the sharing was declared, in Unix ticks.</summary>
    public long DeclaredAt { get; set; }
}

/// <summary>What the gate needs about one contact for one purpose and channel, read in one query.</summary>
public sealed class GateRow
{
    /// <summary>The contact.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>False when the store has no such contact (the other fields are then empty).</summary>
    public bool Exists { get; set; }
    /// <summary>Birth date, ISO <c>yyyy-MM-dd</c>; null when unknown.</summary>
    public string? BirthDate { get; set; }
    /// <summary>The recipient's tzdb zones, comma-separated, derived on write; null when unknown.</summary>
    public string? Zones { get; set; }
    /// <summary>Whether the contact's phone is suppressed in one of the scopes asked.</summary>
    public bool PhoneSuppressed { get; set; }
    /// <summary>Whether the contact's e-mail is suppressed in one of the scopes asked.</summary>
    public bool EmailSuppressed { get; set; }

    /// <summary>Read by single decisions only, to match opt-outs still in the journal.</summary>
    public string? PhoneHmac { get; set; }
    /// <summary>The keyed hash of the e-mail, for the same purpose as <see cref="PhoneHmac"/>.</summary>
    public string? EmailHmac { get; set; }
    /// <summary>The consent's status for the purpose and channel; null when none was ever recorded.</summary>
    public string? Status { get; set; }
    /// <summary>The consent's lawful basis.</summary>
    public string? Basis { get; set; }
    /// <summary>When the consent lapses, in Unix ticks; null when it does not.</summary>
    public long? ExpiresAt { get; set; }
    /// <summary>Whether the person gave the consent themselves.</summary>
    public bool FromDataSubject { get; set; } = true;
    /// <summary>Whether a parent or guardian gave it.</summary>
    public bool Parental { get; set; }
    /// <summary>The person's sending window, <c>HH:mm-HH:mm</c>; null when none.</summary>
    public string? SendWindow { get; set; }

    /// <summary>True when the contact's or the consent's stored row fails its keyed hash: the gate blocks (R2, GDPR art. 32).</summary>
    public bool Tampered { get; set; }

    /// <summary>
    /// For a batch: the canonical bytes and stored hashes of the contact's and the consent's rows, checked by the deciding
    /// stage (<see cref="RowSeals.Matches(byte[])"/>) only for a row the other rules would allow; null when already checked.
    /// </summary>
    public byte[]? Seal { get; set; }
}

/// <summary>How many sends a window holds, and when the oldest of them was (in Unix ticks; null when none).</summary>
/// <param name="Count">How many sends.</param>
/// <param name="Oldest">When the oldest was, in Unix ticks; null when none.</param>
public readonly record struct SendCount(int Count, long? Oldest);

/// <summary>A suppressed phone or e-mail (table <c>suppressions</c>), by keyed hash.</summary>
public sealed class SuppressionRow
{
    /// <summary>The row's keyed hash (see <see cref="RowSeals.Suppression(SuppressionRow)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>Where it applies: an organisation id, or <c>global</c> for every organisation of the store.</summary>
    public string Scope { get; set; } = "";
    /// <summary>The keyed hash of the phone or e-mail suppressed (never the identifier in clear).</summary>
    public string IdentifierHmac { get; set; } = "";
    /// <summary><c>phone</c> or <c>email</c>.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Why, as the caller's reason code (an inbound STOP, a provider's opt-out, an erasure, ...).</summary>
    public string Reason { get; set; } = "";
    /// <summary>When it took effect, in Unix ticks.</summary>
    public long CreatedAt { get; set; }
}

/// <summary>A reserved or recorded send (table <c>sends</c>): what frequency caps count.</summary>
public sealed class SendRow
{
    /// <summary>Only read when an upgrade seals the rows written before seals existed: the table's own key.</summary>
    public long Seq { get; set; }

    /// <summary>The send's number within its organisation, from 1, so that a deleted row shows.</summary>
    public long RowNo { get; set; }
    /// <summary>The row's keyed hash (see <see cref="RowSeals.Send(SendRow)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>The organisation that sent.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The recipient.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>The purpose of the message.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>The channel it went by.</summary>
    public string Channel { get; set; } = "";
    /// <summary>When it was reserved or sent, in Unix ticks (frequency caps count these).</summary>
    public long SentAt { get; set; }
    /// <summary>The caller's message id, when the send was reserved with one.</summary>
    public string? MessageId { get; set; }
}

/// <summary>An entry of the targeting register (table <c>targeting_register</c>): a segment checked, and the outcome.</summary>
public sealed class TargetingRegisterRow
{
    /// <summary>The entry's id.</summary>
    public string EntryId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>When the segment was checked, in Unix ticks.</summary>
    public long RecordedAt { get; set; }
    /// <summary>Who asked for the check (the actor).</summary>
    public string? RequestedBy { get; set; }
    /// <summary>The purpose the segment is for.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>The targeting rules applied, as JSON.</summary>
    public string Rules { get; set; } = "";
    /// <summary>The segment definition, as JSON.</summary>
    public string Segment { get; set; } = "";
    /// <summary>The SHA-256 of <see cref="Segment"/>.</summary>
    public string SegmentSha256 { get; set; } = "";
    /// <summary>The data sources the criteria read, as JSON.</summary>
    public string Sources { get; set; } = "";
    /// <summary>How many people the segment selected when counted; null when not counted.</summary>
    public long? Audience { get; set; }
    /// <summary>Whether the guard allowed the segment.</summary>
    public bool Allowed { get; set; }
    /// <summary>The guard's findings, as JSON.</summary>
    public string Violations { get; set; } = "";
}

/// <summary>A message sent (table <c>send_records</c>), with the facts its explanation is written from.</summary>
public sealed class SendRecordRow
{
    /// <summary>The organisation that sent.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The caller's message id, unique within the organisation.</summary>
    public string MessageId { get; set; } = "";
    /// <summary>The recipient.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>The channel.</summary>
    public string Channel { get; set; } = "";
    /// <summary>The purpose.</summary>
    public string Purpose { get; set; } = "";
    /// <summary>The campaign, when named.</summary>
    public string? Campaign { get; set; }
    /// <summary>When it was sent, in Unix ticks.</summary>
    public long SentAt { get; set; }
    /// <summary>When it was recorded, in Unix ticks.</summary>
    public long RecordedAt { get; set; }
    /// <summary>The targeting-register entry of the segment it went to, if any.</summary>
    public string? RegisterEntry { get; set; }
    /// <summary>The ledger event the send relied on.</summary>
    public string? ConsentEventId { get; set; }
    /// <summary>Whether the gate allowed the send.</summary>
    public bool GateAllowed { get; set; }

    // The frozen facts the explanation is written from (Explanations.SendFacts as JSON), and the SHA-256 of the record as
    // submitted, which tells a retry (same hash) from a conflicting reuse of the message id.
    /// <summary>The frozen facts the explanation is written from, as JSON.</summary>
    public string Facts { get; set; } = "";
    /// <summary>The SHA-256 of the record as submitted: the same on a retry, different on a conflicting reuse of the id.</summary>
    public string RecordSha256 { get; set; } = "";
    /// <summary>The message text, when kept (erasable).</summary>
    public string? Body { get; set; }
}

/// <summary>An explanation link (table <c>explanation_links</c>).</summary>
public sealed class ExplanationLinkRow
{
    /// <summary>The SHA-256 of the link's code (the code itself is never stored).</summary>
    public string CodeSha256 { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The message the link explains.</summary>
    public string MessageId { get; set; } = "";
    /// <summary>When it was made, in Unix ticks.</summary>
    public long CreatedAt { get; set; }
    /// <summary>When it stops working, in Unix ticks.</summary>
    public long ExpiresAt { get; set; }
    /// <summary>When it was revoked, in Unix ticks; null when not.</summary>
    public long? RevokedAt { get; set; }
}

/// <summary>A person's request (table <c>requests</c>) and its legal deadline.</summary>
public sealed class RequestRow
{
    /// <summary>The request's id.</summary>
    public string RequestId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The wire name of a <see cref="Requests.RequestKind"/> (<c>access</c>, <c>erasure</c>, ...).</summary>
    public string Kind { get; set; } = "";
    /// <summary>The contact, once identified.</summary>
    public string? ContactId { get; set; }
    /// <summary>When it was received, in Unix ticks: the legal clock starts there.</summary>
    public long ReceivedAt { get; set; }
    /// <summary>How it came (web form, SMS keyword, letter, ...), as the caller wrote it.</summary>
    public string ReceivedVia { get; set; } = "";
    /// <summary>The wire name of the <see cref="Requests.IdentityVerification"/> done.</summary>
    public string Identity { get; set; } = "";
    /// <summary>The wire name of its <see cref="Requests.RequestStatus"/> (<c>received</c>, <c>in_progress</c>, <c>answered</c>, <c>refused</c>).</summary>
    public string Status { get; set; } = "";

    // An ISO-8601 period ("P2M") when the deadline was extended.
    /// <summary>An ISO-8601 period (<c>P2M</c>) when the deadline was extended.</summary>
    public string? Extension { get; set; }
    /// <summary>Why it was extended.</summary>
    public string? ExtensionReason { get; set; }
    /// <summary>The legal deadline, ISO <c>yyyy-MM-dd</c>.</summary>
    public string DueDate { get; set; } = "";
    /// <summary>The deadline as an instant, in Unix ticks.</summary>
    public long DueAt { get; set; }

    // [{"at":ticks,"change":"code"}], oldest first.
    /// <summary>What happened to it, <c>[{"at":ticks,"change":"code"}]</c>, oldest first.</summary>
    public string History { get; set; } = "[]";

    // For a citizen report: the message id reported.
    /// <summary>For a citizen report: the message id reported.</summary>
    public string? Reference { get; set; }
}

/// <summary>The proof of an erasure (table <c>erasures</c>): counts only, no personal data.</summary>
public sealed class ErasureRow
{
    /// <summary>The erasure's number within its organisation, from 1.</summary>
    public long RowNo { get; set; }
    /// <summary>The row's keyed hash (see <see cref="RowSeals.Erasure(ErasureRow)"/>).</summary>
    public string? RowMac { get; set; }

    /// <summary>The erasure's id.</summary>
    public string ErasureId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The contact erased.</summary>
    public string ContactId { get; set; } = "";
    /// <summary>When, in Unix ticks.</summary>
    public long ErasedAt { get; set; }
    /// <summary>Who asked for it (the actor).</summary>
    public string? RequestedBy { get; set; }

    // {"events":N,"contacts":N,"sendBodies":N,"links":N,"suppressions":N}
    /// <summary>What was erased, <c>{"events":N,"contacts":N,"sendBodies":N,"links":N,"suppressions":N}</c>.</summary>
    public string Counts { get; set; } = "{}";

    // {"fields":["first_name",…],"rule":"…"} or {} when nothing was kept.
    /// <summary>What a retention duty kept, <c>{"fields":[...],"rule":"..."}</c>, or <c>{}</c>.</summary>
    public string Kept { get; set; } = "{}";
}

/// <summary>What an erasure changed, counted inside its transaction.</summary>
/// <param name="Events">Events whose outside data was erased.</param>
/// <param name="Contacts">Contact rows deleted or reduced.</param>
/// <param name="SendBodies">Message bodies removed.</param>
/// <param name="Links">Explanation links removed.</param>
public readonly record struct ErasureCounts(int Events, int Contacts, int SendBodies, int Links);

/// <summary>An entry of the incident register (table <c>incidents</c>).</summary>
public sealed class IncidentRow
{
    /// <summary>Who recorded the incident (the actor).</summary>
    public string? RecordedBy { get; set; }

    /// <summary>The platforms it was reported to (R64; schema 12): a JSON array of <c>ticks|platform</c> strings; null when none.</summary>
    public string? PlatformReports { get; set; }

    /// <summary>The incident's id.</summary>
    public string IncidentId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>When it was recorded, in Unix ticks.</summary>
    public long RecordedAt { get; set; }
    /// <summary>The kind of incident, as a code.</summary>
    public string Kind { get; set; } = "";
    /// <summary>When it began, in Unix ticks.</summary>
    public long OccurredFrom { get; set; }
    /// <summary>When it ended, in Unix ticks; null when ongoing or unknown.</summary>
    public long? OccurredTo { get; set; }
    /// <summary>When the organisation became aware of it, in Unix ticks (notification deadlines run from it).</summary>
    public long AwareAt { get; set; }
    /// <summary>What happened, in words (no personal data).</summary>
    public string Circumstances { get; set; } = "";
    /// <summary>The categories of personal data concerned, as a JSON array.</summary>
    public string Categories { get; set; } = "[]";
    /// <summary>How many people are concerned.</summary>
    public long Persons { get; set; }
    /// <summary>How sensitive the data is, as a code.</summary>
    public string Sensitivity { get; set; } = "";
    /// <summary>How likely injury is, as a code.</summary>
    public string Likelihood { get; set; } = "";
    /// <summary>Whether there is a risk of serious injury (Loi 25 art. 3.5) or high risk (GDPR art. 34).</summary>
    public bool SeriousInjury { get; set; }
    /// <summary>When the authority was notified, in Unix ticks.</summary>
    public long? AuthorityNotifiedAt { get; set; }
    /// <summary>When the people concerned were notified, in Unix ticks.</summary>
    public long? PersonsNotifiedAt { get; set; }
    /// <summary>When the public was told, in Unix ticks.</summary>
    public long? PublicNotifiedAt { get; set; }
    /// <summary>What was done to reduce the risk.</summary>
    public string? Mitigation { get; set; }
    /// <summary>Until when the entry is kept, in Unix ticks.</summary>
    public long KeepUntil { get; set; }
}

/// <summary>
/// An opt-out accepted but not yet applied to the ledger (docs/architecture.md, "The opt-out journal"): the keyed hash
/// of the identifier, the scope it suppresses, and enough to replay it. No identifier in clear.
/// </summary>
public sealed class OptOutRow
{
    /// <summary>The journal entry's id.</summary>
    public string EntryId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";

    /// <summary><c>stop</c> (withdraw every SMS consent of the number and suppress it) or <c>suppression</c>.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The suppression scope.</summary>
    public string Scope { get; set; } = "";
    /// <summary>The keyed hash of the phone or e-mail.</summary>
    public string IdentifierHmac { get; set; } = "";

    /// <summary><c>phone</c> or <c>email</c>.</summary>
    public string IdentifierKind { get; set; } = "";
    /// <summary>Why, as a suppression reason code.</summary>
    public string Reason { get; set; } = "";

    /// <summary>What carried the opt-out (an inbound reply, a provider's code), kept as the withdrawal's proof.</summary>
    public string? Detail { get; set; }
    /// <summary>A reference to the proof kept outside the store.</summary>
    public string? Evidence { get; set; }
    /// <summary>Who or what recorded it.</summary>
    public string? Actor { get; set; }
    /// <summary>When the person opted out, in Unix ticks.</summary>
    public long OccurredAt { get; set; }
    /// <summary>When the store accepted it, in Unix ticks.</summary>
    public long AcceptedAt { get; set; }
}

/// <summary>
/// Where erased bytes may still lie after an erasure committed: <see cref="Remains"/>, copies the store could not clear
/// yet (a reader's snapshot holding the write-ahead log); <see cref="OutOfReach"/>, copies no store can reach.
/// </summary>
/// <param name="Remains">Copies not cleared yet.</param>
/// <param name="OutOfReach">Copies no store can reach (backups, replicas).</param>
public sealed record ErasureCopies(IReadOnlyList<string> Remains, IReadOnlyList<string> OutOfReach);

/// <summary>A keyed row count (see <see cref="RowSeals"/>).</summary>
public sealed class RowCountRow
{
    /// <summary>What is counted: a table and its key (see <see cref="RowSeals.CountName"/>).</summary>
    public string Name { get; set; } = "";
    /// <summary>How many rows.</summary>
    public long Count { get; set; }
    /// <summary>The count's keyed hash (see <see cref="RowSeals.Count"/>).</summary>
    public string RowMac { get; set; } = "";
}

/// <summary>An event owed to the organisation's processors (R12, R59): ids and codes only.</summary>
public sealed class OutboxRow
{
    /// <summary>The event's number in the outbox, increasing.</summary>
    public long Seq { get; set; }
    /// <summary>The event's id, which processors use to drop repeats.</summary>
    public string EventId { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary><c>withdrawal</c>, <c>suppression</c> or <c>erasure</c>.</summary>
    public string Kind { get; set; } = "";
    /// <summary>What processors receive, as JSON (ids and codes).</summary>
    public string Payload { get; set; } = "{}";
    /// <summary>When it was written, in Unix ticks.</summary>
    public long CreatedAt { get; set; }
}

/// <summary>One action of the privacy officer (R61): ids and counts only, with who did it.</summary>
public sealed class DpoAuditRow
{
    /// <summary>The entry's id (sortable in the order entries were made).</summary>
    public string Id { get; set; } = "";
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>When, in Unix ticks.</summary>
    public long At { get; set; }
    /// <summary>What was done: a stable code such as <c>export:json</c> or <c>request:status:closed</c>.</summary>
    public string Action { get; set; } = "";
    /// <summary>The contact, request or incident id it was done to; null for a store-wide action (a purge).</summary>
    public string? Subject { get; set; }
    /// <summary>Who did it (<see cref="ConsentKitOptions.Actor"/>).</summary>
    public string Actor { get; set; } = "";
}

/// <summary>A processor the organisation propagates withdrawals, suppressions and erasures to, and its delivery cursor.</summary>
public sealed class ProcessorRow
{
    /// <summary>The organisation.</summary>
    public string OrgId { get; set; } = "";
    /// <summary>The processor's id.</summary>
    public string ProcessorId { get; set; } = "";
    /// <summary>Its name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Where its webhooks are posted.</summary>
    public string Url { get; set; } = "";
    /// <summary>The HMAC-SHA256 key its webhooks are signed with.</summary>
    public string Secret { get; set; } = "";
    /// <summary>When it was registered, in Unix ticks.</summary>
    public long RegisteredAt { get; set; }
    /// <summary>The last outbox event it acknowledged.</summary>
    public long CursorSeq { get; set; }
    /// <summary>Failed attempts since then.</summary>
    public int Attempts { get; set; }
    /// <summary>When the next attempt is due, in Unix ticks.</summary>
    public long NextAttemptAt { get; set; }
    /// <summary>The last failure, as a code (no personal data).</summary>
    public string? LastError { get; set; }
    /// <summary>When it last acknowledged an event, in Unix ticks.</summary>
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
