using System.Net;
using ConsentKit.Consent;
using ConsentKit.Explanations;
using ConsentKit.Sample;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ConsentKit.Sample.Tests;

/// <summary>The explanation page, served by the Sample on 127.0.0.1 and driven in Debian's headless Chromium.</summary>
public sealed class ExplanationPageTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-site-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private string _code = "";
    private string _base = "";

    public async Task InitializeAsync()
    {
        _app = ExplanationSite.Build(o => o.UseSqlite($"Data Source={_path};Pooling=False"));
        (_, _code) = await ExplanationSite.SeedDemoAsync(_app.Services);
        await _app.StartAsync();
        _base = _app.Urls.First();
    }

    // R69: the transparency notice of a political advertisement is published for anyone: a store under the French profile
    // (the EU overlay), an allowed political-ads segment, and an advertisement with long names and every optional item.
    private static async Task<string> AdNoticeAsync(string language)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ck-ads-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = new ServiceCollection()
                .AddConsentKit(o => { o.UseSqlite($"Data Source={path};Pooling=False"); o.Jurisdiction = ConsentKit.Jurisdiction.France; })
                .BuildServiceProvider();
            var guard = services.GetRequiredService<ConsentKit.Targeting.ITargetingGuard>();
            await guard.ImportCatalogAsync(ConsentKit.Targeting.DataCatalog.Parse("""{"fields":[{"name":"city","category":"location","source":"person","purposes":["*"]}]}"""));
            var decision = await guard.ValidateAsync(ConsentKit.Targeting.SegmentDefinition.Parse("""{"include":{"field":"city","op":"eq","value":"Saint-Rémy-de-Provence"}}"""), "political-ads", new() { Count = false });
            var notice = await services.GetRequiredService<ConsentKit.Advertising.IPoliticalAdNotices>().PrepareAsync(new()
            {
                AdId = "ad-2027-014",
                TargetingEntryId = decision.RegisterId,
                Sponsor = new() { Name = "Association de financement du parti de l'Exemple " + new string('x', 40), Email = "contact." + new string('a', 50) + "@exemple.fr", PostalAddress = "12 rue de la Paix, 75002 Paris" },
                ControllingEntity = new() { Name = "Parti de l'Exemple", Email = "siege@exemple.fr" },
                PublishedFrom = new NodaTime.LocalDate(2027, 5, 1),
                PublishedUntil = new NodaTime.LocalDate(2027, 5, 30),
                Amount = 1250m,
                CampaignAmount = 98000m,
                Currency = "EUR",
                Origin = ConsentKit.Advertising.FundingOrigin.Private,
                FromInsideUnion = true,
                AmountMethod = language == "fr" ? "montants facturés par la plateforme, hors taxes" : "amounts invoiced by the platform, before tax",
                LinkedProcess = language == "fr" ? "élections municipales 2027" : "2027 municipal elections",
                ParticipationUrl = "https://www.service-public.fr/particuliers/vosdroits/F1367",
                NoticeUrl = "https://exemple.fr/publicite/ad-2027-014/avis-de-transparence",
                ReportTo = "https://exemple.fr/signaler",
                TargetingObjective = language == "fr" ? "informer les habitants de la réunion publique" : "tell residents about the public meeting",
                AiSystems = ["Mistral Large"],
                Language = language,
            });
            return notice.ToHtml();
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".key" })
            {
                File.Delete(file);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Every screen a person or the public reads, at 320 px (WCAG 2.1 SC 1.4.10 reflow) and 1280 px, in French and English,
    /// with a hostile and very long name: no sideways scroll, and no WCAG 2.1 A/AA violation under axe-core (a tool we did
    /// not write). Screenshots at 320 px are saved as test artifacts.
    /// </summary>
    [Fact]
    [Trait("Req", "R50")]
    [Trait("Req", "R57")]
    [Trait("Req", "R66")]
    [Trait("Req", "R67")]
    [Trait("Req", "R69")]
    public async Task EveryPage_At320And1280InFrenchAndEnglish_NoSidewaysScrollAndNoAxeViolation()
    {
        var hostile = "<b>Marie-Ève</b> " + new string('x', 120) + " " + string.Concat(Enumerable.Repeat("Tremblay-Gagnon-", 3)) + " 🗳️";
        await _app.Services.GetRequiredService<ConsentKit.Contacts.IContactDirectory>().UpsertAsync(new ConsentKit.Contacts.Contact
        {
            ContactId = "qc-hostile", FirstName = hostile, LastName = hostile, Phone = "514 555 0177", Email = "marie-eve." + new string('a', 60) + "@exemple-tres-long.qc.ca", Language = "fr-CA",
        });
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var files = new Dictionary<string, string>();
        foreach (var lang in new[] { "fr", "en" })
        {
            var export = await _app.Services.GetRequiredService<ConsentKit.Requests.IPersonalDataExports>().ExportAsync("qc-hostile");
            files[$"access-export-{lang}"] = export.ToHtml(lang);
            var today = _app.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant().InUtc().Date;
            var register = await _app.Services.GetRequiredService<ConsentKit.Transparency.ITransparencyRegister>().ReportAsync(today.PlusDays(-400), today.PlusDays(1));
            files[$"register-{lang}"] = register.ToHtml(lang);
            files[$"records-{lang}"] = (await _app.Services.GetRequiredService<ConsentKit.Records.IRecordsOfProcessing>().BuildAsync()).ToHtml(lang);
            files[$"ad-notice-{lang}"] = await AdNoticeAsync(lang);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var failures = new List<string>();
        foreach (var width in new[] { 320, 1280 })
        {
            foreach (var lang in new[] { "fr", "en" })
            {
                var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, Locale = lang == "fr" ? "fr-CA" : "en-CA" });
                var page = await context.NewPageAsync();
                var screens = new List<(string Name, Func<Task> Open)>
                {
                    ("explanation", async () => await page.GotoAsync($"{_base}/w/{_code}?lang={lang}")),
                    ("not-found", async () => await page.GotoAsync($"{_base}/w/NOTACODE0000?lang={lang}")),
                    ("verify", async () => await page.GotoAsync($"{_base}/verify")),
                    ("access-export", async () => { var f = Path.Combine(artifacts, $"access-export-{lang}.html"); await File.WriteAllTextAsync(f, files[$"access-export-{lang}"]); await page.GotoAsync(new Uri(f).AbsoluteUri); }),
                    ("register", async () => { var f = Path.Combine(artifacts, $"register-{lang}.html"); await File.WriteAllTextAsync(f, files[$"register-{lang}"]); await page.GotoAsync(new Uri(f).AbsoluteUri); }),
                    ("records", async () => { var f = Path.Combine(artifacts, $"records-{lang}.html"); await File.WriteAllTextAsync(f, files[$"records-{lang}"]); await page.GotoAsync(new Uri(f).AbsoluteUri); }),
                    ("ad-notice", async () => { var f = Path.Combine(artifacts, $"ad-notice-{lang}.html"); await File.WriteAllTextAsync(f, files[$"ad-notice-{lang}"]); await page.GotoAsync(new Uri(f).AbsoluteUri); }),
                };
                foreach (var (name, open) in screens)
                {
                    await open();
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 0)
                    {
                        failures.Add($"{name} {lang} {width}px scrolls sideways by {overflow}px");
                    }

                    // Every span in the other language carries its own lang: no English words in text whose nearest lang is French.
                    var frenchText = await page.EvaluateAsync<string>("""
                        () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let out = '', n;
                                while ((n = w.nextNode())) { const el = n.parentElement; if (el.closest('style,script')) continue;
                                  if ((el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('fr')) out += ' ' + n.textContent; }
                                return out; }
                        """);
                    if (System.Text.RegularExpressions.Regex.Match(frenchText, @"\b(the|your|this|does|exist|longer|Verify|Authentic|Statement|Public key|Message text|works)\b") is { Success: true } english)
                    {
                        failures.Add($"{name} {lang} {width}px: English \"{english.Value}\" inside French text");
                    }

                    var axe = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
                    {
                        RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                    });
                    failures.AddRange(axe.Violations.Select(v => $"{name} {lang} {width}px: {v.Id} ({v.Nodes.Length} nodes) {v.Help}"));
                    if (width == 320)
                    {
                        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{name}-{lang}-320.png"), FullPage = true });
                    }
                }

                await context.CloseAsync();
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R10")]
    [Trait("Req", "R50")]
    [Trait("Req", "R51")]
    public async Task ExplanationPage_InChromium_TextLanguageSwitchAndWithdrawalReachingLedger()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        // Without JavaScript, as the page promises; English first, as the person's browser asks.
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "en-CA", ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-CA,en;q=0.9,fr;q=0.5" } });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        var response = await page.GotoAsync($"{_base}/w/{_code}");

        response!.Status.Should().Be(200);
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("en-CA");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Why did you get this message?");
        (await page.Locator("h2").AllInnerTextsAsync()).Should().Equal("What this is", "Why you", "Your data", "Your consent", "AI", "When and to how many people", "Your choices");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("Message written with the help of AI and reviewed by our team").And.Contain("outside Canada (in the United States)");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a copy of my data" }).CountAsync()).Should().Be(1, "the access request enters the register from the page (R55)");
        (await page.GetByRole(AriaRole.Link, new() { Name = "vieprivee@exemple.qc.ca" }).GetAttributeAsync("href")).Should().StartWith("mailto:vieprivee@exemple.qc.ca", "the privacy officer is named once, with a link");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "explanation-page-en.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("fr-CA");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Pourquoi avez-vous reçu ce message ?");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "explanation-page-fr.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Ne plus recevoir ces messages" }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().Be("C'est noté");
        var state = await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("qc-web-1", "gotv", Channel.Sms);
        state.Status.Should().Be(ConsentStatus.Withdrawn, "the stop button records a withdrawal through the ledger");
        requested.Should().OnlyContain(url => url.StartsWith(_base, StringComparison.Ordinal), "the page loads nothing from elsewhere");
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task ExplanationPage_UnknownExpiredOrRevokedCode_SameNotFoundPage()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        var unknown = await http.GetAsync(new Uri("/w/ZZZZZZZZZZZZZ", UriKind.Relative));
        var malformed = await http.GetAsync(new Uri("/w/%3Cscript%3E", UriKind.Relative));
        await _app.Services.GetRequiredService<IExplanations>().RevokeLinkAsync(_code);
        var revoked = await http.GetAsync(new Uri($"/w/{_code}", UriKind.Relative));

        foreach (var response in new[] { unknown, malformed, revoked })
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        var body = await unknown.Content.ReadAsStringAsync();
        (await revoked.Content.ReadAsStringAsync()).Should().Be(body);
        (await malformed.Content.ReadAsStringAsync()).Should().Be(body);
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task StopButton_PostWithoutAntiforgeryToken_RefusedAndNothingWithdrawn()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_base) };

        var response = await http.PostAsync(new Uri($"/w/{_code}/stop", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "fr" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _app.Services.GetRequiredService<IConsentLedger>().GetStateAsync("qc-web-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted);
    }

    [Fact]
    [Trait("Req", "R49")]
    public async Task ReportButton_InChromium_ReportEntersTheRegister()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false, ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "fr-CA" } });

        await page.GotoAsync($"{_base}/w/{_code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaler ce message" }).ClickAsync();

        (await page.Locator("h1").InnerTextAsync()).Should().Be("Merci");
        var reports = (await _app.Services.GetRequiredService<ConsentKit.Requests.IRequestRegister>().ListAsync()).Where(r => r.Kind == ConsentKit.Requests.RequestKind.Report).ToList();
        reports.Should().ContainSingle().Which.Reference.Should().Be("demo-sms-1");
    }

    [Fact]
    [Trait("Req", "R46")]
    public async Task VerifyPage_SignedTextValid_ChangedTextNot()
    {
        var text = "Parti exemple : votez dimanche.";
        var statement = ConsentKit.Provenance.ProvenanceSigner.Sign(System.Text.Encoding.UTF8.GetBytes(text), ExplanationSite.ProvenancePrivateKeyForTests, "Parti exemple", "drafted", "staff-3", _app.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant()).ToJson();
        using var http = new HttpClient { BaseAddress = new Uri(_base) };

        async Task<string> VerifyAsync(string content) => await (await http.PostAsync(new Uri("/verify", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["content"] = content, ["statement"] = statement }))).Content.ReadAsStringAsync();

        (await VerifyAsync(text)).Should().Contain("Authentique / <span lang=\"en\">Authentic</span>").And.Contain("[valid]");
        (await VerifyAsync(text + " Ou pas.")).Should().Contain("Non authentique").And.Contain("[content-mismatch]");
        (await http.GetStringAsync(new Uri("/provenance.pem", UriKind.Relative))).Should().StartWith("-----BEGIN PUBLIC KEY-----");
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task ExplanationPage_ManyRequestsFromOneClient_RateLimited()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_base) };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            statuses.Add((await http.GetAsync(new Uri("/w/ZZZZZZZZZZZZZ", UriKind.Relative))).StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        statuses.Take(60).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
    }
}
