using System.Text;
using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ConsentKit.Testing.Storage;

/// <summary>
/// Issue 16 §5: the database never holds key material. Whoever holds the store's files alone can neither reverse the
/// keyed hashes of a phone that stays suppressed after erasure (R13) nor forge the hashes that make the store
/// tamper-evident.
/// </summary>
public abstract class KeyOutsideStoreTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R13")]
    [Trait("Req", "R59")]
    [SqliteOnly("reads the raw bytes of the SQLite files and the key file beside them")]
    public async Task EraseAsync_AfterAStop_NoKeyBytesInAnyDatabaseFile_AndBruteForceOverTheExchangeFindsNothing()
    {
        string path;
        byte[] key;
        await using (var store = await TestStore.CreateAsync())
        {
            path = store.Path;
            await store.AddContactAsync("c-1", phone: "+15145550199");
            await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
            await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550199", "STOP");
            await store.Services.GetRequiredService<IErasure>().EraseAsync("c-1");

            File.Exists(path + ".key").Should().BeTrue("a new SQLite store keeps its key in a file beside it");
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path + ".key").Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            key = PersonalDataKeys.Read(path + ".key");
            SqliteConnection.ClearAllPools();

            // No copy of the key, raw or as base64, in any file of the database.
            foreach (var file in new[] { path, path + "-wal", path + ".optout", path + ".optout-wal" }.Where(File.Exists))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                bytes.AsSpan().IndexOf(key).Should().Be(-1, file);
                bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Convert.ToBase64String(key))).Should().Be(-1, file);
            }

            var suppressed = (await store.QueryAsync<string>("SELECT identifier_hmac FROM suppressions")).ToHashSet(StringComparer.Ordinal);
            suppressed.Should().ContainSingle();

            // The attacker's brute force: every key the database files could give, over the number's whole exchange.
            var candidates = (await store.QueryAsync<string>("SELECT value FROM meta")).Select(TryBase64).OfType<byte[]>().Where(k => k.Length >= 32).ToList();
            Crack(candidates, suppressed).Should().BeNull("the database alone holds nothing to brute-force the erased number with");

            // The same search with the key file does find it: the search itself works.
            Crack([key], suppressed).Should().Be("+15145550199");
        }
    }

    [Fact]
    [Trait("Req", "R2")]
    [SqliteOnly("removes the SQLite store's key file")]
    public async Task Open_WithoutItsKey_RefusesWithAClearError()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var keyFile = store.Path + ".key";
        File.Move(keyFile, keyFile + ".away");
        try
        {
            // Another process opens the same store without the key file.
            await using var other = new ServiceCollection().AddConsentKit(store.Configure).BuildServiceProvider();
            var act = () => other.GetRequiredService<ConsentKit.Contacts.IContactDirectory>().FindAsync(ConsentKit.Contacts.ContactLookup.ById("c-1"));
            var refused = (await act.Should().ThrowAsync<ConsentKitException>()).Which;
            refused.Code.Should().Be("store.no-key");
            refused.Message.Should().Contain("CONSENTKIT_KEY");
            File.Exists(keyFile).Should().BeFalse("a store written under a key never gets a new one silently");
        }
        finally
        {
            File.Move(keyFile + ".away", keyFile);
        }
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task Open_WithAnotherKey_IsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var other = new ServiceCollection().AddConsentKit(o =>
        {
            store.Configure(o);
            o.PersonalDataKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        }).BuildServiceProvider();
        await using var _ = other;
        var act = () => other.GetRequiredService<IConsentLedger>().VerifyAsync();
        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("store.key-mismatch");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task KeyProvider_BackedByAVault_IsUsedAndNeverStored()
    {
        var vault = new Vault();
        await using var store = await TestStore.CreateAsync(configure: o => o.KeyProvider = vault);
        await store.AddContactAsync("c-1");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
        vault.Calls.Should().BeGreaterThan(0);
        (await store.QueryAsync<string>("SELECT value FROM meta")).Should().NotContain(Convert.ToBase64String(Vault.Key));
        if (store.Provider == "sqlite")
        {
            File.Exists(store.Path + ".key").Should().BeFalse("the provider's key is not copied to a file");
        }
    }

    [Fact]
    [Trait("Req", "R13")]
    [Trait("Req", "R2")]
    [SqliteOnly("rotates the SQLite store's key file")]
    public async Task RotateKeyAsync_KeepsErasedPeopleSuppressed_RecordsKeyIds_AndStaysTamperEvident()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1", phone: "+15145550199");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550199", "STOP");
        await store.Services.GetRequiredService<IErasure>().EraseAsync("c-1");
        var first = PersonalDataKeys.Read(store.Path + ".key");

        var keyId = await store.Services.GetRequiredService<ConsentKit.Storage.IStoreAdministration>().RotateKeyAsync();

        var ring = PersonalDataKeys.ReadRing(store.Path + ".key");
        ring.Should().HaveCount(2);
        ring[0].Should().Equal(first);
        LedgerHasher.KeyId(ring[1]).Should().Be(keyId);
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();

        // The erased person comes back in a later import: the suppression made under the first key still matches.
        await store.AddContactAsync("c-2", phone: "+15145550199");
        await store.Ledger.RecordAsync(TestStore.Grant("c-2"));
        var gate = store.Services.GetRequiredService<ISendGate>();
        (await gate.CheckAsync("c-2", "gotv", Channel.Sms, TestStore.Start + NodaTime.Duration.FromHours(2))).Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Suppressed);

        // Hashes made since name their key; the store verifies, and stays tamper-evident under the new key.
        (await store.QueryAsync<string>("SELECT personal_hmac FROM contacts WHERE contact_id = 'c-2'")).Single().Should().StartWith(keyId + ":");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
        await store.ExecuteAsync("UPDATE consent_state SET status = 'granted' WHERE contact_id = 'c-1'");
        (await store.Ledger.VerifyAsync()).Table.Should().Be("consent_state");

        // A copy of the key file from before the rotation no longer opens the store.
        var other = new ServiceCollection().AddConsentKit(o =>
        {
            store.Configure(o);
            o.PersonalDataKey = first;
        }).BuildServiceProvider();
        await using var _ = other;
        var act = () => other.GetRequiredService<IConsentLedger>().VerifyAsync();
        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("store.key-missing");
    }

    private static string? Crack(IReadOnlyList<byte[]> keys, HashSet<string> suppressed)
    {
        foreach (var candidate in keys)
        {
            using var hasher = new LedgerHasher(candidate);
            for (var line = 0; line < 10_000; line++)
            {
                var phone = $"+1514555{line:D4}";
                if (suppressed.Contains(hasher.IdentifierHmac("phone", phone)))
                {
                    return phone;
                }
            }
        }

        return null;
    }

    private static byte[]? TryBase64(string value)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed class Vault : IPersonalDataKeyProvider
    {
        public static readonly byte[] Key = System.Security.Cryptography.SHA256.HashData("vault"u8);

        public int Calls { get; private set; }

        public ValueTask<byte[]> GetKeyAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(Key);
        }
    }
}
