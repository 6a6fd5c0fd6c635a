using ConsentKit.Storage;
using ConsentKit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Tests.Storage;

public sealed class SqliteStoreTests
{
    [Fact]
    public async Task Open_FileFromNewerVersion_IsRefusedAndLeftUnchanged()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.ExecuteAsync("PRAGMA user_version = 99");
        await using var newer = await TestStore.CreateAsync(path: store.Path);

        var act = () => newer.AddContactAsync("c-2");

        var error = (await act.Should().ThrowAsync<ConsentKitException>()).Which;
        error.Code.Should().Be("store.newer-version");
        error.Message.Should().Contain("99").And.Contain("Upgrade ConsentKit");
        (await store.ScalarAsync("PRAGMA user_version")).Should().Be(99);
    }

    [Fact]
    public async Task Open_EmptyOlderFile_IsUpgradedToLatestSchema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ck-old-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0; CREATE TABLE legacy (x INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await TestStore.CreateAsync(path: path);
        await store.AddContactAsync("c-1");

        (await store.ScalarAsync("PRAGMA user_version")).Should().Be(ConsentKit.Storage.Sqlite.SqliteConsentStore.LatestSchemaVersion);
        (await store.ScalarAsync("SELECT COUNT(*) FROM contacts")).Should().Be(1);
        (await store.ScalarAsync("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'")).Should().Be(1);
    }

    [Fact]
    [Trait("Req", "R1")]
    public async Task InitializeAsync_Quebec_InstallsTheDefaultPurposes_AndRefusesAnotherJurisdiction()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Jurisdiction = null);
        var admin = store.Services.GetRequiredService<IStoreAdministration>();

        var info = await admin.InitializeAsync(Jurisdiction.Quebec);

        info.Purposes.Select(p => p.Name).Should().BeEquivalentTo(["gotv", "newsletter", "fundraising", "survey", "volunteering", "membership", "political-ads", "ai-profiling"]);
        (await store.ScalarAsync("SELECT COUNT(*) FROM purposes")).Should().Be(8);
        (await admin.InitializeAsync(Jurisdiction.Quebec)).Jurisdiction.Should().Be(Jurisdiction.Quebec);
        var act = () => admin.InitializeAsync(Jurisdiction.France);
        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "jurisdiction.already-set");
    }

    [Fact]
    public async Task Open_WithAnotherKey_IsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await using var other = await TestStore.CreateAsync(path: store.Path, configure: o => o.PersonalDataKey = new byte[32]);

        var act = () => other.AddContactAsync("c-2");

        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("store.key-mismatch");
    }
}
