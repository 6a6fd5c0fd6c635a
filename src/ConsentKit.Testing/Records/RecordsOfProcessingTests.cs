using System.Text.Json.Nodes;
using ConsentKit.AiUse;
using ConsentKit.Hosting;
using ConsentKit.Organisations;
using ConsentKit.Propagation;
using ConsentKit.Records;
using ConsentKit.Targeting;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Records;

/// <summary>R66: the records of processing are built from the configuration in force, never typed by hand.</summary>
public abstract class RecordsOfProcessingTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static async Task<TestStore> ConfiguredAsync() =>
        await TargetingFixture.CreateAsync(configure: o =>
        {
            o.InactiveContactRetention = Period.FromYears(2);
            o.Overrides.Add(new(LegalOverride.Sharing, "the riding association receives the GOTV list", "DPO"));
            o.AiPolicy.Providers.Add(new RegisteredAiProvider("Rédacteur IA", "US", "message drafts, filtered", "DPA-2026-04") { TransferAssessment = "EFVP 2026-03 and SCC 2021/914" });
            o.AiPolicy.Providers.Add(new RegisteredAiProvider("Traduction locale", "CA", "message drafts, filtered", "DPA-2026-05"));
        });

    [Fact]
    [Trait("Req", "R66")]
    public async Task BuildAsync_EveryConfiguredPurposeFieldRecipientAndTransfer_AppearsWithItsSource()
    {
        await using var store = await ConfiguredAsync();
        await store.Services.GetRequiredService<IPropagation>().RegisterProcessorAsync(new ProcessorRegistration
        {
            Id = "sms-vendor", Name = "Envois SMS inc.", Url = new Uri("https://hooks.sms.example/consentkit/secret-path"), Secret = new string('s', 40),
        });
        var registry = store.Services.GetRequiredService<IOrganisationRegistry>();
        await registry.RegisterAsync(new("assoc", "Association locale", ParentId: "default"));
        await registry.DeclareSharingAsync(new("default", "assoc", ["gotv"]));
        var env = await store.Services.GetRequiredService<ConsentKitRuntime>().ReadyAsync(CancellationToken.None);

        var records = JsonNode.Parse((await store.Services.GetRequiredService<IRecordsOfProcessing>().BuildAsync()).ToJson())!;

        records["rule"]!.GetValue<string>().Should().Contain("GDPR art. 30");
        var purposes = records["purposes"]!.AsArray();
        purposes.Select(p => p!["name"]!.GetValue<string>()).Should().Equal(env.Purposes.Keys.Order(StringComparer.Ordinal), "every purpose of the catalog in force");
        purposes.Should().OnlyContain(p => p!["source"]!.GetValue<string>().Length > 0 && p["bases"]!.AsArray().Count > 0);
        var fields = records["dataCategories"]!.AsArray();
        fields.Select(f => f!["field"]!.GetValue<string>()).Should().BeEquivalentTo(env.Catalog.Fields.Keys, "every declared field, built-in and imported");
        fields.Single(f => f!["field"]!.GetValue<string>() == "income_band")!.Should().Match<JsonNode>(f => f["thirdParty"]!.GetValue<string>() == "DataCorp" && f["country"]!.GetValue<string>() == "US");
        records["subjectCategories"]!.AsArray().Select(s => s!["en"]!.GetValue<string>()).Should().Contain(["Members and former members", "Donors", "Volunteers"]);
        var recipients = records["recipients"]!.AsArray();
        recipients.Select(r => (r!["kind"]!.GetValue<string>(), r["name"]!.GetValue<string>())).Should().BeEquivalentTo(
            [("processor", "Envois SMS inc."), ("ai-provider", "Rédacteur IA"), ("ai-provider", "Traduction locale"), ("organisation", "assoc")]);
        recipients.Single(r => r!["kind"]!.GetValue<string>() == "processor")!["host"]!.GetValue<string>().Should().Be("hooks.sms.example", "a webhook's path may hold a token: only its host is recorded");
        var transfer = records["transfers"]!.AsArray().Should().ContainSingle("only the provider outside Canada").Which!;
        (transfer["recipient"]!.GetValue<string>(), transfer["country"]!.GetValue<string>(), transfer["safeguard"]!.GetValue<string>()).Should().Be(("Rédacteur IA", "US", "EFVP 2026-03 and SCC 2021/914"));
        records["retention"]!["inactiveContact"]!.GetValue<string>().Should().Be("P2Y", "the configured, shorter period");
        records["security"]!.AsArray().Should().HaveCountGreaterThanOrEqualTo(6).And.OnlyContain(m => m!["fr"] != null && m["en"] != null);
    }

    [Fact]
    [Trait("Req", "R66")]
    public async Task ToHtml_FrenchAndEnglish_WholePageWithEverySection_AndNoPersonalData()
    {
        await using var store = await ConfiguredAsync();
        await store.AddContactAsync("c-1", email: "elise.tremblay@exemple.qc.ca");
        var records = await store.Services.GetRequiredService<IRecordsOfProcessing>().BuildAsync();

        var fr = records.ToHtml("fr");
        var en = records.ToHtml("en");

        fr.Should().StartWith("<!doctype html>").And.Contain("<html lang=\"fr\">").And.Contain("Finalités").And.Contain("Catégories de personnes")
            .And.Contain("Destinataires").And.Contain("Transferts hors du territoire").And.Contain("Durées de conservation").And.Contain("Mesures de sécurité");
        en.Should().Contain("<html lang=\"en\">").And.Contain("Recipients").And.Contain("Security measures").And.Contain("Rédacteur IA");
        foreach (var page in new[] { fr, en, records.ToJson() })
        {
            page.Should().NotContain("Tremblay").And.NotContain("5550101").And.NotContain("elise", "records of processing describe categories, never a person");
        }
    }
}
