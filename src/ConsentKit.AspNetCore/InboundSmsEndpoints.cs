using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentKit;
using ConsentKit.AspNetCore;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Inbound SMS webhooks (R10, R12; seed 002): a provider posts each reply, ConsentKit verifies the provider's signature,
/// hands STOP/ARRÊT, START, HELP/AIDE and WHY/POURQUOI to <see cref="IInboundMessages"/>, and answers in the provider's
/// format. A bad or missing signature gets 403 and records nothing; a provider message id seen before is answered once.
/// </summary>
public static class ConsentKitInboundSmsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> where the pattern's <c>{provider}</c> is <c>twilio</c> (form post, <c>X-Twilio-Signature</c>,
    /// TwiML reply; status callbacks with error 21610 suppress the number), <c>telnyx</c> (API v2 JSON events,
    /// <c>telnyx-signature-ed25519</c> over <c>timestamp|body</c>, 5 minutes tolerance; <c>message.finalized</c> with error
    /// 40300 suppresses the number), <c>vonage</c> (Messages API inbound JSON, <c>Authorization: Bearer</c> JWT signed HS256 with
    /// the signature secret and carrying the body's SHA-256 in <c>payload_hash</c>) or <c>generic</c> (JSON
    /// <c>{"id","from","body"}</c>, <c>X-ConsentKit-Signature: t=UNIX,v1=HEX</c> = HMAC-SHA256 of <c>t + "." + body</c>, 5 minutes
    /// tolerance; JSON reply <c>{"reply"}</c>). Needs <c>services.AddConsentKitInboundSms(...)</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapConsentKitInboundSms(this IEndpointRouteBuilder endpoints, string pattern = "/hooks/sms/{provider}")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, async (string provider, HttpContext context, IOptions<ConsentKitSmsWebhookOptions> options, IInboundMessages inbound, ConsentKitRuntime runtime, IClock clock) =>
            provider switch
            {
                "twilio" => await TwilioAsync(context, options.Value, inbound, runtime).ConfigureAwait(false),
                "telnyx" => await TelnyxAsync(context, options.Value, inbound, runtime, clock).ConfigureAwait(false),
                "vonage" => await VonageAsync(context, options.Value, inbound, runtime, clock).ConfigureAwait(false),
                "generic" => await GenericAsync(context, options.Value, inbound, runtime, clock).ConfigureAwait(false),
                _ => Results.NotFound(),
            }).DisableAntiforgery();
    }

    private static async Task<IResult> TwilioAsync(HttpContext context, ConsentKitSmsWebhookOptions options, IInboundMessages inbound, ConsentKitRuntime runtime)
    {
        if (options.TwilioAuthToken is not { Length: > 0 } token || !context.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var url = PublicUrl(context, options);
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var expected = TwilioSignature.Compute(token, url, parameters);
        if (!FixedTimeEquals(expected, context.Request.Headers["X-Twilio-Signature"].ToString()))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // A status callback: error 21610 means the recipient replied STOP to the carrier; the number is suppressed here too.
        if (form.ContainsKey("MessageStatus") && !form.ContainsKey("Body"))
        {
            if (form["ErrorCode"] == "21610" && form["To"].ToString() is { Length: > 0 } to)
            {
                await inbound.HandleProviderOptOutAsync(to, "twilio:21610", cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }

            return Results.NoContent();
        }

        var id = form["MessageSid"].ToString();
        if (id.Length == 0 || !await FirstTimeAsync(runtime, "twilio", id, context.RequestAborted).ConfigureAwait(false))
        {
            return Results.Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", "application/xml");
        }

        var result = await inbound.HandleSmsAsync(form["From"].ToString(), form["Body"].ToString(), cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return Results.Content(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + (result.Reply is { Length: > 0 } reply ? "<Message>" + WebUtility.HtmlEncode(reply) + "</Message>" : "") + "</Response>",
            "application/xml");
    }

    private static async Task<IResult> GenericAsync(HttpContext context, ConsentKitSmsWebhookOptions options, IInboundMessages inbound, ConsentKitRuntime runtime, IClock clock)
    {
        if (options.GenericSecret is not { Length: > 0 } secret)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (!ConsentKit.Propagation.WebhookSignature.Verify(secret, context.Request.Headers["X-ConsentKit-Signature"].ToString(), body, clock.GetCurrentInstant(), Duration.FromMinutes(5)))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        string? id, from, text;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
            from = root.TryGetProperty("from", out var f) ? f.GetString() : null;
            text = root.TryGetProperty("body", out var b) ? b.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Results.BadRequest(new { error = new { field = "body", rule = "json.invalid", message = "the body is not a JSON object with id, from and body." } });
        }

        if (id is not { Length: > 0 } || from is null || text is null)
        {
            return Results.BadRequest(new { error = new { field = "id", rule = "webhook.fields", message = "id, from and body are required." } });
        }

        if (!await FirstTimeAsync(runtime, "generic", id, context.RequestAborted).ConfigureAwait(false))
        {
            return Results.Json(new { reply = (string?)null, duplicate = true });
        }

        var result = await inbound.HandleSmsAsync(from, text, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return Results.Json(new { reply = result.Reply, duplicate = false });
    }

    private static async Task<IResult> TelnyxAsync(HttpContext context, ConsentKitSmsWebhookOptions options, IInboundMessages inbound, ConsentKitRuntime runtime, IClock clock)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (options.TelnyxPublicKey is not { Length: > 0 } publicKey
            || !TelnyxSignature.Verify(publicKey, context.Request.Headers["telnyx-timestamp"].ToString(), body, context.Request.Headers["telnyx-signature-ed25519"].ToString(), clock.GetCurrentInstant()))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        string? kind, id, from, to, text;
        bool optedOut;
        try
        {
            using var document = JsonDocument.Parse(body);
            var data = document.RootElement.GetProperty("data");
            kind = data.GetProperty("event_type").GetString();
            var payload = data.GetProperty("payload");
            id = payload.TryGetProperty("id", out var i) ? i.GetString() : null;
            from = payload.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.Object && f.TryGetProperty("phone_number", out var fp) ? fp.GetString() : null;
            to = payload.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0 && t[0].TryGetProperty("phone_number", out var tp) ? tp.GetString() : null;
            text = payload.TryGetProperty("text", out var x) ? x.GetString() : null;
            // Telnyx answers a send to a number that texted STOP with error 40300 ("Blocked due to STOP message").
            optedOut = payload.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().Any(e => e.TryGetProperty("code", out var c) && c.ToString() == "40300");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return Results.BadRequest(new { error = new { field = "data", rule = "telnyx.payload", message = "the body is not a Telnyx API v2 event (data.event_type, data.payload)." } });
        }

        if (kind is "message.finalized" or "message.sent")
        {
            if (optedOut && to is { Length: > 0 })
            {
                await inbound.HandleProviderOptOutAsync(to, "telnyx:40300", cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }

            return Results.Ok();
        }

        if (kind != "message.received" || id is not { Length: > 0 } || from is null || text is null)
        {
            return Results.Ok();
        }

        if (!await FirstTimeAsync(runtime, "telnyx", id, context.RequestAborted).ConfigureAwait(false))
        {
            return Results.Json(new { duplicate = true });
        }

        var result = await inbound.HandleSmsAsync(from, text, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return await ReplyThroughApiAsync(context, options, "telnyx", from, to, result.Reply).ConfigureAwait(false);
    }

    private static async Task<IResult> VonageAsync(HttpContext context, ConsentKitSmsWebhookOptions options, IInboundMessages inbound, ConsentKitRuntime runtime, IClock clock)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (options.VonageSignatureSecret is not { Length: > 0 } secret || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || !await VonageSignature.VerifyAsync(secret, authorization["Bearer ".Length..].Trim(), body, clock.GetCurrentInstant()).ConfigureAwait(false))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        string? id, from, to, text, channel;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            id = root.TryGetProperty("message_uuid", out var i) ? i.GetString() : null;
            from = root.TryGetProperty("from", out var f) ? f.GetString() : null;
            to = root.TryGetProperty("to", out var t) ? t.GetString() : null;
            text = root.TryGetProperty("text", out var x) ? x.GetString() : null;
            channel = root.TryGetProperty("channel", out var c) ? c.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Results.BadRequest(new { error = new { field = "body", rule = "vonage.payload", message = "the body is not a Vonage Messages API inbound message." } });
        }

        // A status callback (no text) or another channel: acknowledged, nothing recorded.
        if (channel is not (null or "sms") || id is not { Length: > 0 } || from is not { Length: > 0 } || text is null)
        {
            return Results.Ok();
        }

        if (!await FirstTimeAsync(runtime, "vonage", id, context.RequestAborted).ConfigureAwait(false))
        {
            return Results.Json(new { duplicate = true });
        }

        // Vonage writes numbers in E.164 without the plus sign.
        var e164 = from.StartsWith('+') ? from : "+" + from;
        var result = await inbound.HandleSmsAsync(e164, text, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        return await ReplyThroughApiAsync(context, options, "vonage", e164, to, result.Reply).ConfigureAwait(false);
    }

    // Telnyx and Vonage take no reply in the webhook's response: the reply is sent through their API by the integrator's
    // ReplySender, and the response carries it too (the provider ignores it; logs and tests can read it).
    private static async Task<IResult> ReplyThroughApiAsync(HttpContext context, ConsentKitSmsWebhookOptions options, string provider, string to, string? from, string? reply)
    {
        if (reply is { Length: > 0 } && options.ReplySender is { } send)
        {
            await send(new SmsReply(provider, to, from, reply), context.RequestAborted).ConfigureAwait(false);
        }

        return Results.Json(new { reply, duplicate = false });
    }

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }

    // Providers retry a webhook they think failed: its message id is recorded once, in the store (so across processes), and a
    // second delivery is answered without a reply. Only a hash of the id is kept.
    private static async Task<bool> FirstTimeAsync(ConsentKitRuntime runtime, string provider, string id, CancellationToken cancellationToken)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var key = "inbound_seen:" + provider + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (await runtime.Store.GetMetaAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await session.SetMetaAsync(key, runtime.Clock.GetCurrentInstant().ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return true;
    }

    // The URL the provider called, which it signed: the configured public base behind a proxy, else the request's own.
    private static string PublicUrl(HttpContext context, ConsentKitSmsWebhookOptions options) =>
        (options.PublicBaseUrl is { } publicBase ? publicBase.TrimEnd('/') : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}")
        + context.Request.Path + context.Request.QueryString;

    private static bool FixedTimeEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}

/// <summary>Twilio's request signature: base64 HMAC-SHA1 of the URL followed by each POST parameter's name and value, names in ordinal order.</summary>
internal static class TwilioSignature
{
    public static string Compute(string authToken, string url, IReadOnlyDictionary<string, string> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var key in parameters.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(key).Append(parameters[key]);
        }

#pragma warning disable CA5350 // Twilio's published scheme is HMAC-SHA1; it authenticates, it does not protect secrets.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}

/// <summary>Telnyx's webhook signature: Ed25519 over <c>timestamp + "|" + body</c> with the account's public key, 5 minutes tolerance.</summary>
internal static class TelnyxSignature
{
    public static bool Verify(string publicKeyBase64, string timestamp, string body, string signatureBase64, Instant now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        try
        {
            var key = Convert.FromBase64String(publicKeyBase64);
            var signature = Convert.FromBase64String(signatureBase64);
            if (key.Length != 32 || signature.Length != 64)
            {
                return false;
            }

            var verifier = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
            verifier.Init(false, new Org.BouncyCastle.Crypto.Parameters.Ed25519PublicKeyParameters(key, 0));
            var message = Encoding.UTF8.GetBytes(timestamp + "|" + body);
            verifier.BlockUpdate(message, 0, message.Length);
            return verifier.VerifySignature(signature);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>
/// Vonage's signed webhooks: a JWT (HS256, the application's signature secret) whose <c>payload_hash</c> is the hex SHA-256 of
/// the body and whose <c>iat</c> is within 5 minutes.
/// </summary>
internal static class VonageSignature
{
    public static async Task<bool> VerifyAsync(string secret, string token, string body, Instant now)
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        // IdentityModel refuses HS256 keys under 256 bits; HMAC itself pads a short key with zero bytes to its 64-byte
        // block, so padding to 32 bytes with zeros verifies exactly what Vonage signed with a shorter secret.
        var result = await handler.ValidateTokenAsync(token, new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            IssuerSigningKey = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret.PadRight(32, '\0'))),
            ValidAlgorithms = ["HS256"],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt)
        {
            return false;
        }

        var hash = jwt.TryGetPayloadValue<string>("payload_hash", out var h) ? h : null;
        var issuedAt = jwt.TryGetPayloadValue<long>("iat", out var iat) ? iat : (long?)null;
        return hash is not null && issuedAt is { } at && Math.Abs(now.ToUnixTimeSeconds() - at) <= 300
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash.ToLowerInvariant()), Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))));
    }
}

