using System.Diagnostics;
using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Storage;
using ConsentKit.Testing.Contacts;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ConsentKit.Testing.Gate;

/// <summary>
/// Issue 16 §1: an inbound STOP, a suppression or a read is never lost or delayed by bulk work. A large import holds the
/// store's writer for its whole transaction; every opt-out sent meanwhile must be accepted before the import ends, honoured
/// by every gate decision taken after it returned, and recorded in the ledger once the writer is free.
/// </summary>
public abstract class OptOutDuringBulkWriteTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const int ImportRows = 60_000;

    [Fact]
    [Trait("Req", "R10")]
    [Trait("Req", "R12")]
    public async Task HandleSmsAsync_StopWhileAnImportHoldsTheStore_IsAcceptedAtOnceAndHonouredByEveryLaterDecision()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-before", phone: "+15145550101");
        await store.Ledger.RecordAsync(TestStore.Grant("c-before"));
        var gate = store.Services.GetRequiredService<ISendGate>();
        var inbound = store.Services.GetRequiredService<IInboundMessages>();
        var suppressions = store.Services.GetRequiredService<ISuppressionList>();
        (await gate.CheckAsync("c-before", "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2))).Allowed.Should().BeTrue();

        // The import also brings a contact with the number that is about to say STOP, and one with a number suppressed meanwhile.
        var csv = new System.Text.StringBuilder(CsvImportTests.Header + "\n");
        for (var i = 0; i < ImportRows; i++)
        {
            var phone = i == ImportRows - 1 ? "+15145550101" : i == ImportRows - 2 ? "+15145550102" : $"+1438{200 + i / 10000}{i % 10000:D4}";
            csv.AppendLine(CsvImportTests.Row($"c-{i:D6}", phone: phone, grantedAt: "2026-11-01T12:00:00Z"));
        }

        // The file stops after 20,000 rows until released: the import has begun its transaction and holds the writer.
        var text = csv.ToString();
        var reader = new GatedReader(text, IndexOfLine(text, 20_001));
        var import = Task.Run(() => store.Importer.ImportAsync(reader));
        await reader.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await WaitUntilTheWriterIsHeldAsync(store, import);

        var clock = Stopwatch.StartNew();
        var stop = await inbound.HandleSmsAsync("+1 514 555 0101", "STOP");
        await suppressions.AddAsync(IdentifierKind.Phone, "+15145550102", "complaint");
        clock.Stop();
        import.IsCompleted.Should().BeFalse("the opt-outs must not wait for the import to finish (they took {0} ms)", clock.ElapsedMilliseconds);

        stop.Action.Should().Be(InboundAction.Stop);
        stop.Pending.Should().BeTrue("the import holds the writer, so the stop is journaled");
        stop.Reply.Should().NotBeEmpty();

        // Reads during the import: decisions, suppression checks and verification answer, and honour the stop.
        var blocked = await gate.CheckAsync("c-before", "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2));
        blocked.Allowed.Should().BeFalse();
        blocked.Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Suppressed);
        (await suppressions.IsSuppressedAsync(IdentifierKind.Phone, "+15145550101")).Should().BeTrue();
        (await suppressions.IsSuppressedAsync(IdentifierKind.Phone, "+15145550102")).Should().BeTrue();
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();

        // A STOP accepted while the import still runs is applied by the import itself, before it commits.
        reader.Release();
        var report = await import;
        report.EventsWritten.Should().Be(ImportRows, "imports stay all or nothing");

        // After the import: the stop reached the ledger (withdrawal, suppression) with the import itself, for the contact
        // known before and for the one the import brought; the journal is empty; the chain verifies.
        (await store.Ledger.GetStateAsync("c-before", "gotv", Channel.Sms))!.Status.Should().Be(ConsentStatus.Withdrawn);
        (await store.Ledger.GetStateAsync($"c-{ImportRows - 1:D6}", "gotv", Channel.Sms))!.Status.Should().Be(ConsentStatus.Withdrawn);
        foreach (var id in new[] { "c-before", $"c-{ImportRows - 1:D6}", $"c-{ImportRows - 2:D6}" })
        {
            (await gate.CheckAsync(id, "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2))).Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Suppressed, id);
        }

        (await store.ScalarAsync("SELECT COUNT(*) FROM suppressions")).Should().Be(2);
        (await store.Services.GetRequiredService<IConsentStore>().GetPendingOptOutsAsync(default)).Should().BeEmpty();
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task HandleSmsAsync_RetriedAfterTheJournalWasReplayed_RecordsEachWithdrawalOnce()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1", phone: "+15145550101");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        var inbound = store.Services.GetRequiredService<IInboundMessages>();

        var stop = await inbound.HandleSmsAsync("+15145550101", "ARRÊT");
        stop.Pending.Should().BeFalse("nothing else holds the writer");
        stop.WithdrawalEventIds.Should().ContainSingle();
        (await store.Services.GetRequiredService<IConsentStore>().GetPendingOptOutsAsync(default)).Should().BeEmpty();

        // A second STOP finds no consent left to withdraw: one withdrawal in all.
        (await inbound.HandleSmsAsync("+15145550101", "STOP")).WithdrawalEventIds.Should().BeEmpty();
        (await store.ScalarAsync("SELECT COUNT(*) FROM ledger_events WHERE kind = 'withdrawn'")).Should().Be(1);
    }

    private static int IndexOfLine(string text, int line)
    {
        var index = 0;
        for (var i = 0; i < line; i++)
        {
            index = text.IndexOf('\n', index) + 1;
        }

        return index;
    }

    private static async Task WaitUntilTheWriterIsHeldAsync(TestStore store, Task import)
    {
        var raw = store.Services.GetRequiredService<IConsentStore>();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (import.IsCompleted)
            {
                await import;
                throw new InvalidOperationException("The import ended before the test could see it hold the writer.");
            }
            try
            {
                await using var session = await raw.BeginWriteAsync(TimeSpan.FromMilliseconds(5), default);
                if (raw is ConsentKit.Storage.Sqlite.SqliteConsentStore)
                {
                    // SQLite's lock is the file's: free until the import begins.
                    await Task.Delay(20);
                    continue;
                }

                // PostgreSQL locks per chain: the session holds nothing until it asks for the chain's head.
                await session.GetHeadAsync("default");
                await Task.Delay(20);
            }
            catch (StoreBusyException)
            {
                return;
            }
        }

        throw new TimeoutException("The import never held the writer.");
    }
}
