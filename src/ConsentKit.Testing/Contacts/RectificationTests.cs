using ConsentKit.Contacts;
using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Targeting;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace ConsentKit.Testing.Contacts;

/// <summary>
/// Issue 16 §3 and §4: an update changes every stored field it gives (attributes included), keeps what it leaves out,
/// and leaves a rectification entry (when, by whom, which fields; never values) that the access export shows. Contacts
/// who live abroad are stored with their own country, postal code and zones.
/// </summary>
public abstract class RectificationTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Catalog = """
        {"fields":[
          {"name":"religion","category":"religion","source":"person","purposes":["gotv"]},
          {"name":"volunteer","category":"engagement","source":"person","purposes":["gotv"],"type":"boolean"}
        ]}
        """;

    private static Task<TestStore> CreateAsync(Jurisdiction jurisdiction = Jurisdiction.Quebec, string? actor = null) =>
        TestStore.CreateAsync(jurisdiction, configure: o =>
        {
            o.Catalog = DataCatalog.Parse(Catalog);
            o.Actor = actor;
        });

    private static string Csv(string header, params string[] rows) => string.Join('\n', [header, .. rows]);

    private static readonly string Header = CsvImportTests.Header;

    private static string Row(string id, string first = "Élise", string phone = "514 555 0101", string postal = "H2X 1Y4") =>
        CsvImportTests.Row(id, phone: phone).Replace(",Élise,", $",{first},", StringComparison.Ordinal).Replace("H2X 1Y4", postal, StringComparison.Ordinal);

    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R28")]
    public async Task ImportAsync_SecondImportOfTheSameContact_ReplacesGivenFieldsClearsEmptyOnesAndKeepsAbsentColumns()
    {
        await using var store = await CreateAsync();
        (await store.Importer.ImportAsync(new StringReader(Csv(Header + ",religion,volunteer,time_zone", Row("c-1") + ",catholique,true,America/Montreal")))).Committed.Should().BeTrue();
        (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!.Attributes.Keys.Should().BeEquivalentTo("religion", "volunteer");

        // The sensitive attribute's cell is empty: it is removed. The volunteer and time_zone columns are absent: kept.
        var report = await store.Importer.ImportAsync(new StringReader(Csv(Header + ",religion", Row("c-1", first: "Élisa") + ",")));
        report.Committed.Should().BeTrue();
        var contact = (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!;
        contact.FirstName.Should().Be("Élisa");
        contact.Attributes.Keys.Should().BeEquivalentTo("volunteer");
        contact.TimeZone.Should().Be("America/Montreal");

        // The removed attribute no longer drives anything: no stored row holds it.
        (await store.ScalarAsync("SELECT COUNT(*) FROM contacts WHERE attributes LIKE '%religion%'")).Should().Be(0);
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task UpsertAsync_NullField_ClearsIt_AndOnlyAnAttributeChange_IsStillAnUpdate()
    {
        await using var store = await CreateAsync();
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élise", Phone = "514 555 0101", Email = "e@example.org", Attributes = new Dictionary<string, object?> { ["religion"] = "x" } });
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élise", Phone = "514 555 0101", Email = "e@example.org" });
        var contact = (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!;
        contact.Attributes.Should().BeEmpty("an update that leaves an attribute out in the API clears it");

        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élise", Phone = "514 555 0101" });
        (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!.Email.Should().BeNull();
    }

    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R61")]
    public async Task ExportAsync_AfterUpdates_ListsEachRectificationWithActorAndFieldNamesOnly()
    {
        await using var store = await CreateAsync(actor: "clerk-7");
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élise", Phone = "514 555 0101", PostalCode = "H2X 1Y4" });
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élisa", Phone = "514 555 0102", PostalCode = "H2X 1Y4", Attributes = new Dictionary<string, object?> { ["volunteer"] = true } });
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", FirstName = "Élisa", Phone = "514 555 0102", PostalCode = "H2X 1Y4", Attributes = new Dictionary<string, object?> { ["volunteer"] = true } });

        var export = await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-1");
        var document = System.Text.Json.Nodes.JsonNode.Parse(export.ToJson())!;
        var rectifications = document["rectifications"]!.AsArray();
        rectifications.Should().ContainSingle("an update that changes nothing is no rectification");
        rectifications[0]!["by"]!.GetValue<string>().Should().Be("clerk-7");
        rectifications[0]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).Should().Equal("first_name", "phone", "attributes.volunteer");
        rectifications.ToJsonString().Should().NotContain("Élisa").And.NotContain("555");
        export.ToHtml("fr").Should().Contain("Nous avons corrigé : prénom, numéro de téléphone, « volunteer » (par clerk-7).");

        // Every event records who wrote it.
        (await store.QueryAsync<string?>("SELECT actor FROM ledger_events")).Should().OnlyContain(a => a == "clerk-7");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R61")]
    [Trait("Req", "R62")]
    public async Task Actor_IsRecordedForIncidentsRequestsErasuresAndOverrides()
    {
        await using var store = await TestStore.CreateAsync(configure: o =>
        {
            o.Actor = "dpo-2";
            o.Overrides.Add(new LegalOverride("frequency-cap", "announced weekly at sign-up", "dpo-1"));
        });
        await store.AddContactAsync("c-1");
        var incident = await store.Services.GetRequiredService<ConsentKit.Incidents.IIncidentRegister>().AddAsync(new()
        {
            Kind = ConsentKit.Incidents.IncidentKind.AiPromptLeak,
            OccurredFrom = TestStore.Start.Minus(Duration.FromHours(5)),
            AwareAt = TestStore.Start.Minus(Duration.FromHours(1)),
            Circumstances = "Liste collée dans un assistant IA.",
            Categories = ["contact"],
            Persons = 4,
            Sensitivity = ConsentKit.Incidents.RiskLevel.Low,
            Likelihood = ConsentKit.Incidents.RiskLevel.Low,
        });
        incident.RecordedBy.Should().Be("dpo-2");
        (await store.Services.GetRequiredService<IRequestRegister>().AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = TestStore.Start, ReceivedVia = "email", ContactId = "c-1" }))
            .History.Should().OnlyContain(h => h.By == "dpo-2");
        (await store.Services.GetRequiredService<IErasure>().EraseAsync("c-1")).ErasureId.Should().NotBeNull();
        (await store.QueryAsync<string?>("SELECT requested_by FROM erasures")).Should().Equal("dpo-2");

        var recorded = (await store.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'override:%'")).Should().ContainSingle().Subject;
        recorded.Should().Contain("\"approvedBy\":\"dpo-1\"").And.Contain("\"actor\":\"dpo-2\"").And.Contain("frequency-cap");
    }

    [Theory]
    [Trait("Req", "R24")]
    [Trait("Req", "R36")]
    [InlineData(Jurisdiction.Quebec, "+33 6 12 34 56 78", "75011", null, "FR", "Europe/Paris")]
    [InlineData(Jurisdiction.Quebec, "+33 6 12 34 56 78", "97110", "GP", "GP", "America/Guadeloupe")]
    [InlineData(Jurisdiction.France, "+1 514 555 0101", "H2X 1Y4", null, "CA", "America/Toronto")]
    [InlineData(Jurisdiction.France, "+1 514 555 0101", "H2X 1Y4", "CA", "CA", "America/Toronto")]
    [InlineData(Jurisdiction.Quebec, "+32 470 12 34 56", "1000", null, "BE", "Europe/Brussels")]
    [InlineData(Jurisdiction.France, "+41 79 123 45 67", "8001", null, "CH", "Europe/Zurich")]
    [InlineData(Jurisdiction.Quebec, "+44 20 7946 0958", "SW1A 1AA", null, "GB", "Europe/London")]
    [InlineData(Jurisdiction.France, "+49 151 23456789", "10115", "DE", "DE", "Europe/Berlin")]
    [InlineData(Jurisdiction.France, "+1 212 555 0101", "10001-1234", "US", "US", "America/New_York")]
    public async Task ImportAsync_ResidentAbroad_IsStoredWithItsCountryPostalCodeAndZone(Jurisdiction jurisdiction, string phone, string postal, string? country, string expectedCountry, string expectedZone)
    {
        await using var store = await CreateAsync(jurisdiction);
        var report = await store.Importer.ImportAsync(new StringReader(Csv(Header + ",country", Row("c-1", phone: phone, postal: postal) + "," + country)));
        report.Errors.Should().BeEmpty();
        report.Committed.Should().BeTrue();
        var contact = (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!;
        contact.PostalCode.Should().Be(postal);
        (await store.QueryAsync<string>("SELECT zones FROM contacts WHERE contact_id = 'c-1'")).Single().Split(',').Should().Contain(expectedZone);
        (contact.Country ?? ConsentKit.Contacts.ContactNormalizer.PhoneCountry(contact.Phone!)).Should().Be(expectedCountry);
    }

    [Fact]
    [Trait("Req", "R24")]
    public async Task CheckAsync_ResidentOfFranceInAQuebecStore_AppliesQuietHoursInParis()
    {
        await using var store = await CreateAsync();
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-fr", Phone = "+33 6 12 34 56 78", PostalCode = "75011", Country = "FR" });
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-qc", Phone = "+1 514 555 0101", PostalCode = "H2X 1Y4" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-fr"));
        await store.Ledger.RecordAsync(TestStore.Grant("c-qc"));
        var gate = store.Services.GetRequiredService<ISendGate>();

        // 2026-11-03 21:30 UTC: 22:30 in Paris (quiet), 16:30 in Montréal (allowed).
        var evening = Instant.FromUtc(2026, 11, 3, 21, 30);
        (await gate.CheckAsync("c-fr", "gotv", Channel.Sms, evening)).Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.QuietHours);
        (await gate.CheckAsync("c-qc", "gotv", Channel.Sms, evening)).Allowed.Should().BeTrue();
    }

    [Theory]
    [Trait("Req", "R36")]
    [InlineData("FR", "H2X 1Y4")]
    [InlineData("CA", "75011")]
    [InlineData("GB", "12345")]
    [InlineData("XX", "75011")]
    public async Task UpsertAsync_PostalCodeNotOfTheCountry_IsRefusedNamingTheField(string country, string postal)
    {
        await using var store = await CreateAsync();
        var act = () => store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "+33 6 12 34 56 78", PostalCode = postal, Country = country });
        var refused = (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which;
        refused.Errors.Select(e => e.Field).Should().ContainSingle().Which.Should().Be(country == "XX" ? "country" : "postal_code");
        refused.Message.Should().NotContain(postal);
    }
}
