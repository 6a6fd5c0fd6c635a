using Npgsql;

namespace ConsentKit.PostgreSql;

/// <summary>Reads libpq URIs (<c>postgresql://[user[:password]@][host][:port][/dbname][?param=value&amp;...]</c>) into Npgsql connection strings.</summary>
internal static class PostgreSqlConnectionString
{
    public static bool IsUri(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string value)
    {
        if (!IsUri(value))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }

        // Never echo the value: it may hold a password.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            throw Invalid("is not a valid URI");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Length == 0 ? "localhost" : uri.Host.Trim('[', ']') };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var v = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = v switch
                    {
                        "disable" => SslMode.Disable,
                        "allow" => SslMode.Allow,
                        "prefer" => SslMode.Prefer,
                        "require" => SslMode.Require,
                        "verify-ca" => SslMode.VerifyCA,
                        "verify-full" => SslMode.VerifyFull,
                        _ => throw Invalid("has an sslmode that is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                    };
                    break;
                case "application_name":
                    builder.ApplicationName = v;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : throw Invalid("has a connect_timeout that is not a whole number of seconds");
                    break;
                case "options" when v.StartsWith("-csearch_path=", StringComparison.Ordinal):
                    builder.SearchPath = v["-csearch_path=".Length..];
                    break;
                case "host":
                    builder.Host = v;
                    break;
                case "port":
                    builder.Port = int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : throw Invalid("has a port that is not a number");
                    break;
                case "user":
                    builder.Username = v;
                    break;
                case "password":
                    builder.Password = v;
                    break;
                case "dbname":
                    builder.Database = v;
                    break;
                default:
                    throw Invalid($"has the parameter '{key}', which ConsentKit does not read (known: sslmode, application_name, connect_timeout, options=-csearch_path=NAME, host, port, user, password, dbname)");
            }
        }

        return builder.ConnectionString;
    }

    private static ConsentKitValidationException Invalid(string problem) =>
        new([new ValidationError("db", "db.uri-invalid", $"the PostgreSQL URI {problem}; expected postgresql://[user[:password]@]host[:port]/dbname.")]);
}
