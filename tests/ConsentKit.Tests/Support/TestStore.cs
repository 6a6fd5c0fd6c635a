using System.Security.Cryptography;
using System.Text;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ConsentKit.Tests.Support;

/// <summary>A real SQLite file in a temp folder, with a fake clock; deleted on dispose.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 15, 0);
    public static readonly string NoticeSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Nous utiliserons votre numéro pour vous informer de la campagne. Répondez STOP pour arrêter.")));

    private readonly ServiceProvider _services;

    private TestStore(string path, ServiceProvider services, FakeClock clock)
    {
        Path = path;
        _services = services;
        Clock = clock;
    }

    public string Path { get; }

    public FakeClock Clock { get; }

    public IConsentLedger Ledger => _services.GetRequiredService<IConsentLedger>();

    public IContactDirectory Contacts => _services.GetRequiredService<IContactDirectory>();

    public IContactImporter Importer => _services.GetRequiredService<IContactImporter>();

    public IServiceProvider Services => _services;

    public static Task<TestStore> CreateAsync(Jurisdiction jurisdiction = Jurisdiction.Quebec, string? path = null, Action<ConsentKitOptions>? configure = null)
    {
        path ??= System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ck-test-{Guid.NewGuid():N}.db");
        var clock = new FakeClock(Start);
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddConsentKit(o =>
            {
                o.UseSqlite($"Data Source={path}");
                o.Jurisdiction = jurisdiction;
                configure?.Invoke(o);
            })
            .BuildServiceProvider();
        return Task.FromResult(new TestStore(path, services, clock));
    }

    public Task<Contact> AddContactAsync(string id, string? phone = "514 555 0101", string? email = null, LocalDate? birthDate = null) =>
        Contacts.UpsertAsync(new Contact { ContactId = id, FirstName = "Élise", LastName = "Tremblay", Phone = phone, Email = email, Language = "fr-CA", BirthDate = birthDate });

    public static ConsentEvent Grant(string contactId, string purpose = "gotv", Channel channel = Channel.Sms, Instant? at = null) => new()
    {
        ContactId = contactId,
        Purpose = purpose,
        Channel = channel,
        Kind = ConsentEventKind.Granted,
        Basis = ConsentBasis.ExplicitConsent,
        Source = CaptureSource.WebForm,
        SourceDetail = "https://exemple.qc.ca/inscription",
        OccurredAt = at ?? Start,
        Notice = new NoticeReference("notice-sms", "3", "fr-CA", NoticeSha),
        AffirmativeAct = "case non cochée, cochée par la personne",
        EvidenceRef = "form-submission-991",
        CollectedBy = "site web",
    };

    public static ConsentEvent Withdraw(string contactId, string purpose = "gotv", Channel channel = Channel.Sms, Instant? at = null) => new()
    {
        ContactId = contactId,
        Purpose = purpose,
        Channel = channel,
        Kind = ConsentEventKind.Withdrawn,
        Source = CaptureSource.InboundSms,
        OccurredAt = at ?? Start,
    };

    /// <summary>Raw SQL on the same file, as an attacker or a careless script would.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<long> CountEventsAsync() => ScalarAsync("SELECT COUNT(*) FROM ledger_events");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
