using ConsentKit.Testing;
using Dapper;
using Npgsql;

namespace ConsentKit.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests run on: <c>CONSENTKIT_PG</c> (an Npgsql connection string or a postgresql:// URI), which
/// <c>.ci/run</c> sets after starting a server on 127.0.0.1. Each test store gets its own schema, dropped afterwards.
/// </summary>
public sealed class PostgreSqlTestProvider : ITestStoreProvider
{
    public static readonly PostgreSqlTestProvider Instance = new();

    public const string Variable = "CONSENTKIT_PG";

    /// <summary>The server's connection string, or null when the tests must be skipped.</summary>
    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? PostgreSqlConnectionString.Normalize(value)
        : null;

    public static string SkipReason =>
        $"PostgreSQL tests need a server: set {Variable} (for example Host=127.0.0.1;Username=postgres) or run .ci/run, which starts one.";

    public ITestDatabase Create() => new PostgreSqlTestDatabase();

    /// <summary>A connection string to a fresh schema of its own.</summary>
    public static string NewSchema(out string schema)
    {
        schema = "ck_" + Guid.NewGuid().ToString("N")[..16];
        return new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason)) { SearchPath = schema }.ConnectionString;
    }
}

public sealed class PostgreSqlTestDatabase : ITestDatabase
{
    private readonly string _connectionString;
    private readonly string _schema;

    public PostgreSqlTestDatabase() => _connectionString = PostgreSqlTestProvider.NewSchema(out _schema);

    public string Provider => "postgresql";

    public string? FilePath => null;

    public string ConnectionString => _connectionString;

    public string CliArgument
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(_connectionString);
            var user = b.Username is null ? "" : Uri.EscapeDataString(b.Username) + (b.Password is null ? "" : ":" + Uri.EscapeDataString(b.Password)) + "@";
            return $"postgresql://{user}{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? "postgres")}?options={Uri.EscapeDataString("-csearch_path=" + _schema)}";
        }
    }

    public void Configure(ConsentKitOptions options)
    {
        options.UsePostgreSql(_connectionString);
        options.PersonalDataKey ??= TestKeys.PostgreSql;
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
    }
}
