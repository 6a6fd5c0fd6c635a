using System.Net;
using System.Text.RegularExpressions;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Explanations;
using ConsentKit.Organisations;
using ConsentKit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace ConsentKit.AspNetCore.Tests;

/// <summary>An integrator's application on a real Kestrel (127.0.0.1): the pages under its own prefix, and the health check.</summary>
public sealed partial class ExplanationPagesTests : IAsyncLifetime, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-web-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddConsentKit(o =>
        {
            o.UseSqlite($"Data Source={_path};Pooling=False");
            o.ExplanationLinkBase = "https://parti.example/pourquoi/";
        });
        Microsoft.AspNetCore.DataProtection.DataProtectionBuilderExtensions.UseEphemeralDataProtectionProvider(builder.Services.AddDataProtection());
        builder.Services.AddConsentKitExplanationPages();
        builder.Services.AddHealthChecks().AddConsentKit();
        _app = builder.Build();
        _app.UseRateLimiter();
        _app.MapConsentKitExplanations("/pourquoi");
        _app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = async (context, report) => await context.Response.WriteAsync(report.Status + ": " + report.Entries["consentkit"].Description) });
        await _app.StartAsync();
        _http = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_app.Urls.First()) };
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

    private async Task<string> SeedAsync()
    {
        var services = _app.Services;
        await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        await services.GetRequiredService<IOrganisationRegistry>().RegisterAsync(new("default", "Parti exemple"));
        await services.GetRequiredService<IContactDirectory>().UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élise", Phone = "514 555 0101", Language = "fr-CA" });
        var clock = services.GetRequiredService<IClock>();
        await services.GetRequiredService<IConsentLedger>().RecordAsync(new ConsentEvent
        {
            ContactId = "c-1", Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Granted, Basis = ConsentBasis.ExplicitConsent,
            Source = CaptureSource.WebForm, SourceDetail = "https://parti.example/inscription", OccurredAt = clock.GetCurrentInstant() - Duration.FromDays(10),
            Notice = new NoticeReference("notice-sms", "1", "fr-CA", new string('a', 64)), AffirmativeAct = "case cochée", EvidenceRef = "form-1", CollectedBy = "site",
        });
        await services.GetRequiredService<ISendRecords>().RecordSendsAsync([new SendRecord
        {
            MessageId = "m-1", ContactId = "c-1", Purpose = "gotv", Channel = Channel.Sms, SentAt = clock.GetCurrentInstant() - Duration.FromHours(1),
            Sender = new SenderIdentity("Équipe", "Parti exemple", "vieprivee@parti.example"), Fields = ["first_name"], Ai = AiInvolvement.None,
        }], new SendRecordOptions { AllowBlocked = true });
        return (await services.GetRequiredService<IExplanations>().CreateLinkAsync("m-1")).Code;
    }

    [Fact]
    [Trait("Req", "R50")]
    [Trait("Req", "R10")]
    public async Task MapConsentKitExplanations_OwnPrefix_PageButtonsAndOne404()
    {
        var code = await SeedAsync();

        var page = await _http.GetAsync(new Uri($"/pourquoi/{code}?lang=en", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var unknown = await _http.GetAsync(new Uri("/pourquoi/AAAAAAAAAAAAA", UriKind.Relative));
        var forged = await _http.PostAsync(new Uri($"/pourquoi/{code}/stop", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "en" }));

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'");
        html.Should().Contain("<html lang=\"en-CA\">").And.Contain($"action=\"/pourquoi/{code}/stop\"").And.Contain($"href=\"/pourquoi/{code}?lang=fr\"");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Page introuvable");
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a POST without the page's antiforgery token is refused");

        var token = TokenPattern().Match(html).Groups[1].Value;
        var stop = await _http.PostAsync(new Uri($"/pourquoi/{code}/stop", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["ck-af"] = WebUtility.HtmlDecode(token), ["lang"] = "en" }));
        stop.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stop.Content.ReadAsStringAsync()).Should().Contain("Done");
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task HealthCheck_SealedStore_Healthy_ThenATamperedChainHead_Unhealthy()
    {
        await SeedAsync();

        var healthy = await _http.GetAsync(new Uri("/health", UriKind.Relative));
        (await healthy.Content.ReadAsStringAsync()).Should().StartWith("Healthy").And.Contain("schema");

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE chain_heads SET chain_seq = chain_seq + 1";
            await command.ExecuteNonQueryAsync();
        }

        var unhealthy = await _http.GetAsync(new Uri("/health", UriKind.Relative));
        unhealthy.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await unhealthy.Content.ReadAsStringAsync()).Should().StartWith("Unhealthy").And.Contain("consentkit verify");
    }

    [Fact]
    [Trait("Req", "R55")]
    [Trait("Req", "R56")]
    public async Task AccessButton_EntersTheRequestWithItsDeadline_AndSaysIt_OnlyFromOurPage()
    {
        var code = await SeedAsync();
        var html = await (await _http.GetAsync(new Uri($"/pourquoi/{code}", UriKind.Relative))).Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var register = _app.Services.GetRequiredService<ConsentKit.Requests.IRequestRegister>();

        var forged = await _http.PostAsync(new Uri($"/pourquoi/{code}/access", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "fr" }));
        (await register.ListAsync()).Should().BeEmpty("a POST without our page's token records nothing");
        var access = await _http.PostAsync(new Uri($"/pourquoi/{code}/access", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["ck-af"] = token, ["lang"] = "fr" }));

        html.Should().Contain($"action=\"/pourquoi/{code}/access\"");
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        access.StatusCode.Should().Be(HttpStatusCode.OK);
        var request = (await register.ListAsync()).Should().ContainSingle().Subject;
        request.Kind.Should().Be(ConsentKit.Requests.RequestKind.Access);
        request.ContactId.Should().Be("c-1");
        request.ReceivedVia.Should().Be("web");
        request.Reference.Should().Be("m-1");
        request.Identity.Should().Be(ConsentKit.Requests.IdentityVerification.Pending, "a link can be forwarded: the DPO checks who asks");
        (await access.Content.ReadAsStringAsync()).Should().Contain(request.DueDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task OneClickUnsubscribe_Rfc8058Headers_PostWithdraws_GetAndWrongBodyChangeNothing()
    {
        var code = await SeedAsync();
        var link = await _app.Services.GetRequiredService<IExplanations>().CreateLinkAsync("m-1");
        var headers = link.EmailUnsubscribe!;
        headers.ListUnsubscribe.Should().Be($"<https://parti.example/pourquoi/{link.Code}/unsubscribe>");
        headers.ListUnsubscribePost.Should().Be("List-Unsubscribe=One-Click");
        // The mailbox provider POSTs to the URL in the header, without cookies: a fresh client, as RFC 8058 describes.
        var path = new Uri(headers.ListUnsubscribe.Trim('<', '>')).AbsolutePath;
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _http.BaseAddress };
        var ledger = _app.Services.GetRequiredService<IConsentLedger>();

        var scanned = await provider.GetAsync(new Uri(path, UriKind.Relative));
        var wrongBody = await provider.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "yes" }));
        (await ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted, "a GET (a link scanner) or another body changes nothing");
        var unknown = await provider.PostAsync(new Uri("/pourquoi/AAAAAAAAAAAAA/unsubscribe", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var oneClick = await provider.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        scanned.StatusCode.Should().Be(HttpStatusCode.Redirect);
        wrongBody.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        oneClick.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
        code.Should().NotBe(link.Code);
        new ExplanationLink("X", default, "http://insecure.example/w/X").EmailUnsubscribe.Should().BeNull("RFC 8058 requires an HTTPS URI");
    }

    [GeneratedRegex("name=\"ck-af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
