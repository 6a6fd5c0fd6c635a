using System.Globalization;
using System.Net;
using System.Text;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Gate;
using ConsentKit.Organisations;
using ConsentKit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace ConsentKit.AspNetCore.Tests;

/// <summary>Inbound SMS webhooks on a real Kestrel; Twilio's own RequestValidator is the oracle for its signature scheme.</summary>
public sealed class InboundSmsTests : IAsyncLifetime, IDisposable
{
    private const string AuthToken = "12345678901234567890123456789012";
    private const string Secret = "generic-shared-secret";
    private const string VonageSecret = "vonage-sig-secret-20";
    private static readonly Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters TelnyxKey = new(new Org.BouncyCastle.Security.SecureRandom());
    private readonly List<SmsReply> _sent = [];
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-hooks-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private string _base = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddConsentKit(o => o.UseSqlite($"Data Source={_path};Pooling=False"));
        builder.Services.AddConsentKitInboundSms(configure: o =>
        {
            o.TwilioAuthToken = AuthToken;
            o.GenericSecret = Secret;
            o.TelnyxPublicKey = Convert.ToBase64String(TelnyxKey.GeneratePublicKey().GetEncoded());
            o.VonageSignatureSecret = VonageSecret;
            o.ReplySender = (reply, _) =>
            {
                lock (_sent)
                {
                    _sent.Add(reply);
                }

                return Task.CompletedTask;
            };
        });
        _app = builder.Build();
        _app.MapConsentKitInboundSms();
        await _app.StartAsync();
        _base = _app.Urls.First();
        _http = new HttpClient { BaseAddress = new Uri(_base) };

