using ConsentKit.PostgreSql;

namespace ConsentKit;

/// <summary>Stores ConsentKit's data in PostgreSQL.</summary>
public static class PostgreSqlOptionsExtensions
{
    /// <summary>
    /// Stores everything in a PostgreSQL database, for many processes sending at once. Takes an Npgsql connection string
    /// (<c>Host=127.0.0.1;Database=consent;Username=ck</c>) or a libpq URI (<c>postgresql://ck@127.0.0.1:5432/consent</c>);
    /// <c>Search Path</c> (or <c>?options=-csearch_path=NAME</c>) puts the store in its own schema, created if missing.
    /// </summary>
    public static ConsentKitOptions UsePostgreSql(this ConsentKitOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var normalized = PostgreSqlConnectionString.Normalize(connectionString);
        return options.UseStore(_ => new PostgreSqlConsentStore(normalized), "postgresql");
    }

    /// <summary>Whether <paramref name="value"/> is a PostgreSQL URI (<c>postgresql://</c> or <c>postgres://</c>) rather than a file path.</summary>
    public static bool IsPostgreSqlUri(string value) => PostgreSqlConnectionString.IsUri(value);
}
