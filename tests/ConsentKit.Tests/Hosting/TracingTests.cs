using System.Diagnostics;
using ConsentKit.Gate;
using ConsentKit.Prompts;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ConsentKit.Tests.Hosting;

/// <summary>The ActivitySource named ConsentKit, read through the OpenTelemetry SDK's in-memory exporter.</summary>
public sealed class TracingTests
{
    private static readonly ActivitySource Test = new("ConsentKit.Tests.Tracing");

    [Fact]
    [Trait("Req", "R49")]
    public async Task Spans_GateLedgerImportScanInbound_EmittedWithCodesAndCountsOnly_NeverPersonalData()
    {
        var exported = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(ConsentKitDiagnostics.ActivitySourceName, Test.Name).AddInMemoryExporter(exported).Build();
        await using var store = await TestStore.CreateAsync();

        ActivityTraceId trace;
        using (var root = Test.StartActivity("test")!)
        {
            trace = root.TraceId;
            await store.AddContactAsync("c-secret-1", phone: "514 555 0199");
            await store.Ledger.RecordAsync(TestStore.Grant("c-secret-1"));
            await store.Services.GetRequiredService<ISendGate>().CheckAsync("c-secret-1", "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2));
            await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550199", "STOP");
            await store.Services.GetRequiredService<ISendGate>().CheckAsync("c-secret-1", "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2));
            PersonalDataScanner.Default.Scan("Appelez Élise Tremblay au 514 555 0199.");
            await store.Importer.ImportAsync(new StringReader("contact_id,phone\n"));
        }

        tracing.ForceFlush();
        var spans = exported.Where(a => a.TraceId == trace && a.Source.Name == ConsentKitDiagnostics.ActivitySourceName).ToList();
        spans.Select(s => s.OperationName).Should().Contain(["consentkit.gate.check", "consentkit.ledger.append", "consentkit.inbound", "consentkit.prompts.scan", "consentkit.contacts.import"]);
        var blocked = spans.Last(s => s.OperationName == "consentkit.gate.check");
        blocked.GetTagItem("consentkit.allowed").Should().Be(false);
        ((string)blocked.GetTagItem("consentkit.reasons")!).Split(',').Should().Contain("Suppressed");
        spans.Single(s => s.OperationName == "consentkit.prompts.scan").GetTagItem("consentkit.entities").Should().Be(2);
        foreach (var tag in spans.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? ""))
        {
            tag.Should().NotContain("c-secret").And.NotContain("555").And.NotContain("Tremblay").And.NotContain("Élise");
        }
    }
}
