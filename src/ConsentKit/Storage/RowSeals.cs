using System.Text.Json;
using ConsentKit.Consent;

namespace ConsentKit.Storage;

/// <summary>
/// The keyed hashes that make every table a decision relies on tamper-evident (docs/architecture.md, "Tamper evidence";
/// R2, GDPR art. 32): one per row of contacts, consent_state, suppressions, sends and erasures, and one per row count
/// (<c>row_counts</c>), so that an edited, forged or deleted row shows without the key. Both providers write them through
/// the shared session; the gate checks the contact's and the consent's when it reads them, <c>verify</c> checks them all.
/// The field order of each table is written here once.
/// </summary>
internal sealed class RowSeals(LedgerHasher hasher)
{
    public const string Contacts = "contacts";
    public const string States = "consent_state";
    public const string Suppressions = "suppressions";
    public const string Sends = "sends";
    public const string Erasures = "erasures";
    public const string Counts = "row_counts";
    public const string Heads = "chain_heads";

    /// <summary>The row count a suppression scope, an organisation's sends or its erasures are kept under.</summary>
    public static string CountName(string table, string key) => table + ":" + key;

    public string Contact(ContactRow c) => Contact(c.OrgId, c.ContactId, c.PersonalHmac, c.BirthDate, c.TimeZone, c.Zones, c.PhoneHmac, c.EmailHmac, c.Attributes, c.ErasedAt);

    public string Contact(string orgId, string contactId, string? personalHmac, string? birthDate, string? timeZone, string? zones, string? phoneHmac, string? emailHmac, string? attributes, long? erasedAt) =>
        hasher.RowMac(Contacts, w =>
        {
            w.WriteString("org", orgId);
            w.WriteString("contact", contactId);
            w.WriteString("personal", personalHmac);
            w.WriteString("birthDate", birthDate);
            w.WriteString("timeZone", timeZone);
            w.WriteString("zones", zones);
            w.WriteString("phone", phoneHmac);
            w.WriteString("email", emailHmac);
            w.WriteString("attributes", attributes);
            Number(w, "erased", erasedAt);
        });

    /// <summary>The consent state an event sets, as the providers' upserts write it.</summary>
    public string State(EventRow e) => State(e.OrgId, e.ContactId, e.Purpose!, e.Channel!, e.Kind == "withdrawn" ? "withdrawn" : "granted", e.Basis, e.OccurredAt, e.ExpiresAt, e.EventId, e.ChainSeq, e.Kind == "parental_granted", e.FromDataSubject, e.SendWindow);

    public string State(StateRow s) => State(s.OrgId, s.ContactId, s.Purpose, s.Channel, s.Status, s.Basis, s.Since, s.ExpiresAt, s.EventId, s.ChainSeq, s.Parental, s.FromDataSubject, s.SendWindow);

    public string State(string orgId, string contactId, string purpose, string channel, string status, string? basis, long since, long? expiresAt, string eventId, long chainSeq, bool parental, bool fromDataSubject, string? sendWindow) =>
        hasher.RowMac(States, w =>
        {
            w.WriteString("org", orgId);
            w.WriteString("contact", contactId);
            w.WriteString("purpose", purpose);
            w.WriteString("channel", channel);
            w.WriteString("status", status);
            w.WriteString("basis", basis);
            w.WriteNumber("since", since);
            Number(w, "expires", expiresAt);
            w.WriteString("event", eventId);
            w.WriteNumber("chainSeq", chainSeq);
            w.WriteBoolean("parental", parental);
            w.WriteBoolean("fromSubject", fromDataSubject);
            w.WriteString("window", sendWindow);
        });

    public string Suppression(SuppressionRow r) => hasher.RowMac(Suppressions, w =>
    {
        w.WriteString("scope", r.Scope);
        w.WriteString("identifier", r.IdentifierHmac);
        w.WriteString("kind", r.Kind);
        w.WriteString("reason", r.Reason);
        w.WriteNumber("created", r.CreatedAt);
    });

    public string Send(SendRow r) => hasher.RowMac(Sends, w =>
    {
        w.WriteString("org", r.OrgId);
        w.WriteNumber("rowNo", r.RowNo);
        w.WriteString("contact", r.ContactId);
        w.WriteString("purpose", r.Purpose);
        w.WriteString("channel", r.Channel);
        w.WriteNumber("sentAt", r.SentAt);
        w.WriteString("message", r.MessageId);
    });

    public string Erasure(ErasureRow r) => hasher.RowMac(Erasures, w =>
    {
        w.WriteString("org", r.OrgId);
        w.WriteNumber("rowNo", r.RowNo);
        w.WriteString("id", r.ErasureId);
        w.WriteString("contact", r.ContactId);
        w.WriteNumber("erasedAt", r.ErasedAt);
        w.WriteString("requestedBy", r.RequestedBy);
        w.WriteString("counts", r.Counts);
        w.WriteString("kept", r.Kept);
    });

    public string Head(ChainHead h) => hasher.RowMac(Heads, w =>
    {
        w.WriteString("org", h.OrgId);
        w.WriteNumber("chainSeq", h.ChainSeq);
        w.WriteString("event", h.EventId);
        w.WriteString("hash", h.Hash);
    });

    public string Count(string name, long count) => hasher.RowMac(Counts, w =>
    {
        w.WriteString("name", name);
        w.WriteNumber("count", count);
    });

    /// <summary>A row's stored hash equals the one computed now; a missing hash never does.</summary>
    public static bool Matches(string? stored, string computed) => stored is not null && string.Equals(stored, computed, StringComparison.Ordinal);

    private static void Number(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