/// <summary>A reply to send through a provider's API (Telnyx, Vonage), whose webhooks take no reply in the response.</summary>
/// <param name="Provider"><c>telnyx</c> or <c>vonage</c>.</param>
/// <param name="To">The person's number, E.164.</param>
/// <param name="From">The organisation's number the person wrote to, as the provider gave it.</param>
/// <param name="Text">The reply (signed with the organisation's public name).</param>
public sealed record SmsReply(string Provider, string To, string? From, string Text);

/// <summary>The SMS providers' webhook secrets (never logged), from configuration <c>ConsentKit:Sms</c>.</summary>
public sealed class ConsentKitSmsWebhookOptions
{
    /// <summary>Twilio's auth token (<c>ConsentKit:Sms:Twilio:AuthToken</c>; environment <c>ConsentKit__Sms__Twilio__AuthToken</c>).</summary>
    public string? TwilioAuthToken { get; set; }

    /// <summary>Telnyx's account public key, base64 (<c>ConsentKit:Sms:Telnyx:PublicKey</c>).</summary>
    public string? TelnyxPublicKey { get; set; }

    /// <summary>The Vonage application's signature secret (<c>ConsentKit:Sms:Vonage:SignatureSecret</c>).</summary>
    public string? VonageSignatureSecret { get; set; }

