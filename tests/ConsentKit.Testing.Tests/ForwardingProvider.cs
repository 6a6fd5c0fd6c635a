using ConsentKit.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Tests;

/// <summary>
/// Gives each contract test a fresh store behind <see cref="ForwardingConsentStore"/>: the provider under test is plugged in
/// with the public <see cref="ConsentKitOptions.UseStore"/>, and forwards to a SQLite file obtained through the public
/// service collection (the raw-SQL tamper tests reach that file).
/// </summary>
public sealed class ForwardingProvider : ITestStoreProvider
{
    public static ForwardingProvider Instance { get; } = new();

    public ITestDatabase Create() => new ForwardingDatabase((SqliteTestDatabase)SqliteTestProvider.Instance.Create());
}

public sealed class ForwardingDatabase(SqliteTestDatabase file) : ITestDatabase
{
    private readonly List<ServiceProvider> _inner = [];

    // The dialect of the raw SQL the tamper and erasure tests run beneath the provider: it forwards to a SQLite file.
    public string Provider => file.Provider;

    public string? FilePath => file.FilePath;

    public string CliArgument => file.CliArgument;

    /// <summary>Every forwarding store this database handed out (one per host that opened it).</summary>
    public List<ForwardingConsentStore> Stores { get; } = [];

    public void Configure(ConsentKitOptions options) => options.UseStore(_ =>
    {
        var inner = new ServiceCollection().AddConsentKit(o => file.Configure(o)).BuildServiceProvider();
        lock (_inner)
        {
            _inner.Add(inner);
            var store = new ForwardingConsentStore(inner.GetRequiredService<IConsentStore>());
            Stores.Add(store);
            return store;
        }
    }, "forwarding");

    public Task<int> ExecuteAsync(string sql, object? parameters = null) => file.ExecuteAsync(sql, parameters);

    public Task<long> ScalarAsync(string sql) => file.ScalarAsync(sql);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) => file.QueryAsync<T>(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        foreach (var inner in _inner)
        {
            await inner.DisposeAsync();
        }

        await file.DisposeAsync();
    }
}
