using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using ConsentKit.Storage;

namespace ConsentKit.Consent;

/// <summary>
/// The ledger's two hashes. The chain hash is SHA-256 over a canonical JSON serialization of an event's
/// non-personal fields plus the previous hash; personal and free-text data enters the chain only as an
/// HMAC-SHA256 under the store's key, so that erasing the data never breaks the chain (R2, R13).
/// </summary>
internal sealed class LedgerHasher : IDisposable
{
    // The key ring (docs/architecture.md, "Keys outside the store"): the first key hashes identifiers for the suppression
    // list, forever, since a suppression that outlives an erasure cannot be re-keyed without the number; the current key
    // hashes everything else, and a chained hash made under a key other than the first records that key's id.
    private readonly byte[][] _keys;
    private readonly int _current;
    private readonly ThreadLocal<IncrementalHash>[] _hmacs;

    public LedgerHasher(byte[] key)
        : this([key], 0)
    {
    }

    public LedgerHasher(IReadOnlyList<byte[]> keys, int current)
    {
        _keys = [.. keys];
        _current = current;
        _hmacs = [.. _keys.Select(k => new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, k), trackAllValues: true))];
    }

    /// <summary>A key's id: the first 8 hex digits of its SHA-256, recorded with the chained hashes it makes.</summary>
    public static string KeyId(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];

    /// <summary>The id of the key that hashes new rows and chained data.</summary>
    public string CurrentKeyId => KeyId(_keys[_current]);

    /// <summary>The previous-hash of the first event of every chain.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int FormatVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One buffer and writer per thread: hashing runs once per event on the write path, so it must not allocate.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // One-shot hashing creates an OpenSSL context per call, which cost more than the hashing itself on the import
    // path: each thread keeps its own reusable hash objects instead.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;


    public static string ChainHash(EventRow e) => Sha256Hex(Canonical(w =>
    {
        w.WriteNumber("v", FormatVersion);
        w.WriteString("org", e.OrgId);
        w.WriteString("id", e.EventId);
        w.WriteString("prevId", e.PrevEventId);
        w.WriteString("prev", e.PrevHash);
        w.WriteString("kind", e.Kind);
        w.WriteString("contact", e.ContactId);
        w.WriteString("purpose", e.Purpose);
        w.WriteString("channel", e.Channel);
        w.WriteString("basis", e.Basis);
        w.WriteNumber("occurred", e.OccurredAt);
        w.WriteNumber("recorded", e.RecordedAt);
        WriteNullableNumber(w, "expires", e.ExpiresAt);
        w.WriteString("source", e.Source);
        w.WriteString("noticeId", e.NoticeId);
        w.WriteString("noticeVersion", e.NoticeVersion);
        w.WriteString("noticeLanguage", e.NoticeLanguage);
        w.WriteString("noticeSha256", e.NoticeSha256);
        w.WriteBoolean("fromSubject", e.FromDataSubject);
        w.WriteString("thirdParty", e.ThirdParty);
        w.WriteString("thirdPartyCountry", e.ThirdPartyCountry);
        w.WriteString("jurisdiction", e.Jurisdiction);
        w.WriteString("idempotencyKey", e.IdempotencyKey);
        w.WriteString("personal", e.PersonalHmac);
        w.WriteString("contactPersonal", e.ContactHmac);

        // Added in schema 2: written only when present, so that events chained before keep their hashes.
        if (e.SendWindow is not null)
        {
            w.WriteString("sendWindow", e.SendWindow);
        }

        // Added in schema 9, likewise.
        if (e.Actor is not null)
        {
            w.WriteString("actor", e.Actor);
        }

        if (e.ChangedFields is not null)
        {
            w.WriteString("changed", e.ChangedFields);
        }

        // Added in schema 11, likewise.
        if (e.Attestation is not null)
        {
            w.WriteString("attestation", e.Attestation);
        }
    }));

    /// <summary>SHA-256 of <paramref name="data"/> as lower-case hex, without allocating a hash object.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data)
    {
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }

    public void Dispose()
    {
        foreach (var local in _hmacs)
        {
            foreach (var hmac in local.Values)
            {
                hmac.Dispose();
            }

            local.Dispose();
        }
    }

    /// <summary>Keyed hash of an event's erasable free-text proof, bound to the event id so it cannot be moved to another event.</summary>
    public string DetailsHmac(EventRow e) => Chained(_current, DetailsHmac(e, _current));

    /// <summary>Whether a stored details hash, made under whichever key of the ring it names, matches the event.</summary>
    public bool DetailsHmacMatches(EventRow e, string? stored) =>
        stored is not null && Parse(stored) is { } at && DetailsHmac(e, at.Key) == at.Hex;

    private string DetailsHmac(EventRow e, int keyIndex) => Hmac(keyIndex, w =>
    {
        w.WriteNumber("v", FormatVersion);
        w.WriteString("event", e.EventId);
        w.WriteString("sourceDetail", e.SourceDetail);
        w.WriteString("affirmativeAct", e.AffirmativeAct);
        w.WriteString("evidenceRef", e.EvidenceRef);
        w.WriteString("collectedBy", e.CollectedBy);
        w.WriteString("guardian", e.Guardian);
    });

    /// <summary>Keyed hash of a contact's personal data, bound to the organisation and contact id.</summary>
    public string ContactHmac(ContactRow c) => Chained(_current, ContactHmac(c, _current));

    /// <summary>Whether a stored contact hash, made under whichever key of the ring it names, matches the contact.</summary>
    public bool ContactHmacMatches(ContactRow c, string? stored) =>
        stored is not null && Parse(stored) is { } at && ContactHmac(c, at.Key) == at.Hex;

    private string ContactHmac(ContactRow c, int keyIndex) => Hmac(keyIndex, w =>
    {
        w.WriteNumber("v", FormatVersion);
        w.WriteString("org", c.OrgId);
        w.WriteString("contact", c.ContactId);
        w.WriteString("firstName", c.FirstName);
        w.WriteString("lastName", c.LastName);
        w.WriteString("phone", c.Phone);
        w.WriteString("email", c.Email);
        w.WriteString("language", c.Language);
        w.WriteString("postalCode", c.PostalCode);
        w.WriteString("birthDate", c.BirthDate);
        if (c.TimeZone is not null)
        {
            w.WriteString("timeZone", c.TimeZone);
        }

        // Added in schema 9: written only when present, so that contacts hashed before keep their hashes.
        if (c.Country is not null)
        {
            w.WriteString("country", c.Country);
        }
    });

    /// <summary>
    /// Keyed hash of a normalized phone or e-mail for the suppression list: the same value in every organisation of the store.
    /// E-mails are matched without case: a person who opted out as JOHN@example.org must not be written to as john@example.org.
    /// </summary>
    public string IdentifierHmac(string kind, string normalized) => Hmac(0, w =>
    {
        w.WriteNumber("v", FormatVersion);
        w.WriteString(kind, kind == "email" ? normalized.ToLowerInvariant() : normalized);
    });

    /// <summary>
    /// Keyed hash of one stored row of a table the gate relies on (<see cref="RowSeals"/>): the first 128 bits of
    /// HMAC-SHA256 over the row's canonical bytes, written into <paramref name="mac"/> (16 bytes).
    /// </summary>
    public void RowMac(ReadOnlySpan<byte> canonical, Span<byte> mac)
    {
        var hmac = _hmacs[_current].Value!;
        hmac.AppendData(canonical);
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        hash[..16].CopyTo(mac);
    }

    /// <summary>A short, non-reversible fingerprint of the key, stored so that a store is never opened with another key by mistake.</summary>
    public string KeyFingerprint() => Sha256Hex(_keys[0])[..16];

    // A chained hash under the ring's first key is bare hex, as before rings existed; under another key it is "kid:hex".
    private string Chained(int keyIndex, string hex) => keyIndex == 0 ? hex : KeyId(_keys[keyIndex]) + ":" + hex;

    private (int Key, string Hex)? Parse(string stored)
    {
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (0, stored);
        }

        var kid = stored[..colon];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (KeyId(_keys[i]) == kid)
            {
                return (i, stored[(colon + 1)..]);
            }
        }

        return null;
    }

    private string Hmac(int keyIndex, Action<Utf8JsonWriter> write)
    {
        var hmac = _hmacs[keyIndex].Value!;
        hmac.AppendData(Canonical(write));
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }

    private static ReadOnlySpan<byte> Canonical(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        writer.WriteStartObject();
        write(writer);
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
