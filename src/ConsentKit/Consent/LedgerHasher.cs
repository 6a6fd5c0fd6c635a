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
internal sealed class LedgerHasher(byte[] key)
{
    /// <summary>The previous-hash of the first event of every chain.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int FormatVersion = 1;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string ChainHash(EventRow e) => Convert.ToHexStringLower(SHA256.HashData(Canonical(w =>
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
    })));

    /// <summary>Keyed hash of an event's erasable free-text proof, bound to the event id so it cannot be moved to another event.</summary>
    public string DetailsHmac(EventRow e) => Hmac(w =>
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
    public string ContactHmac(ContactRow c) => Hmac(w =>
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
    });

    /// <summary>A short, non-reversible fingerprint of the key, stored so that a store is never opened with another key by mistake.</summary>
    public string KeyFingerprint() => Convert.ToHexStringLower(SHA256.HashData(key))[..16];

    private string Hmac(Action<Utf8JsonWriter> write) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(write)));

    private static ReadOnlySpan<byte> Canonical(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

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
