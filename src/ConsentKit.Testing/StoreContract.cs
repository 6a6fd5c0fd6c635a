using Dapper;
using Microsoft.Data.Sqlite;

namespace ConsentKit.Testing;

/// <summary>A database a test store runs on: how to configure ConsentKit for it, raw SQL on it, and its removal.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    string Provider { get; }

    /// <summary>The file, for a SQLite store; null otherwise.</summary>
    string? FilePath { get; }

    /// <summary>What the consentkit tool takes as <c>--db</c>: the file path or the postgresql:// URI.</summary>
    string CliArgument { get; }

    void Configure(ConsentKitOptions options);

    Task<int> ExecuteAsync(string sql, object? parameters = null);

    Task<long> ScalarAsync(string sql);

    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null);
}

/// <summary>The personal-data key of every PostgreSQL test store, which keeps its key outside the database like any other.</summary>
public static class TestKeys
{
    public static readonly byte[] PostgreSql = System.Security.Cryptography.SHA256.HashData("consentkit-test-key"u8);

    public static string PostgreSqlBase64 => Convert.ToBase64String(PostgreSql);
}

/// <summary>Creates fresh, empty test databases on one provider.</summary>
public interface ITestStoreProvider
{
    ITestDatabase Create();
}

/// <summary>
/// The base of every capability test class that must hold on each storage provider, as Dapper and EF Core run one suite
/// over many databases: a test class is abstract and derives from this; <c>XTestsOnSqlite</c> (here) and
/// <c>XTestsOnPostgreSql</c> (in ConsentKit.PostgreSql.Tests) run it on each provider. <see cref="TestStore.CreateAsync"/>
/// picks the provider of the running test.
/// </summary>
public abstract class StoreContract
{
    private static readonly AsyncLocal<ITestStoreProvider?> Current = new();

    // xunit builds the test class and runs the test method in one async flow: the provider set here is the one the test sees.
    protected StoreContract(ITestStoreProvider provider) => Current.Value = provider;

    internal static ITestStoreProvider CurrentProvider => Current.Value ?? SqliteTestProvider.Instance;
}

/// <summary>
/// Marks a contract test of a SQLite-only guarantee (raw file bytes, PRAGMAs, the file's own locking); other providers
/// report it as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

public sealed class SqliteTestProvider : ITestStoreProvider
{
    public static readonly SqliteTestProvider Instance = new();

    public ITestDatabase Create() => new SqliteTestDatabase(Path.Combine(Path.GetTempPath(), $"ck-test-{Guid.NewGuid():N}.db"));
}

/// <summary>A real SQLite file in a temp folder; deleted on dispose.</summary>
public sealed class SqliteTestDatabase(string path) : ITestDatabase
{
    public string Provider => "sqlite";

    public string? FilePath => path;

    public string CliArgument => path;

    public void Configure(ConsentKitOptions options) => options.UseSqlite($"Data Source={path}");

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".optout", ".optout-wal", ".optout-shm", ".key" })
        {
            File.Delete(path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