        var services = _app.Services;
        await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        await services.GetRequiredService<IOrganisationRegistry>().RegisterAsync(new("default", "Parti exemple"));
        await services.GetRequiredService<IContactDirectory>().UpsertAsync(new Contact { ContactId = "c-1", Phone = "514 555 0101", Language = "fr-CA" });
        await services.GetRequiredService<IConsentLedger>().RecordAsync(new ConsentEvent
        {
            ContactId = "c-1", Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Granted, Basis = ConsentBasis.ExplicitConsent,
            Source = CaptureSource.WebForm, SourceDetail = "https://parti.example/inscription", OccurredAt = services.GetRequiredService<IClock>().GetCurrentInstant() - Duration.FromDays(1),
            Notice = new NoticeReference("n", "1", "fr-CA", new string('a', 64)), AffirmativeAct = "case cochée", EvidenceRef = "f-1", CollectedBy = "site",
        });
    }

    public void Dispose() => _http?.Dispose();

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm", _path + ".key", _path + ".optout" })
        {
            File.Delete(f);
        }
    }

    private Task<HttpResponseMessage> PostTwilioAsync(Dictionary<string, string> form, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/sms/twilio") { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task Twilio_SignedStop_WithdrawsAndRepliesInTwiml_ReplayAnsweredOnce_BadSignatureRecordsNothing()
    {
        var url = _base + "/hooks/sms/twilio";
        var stop = new Dictionary<string, string> { ["MessageSid"] = "SM0001", ["From"] = "+15145550101", ["To"] = "+15145550000", ["Body"] = "ARRÊT" };
        var signature = TwilioSignature.Compute(AuthToken, url, stop);
        new Twilio.Security.RequestValidator(AuthToken).Validate(url, stop, signature).Should().BeTrue("Twilio's own validator accepts the signature our scheme computes");

        var forged = await PostTwilioAsync(stop, signature[..^2] + "AA");
        var missing = await PostTwilioAsync(stop, null);
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted, "a bad or missing signature records nothing");

        var first = await PostTwilioAsync(stop, signature);
        var replay = await PostTwilioAsync(stop, signature);

        forged.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        missing.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        first.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        System.Net.WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()).Should().Contain("<Response><Message>Parti exemple : c'est noté");
        (await replay.Content.ReadAsStringAsync()).Should().EndWith("<Response/>");
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
    }

    [Fact]
    [Trait("Req", "R15")]
    public async Task Twilio_SecondStop_AnsweredWithAnEmptyResponse()
    {
        var url = _base + "/hooks/sms/twilio";
        var first = new Dictionary<string, string> { ["MessageSid"] = "SM0101", ["From"] = "+15145550101", ["To"] = "+15145550000", ["Body"] = "STOP" };
        var second = new Dictionary<string, string> { ["MessageSid"] = "SM0102", ["From"] = "+15145550101", ["To"] = "+15145550000", ["Body"] = "STOP" };

        var confirmed = await PostTwilioAsync(first, TwilioSignature.Compute(AuthToken, url, first));
        var repeated = await PostTwilioAsync(second, TwilioSignature.Compute(AuthToken, url, second));

        (await confirmed.Content.ReadAsStringAsync()).Should().Contain("<Message>");
        repeated.StatusCode.Should().Be(HttpStatusCode.OK);
        (await repeated.Content.ReadAsStringAsync()).Should().EndWith("<Response></Response>", "one confirmation only (R15): the second STOP sends nothing");
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task Twilio_StatusCallback21610_SuppressesTheNumber()
    {
        var url = _base + "/hooks/sms/twilio";
        var callback = new Dictionary<string, string> { ["MessageSid"] = "SM0002", ["MessageStatus"] = "undelivered", ["ErrorCode"] = "21610", ["To"] = "+15145550101" };

        var response = await PostTwilioAsync(callback, TwilioSignature.Compute(AuthToken, url, callback));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _app.Services.GetRequiredService<ISuppressionList>().IsSuppressedAsync(IdentifierKind.Phone, "+15145550101")).Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task Generic_HmacSigned_Handled_StaleOrWrongSignatureRefused()
    {
        var now = _app.Services.GetRequiredService<IClock>().GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stale = (long.Parse(now, CultureInfo.InvariantCulture) - 600).ToString(CultureInfo.InvariantCulture);
        const string body = """{"id":"op-42","from":"+15145550101","body":"STOP"}""";
        Task<HttpResponseMessage> PostAsync(string t, string signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/sms/generic") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-ConsentKit-Signature", $"t={t},v1={signature}");
            return _http.SendAsync(request);
        }

        var old = await PostAsync(stale, ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess.Sign(Secret, stale, body));
        var wrong = await PostAsync(now, ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess.Sign("other", now, body));
        var good = await PostAsync(now, ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess.Sign(Secret, now, body));
        var replay = await PostAsync(now, ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess.Sign(Secret, now, body));

        old.StatusCode.Should().Be(HttpStatusCode.Forbidden, "outside the 5-minute tolerance");
        wrong.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await good.Content.ReadAsStringAsync()).Should().Contain("\"duplicate\":false").And.Contain("Parti exemple");
        (await replay.Content.ReadAsStringAsync()).Should().Contain("\"duplicate\":true");
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
    }
    private string Now() => _app.Services.GetRequiredService<IClock>().GetCurrentInstant().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    // Telnyx's published scheme, made here with BouncyCastle's signer: Ed25519 over "timestamp|body", base64.
    private static string TelnyxSign(Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters key, string t, string body)
    {
        var signer = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
        signer.Init(true, key);
        var bytes = Encoding.UTF8.GetBytes(t + "|" + body);
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    private Task<HttpResponseMessage> PostTelnyxAsync(string body, string? t, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/sms/telnyx") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (t is not null)
        {
            request.Headers.Add("telnyx-timestamp", t);
        }

        if (signature is not null)
        {
            request.Headers.Add("telnyx-signature-ed25519", signature);
        }

        return _http.SendAsync(request);
    }

    private static string TelnyxReceived(string id, string from, string text) =>
        $$$"""{"data":{"event_type":"message.received","id":"evt-{{{id}}}","occurred_at":"2026-12-03T10:00:00.000+00:00","payload":{"id":"{{{id}}}","direction":"inbound","from":{"phone_number":"{{{from}}}","carrier":"T-Mobile","line_type":"Wireless"},"to":[{"phone_number":"+15145550000","status":"webhook_delivered"}],"text":"{{{text}}}","type":"SMS"},"record_type":"event"},"meta":{"attempt":1,"delivered_to":"https://example.com/hooks"}}""";

    [Fact]
    [Trait("Req", "R10")]
    public async Task Telnyx_Ed25519SignedStop_WithdrawsAndRepliesThroughApi_ReplayOnce_BadStaleOrMissingSignatureRecordsNothing()
    {
        var body = TelnyxReceived("b0f6e3a1-telnyx-1", "+15145550101", "STOP");
        var now = Now();
        var stale = (long.Parse(now, CultureInfo.InvariantCulture) - 301).ToString(CultureInfo.InvariantCulture);
        var other = new Org.BouncyCastle.Crypto.Parameters.Ed25519PrivateKeyParameters(new Org.BouncyCastle.Security.SecureRandom());

        var responses = new[]
        {
            await PostTelnyxAsync(body, now, TelnyxSign(other, now, body)),
            await PostTelnyxAsync(body, stale, TelnyxSign(TelnyxKey, stale, body)),
            await PostTelnyxAsync(body, now, null),
            await PostTelnyxAsync(body.Replace("STOP", "START", StringComparison.Ordinal), now, TelnyxSign(TelnyxKey, now, body)),
        };
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Forbidden);
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted, "a bad, stale or missing signature records nothing");

        var first = await PostTelnyxAsync(body, now, TelnyxSign(TelnyxKey, now, body));
        var replay = await PostTelnyxAsync(body, now, TelnyxSign(TelnyxKey, now, body));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).Should().Contain("\"duplicate\":true");
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
        _sent.Should().ContainSingle(r => r.Provider == "telnyx" && r.To == "+15145550101" && r.From == "+15145550000" && r.Text.Contains("Parti exemple", StringComparison.Ordinal), "the reply goes through the provider's API, once");
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task Telnyx_Finalized40300_SuppressesTheNumber()
    {
        const string body = """{"data":{"event_type":"message.finalized","id":"evt-9","payload":{"id":"out-9","direction":"outbound","from":{"phone_number":"+15145550000"},"to":[{"phone_number":"+15145550101","status":"delivery_failed"}],"text":"Rappel","errors":[{"code":"40300","title":"Blocked due to STOP message","detail":"Messages cannot be sent due to an existing block rule."}]},"record_type":"event"}}""";
        var now = Now();

        var response = await PostTelnyxAsync(body, now, TelnyxSign(TelnyxKey, now, body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _app.Services.GetRequiredService<ISuppressionList>().IsSuppressedAsync(IdentifierKind.Phone, "+15145550101")).Should().BeTrue();
    }

    // Vonage's published scheme, made here by hand: a JWT, HS256 with the signature secret, whose payload_hash is the hex SHA-256 of the body.
    private static string VonageJwt(string secret, string body, long iat)
    {
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var payload = B64(Encoding.UTF8.GetBytes($$"""{"iat":{{iat}},"jti":"{{Guid.NewGuid()}}","iss":"Vonage","payload_hash":"{{hash}}","api_key":"abcd1234","application_id":"aaaaaaaa-bbbb-cccc-dddd-0123456789ab"}"""));
        var signature = B64(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }

    private Task<HttpResponseMessage> PostVonageAsync(string body, string? jwt)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/sms/vonage") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (jwt is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", jwt);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task Vonage_JwtSignedArret_WithdrawsAndRepliesThroughApi_ReplayOnce_TamperedOrUnsignedRecordsNothing()
    {
        const string body = """{"channel":"sms","message_uuid":"aaaaaaaa-bbbb-cccc-dddd-0123456789ab","to":"15145550000","from":"15145550101","timestamp":"2026-12-03T10:00:00Z","text":"ARRÊT","sms":{"num_messages":"1"},"message_type":"text"}""";
        var iat = long.Parse(Now(), CultureInfo.InvariantCulture);

        var responses = new[]
        {
            await PostVonageAsync(body, VonageJwt("another-secret-000000", body, iat)),
            await PostVonageAsync(body, VonageJwt(VonageSecret, body, iat - 301)),
            await PostVonageAsync(body, null),
            await PostVonageAsync(body.Replace("ARRÊT", "START", StringComparison.Ordinal), VonageJwt(VonageSecret, body, iat)),
        };
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Forbidden);
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted);

        var first = await PostVonageAsync(body, VonageJwt(VonageSecret, body, iat));
        var replay = await PostVonageAsync(body, VonageJwt(VonageSecret, body, iat));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).Should().Contain("\"duplicate\":true");
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
        _sent.Should().ContainSingle(r => r.Provider == "vonage" && r.To == "+15145550101" && r.Text.Contains("Parti exemple", StringComparison.Ordinal));
    }
}

internal static class ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess
{
    // The scheme as docs/ describe it, computed independently of the library: hex HMAC-SHA256 of t + "." + body.
    public static string Sign(string secret, string t, string body) =>
        Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body)));
}
