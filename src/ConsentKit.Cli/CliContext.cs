using Microsoft.Extensions.Logging;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>Exit codes of the consentkit tool: a public contract (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int Usage = 2;
    public const int Tampered = 3;

    /// <summary>An erasure recorded whose older copies could not be cleared yet (<c>dpo erase</c>): run it again later.</summary>
    public const int Pending = 4;
}

/// <summary>One command's services and output: JSON on stdout with --json, sentences otherwise; errors on stderr.</summary>
internal sealed class CliContext : IAsyncDisposable
{
    public static JsonSerializerOptions JsonOptions => Json;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ServiceProvider _services;

    private CliContext(ServiceProvider services, bool json)
    {
        _services = services;
        JsonOutput = json;
    }

    public bool JsonOutput { get; }

    /// <summary>
    /// Opens the store at <paramref name="db"/>: a SQLite file path or a PostgreSQL URI (postgresql://...). Only <c>init</c>
    /// may create a store, so a typo in a path or a database name never yields an empty one.
    /// </summary>
    /// <summary>The <c>--actor</c> of this invocation; the tool's name when not given.</summary>
    public static string? Actor { get; set; }

    /// <summary>
    /// The clock of the commands that open no store (provenance signing), taken from the same registration as every other
    /// command's (<c>AddConsentKit</c>, which names the system clock once); a command with a store uses the one its
    /// services hold.
    /// </summary>
    public static NodaTime.IClock Clock => ClockHolder.Value;

    private static readonly Lazy<NodaTime.IClock> ClockHolder = new(() =>
    {
        using var services = new ServiceCollection().AddConsentKit(_ => { }).BuildServiceProvider();
        return services.GetRequiredService<NodaTime.IClock>();
    });

    /// <summary>The <c>--key-file</c> of this invocation.</summary>
    public static string? KeyFile { get; set; }

    /// <summary>The log level (--verbose: Information; CONSENTKIT_LOG_LEVEL wins); null: no logs, so stdout and stderr keep their contracts.</summary>
    public static Microsoft.Extensions.Logging.LogLevel? LogLevel { get; set; }

    /// <summary>The key file this store uses; null when the key comes from <c>CONSENTKIT_KEY</c>.</summary>
    public string? KeyFilePath { get; private set; }

