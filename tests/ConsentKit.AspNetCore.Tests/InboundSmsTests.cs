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
}

internal static class ConsentKitInboundSmsEndpointRouteBuilderExtensionsAccess
{
    // The scheme as docs/ describe it, computed independently of the library: hex HMAC-SHA256 of t + "." + body.
    public static string Sign(string secret, string t, string body) =>
        Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body)));
}
