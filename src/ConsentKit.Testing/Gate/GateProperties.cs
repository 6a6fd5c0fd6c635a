using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Testing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Gate;

/// <summary>For any event history, the gate never allows a contact whose latest event is a withdrawal, or whose number is suppressed.</summary>
public abstract class GateProperties(ITestStoreProvider provider) : StoreContract(provider)
{
    public sealed record GateStep(bool Grant, int Minute, bool Suppress);

    [Fact]
    [Trait("Req", "R10")]
    [Trait("Req", "R13")]
    public void CheckAsync_ForAnyHistory_NeverAllowsWithdrawnOrSuppressed()
    {
        var histories = (from grant in Gen.Elements(true, true, false)
                         from minute in Gen.Choose(0, 50)
                         from suppress in Gen.Elements(false, false, false, true)
                         select new GateStep(grant, minute, suppress))
            .ArrayOf().Select(a => a.Take(12).ToArray()).ToArbitrary();

        Prop.ForAll(histories, steps => CheckAsync(steps).GetAwaiter().GetResult()).QuickCheckThrowOnFailure();
    }

    private static async Task<bool> CheckAsync(GateStep[] steps)
    {
        await using var store = await TestStore.CreateAsync();
        store.Clock.Reset(TestStore.Start + Duration.FromMinutes(60));
        await store.AddContactAsync("c-1");
        var suppressed = false;
        foreach (var step in steps)
        {
            var at = TestStore.Start + Duration.FromMinutes(step.Minute);
            await store.Ledger.RecordAsync(step.Grant ? TestStore.Grant("c-1", at: at) : TestStore.Withdraw("c-1", at: at));
            if (step.Suppress)
            {
                await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, "514 555 0101", "test");
                suppressed = true;
            }
        }

        // The latest event by occurrence, the later recorded on a tie.
        var latest = steps.Select((s, i) => (s, i)).OrderBy(x => x.s.Minute).ThenBy(x => x.i).LastOrDefault();
        var withdrawn = steps.Length > 0 && !latest.s.Grant;
        var gate = store.Services.GetRequiredService<ISendGate>();
        var at60 = TestStore.Start + Duration.FromMinutes(60);
        var single = await gate.CheckAsync("c-1", "gotv", Channel.Sms, at60);
        var batch = await gate.CheckManyAsync("gotv", Channel.Sms, at60).SingleAsync();

        foreach (var decision in new[] { single, batch })
        {
            if ((withdrawn || suppressed) && decision.Allowed)
            {
                return false;
            }

            decision.Reasons.Select(r => r.Code).Contains(GateReasonCode.Withdrawn).Should().Be(withdrawn);
            decision.Reasons.Select(r => r.Code).Contains(GateReasonCode.Suppressed).Should().Be(suppressed);
        }

        return true;
    }
}
