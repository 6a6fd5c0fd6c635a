using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using ConsentKit.Consent;

namespace ConsentKit.Storage;

/// <summary>
/// The keyed hashes that make every table a decision relies on tamper-evident (docs/architecture.md, "Tamper evidence";
/// R2, GDPR art. 32): one per row of contacts, consent_state, suppressions, sends, erasures and chain heads, and one per
/// row count (<c>row_counts</c>), so that an edited, forged or deleted row shows without the key. Both providers write
/// them through the shared session; the gate checks the contact's and the consent's when it reads them, <c>verify</c>
/// checks them all. The field order of each table is written here once.
/// <para>
/// A row's canonical form is the table's name, then each field as a type tag, a length and its UTF-8 bytes (or the number),
/// so that the gate's batch can hash the bytes SQLite hands it without making a string of them.
/// </para>
/// </summary>
public sealed class RowSeals
{
    private readonly LedgerHasher hasher;

    internal RowSeals(LedgerHasher hasher) => this.hasher = hasher;

    /// <summary>The contacts table.</summary>
    public const string Contacts = "contacts";
    /// <summary>The consent states table.</summary>
    public const string States = "consent_state";
    /// <summary>The suppressions table.</summary>
    public const string Suppressions = "suppressions";
    /// <summary>The sends table.</summary>
    public const string Sends = "sends";
    /// <summary>The erasures table.</summary>
    public const string Erasures = "erasures";
    /// <summary>The row counts table.</summary>
    public const string Counts = "row_counts";
    /// <summary>The chain heads table.</summary>
    public const string Heads = "chain_heads";

    /// <summary>The row count a suppression scope, an organisation's sends or its erasures are kept under.</summary>
    public static string CountName(string table, string key) => table + ":" + key;

    /// <summary>The seal of a contact row.</summary>
    public string Contact(ContactRow c) => Contact(c.OrgId, c.ContactId, c.PersonalHmac, c.BirthDate, c.TimeZone, c.Zones, c.PhoneHmac, c.EmailHmac, c.Attributes, c.ErasedAt);

    /// <summary>The seal of a contact row, from its sealed fields.</summary>
    public string Contact(string orgId, string contactId, string? personalHmac, string? birthDate, string? timeZone, string? zones, string? phoneHmac, string? emailHmac, string? attributes, long? erasedAt)
    {
        var f = Fields.Start(Contacts);
        f.Text(orgId).Text(contactId).Text(personalHmac).Text(birthDate).Text(timeZone).Text(zones).Text(phoneHmac).Text(emailHmac).Text(attributes).Number(erasedAt);
        return Hex(f);
    }

    /// <summary>The consent state an event sets, as the providers' upserts write it.</summary>
    public string State(EventRow e) => State(e.OrgId, e.ContactId, e.Purpose!, e.Channel!, e.StateStatus, e.Basis, e.OccurredAt, e.ExpiresAt, e.EventId, e.ChainSeq, e.Kind == "parental_granted", e.FromDataSubject, e.SendWindow);

    /// <summary>The seal of a consent state row.</summary>
    public string State(StateRow s) => State(s.OrgId, s.ContactId, s.Purpose, s.Channel, s.Status, s.Basis, s.Since, s.ExpiresAt, s.EventId, s.ChainSeq, s.Parental, s.FromDataSubject, s.SendWindow);

    /// <summary>The seal of a consent state row, from its fields.</summary>
    public string State(string orgId, string contactId, string purpose, string channel, string status, string? basis, long since, long? expiresAt, string eventId, long chainSeq, bool parental, bool fromDataSubject, string? sendWindow)
    {
        var f = Fields.Start(States);
        f.Text(orgId).Text(contactId).Text(purpose).Text(channel).Text(status).Text(basis).Number(since).Number(expiresAt).Text(eventId).Number(chainSeq).Number(parental ? 1 : 0).Number(fromDataSubject ? 1 : 0).Text(sendWindow);
        return Hex(f);
    }

    /// <summary>The seal of a suppression row.</summary>
    public string Suppression(SuppressionRow r)
    {
        var f = Fields.Start(Suppressions);
        f.Text(r.Scope).Text(r.IdentifierHmac).Text(r.Kind).Text(r.Reason).Number(r.CreatedAt);
        return Hex(f);
    }

    /// <summary>The seal of a send row.</summary>
    public string Send(SendRow r)
    {
        var f = Fields.Start(Sends);
        f.Text(r.OrgId).Number(r.RowNo).Text(r.ContactId).Text(r.Purpose).Text(r.Channel).Number(r.SentAt).Text(r.MessageId);
        return Hex(f);
    }

    /// <summary>The seal of an erasure row.</summary>
    public string Erasure(ErasureRow r)
    {
        var f = Fields.Start(Erasures);
        f.Text(r.OrgId).Number(r.RowNo).Text(r.ErasureId).Text(r.ContactId).Number(r.ErasedAt).Text(r.RequestedBy).Text(r.Counts).Text(r.Kept);
        return Hex(f);
    }