    /// <summary>The shared secret of the generic HMAC-SHA256 webhook (<c>ConsentKit:Sms:Generic:Secret</c>).</summary>
    public string? GenericSecret { get; set; }

    /// <summary>Sends a reply through the provider's API, for providers whose webhooks take none in the response (Telnyx, Vonage).</summary>
    public Func<SmsReply, CancellationToken, Task>? ReplySender { get; set; }

    /// <summary>The public base URL the provider calls (<c>https://crm.example</c>) when the application sits behind a proxy.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>Registers the inbound SMS webhooks' options.</summary>
public static class ConsentKitInboundSmsServiceCollectionExtensions
{
    /// <summary>
    /// Reads the webhook secrets from <paramref name="configuration"/> (the <c>ConsentKit</c> section: <c>Sms:Twilio:AuthToken</c>,
    /// <c>Sms:Telnyx:PublicKey</c>, <c>Sms:Vonage:SignatureSecret</c>, <c>Sms:Generic:Secret</c>, <c>Sms:PublicBaseUrl</c>), then applies <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddConsentKitInboundSms(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration? configuration = null, Action<ConsentKitSmsWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ConsentKitSmsWebhookOptions>().Configure(o =>
        {
            if (configuration is not null)
            {
                o.TwilioAuthToken = configuration["Sms:Twilio:AuthToken"] ?? o.TwilioAuthToken;
                o.TelnyxPublicKey = configuration["Sms:Telnyx:PublicKey"] ?? o.TelnyxPublicKey;
                o.VonageSignatureSecret = configuration["Sms:Vonage:SignatureSecret"] ?? o.VonageSignatureSecret;
                o.GenericSecret = configuration["Sms:Generic:Secret"] ?? o.GenericSecret;
                o.PublicBaseUrl = configuration["Sms:PublicBaseUrl"] ?? o.PublicBaseUrl;
            }

            configure?.Invoke(o);
        });
        return services;
    }
}
