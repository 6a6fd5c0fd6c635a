using System.Security.Cryptography;
using ConsentKit.Storage;

namespace ConsentKit;

/// <summary>
/// Supplies the personal-data key from wherever an integrator keeps secrets (a vault, a KMS, a sealed file). The key never
/// goes into the store: anyone holding the database without it can neither reverse the keyed hashes of phones and e-mails
/// (suppressions that outlive an erasure, R13) nor forge the hashes that make the store tamper-evident.
/// </summary>
public interface IPersonalDataKeyProvider
{
    /// <summary>The key: 32 bytes or more, the same for the life of the store.</summary>
    ValueTask<byte[]> GetKeyAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Where the key comes from (docs/architecture.md, "Keys outside the store"), in this order: the options' provider, the
/// options' bytes (the CLI puts <c>CONSENTKIT_KEY</c> there), the options' key file, and for a SQLite store the file
/// <c>STORE.key</c> beside it, created readable by its owner only for a new store. A store of schema 8 or earlier kept its
/// key inside: the key moves to the key file (SQLite) and the copy in the database is scrubbed; a PostgreSQL store refuses
/// to open until the key is exported.
/// </summary>
internal static class PersonalDataKeys
{
    internal const string LegacyMetaKey = "personal_data_key";

    /// <summary>The key ring, oldest first (one key unless the store's key file was rotated).</summary>
    public static async Task<IReadOnlyList<byte[]>> ResolveAsync(ConsentKitOptions options, IConsentStore store, bool storeIsNew, CancellationToken cancellationToken)
    {
        if (options.KeyProvider is { } provider)
        {
            return [Checked(await provider.GetKeyAsync(cancellationToken).ConfigureAwait(false), "KeyProvider")];
        }

        if (options.PersonalDataKey is { } bytes)
        {
            return [bytes];
        }

        var file = FileOf(options, store);
        if (file is not null && File.Exists(file))
        {
            return ReadRing(file);
        }

        // A store written before keys left it: move the key out once, then scrub the database's copy.
        if (await store.GetMetaAsync(LegacyMetaKey, cancellationToken).ConfigureAwait(false) is { } legacy)
        {
            if (file is null)
            {
                throw new ConsentKitException("store.key-inside",
                    "This store still holds its personal-data key inside the database. Export it once with 'consentkit keys export --db URI --key-file PATH' and give that file (or CONSENTKIT_KEY) from then on; the database copy is then removed.");
            }

            var key = Convert.FromBase64String(legacy);
            Write(file, key);
            await store.ScrubLegacyKeyAsync(cancellationToken).ConfigureAwait(false);
            return [key];
        }

        if (storeIsNew && file is not null)
        {
            var key = RandomNumberGenerator.GetBytes(32);
            Write(file, key);
            return [key];
        }

        throw new ConsentKitException("store.no-key", storeIsNew
            ? "A PostgreSQL store needs a personal-data key from outside the database: set CONSENTKIT_KEY (base64 of 32 bytes), give a key file, or a key provider."
            : "This store's personal-data key was not found: set CONSENTKIT_KEY, give its key file, or a key provider. Without it nothing personal can be written or looked up.");
    }

    /// <summary>Exports a PostgreSQL store's legacy key to <paramref name="file"/> and scrubs it from the database.</summary>
    public static async Task<bool> ExportLegacyAsync(IConsentStore store, string file, CancellationToken cancellationToken)
    {
        if (await store.GetMetaAsync(LegacyMetaKey, cancellationToken).ConfigureAwait(false) is not { } legacy)
        {
            return false;
        }

        Write(file, Convert.FromBase64String(legacy));
        await store.ScrubLegacyKeyAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The key file in force: the options', else the store's default (beside a SQLite file); null for none.</summary>
    public static string? FileOf(ConsentKitOptions options, IConsentStore store) => options.KeyFile ?? store.DefaultKeyFile;

    /// <summary>The first key of a key file.</summary>
    public static byte[] Read(string file) => ReadRing(file)[0];

    /// <summary>
    /// A key file holds one key per line, as base64, oldest first (<c>keys rotate</c> appends); it is created readable by
    /// its owner only.
    /// </summary>
    public static IReadOnlyList<byte[]> ReadRing(string file)
    {
        var keys = new List<byte[]>();
        foreach (var line in File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            try
            {
                keys.Add(Checked(Convert.FromBase64String(line), "key file"));
            }
            catch (FormatException)
            {
                throw new ConsentKitException("key.format", "The key file must hold each key as base64 (of 32 bytes or more), one per line.");
            }
        }

        return keys.Count > 0 ? keys : throw new ConsentKitException("key.format", "The key file holds no key.");
    }

    /// <summary>Rewrites a key file with one more key, through a temporary file renamed over it (readable by its owner only).</summary>
    public static void Append(string file, byte[] key)
    {
        var ring = ReadRing(file);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, new System.Text.UTF8Encoding(false), options))
        {
            foreach (var existing in ring.Append(key))
            {
                writer.WriteLine(Convert.ToBase64String(existing));
            }
        }

        File.Move(temporary, file, overwrite: true);
    }

    public static void Write(string file, byte[] key)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false), options);
            writer.WriteLine(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(file))
        {
            throw new ConsentKitException("key.exists", "A key file already exists there; ConsentKit never overwrites a key.");
        }
    }

    private static byte[] Checked(byte[] key, string source) =>
        key.Length >= 32 ? key : throw new ConsentKitException("key.format", $"The personal-data key from the {source} must be at least 32 bytes.");
}
