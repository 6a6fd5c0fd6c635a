using System.Text;
using ConsentKit.Contacts;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Testing;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Requests;

public abstract class ErasureTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly string[] PersonalBytes = ["Kessler-Vasquelin", "Ombeline", "5145550177", "ombeline.kv@exemple.qc.ca"];

    private static async Task<TestStore> SeedAsync(object? donations = null)
    {
        var store = await TargetingFixture.CreateAsync();
        await store.AddContactAsync("c-other", phone: "514 555 0199", email: "autre@exemple.qc.ca");
        await store.Ledger.RecordAsync(TestStore.Grant("c-other"));
        await store.Contacts.UpsertAsync(new Contact
        {
            ContactId = "c-erase", FirstName = "Ombeline", LastName = "Kessler-Vasquelin", Phone = "514 555 0177", Email = "ombeline.kv@exemple.qc.ca",
            Language = "fr-CA", PostalCode = "H2X 1Y4",
            Attributes = donations is null ? new Dictionary<string, object?> { ["city"] = "Laval" } : new Dictionary<string, object?> { ["city"] = "Laval", ["donations_total"] = donations },
        });
        await store.Ledger.RecordAsync(TestStore.Grant("c-erase"));
        await store.Ledger.RecordAsync(TestStore.Grant("c-erase", "newsletter", Channel.Email));
        return store;
    }

    private static IErasure Erasure(TestStore store) => store.Services.GetRequiredService<IErasure>();

    // SQLite: the raw files, free pages and WAL included. Elsewhere: every live row of every table, as text.
    private static async Task<string> StoredTextAsync(TestStore store)
    {
        if (store.Provider != "sqlite")
        {
            var tables = await store.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
            var rows = new List<string>();
            foreach (var table in tables)
            {
                rows.AddRange(await store.QueryAsync<string>($"SELECT t::text FROM {table} t"));
            }

            return string.Join('\n', rows);
        }

        var bytes = new List<byte>();
        foreach (var file in new[] { store.Path, store.Path + "-wal", store.Path + "-shm" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes.AddRange(memory.ToArray());
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [Fact]
    [Trait("Req", "R59")]
    [Trait("Req", "R13")]
    [SqliteOnly("reads the raw database files; on PostgreSQL, VACUUM reclaims dead rows and WAL archives age out (docs/scaling.md)")]
    public async Task EraseAsync_Person_LedgerStillVerifiesAndTheirBytesAreNowhereInTheFiles()
    {
        await using var store = await SeedAsync();
        (await StoredTextAsync(store)).Should().Contain("Kessler-Vasquelin", "the test must see the bytes before the erasure");

        var report = await Erasure(store).EraseAsync("c-erase", new ErasureOptions { RequestedBy = "req-12" });
        var verification = await store.Ledger.VerifyAsync();
        var text = await StoredTextAsync(store);

        report.Events.Should().Be(3, "the contact's own record and two consents");
        report.Contacts.Should().Be(1);
        report.Suppressions.Should().Be(2);
        verification.Ok.Should().BeTrue(verification.Message);
        verification.ErasedEvents.Should().Be(3);
        verification.Message.Should().Contain("erasure");
        foreach (var value in PersonalBytes)
        {
            text.Should().NotContain(value);
        }

        text.Should().Contain("autre@exemple.qc.ca", "other people are untouched");
        var gate = store.Services.GetRequiredService<ISendGate>();
        (await gate.CheckAsync("c-erase", "gotv", Channel.Sms)).Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.UnknownContact);
        (await store.Services.GetRequiredService<ISuppressionList>().IsSuppressedAsync(IdentifierKind.Phone, "514 555 0177")).Should().BeTrue("the person is not contacted again");
        (await Erasure(store).EraseAsync("c-erase")).ErasureId.Should().Be(report.ErasureId, "erasing again records nothing new");
    }

    [Fact]
    [Trait("Req", "R59")]
    public async Task EraseAsync_DryRun_SameCountsAndNothingChanged()
    {
        await using var store = await SeedAsync();

        var dry = await Erasure(store).EraseAsync("c-erase", new ErasureOptions { DryRun = true });

        dry.DryRun.Should().BeTrue();
        dry.ErasureId.Should().BeNull();
        (await store.Contacts.FindAsync(ContactLookup.ById("c-erase")))!.LastName.Should().Be("Kessler-Vasquelin");
        (await store.ScalarAsync("SELECT COUNT(*) FROM ledger_events WHERE erased_at IS NOT NULL")).Should().Be(0);
        var real = await Erasure(store).EraseAsync("c-erase");
        (real.Events, real.Contacts, real.Suppressions).Should().Be((dry.Events, dry.Contacts, dry.Suppressions));
    }

    [Fact]
    [Trait("Req", "R59")]
    [Trait("Req", "R39")]
    public async Task EraseAsync_DonationRecords_KeptUnderTheirRuleRestErased()
    {
        await using var store = await SeedAsync(donations: 150);

        var report = await Erasure(store).EraseAsync("c-erase");
        var left = await store.Contacts.FindAsync(ContactLookup.ById("c-erase"));
        var verification = await store.Ledger.VerifyAsync();

        report.KeptFields.Should().BeEquivalentTo("first_name", "last_name", "postal_code", "donations_total");
        report.KeptRule.Should().Contain("contributions");
        left!.LastName.Should().Be("Kessler-Vasquelin");
        left.Phone.Should().BeNull();
        left.Email.Should().BeNull();
        left.Attributes.Keys.Should().BeEquivalentTo("donations_total");
        verification.Ok.Should().BeTrue(verification.Message);
        (await StoredTextAsync(store)).Should().NotContain("5145550177").And.NotContain("ombeline.kv@exemple.qc.ca");
    }

    [Fact]
    public async Task EraseAsync_UnknownContact_NamesFieldAndRule()
    {
        await using var store = await SeedAsync();

        var act = () => Erasure(store).EraseAsync("nobody");

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "contact" && e.Rule == "contact.unknown");
    }
}
