using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Xunit;

namespace ConsentKit.Cli.Tests;

/// <summary>Issue 16 §8: <c>dpo erase</c> exits 4 (pending, with what remains) while another reader keeps the old pages, then 0.</summary>
public sealed class ErasureCliTests : IDisposable
{
    private readonly CliRunner _cli = new(SqliteTestProvider.Instance);

    [Fact]
    [Trait("Req", "R59")]
    public async Task DpoErase_WhileAnotherProcessReads_ExitsFourWithWhatRemains_ThenZero()
    {
        await TargetingCliTests.SeedAsync(_cli, 2);
        await using (var reader = new SqliteConnection($"Data Source={_cli.Db};Pooling=False"))
        {
            await reader.OpenAsync();
            await using var snapshot = reader.BeginTransaction(deferred: true);
            await using (var command = reader.CreateCommand())
            {
                command.CommandText = "SELECT COUNT(*) FROM contacts";
                await command.ExecuteScalarAsync();
            }

            var pending = await _cli.RunWithDbAsync("dpo", "erase", "--contact", "c-1", "--json");
            pending.ExitCode.Should().Be(4, pending.Stderr);
            pending.Json.GetProperty("pending").GetBoolean().Should().BeTrue();
            pending.Json.GetProperty("remains").GetArrayLength().Should().Be(1);
        }

        var done = await _cli.RunWithDbAsync("dpo", "erase", "--contact", "c-1", "--json");
        done.ExitCode.Should().Be(0, done.Stderr);
        done.Json.GetProperty("pending").GetBoolean().Should().BeFalse();
        done.Json.GetProperty("erasureId").GetString().Should().StartWith("era-");
        (await _cli.RunWithDbAsync("verify")).ExitCode.Should().Be(0);
    }

    public void Dispose() => _cli.Dispose();
}
