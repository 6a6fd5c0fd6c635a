using ConsentKit.Contacts;
using ConsentKit.Testing;

namespace ConsentKit.Testing.Contacts;

public abstract class CsvImportTests(ITestStoreProvider provider) : StoreContract(provider)
{
    public const string Header = "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,expires_at,source_detail,third_party,third_party_country";

    public static string Row(string id, string phone = "514 555 0101", string purpose = "gotv", string channel = "sms", string sha = "", string grantedAt = "2026-10-01T12:00:00Z", string fromSubject = "true", string thirdParty = "", string country = "") =>
        $"{id},Élise,Tremblay,{phone},elise@exemple.qc.ca,fr-CA,H2X 1Y4,1985-03-02,{purpose},{channel},explicit_consent,canvass,notice-door,2,fr-CA,{(sha.Length > 0 ? sha : TestStore.NoticeSha)},a signé la fiche,fiche-12,bénévole-7,{fromSubject},{grantedAt},,,{thirdParty},{country}";

    private static StringReader Csv(params string[] rows) => new(string.Join('\n', [Header, .. rows]));

    [Fact]
    [Trait("Req", "R2")]
    public async Task ImportAsync_ValidFile_WritesContactsAndEvents_AndReimportCountsOnce()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(Csv(Row("c-1"), Row("c-1", purpose: "newsletter", channel: "email"), Row("c-2", phone: "438 555 0199")));

        report.Should().BeEquivalentTo(new { Rows = 3, Contacts = 2, EventsWritten = 3, Duplicates = 0, Rejected = 0, Committed = true });
        var again = await store.Importer.ImportAsync(Csv(Row("c-1"), Row("c-1", purpose: "newsletter", channel: "email"), Row("c-2", phone: "438 555 0199")));
        again.Should().BeEquivalentTo(new { EventsWritten = 0, Duplicates = 3, Committed = true });
        (await store.CountEventsAsync()).Should().Be(3, "one event per row, written once; each contact's data is chained on its first event");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    public async Task ImportAsync_InvalidRows_ReportsLineAndField_AndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(Csv(
            Row("c-1"),
            Row("c-2", phone: "12"),
            Row("c-3", purpose: "lottery", sha: "ABC"),
            Row("c-4", grantedAt: "yesterday"),
            Row("c-5", fromSubject: "false")));

        report.Committed.Should().BeFalse();
        report.Rejected.Should().Be(4);
        report.Errors.Select(e => (e.Line, e.Field, e.Rule)).Should().BeEquivalentTo(new[]
        {
            (3, "phone", "phone.invalid"),
            (4, "purpose", "purpose.unknown"),
            (4, "notice_sha256", "notice_sha256.format"),
            (5, "granted_at", "granted_at.format"),
            (6, "third_party", "third_party.required"),
            (6, "third_party_country", "third_party_country.format"),
        });
        (await store.ScalarAsync("SELECT COUNT(*) FROM contacts")).Should().Be(0);
        (await store.CountEventsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ImportAsync_Partial_KeepsValidRows()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(Csv(Row("c-1"), Row("c-2", phone: "12"), Row("c-3", phone: "438 555 0199")), new ImportOptions { Partial = true });

        report.Should().BeEquivalentTo(new { Rows = 3, Contacts = 2, EventsWritten = 2, Rejected = 1, Committed = true });
        (await store.Contacts.FindAsync(ContactLookup.ById("c-2"))).Should().BeNull();
    }

    [Fact]
    public async Task ImportAsync_MissingColumn_IsReportedOnLineOne()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(new StringReader("contact_id,phone\nc-1,5145550101"));

        report.Committed.Should().BeFalse();
        report.Errors.Should().OnlyContain(e => e.Line == 1 && e.Rule == "header.column-missing");
        report.Errors.Select(e => e.Field).Should().Contain(["purpose", "notice_sha256", "granted_at"]);
    }

    [Fact]
    public async Task ImportAsync_SameContactWithDifferentDetails_IsRefused()
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(Csv(Row("c-1"), Row("c-1", phone: "438 555 0199", purpose: "survey")));

        report.Errors.Should().ContainSingle(e => e.Line == 3 && e.Rule == "contact_id.conflicting-details");
    }
}
