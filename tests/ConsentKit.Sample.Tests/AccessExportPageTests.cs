using ConsentKit.Contacts;
using ConsentKit.Requests;
using ConsentKit.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ConsentKit.Sample.Tests;

/// <summary>The access-export HTML report, opened as a file in Debian's headless Chromium.</summary>
public sealed class AccessExportPageTests
{
    [Fact]
    [Trait("Req", "R57")]
    public async Task AccessReport_HostileName_RendersAsTextWithNoScriptAndNoRequest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ck-export-{Guid.NewGuid():N}.db");
        await using (var services = new ServiceCollection().AddConsentKit(o => o.UseSqlite($"Data Source={path};Pooling=False")).BuildServiceProvider())
        {
            await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
            await services.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>().RegisterAsync(new("default", "Parti exemple"));
            await services.GetRequiredService<IContactDirectory>().UpsertAsync(new Contact { ContactId = "c-x", FirstName = "<script>alert(1)</script>", LastName = "<img src=x onerror=alert(2)>", Phone = "514 555 0142" });
            var html = (await services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-x")).ToHtml("fr");
            var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
            var file = Path.Combine(artifacts, "access-report-fr.html");
            await File.WriteAllTextAsync(file, html);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
            var page = await browser.NewPageAsync();
            var dialogs = 0;
            var requests = new List<string>();
            page.Dialog += (_, d) => dialogs++;
            page.Request += (_, r) => requests.Add(r.Url);

            await page.GotoAsync(new Uri(file).AbsoluteUri);

            (await page.Locator("h1").InnerTextAsync()).Should().Be("Les données que nous avons sur vous");
            (await page.Locator("main").InnerTextAsync()).Should().Contain("<script>alert(1)</script>").And.Contain("<img src=x onerror=alert(2)>");
            (await page.Locator("script").CountAsync()).Should().Be(0);
            (await page.Locator("img").CountAsync()).Should().Be(0);
            dialogs.Should().Be(0);
            requests.Should().OnlyContain(u => u.StartsWith("file://", StringComparison.Ordinal), "the report is self-contained");
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "access-report-fr.png"), FullPage = true });
        }

        foreach (var f in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }
    }
}
