using Npgsql;

namespace ConsentKit.PostgreSql.Tests;

/// <summary>libpq URIs as the CLI's --db takes them.</summary>
public sealed class PostgreSqlConnectionStringTests
{
    [Theory]
    [InlineData("postgresql://127.0.0.1/consent", "127.0.0.1", 5432, null, null, "consent", null)]
    [InlineData("postgres://ck@db.internal:6543/consent", "db.internal", 6543, "ck", null, "consent", null)]
    [InlineData("postgresql://ck%40party:p%3Ass%2Fw0rd@[::1]:5433/c%20k?options=-csearch_path%3Dparty_qc", "::1", 5433, "ck@party", "p:ss/w0rd", "c k", "party_qc")]
    [InlineData("postgresql://127.0.0.1?dbname=consent&user=ck&port=5434", "127.0.0.1", 5434, "ck", null, "consent", null)]
    public void Normalize_LibpqUri_ReadsEveryPart(string uri, string host, int port, string? user, string? password, string database, string? searchPath)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.Normalize(uri));

        b.Host.Should().Be(host);
        b.Port.Should().Be(port);
        b.Username.Should().Be(user);
        b.Password.Should().Be(password);
        b.Database.Should().Be(database);
        b.SearchPath.Should().Be(searchPath);
    }

    [Fact]
    public void Normalize_SslModeAndApplicationName_Kept()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.Normalize("postgresql://ck@db/consent?sslmode=verify-full&application_name=sms-tool&connect_timeout=7"));

        b.SslMode.Should().Be(SslMode.VerifyFull);
        b.ApplicationName.Should().Be("sms-tool");
        b.Timeout.Should().Be(7);
    }

    [Theory]
    [InlineData("postgresql://ck:s3cret@db/consent?target_session_attrs=any")]
    [InlineData("postgresql://ck:s3cret@db/consent?sslmode=sometimes")]
    [InlineData("postgresql://ck:s3cret@db:notaport/consent")]
    public void Normalize_UnreadableUri_NamesFieldAndRuleWithoutTheSecret(string uri)
    {
        var act = () => PostgreSqlConnectionString.Normalize(uri);

        act.Should().Throw<ConsentKitValidationException>()
            .Which.Errors.Should().ContainSingle(e => e.Field == "db" && e.Rule == "db.uri-invalid" && !e.Message.Contains("s3cret"));
    }
}
