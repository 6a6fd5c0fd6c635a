using ConsentKit.Testing;
using System.Text.Json;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Testing.Explanations;
using ConsentKit.Transparency;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Transparency;

public abstract class TransparencyRegisterTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R67")]
    [Trait("Req", "R68")]
    [Trait("Req", "R49")]
    public async Task ReportAsync_PeriodWithSendsStopsAndReports_AggregatesOnlyWithRoundedAudience()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        var ai = new AiInvolvement { Drafted = true, ReviewedBy = "staff", Providers = [new AiProvider("Model Co", "US")] };
        await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-1", segment, ai: ai), ExplanationFixture.Record("m-2", segment, contact: "t-00012", ai: ai)]);
        var link = await store.Explanations().CreateLinkAsync("m-1");
        await store.Services.GetRequiredService<IRequestRegister>().ReportMessageAsync(link.Code, store.Clock.GetCurrentInstant(), "web");
        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550006", "STOP");
        var day = store.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["America/Toronto"]).Date;

        var report = await store.Services.GetRequiredService<ITransparencyRegister>().ReportAsync(day.PlusDays(-1), day);
        var root = JsonDocument.Parse(report.ToJson()).RootElement;
        var html = report.ToHtml("fr") + report.ToHtml("en");

        root.GetProperty("messages").GetInt32().Should().Be(2);
        root.GetProperty("stops").GetInt64().Should().Be(1);
        root.GetProperty("reports").GetInt32().Should().Be(1);
        var campaign = root.GetProperty("campaigns")[0];
        campaign.GetProperty("campaign").GetString().Should().Be("Rappel du vote 2026");
        var seg = campaign.GetProperty("segments")[0];
        seg.GetProperty("criteriaEn").GetString().Should().Contain("your city: Laval");
        (seg.GetProperty("audienceRounded").GetInt64() % 100).Should().Be(0);
        seg.GetProperty("audienceRounding").GetString().Should().Be("nearest-100");
        seg.GetProperty("audienceFr").GetString().Should().Contain("arrondi à la centaine");
        var provider = root.GetProperty("ai").GetProperty("providers")[0];
        provider.GetProperty("outsideHome").GetBoolean().Should().BeTrue();
        provider.GetProperty("registered").GetBoolean().Should().BeFalse("Model Co is not in the policy's registry");
        foreach (var text in new[] { report.ToJson(), html })
        {
            text.Should().NotContain("t-00006").And.NotContain("+1514").And.NotContain("m-1", "a public register names no person and no message");
        }
    }
}

public abstract class TransparencyRegisterWordsTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R67")]
    public async Task ReportAsync_SegmentNeverCounted_PublishesNoNumberAndEveryCriterionFieldWithItsSourceInWords()
    {
        var (store, _) = await ExplanationFixture.CreateAsync();
        await using var _s = store;
        var uncounted = await store.Services.GetRequiredService<ConsentKit.Targeting.ITargetingGuard>().ValidateAsync(
            ConsentKit.Targeting.SegmentDefinition.Parse("""{"include":{"and":[{"field":"city","op":"eq","value":"Laval"},{"field":"riding","op":"eq","value":"Laval-des-Rapides"}]}}"""),
            "gotv", new ConsentKit.Targeting.SegmentCheckOptions { Count = false });
        uncounted.Allowed.Should().BeTrue(string.Join("; ", uncounted.Violations.Select(v => v.Code)));
        await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-u", uncounted.RegisterId)]);
        var day = store.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["America/Toronto"]).Date;

        var report = await store.Services.GetRequiredService<ITransparencyRegister>().ReportAsync(day.PlusDays(-1), day);
        var root = JsonDocument.Parse(report.ToJson()).RootElement;
        var fr = report.ToHtml("fr");
        var en = report.ToHtml("en");

        var seg = root.GetProperty("campaigns")[0].GetProperty("segments").EnumerateArray().Single(x => x.GetProperty("registerId").GetString() == uncounted.RegisterId);
        seg.GetProperty("audienceCounted").GetBoolean().Should().BeFalse();
        seg.GetProperty("audienceRounded").ValueKind.Should().Be(JsonValueKind.Null);
        fr.Should().Contain("non mesurée").And.NotContain("moins de 100");
        en.Should().Contain("not counted").And.NotContain("fewer than 100");

        // Every field a criterion reads is in the data-source table (riding came from the electoral list).
        var sources = root.GetProperty("dataSources").EnumerateArray().Select(x => x.GetProperty("field").GetString()).ToList();
        sources.Should().Contain(["city", "riding"]);
        fr.Should().Contain("<td>Circonscription</td>").And.Contain("la liste électorale");

        // The French page speaks French: no codes, no English words from the vocabulary.
        var frText = System.Text.RegularExpressions.Regex.Replace(fr, "<[^>]+>", " ");
        foreach (var code in new[] { "gotv", "location", "person", "electoral_list", "identity", "third_party" })
        {
            System.Text.RegularExpressions.Regex.IsMatch(frText, $@"\b{code}\b").Should().BeFalse($"the French page shows the code {code}");
        }
    }
}
