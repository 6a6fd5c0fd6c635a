using System.Text.Json;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Propagation;

/// <summary>
/// The outbox events, built where a withdrawal, a suppression or an erasure is written, in its transaction (R12, R59).
/// Their bodies carry ids and codes only: the contact id the integrator shares with its processors, the purpose, the
/// channel; never a number, an address or a name (a processor looks those up by contact id in the CRM it serves).
/// </summary>
public static class Outbox
{
    /// <summary>The type of a withdrawal event.</summary>
    public const string Withdrawn = "consent.withdrawn";
    /// <summary>The type of a suppression event.</summary>
    public const string Suppressed = "identifier.suppressed";
    /// <summary>The type of an erasure event.</summary>
    public const string Erased = "contact.erased";

    /// <summary>The outbox event of a withdrawal event of the ledger.</summary>
    public static OutboxRow Withdrawal(EventRow e) => Row(e.OrgId, Withdrawn, e.OccurredAt, (w, id) =>
    {
        w.WriteString("organisationId", e.OrgId);
        w.WriteString("contactId", e.ContactId);
        w.WriteString("purpose", e.Purpose);
        w.WriteString("channel", e.Channel);
        w.WriteString("ledgerEventId", e.EventId);
    });

    /// <summary>The outbox event of a new suppression; it belongs to the suppression's scope (an organisation or <c>global</c>), and processors below it receive it.</summary>
    public static OutboxRow Suppression(SuppressionRow s) => Row(s.Scope, Suppressed, s.CreatedAt, (w, id) =>
    {
        w.WriteString("scope", s.Scope);
        w.WriteString("identifierKind", s.Kind);
        w.WriteString("reason", s.Reason);
    });

    /// <summary>The outbox event of an erasure record.</summary>
    public static OutboxRow Erasure(ErasureRow e) => Row(e.OrgId, Erased, e.ErasedAt, (w, id) =>
    {
        w.WriteString("organisationId", e.OrgId);
        w.WriteString("contactId", e.ContactId);
        w.WriteString("erasureId", e.ErasureId);
    });

    private static OutboxRow Row(string orgId, string type, long atTicks, Action<Utf8JsonWriter, string> fields)
    {
        var id = SortableId.New("evt-");
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("type", type);
            w.WriteString("occurredAt", InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(atTicks)));
            fields(w, id);
            w.WriteEndObject();
        }

        return new OutboxRow { EventId = id, OrgId = orgId, Kind = type, Payload = System.Text.Encoding.UTF8.GetString(buffer.ToArray()), CreatedAt = atTicks };
    }
}
