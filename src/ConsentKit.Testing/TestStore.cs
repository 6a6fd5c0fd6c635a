using System.Security.Cryptography;
using System.Text;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ConsentKit.Testing;

/// <summary>A real SQLite file in a temp folder, with a fake clock; deleted on dispose.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 15, 0);
    public static readonly string NoticeSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Nous utiliserons votre numéro pour vous informer de la campagne. Répondez STOP pour arrêter.")));

    private readonly ServiceProvider _services;
    private readonly ITestDatabase _database;

    private TestStore(ITestDatabase database, ServiceProvider services, FakeClock clock)
    {
        _database = database;
        _services = services;
        Clock = clock;
    }

    /// <summary>The SQLite file (tests of file-level guarantees only; see <see cref="SqliteOnlyAttribute"/>).</summary>
    public string Path => _database.FilePath ?? throw new InvalidOperationException("This store is not a SQLite file; mark the test [SqliteOnly].");

    /// <summary>Points other options at this same store (as another process would open it).</summary>
    public void Configure(ConsentKitOptions options) => _database.Configure(options);

    /// <summary>What the consentkit tool takes as <c>--db</c> for this store.</summary>
    public string CliArgument => _database.CliArgument;

    /// <summary>The provider this store runs on.</summary>
    public string Provider => _database.Provider;

    public FakeClock Clock { get; }

    public IConsentLedger Ledger => _services.GetRequiredService<IConsentLedger>();

    public IContactDirectory Contacts => _services.GetRequiredService<IContactDirectory>();

    public IContactImporter Importer => _services.GetRequiredService<IContactImporter>();

    public IServiceProvider Services => _services;

    /// <summary>
    /// A fresh store on the provider of the running contract test (<see cref="StoreContract"/>), SQLite otherwise.
    /// <paramref name="path"/> reopens an existing SQLite file.
    /// </summary>
    public static async Task<TestStore> CreateAsync(Jurisdiction jurisdiction = Jurisdiction.Quebec, string? path = null, Action<ConsentKitOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var database = path is null ? StoreContract.CurrentProvider.Create() : new SqliteTestDatabase(path);
        var clock = new FakeClock(Start);
        var collection = new ServiceCollection().AddSingleton<IClock>(clock);
        services?.Invoke(collection);
        var provider = collection
            .AddConsentKit(o =>
            {
                database.Configure(o);
                o.Jurisdiction = jurisdiction;
                configure?.Invoke(o);
            })
            .BuildServiceProvider();
        var store = new TestStore(database, provider, clock);
        // As every integrator does at set-up (consentkit init --name): replies, exports and registers are signed with it.
        // A store whose options refuse to open is left for the test to see refusing.
        if (path is null)
        {
            try
            {
                await provider.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>().RegisterAsync(new("default", OrganisationName));
            }
            catch (ConsentKitException)
            {
            }
        }

        return store;
    }

    /// <summary>The public name of the test stores' default organisation.</summary>
    public const string OrganisationName = "Parti de l'Exemple";

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

    /// <summary>Raw SQL on the same store, as an attacker or a careless script would.</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters = null) => _database.ExecuteAsync(sql, parameters);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) => _database.QueryAsync<T>(sql, parameters);

    public Task<long> ScalarAsync(string sql) => _database.ScalarAsync(sql);

    public Task<long> CountEventsAsync() => ScalarAsync("SELECT COUNT(*) FROM ledger_events");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