    /// <summary>The seal of a chain head.</summary>
    public string Head(ChainHead h)
    {
        var f = Fields.Start(Heads);
        f.Text(h.OrgId).Number(h.ChainSeq).Text(h.EventId).Text(h.Hash);
        return Hex(f);
    }

    /// <summary>The seal of a row count.</summary>
    public string Count(string name, long count)
    {
        var f = Fields.Start(Counts);
        f.Text(name).Number(count);
        return Hex(f);
    }

    /// <summary>Whether <paramref name="fields"/>, filled in the table's order, hash to the stored <paramref name="storedHex"/> (UTF-8 hex).</summary>
    internal bool Matches(Fields fields, ReadOnlySpan<byte> storedHex)
    {
        Span<byte> mac = stackalloc byte[16];
        hasher.RowMac(fields.Written, mac);
        Span<byte> hex = stackalloc byte[32];
        return Convert.TryToHexStringLower(mac, hex, out _) && storedHex.SequenceEqual(hex);
    }

    /// <summary>
    /// Packs what <see cref="Matches(byte[])"/> checks later, on another thread: for each row (the contact's, then the
    /// consent's when there is one) its canonical bytes' length (4 bytes), the bytes, and the stored hash (32 hex bytes).
    /// </summary>
    internal static void Pack(ArrayBufferWriter<byte> packed, Fields fields, ReadOnlySpan<byte> storedHex)
    {
        var written = fields.Written;
        var span = packed.GetSpan(4 + written.Length + 32);
        BinaryPrimitives.WriteInt32LittleEndian(span, written.Length);
        written.CopyTo(span[4..]);
        var mac = span.Slice(4 + written.Length, 32);
        mac.Clear();
        storedHex[..Math.Min(32, storedHex.Length)].CopyTo(mac);
        packed.Advance(4 + written.Length + 32);
    }

    /// <summary>Whether every row packed by <see cref="Pack"/> matches its stored hash.</summary>
    internal bool Matches(byte[] packed)
    {
        var rest = packed.AsSpan();
        Span<byte> mac = stackalloc byte[16];
        Span<byte> hex = stackalloc byte[32];
        while (rest.Length > 0)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(rest);
            hasher.RowMac(rest.Slice(4, length), mac);
            if (!Convert.TryToHexStringLower(mac, hex, out _) || !rest.Slice(4 + length, 32).SequenceEqual(hex))
            {
                return false;
            }

            rest = rest[(4 + length + 32)..];
        }

        return true;
    }

    /// <summary>A row's stored hash equals the one computed now; a missing hash never does.</summary>
    public static bool Matches(string? stored, string computed) => stored is not null && string.Equals(stored, computed, StringComparison.Ordinal);

    private string Hex(Fields fields)
    {
        Span<byte> mac = stackalloc byte[16];
        hasher.RowMac(fields.Written, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// A row's canonical bytes, built in one thread-local buffer: a tag per field (0 null, 1 text, 2 number), then the
    /// text's UTF-8 length and bytes or the number's 8 bytes, so that no two rows share a form.
    /// </summary>
    internal readonly struct Fields
    {
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        private readonly ArrayBufferWriter<byte> _buffer;

        private Fields(ArrayBufferWriter<byte> buffer) => _buffer = buffer;

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public static Fields Start(string table)
        {
            var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
            buffer.ResetWrittenCount();
            return new Fields(buffer).Text(table);
        }

        public Fields Text(string? value)
        {
            if (value is null)
            {
                return Null();
            }

            var length = Encoding.UTF8.GetByteCount(value);
            var span = _buffer.GetSpan(5 + length);
            span[0] = 1;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
            Encoding.UTF8.GetBytes(value, span[5..]);
            _buffer.Advance(5 + length);
            return this;
        }

        /// <summary>A text given as its UTF-8 bytes (as SQLite returns it); <paramref name="isNull"/> for SQL NULL.</summary>
        public Fields Utf8(ReadOnlySpan<byte> value, bool isNull)
        {
            if (isNull)
            {
                return Null();
            }

            var span = _buffer.GetSpan(5 + value.Length);
            span[0] = 1;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], value.Length);
            value.CopyTo(span[5..]);
            _buffer.Advance(5 + value.Length);
            return this;
        }

        public Fields Number(long? value)
        {
            if (value is not { } number)
            {
                return Null();
            }

            var span = _buffer.GetSpan(9);
            span[0] = 2;
            BinaryPrimitives.WriteInt64LittleEndian(span[1..], number);
            _buffer.Advance(9);
            return this;
        }

        private Fields Null()
        {
            _buffer.GetSpan(1)[0] = 0;
            _buffer.Advance(1);
            return this;
        }
    }
}
