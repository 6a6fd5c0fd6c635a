using ConsentKit.Tests.Support;
using System.Text.Json;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Tests.Explanations;
using ConsentKit.Transparency;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Tests.Transparency;

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
        var provider = root.GetProperty("ai").GetProperty("providers")[0];
        provider.GetProperty("outsideHome").GetBoolean().Should().BeTrue();
        provider.GetProperty("registered").GetBoolean().Should().BeFalse("Model Co is not in the policy's registry");
        foreach (var text in new[] { report.ToJson(), html })
        {
            text.Should().NotContain("t-00006").And.NotContain("+1514").And.NotContain("m-1", "a public register names no person and no message");
        }
    }
}

public sealed class TransparencyRegisterTestsOnSqlite() : TransparencyRegisterTests(SqliteTestProvider.Instance);
