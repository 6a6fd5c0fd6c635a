using System.Text;
using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ConsentKit.Tests.Storage;

/// <summary>
/// Issue 16 §5: a store of schema 8, committed as ConsentKit wrote it (key inside the database, rows without keyed
/// hashes), is upgraded in place: the key moves to the key file, the database copy is scrubbed from every file, the rows
/// are sealed, and everything still verifies and decides as before.
/// </summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R13")]
    public async Task Open_StoreOfSchema8WithItsKeyInside_MovesTheKeyOutScrubsItAndSealsTheRows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ck-upgrade-{Guid.NewGuid():N}.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "store-schema8.db"), path);
        string legacy;
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'personal_data_key'";
            legacy = (string)(await command.ExecuteScalarAsync())!;
        }

        await using (var store = await TestStore.CreateAsync(path: path))
        {
            (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();

            File.Exists(path + ".key").Should().BeTrue();
            PersonalDataKeys.Read(path + ".key").Should().Equal(Convert.FromBase64String(legacy));
            (await store.ScalarAsync("SELECT COUNT(*) FROM meta WHERE key = 'personal_data_key'")).Should().Be(0);
            (await store.ScalarAsync("SELECT COUNT(*) FROM contacts WHERE row_mac IS NULL")).Should().Be(0);
            (await store.ScalarAsync("SELECT COUNT(*) FROM sends WHERE row_no = 1 AND row_mac IS NOT NULL")).Should().Be(1);

            // Decisions are as before: the STOPped number stays suppressed, the erased contact stays unknown.
            var gate = store.Services.GetRequiredService<ISendGate>();
            (await gate.CheckAsync("c-2", "gotv", Channel.Sms)).Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Suppressed);
            (await gate.CheckAsync("c-3", "gotv", Channel.Sms)).Reasons.Select(r => r.Code).Should().Equal(GateReasonCode.UnknownContact);

            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(legacy)).Should().Be(-1, $"{file} must keep no copy of the key");
                bytes.AsSpan().IndexOf(Convert.FromBase64String(legacy)).Should().Be(-1, file);
            }

            // And the sealed rows are now tamper-evident.
            await store.ExecuteAsync("DELETE FROM sends");
            var tampered = await store.Ledger.VerifyAsync();
            tampered.Ok.Should().BeFalse();
            tampered.Table.Should().Be("sends");
        }
    }
}
