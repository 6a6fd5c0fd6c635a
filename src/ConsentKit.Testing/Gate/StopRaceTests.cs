using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Gate;

/// <summary>A withdrawal holds for the very next reservation: 1,000 races between a STOP and a sender reserving sends.</summary>
public abstract class StopRaceTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const int Races = 1000;

    [Fact]
    [Trait("Req", "R10")]
    public async Task ReserveAsync_RacingAStop_NeverAllowsASendAfterTheStopCommitted()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 10_000, Duration.FromDays(1), AnnouncedAtSignUp: true)));
        var importer = store.Importer;
        var csv = new System.Text.StringBuilder(ConsentKit.Testing.Contacts.CsvImportTests.Header + "\n");
        for (var i = 0; i < Races; i++)
        {
            csv.AppendLine(ConsentKit.Testing.Contacts.CsvImportTests.Row($"c-{i:D4}", phone: $"+1514555{i:D4}", grantedAt: "2026-11-01T12:00:00Z"));
        }

        (await importer.ImportAsync(new StringReader(csv.ToString()))).EventsWritten.Should().Be(Races);
        var gate = store.Services.GetRequiredService<ISendGate>();
        var inbound = store.Services.GetRequiredService<IInboundMessages>();
        var violations = 0;
        var allowedBeforeStop = 0;

        for (var i = 0; i < Races; i++)
        {
            var contact = $"c-{i:D4}";
            var stopped = 0;
            var sender = Task.Run(async () =>
            {
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var stopCommittedBefore = Volatile.Read(ref stopped) == 1;
                    var decision = await gate.ReserveAsync(contact, "gotv", Channel.Sms);
                    if (decision.Allowed && stopCommittedBefore)
                    {
                        Interlocked.Increment(ref violations);
                    }
                    else if (decision.Allowed)
                    {
                        Interlocked.Increment(ref allowedBeforeStop);
                    }
                    else
                    {
                        return;
                    }
                }
            });
            var stop = Task.Run(async () =>
            {
                await inbound.HandleSmsAsync($"+1514555{i:D4}", i % 2 == 0 ? "STOP" : "Arrêt svp");
                Volatile.Write(ref stopped, 1);
            });
            await Task.WhenAll(sender, stop);
            (await gate.CheckAsync(contact, "gotv", Channel.Sms)).Allowed.Should().BeFalse();
        }

        violations.Should().Be(0);
        allowedBeforeStop.Should().BeGreaterThan(0, "the races must actually overlap");
    }
}
