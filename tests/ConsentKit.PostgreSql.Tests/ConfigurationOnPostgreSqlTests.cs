using ConsentKit.Storage;
using ConsentKit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.PostgreSql.Tests;

public sealed class ConfigurationOnPostgreSqlTests
{
    [Fact]
    public async Task AddConsentKit_StorePostgreSqlKey_OpensThePostgreSqlStore()
    {
        await using var database = new PostgreSqlTestDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConsentKit:Store:PostgreSql"] = database.ConnectionString,
            ["ConsentKit:Key"] = TestKeys.PostgreSqlBase64,
        }).Build();
        await using var services = new ServiceCollection().AddConsentKit(configuration.GetSection("ConsentKit")).BuildServiceProvider();

        var info = await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);

        info.SchemaVersion.Should().Be(PostgreSqlConsentStore.LatestSchemaVersion);
        (await database.ScalarAsync("SELECT COUNT(*) FROM consentkit_schema")).Should().BeGreaterThan(0);
    }
}
