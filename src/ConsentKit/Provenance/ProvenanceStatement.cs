using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Provenance;

/// <summary>
/// A signed declaration of where a piece of content comes from (R46): the content's SHA-256, the organisation, whether AI
/// drafted it and who reviewed it, when it was signed, and an ECDSA P-256 signature. Plain JSON anyone can read: the fields
/// at the top level and <c>signature</c> beside them, over the canonical form of the other fields (keys in ordinal order,
/// no spaces, UTF-8).
/// </summary>
/// <param name="ContentSha256">The content's SHA-256, lower-case hex.</param>
/// <param name="Organisation">The organisation that publishes it.</param>
/// <param name="Ai"><c>drafted</c> or <c>none</c>.</param>
/// <param name="ReviewedBy">The person (or role) who reviewed an AI draft; null when nobody did or no AI was used.</param>
/// <param name="SignedAt">When it was signed.</param>
/// <param name="Signature">The base64 ECDSA P-256 / SHA-256 signature (IEEE P1363, r‖s) of the canonical form.</param>
public sealed record ProvenanceStatement(string ContentSha256, string Organisation, string Ai, string? ReviewedBy, Instant SignedAt, string Signature)
{
    /// <summary>The statement as JSON.</summary>
    public string ToJson()
    {
        var json = Fields(ContentSha256, Organisation, Ai, ReviewedBy, SignedAt);
        json["signature"] = Signature;
        return json.ToJsonString(Explanations.PageStyle.IndentedJson);
    }

    internal static JsonObject Fields(string contentSha256, string organisation, string ai, string? reviewedBy, Instant signedAt) => new()
    {
        ["ai"] = ai,
        ["contentSha256"] = contentSha256,
        ["organisation"] = organisation,
        ["reviewedBy"] = reviewedBy,
        ["signedAt"] = InstantPattern.ExtendedIso.Format(signedAt),
    };

    // Keys are already in ordinal order; compact, UTF-8, escaping only what JSON requires.
    internal static byte[] Canonical(JsonObject fields) =>
        Encoding.UTF8.GetBytes(fields.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}

/// <summary>The outcome of checking a statement.</summary>
/// <param name="Valid">Whether the content matches and the signature holds.</param>
/// <param name="Code"><c>valid</c>, <c>content-mismatch</c>, <c>signature-invalid</c> or <c>statement-malformed</c>.</param>
/// <param name="Reason">A plain English sentence.</param>
public sealed record ProvenanceCheck(bool Valid, string Code, string Reason);

/// <summary>Signs and verifies provenance statements with ECDSA P-256 (R46); keys are PEM (PKCS#8 private, SubjectPublicKeyInfo public).</summary>
public static class ProvenanceSigner
{
    /// <summary>A new key pair: the private key to keep, the public key to publish.</summary>
    public static (string PrivatePem, string PublicPem) CreateKeyPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>Signs a declaration about <paramref name="content"/>.</summary>
    /// <exception cref="ConsentKitValidationException">A field breaks a rule, or the key is not a P-256 private key.</exception>
    public static ProvenanceStatement Sign(ReadOnlySpan<byte> content, string privatePem, string organisation, string ai, string? reviewedBy, Instant signedAt)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(organisation) || organisation.Length > 200)
        {
            errors.Add(new("org", "org.required", "the organisation is required (at most 200 characters)."));
        }

        if (ai is not ("drafted" or "none"))
        {
            errors.Add(new("ai", "ai.unknown", "ai must be drafted or none."));
        }

        if (reviewedBy is { Length: > 200 } || (ai == "none" && reviewedBy is not null))
        {
            errors.Add(new("reviewed_by", "reviewed_by.format", "reviewed-by names the reviewer of an AI draft (at most 200 characters)."));
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(privatePem);
            if (key.KeySize != 256)
            {
                errors.Add(new("key", "key.curve", "the key must be an ECDSA P-256 key."));
            }
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            errors.Add(new("key", "key.format", "the key must be a PEM ECDSA P-256 private key (PKCS#8), such as 'provenance keygen' writes."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var fields = ProvenanceStatement.Fields(hash, organisation, ai, reviewedBy, signedAt);
        var signature = key.SignData(ProvenanceStatement.Canonical(fields), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new ProvenanceStatement(hash, organisation, ai, reviewedBy, signedAt, Convert.ToBase64String(signature));
    }

    /// <summary>Checks a statement (its JSON) against the content and the published public key.</summary>
    public static ProvenanceCheck Verify(ReadOnlySpan<byte> content, string statementJson, string publicPem)
    {
        JsonObject statement;
        try
        {
            statement = JsonNode.Parse(statementJson) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return new(false, "statement-malformed", "The statement is not a JSON object.");
        }

        string? Get(string name) => statement[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var known = new[] { "ai", "contentSha256", "organisation", "reviewedBy", "signedAt", "signature" };
        if (Get("contentSha256") is not { } hash || Get("organisation") is not { } organisation || Get("ai") is not { } ai || Get("signature") is not { } signature
            || Get("signedAt") is not { } signedAtText || !InstantPattern.ExtendedIso.Parse(signedAtText).Success || statement.Any(p => !known.Contains(p.Key)))
        {
            return new(false, "statement-malformed", "The statement lacks a field, has an unknown one, or a field has the wrong type.");
        }

        if (!string.Equals(hash, Convert.ToHexStringLower(SHA256.HashData(content)), StringComparison.Ordinal))
        {
            return new(false, "content-mismatch", "The content is not the content the statement was signed for: it was changed.");
        }

        using var key = ECDsa.Create();
        byte[] bytes;
        try
        {
            key.ImportFromPem(publicPem);
            bytes = Convert.FromBase64String(signature);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException or FormatException)
        {
            return new(false, "signature-invalid", "The public key or the signature cannot be read.");
        }

        var fields = ProvenanceStatement.Fields(hash, organisation, ai, Get("reviewedBy"), InstantPattern.ExtendedIso.Parse(signedAtText).Value);
        return key.VerifyData(ProvenanceStatement.Canonical(fields), bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? new(true, "valid", $"Signed by the holder of this key for {organisation}; the content is unchanged.")
            : new(false, "signature-invalid", "The signature does not match the statement and this public key: the statement was changed or signed with another key.");
    }
}
