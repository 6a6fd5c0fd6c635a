using System.Security.Cryptography;
using System.Text;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Benchmarks;

/// <summary>A fresh store file per benchmark iteration, and the synthetic data the benchmarks share.</summary>
internal sealed class BenchStore : IAsyncDisposable
{
    public static readonly string NoticeSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Avis v1")));
    public static readonly Instant GrantedAt = Instant.FromUtc(2026, 10, 1, 12, 0);

    private readonly ServiceProvider _services;

    private BenchStore(string path, ServiceProvider services)
    {
        Path = path;
        _services = services;
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public IConsentLedger Ledger => _services.GetRequiredService<IConsentLedger>();

    public IContactImporter Importer => _services.GetRequiredService<IContactImporter>();

    public ConsentKit.Gate.ISendGate Gate => _services.GetRequiredService<ConsentKit.Gate.ISendGate>();

    public IServiceProvider Services => _services;

    public static async Task<BenchStore> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ck-bench-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection().AddConsentKit(o => o.UseSqlite($"Data Source={path}")).BuildServiceProvider();
        var store = new BenchStore(path, services);
        await services.GetRequiredService<ConsentKit.Storage.IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        return store;
    }

    /// <summary>A store holding <paramref name="contacts"/> imported contacts, each with a gotv/sms consent.</summary>
    public static async Task<BenchStore> CreateWithContactsAsync(int contacts)
    {
        var store = await CreateAsync();
        using var reader = new StringReader(Csv(contacts));
        await store.Importer.ImportAsync(reader);
        return store;
    }

    public static string ContactId(int i) => $"c-{i:D7}";

    public static string Csv(int rows)
    {
        var sb = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at\n");
        for (var i = 0; i < rows; i++)
        {
            sb.Append(ContactId(i)).Append(",Prénom,Nom,+1514").Append((5550000 + (i % 10000)).ToString("D7", System.Globalization.CultureInfo.InvariantCulture))
              .Append(",,fr-CA,H2X 1Y4,,gotv,sms,explicit_consent,canvass,notice-door,2,fr-CA,").Append(NoticeSha)
              .Append(",a signé la fiche,fiche-").Append(i).Append(",bénévole-7,true,2026-10-01T12:00:00Z\n");
        }

        return sb.ToString();
    }

    public static ConsentEvent Grant(int i, string purpose = "gotv") => new()
    {
        ContactId = ContactId(i),
        Purpose = purpose,
        Channel = Channel.Sms,
        Basis = ConsentBasis.ExplicitConsent,
        Source = CaptureSource.Canvass,
        OccurredAt = GrantedAt,
        Notice = new NoticeReference("notice-door", "2", "fr-CA", NoticeSha),
        AffirmativeAct = "a signé la fiche",
        EvidenceRef = "fiche-" + i,
        CollectedBy = "bénévole-7",
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".optout", ".optout-wal", ".optout-shm", ".key" })
        {
            File.Delete(Path + suffix);
        }
    }
}