    public static CliContext Open(string db, bool json, bool create = false)
    {
        var postgres = PostgreSqlOptionsExtensions.IsPostgreSqlUri(db);
        if (postgres)
        {
            if (!create && !IsPostgreSqlStore(db))
            {
                throw new ConsentKitValidationException([new("db", "db.not-a-store", "this PostgreSQL database holds no ConsentKit store; create one with 'consentkit init --db URI'.")]);
            }
        }
        else
        {
            if (!create && !File.Exists(db))
            {
                throw new ConsentKitValidationException([new("db", "db.not-found", "no store at this path; create one with 'consentkit init --db PATH'.")]);
            }

            if (File.Exists(db) && !IsStoreOrEmpty(db, create))
            {
                throw new ConsentKitValidationException([new("db", "db.not-a-store", "this file is not a ConsentKit store; ConsentKit leaves it untouched (create a store with 'consentkit init --db NEWPATH').")]);
            }
        }

        var services = new ServiceCollection()
            .AddConsentKit(o =>
            {
                if (postgres)
                {
                    o.UsePostgreSql(db);
                }
                else
                {
                    o.UseSqlite($"Data Source={db}");
                }

                o.Actor = Actor ?? "consentkit";

                // R27: the tool reads no configuration file; the calling registration comes from the environment, like the key.
                o.VoterContactRegistration = Environment.GetEnvironmentVariable("CONSENTKIT_VOTER_CONTACT_REGISTRATION") is { Length: > 0 } registration ? registration : null;
                o.KeyFile = KeyFile is null ? null : Path.GetFullPath(KeyFile);
                if (Environment.GetEnvironmentVariable("CONSENTKIT_KEY") is { Length: > 0 } key)
                {
                    o.PersonalDataKey = Convert.FromBase64String(key);
                }
            })
            .AddLogging(b =>
            {
                // Logs go to stderr, never stdout: a --json answer stays one JSON document.
                if (LogLevel is { } level)
                {
                    b.AddSimpleConsole(c => c.SingleLine = true).AddConsole(c => c.LogToStandardErrorThreshold = Microsoft.Extensions.Logging.LogLevel.Trace).SetMinimumLevel(level);
                }
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var hasEnvironmentKey = Environment.GetEnvironmentVariable("CONSENTKIT_KEY") is { Length: > 0 };
        return new CliContext(services, json)
        {
            KeyFilePath = hasEnvironmentKey ? null : KeyFile is not null ? Path.GetFullPath(KeyFile) : postgres ? null : Path.GetFullPath(db) + ".key",
        };
    }

    // The schema table is created with the store; a server that cannot be reached says so (without echoing the URI).
    private static bool IsPostgreSqlStore(string uri)
    {
        try
        {
            var dataSource = Npgsql.NpgsqlDataSource.Create(ConsentKit.PostgreSql.PostgreSqlConnectionString.Normalize(uri));
            using (dataSource)
            {
                using var command = dataSource.CreateCommand("SELECT to_regclass('consentkit_schema') IS NOT NULL");
                return command.ExecuteScalar() is true;
            }
        }
        catch (Npgsql.NpgsqlException e)
        {
            var why = (e as Npgsql.PostgresException)?.SqlState switch
            {
                "3D000" => "the database does not exist",
                "28P01" or "28000" => "the server refused the login (user or password)",
                "3F000" => "the schema does not exist",
                { } state => $"the server refused the connection (SQLSTATE {state})",
                null => "the server could not be reached (host, port, network or TLS)",
            };
            throw new ConsentKitValidationException([new("db", "db.unreachable", why + ".")]);
        }
    }

    // A store has ConsentKit's meta table. init may also take an empty file; no command adopts another application's database.
    private static bool IsStoreOrEmpty(string db, bool create)
    {
        if (new FileInfo(db).Length == 0)
        {
            return create;
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'ledger_events')";
        var tables = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
        return tables == 2 || (create && Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    // Every --json output is built as a JsonObject with its field names written out: the names are the tool's public
    // contract (docs/cli.md), and nodes serialize without reflection, so the tool compiles ahead of time (issue 18).
    public static void WriteJson(JsonNode value) => Console.Out.WriteLine(value.ToJsonString(Json));

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray Array(IEnumerable<string?> items) => new([.. items.Select(i => (JsonNode?)i)]);

    public static JsonObject Object(IEnumerable<KeyValuePair<string, long>> counts) => new(counts.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));

    public static string? Format(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null;

    public int Refuse(IEnumerable<ValidationError> errors) => Report(errors.ToList(), JsonOutput);

    /// <summary>Prints refused input as documented: one line per error on stderr, and with --json the errors on stdout. Exit 1.</summary>
    public static int Report(IReadOnlyList<ValidationError> errors, bool json)
    {
        foreach (var e in errors)
        {
            Console.Error.WriteLine($"error: {e}");
        }

        if (json)
        {
            WriteJson(new JsonObject { ["error"] = "refused", ["errors"] = Array(errors.Select(e => (JsonNode?)new JsonObject { ["field"] = e.Field, ["rule"] = e.Rule, ["message"] = e.Message })) });
        }

        return ExitCodes.Refused;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>The options every command shares, declared once so that their names and help read the same everywhere.</summary>
internal static class CliOptions
{
    public static Option<string> Db() => new("--db") { Description = "The store: a SQLite file path, or a PostgreSQL URI postgresql://[user[:password]@]host[:port]/dbname.", Required = true };

    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON on stdout." };

    public static Option<string> Text(string name, string description, bool required = false) => new(name) { Description = description, Required = required };
}

/// <summary>
/// Every file the tool writes (issue 16 §7): never the store itself nor any other SQLite file, never a folder; written to a
/// temporary file beside the target and renamed over it, so a failed run leaves the earlier file whole; created readable
/// by its owner only when it holds personal data.
/// </summary>
internal static class CliOutput
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    // The store file and the files SQLite and ConsentKit keep beside it.
    private static readonly string[] StoreFiles = ["", "-wal", "-shm", ".optout", ".optout-wal", ".optout-shm", ".key"];

    /// <summary>The refusal for <paramref name="target"/>, or null when it may be written.</summary>
    public static ValidationError? Check(string target, string? db, string field = "out")
    {
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            return new(field, "out.directory", $"{field} names a folder; give a file path.");
        }

        if (db is not null && !PostgreSqlOptionsExtensions.IsPostgreSqlUri(db))
        {
            var store = Path.GetFullPath(db);
            if (StoreFiles.Any(s => string.Equals(full, store + s, StringComparison.Ordinal)))
            {
                return new(field, "out.is-store", $"{field} names the store (or one of its files); write the output elsewhere.");
            }
        }

        if (File.Exists(full) && IsSqlite(full))
        {
            return new(field, "out.sqlite-file", $"{field} names a SQLite database; ConsentKit does not overwrite databases.");
        }

        return null;
    }

    /// <summary>Writes through a temporary file renamed over <paramref name="target"/> at the end.</summary>
    public static async Task WriteAsync(string target, bool personal, Func<StreamWriter, Task> write)
    {
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (personal && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            await using (var writer = new StreamWriter(temporary, new System.Text.UTF8Encoding(false), options))
            {
                await write(writer).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static Task WriteAsync(string target, bool personal, string text) => WriteAsync(target, personal, w => w.WriteAsync(text));

    private static bool IsSqlite(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> header = stackalloc byte[16];
            return stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual(SqliteHeader);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
