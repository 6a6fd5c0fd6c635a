using ConsentKit.Consent;
using ConsentKit.Testing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConsentKit.Testing.Consent;

/// <summary>For any history, the derived state equals a fold over it, and as-of queries agree with the fold at that instant.</summary>
public abstract class ConsentFoldProperties(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly string[] Contacts = ["c-1", "c-2"];
    private static readonly string[] Purposes = ["gotv", "newsletter"];
    private static readonly Channel[] Channels = [Channel.Sms, Channel.Email];

    public sealed record HistoryStep(int Contact, int Purpose, int Channel, bool Grant, int Minute, int Batch);

    private static Arbitrary<HistoryStep[]> Histories() =>
        (from contact in Gen.Choose(0, 1)
         from purpose in Gen.Choose(0, 1)
         from channel in Gen.Choose(0, 1)
         from grant in Gen.Elements(true, true, false)
         from minute in Gen.Choose(0, 40)
         from batch in Gen.Choose(1, 3)
         select new HistoryStep(contact, purpose, channel, grant, minute, batch))
        .ArrayOf().Select(a => a.Take(25).ToArray()).ToArbitrary();

    [Fact]
    [Trait("Req", "R2")]
    public void DerivedState_ForAnyHistory_EqualsFoldAndAsOfAgrees()
    {
        Prop.ForAll(Histories(), steps => CheckAsync(steps).GetAwaiter().GetResult())
            .QuickCheckThrowOnFailure();
    }

    private static async Task<bool> CheckAsync(HistoryStep[] steps)
    {
        await using var store = await TestStore.CreateAsync();
        foreach (var c in Contacts)
        {
            await store.AddContactAsync(c);
        }

        var start = TestStore.Start;
        store.Clock.Reset(start + Duration.FromMinutes(60));

        // Events go in as single calls and small batches, in list order, which is also chain order.
        for (var i = 0; i < steps.Length;)
        {
            var batch = steps.Skip(i).Take(steps[i].Batch).ToList();
            await store.Ledger.RecordManyAsync(batch.Select(s => ToEvent(s, start)).ToList());
            i += batch.Count;
        }

        foreach (var (contact, index) in Contacts.Select((c, i) => (c, i)))
        {
            var now = await store.Ledger.GetStatesAsync(contact);
            Model(steps, index, int.MaxValue).Should().BeEquivalentTo(Project(now), "derived state equals the fold over the whole history");

            foreach (var minute in new[] { -1, 0, 5, 17, 29, 40 })
            {
                var asOf = await store.Ledger.GetStatesAsync(contact, start + Duration.FromMinutes(minute));
                Model(steps, index, minute).Should().BeEquivalentTo(Project(asOf), $"as-of minute {minute} equals the fold up to then");
            }
        }

        return true;
    }

    private static ConsentEvent ToEvent(HistoryStep s, Instant start)
    {
        var at = start + Duration.FromMinutes(s.Minute);
        return s.Grant
            ? TestStore.Grant(Contacts[s.Contact], Purposes[s.Purpose], Channels[s.Channel], at)
            : TestStore.Withdraw(Contacts[s.Contact], Purposes[s.Purpose], Channels[s.Channel], at);
    }

    // The model: per (purpose, channel), the step with the latest minute wins, the later step on a tie.
    private static List<(string, Channel, ConsentStatus)> Model(HistoryStep[] steps, int contact, int upToMinute) =>
        steps.Select((s, i) => (s, i))
            .Where(x => x.s.Contact == contact && x.s.Minute <= upToMinute)
            .GroupBy(x => (x.s.Purpose, x.s.Channel))
            .Select(g => g.OrderBy(x => x.s.Minute).ThenBy(x => x.i).Last().s)
            .Select(s => (Purposes[s.Purpose], Channels[s.Channel], s.Grant ? ConsentStatus.Granted : ConsentStatus.Withdrawn))
            .ToList();

    private static List<(string, Channel, ConsentStatus)> Project(IEnumerable<ConsentState> states) =>
        states.Select(s => (s.Purpose, s.Channel, s.Status)).ToList();
}
