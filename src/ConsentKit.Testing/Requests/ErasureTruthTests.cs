using ConsentKit.Requests;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ConsentKit.Testing.Requests;

/// <summary>
/// Issue 16 §8: an erasure reports done only when the store holds no older copy of the erased bytes; a reader holding an
/// old snapshot keeps them in the write-ahead log, and the erasure then says so (pending) instead of claiming success.
/// </summary>
public abstract class ErasureTruthTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R59")]
    [SqliteOnly("an open SQLite read snapshot holds the WAL")]
    public async Task EraseAsync_WhileAnotherReaderHoldsASnapshot_IsPendingUntilItEnds_ThenDoneWithTheBytesGone()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.UpsertAsync(new ConsentKit.Contacts.Contact { ContactId = "c-1", FirstName = "Zéphirine", LastName = "Ouellet-Nadeau", Phone = "+15145550199" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        var erasure = store.Services.GetRequiredService<IErasure>();

        // Another process (a backup script, a report) reads the store and keeps its snapshot open.
        await using (var reader = new SqliteConnection($"Data Source={store.Path};Pooling=False"))
        {
            await reader.OpenAsync();
            await using var snapshot = reader.BeginTransaction(deferred: true);
            await using (var command = reader.CreateCommand())
            {
                command.CommandText = "SELECT COUNT(*) FROM contacts";
                await command.ExecuteScalarAsync();
            }

            var pending = await erasure.EraseAsync("c-1");
            pending.Pending.Should().BeTrue();
            pending.Remains.Should().ContainSingle().Which.Should().Contain("write-ahead log");
            pending.ErasureId.Should().NotBeNull("the erasure itself is recorded");
        }

        var done = await erasure.EraseAsync("c-1");
        done.Pending.Should().BeFalse();
        done.OutOfReach.Should().NotBeEmpty("backups are named for the privacy officer's answer");

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { store.Path, store.Path + "-wal" }.Where(File.Exists))
        {
            var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            text.Should().NotContain("Zéphirine", file).And.NotContain("Ouellet-Nadeau", file).And.NotContain("5145550199", file);
        }
    }

    [Fact]
    [Trait("Req", "R59")]
    public async Task EraseAsync_NoOtherReader_IsDoneAndNamesWhatIsOutOfReach()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var report = await store.Services.GetRequiredService<IErasure>().EraseAsync("c-1");
        report.Pending.Should().BeFalse();
        report.OutOfReach.Should().NotBeEmpty();
        if (store.Provider == "postgresql")
        {
            report.OutOfReach.Should().Contain(c => c.Contains("write-ahead log", StringComparison.Ordinal)).And.Contain(c => c.Contains("backups", StringComparison.Ordinal));
        }
    }
}
