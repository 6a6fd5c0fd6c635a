using System.Text.Json;
using ConsentKit.Requests;
using ConsentKit.Testing.Explanations;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Requests;

public abstract class ExportTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R57")]
    [Trait("Req", "R58")]
    public async Task ExportAsync_PersonWithSendsAndRequests_EverySectionFilled()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment, ai: new ConsentKit.Explanations.AiInvolvement { Drafted = true, ReviewedBy = "staff-2", Providers = [new("Model Co", "US")] }));
        await store.Services.GetRequiredService<IRequestRegister>().AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "sms", ContactId = ExplanationFixture.Contact });

        var export = await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync(ExplanationFixture.Contact);
        var root = JsonDocument.Parse(export.ToJson()).RootElement;

        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        // The published schema (docs/schemas), embedded in this suite so that it runs outside the repository.
        using var schemaStream = typeof(ExportTests).Assembly.GetManifestResourceStream("ConsentKit.Testing.access-export-v1.schema.json")!;
        using var schema = JsonDocument.Parse(schemaStream);
        schema.RootElement.GetProperty("$id").GetString().Should().Be(PersonalDataExport.SchemaId);
        foreach (var required in schema.RootElement.GetProperty("required").EnumerateArray())
        {
            root.TryGetProperty(required.GetString()!, out var present).Should().BeTrue(required.GetString());
        }

        root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Contain(["phone", "city", "interests"]);
        root.GetProperty("consents").GetProperty("history").GetArrayLength().Should().BeGreaterThan(0);
        var send = root.GetProperty("sends").EnumerateArray().Single();
        send.GetProperty("explanation").GetProperty("en").EnumerateArray().Select(s => s.GetProperty("key").GetString()).Should().Equal("what", "why", "data", "consent", "ai", "period", "choices");
        send.GetProperty("ai").GetProperty("providers")[0].GetProperty("country").GetString().Should().Be("US");
        root.GetProperty("segments")[0].GetProperty("criteria").GetProperty("include").ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("requests")[0].GetProperty("kind").GetString().Should().Be("access");
        var iso = JsonDocument.Parse(export.ToConsentRecords27560()).RootElement;
        iso.GetProperty("@context").GetProperty("dpv").GetString().Should().Be("https://w3id.org/dpv#");
        var record = iso.GetProperty("records")[0];
        record.GetProperty("record").GetProperty("pii_principal_id").GetString().Should().Be(ExplanationFixture.Contact);
        record.GetProperty("event")[0].GetProperty("state").GetString().Should().Be("dpv:ConsentGiven");
        export.ToPortabilityCsv().Should().StartWith("field,value\n").And.Contain("city,Laval");
        JsonDocument.Parse(export.ToPortabilityJson()).RootElement.GetProperty("fields").EnumerateArray()
            .Should().OnlyContain(f => f.GetProperty("source").GetString() == "person", "portability covers what the person provided (R58)");
    }

    [Fact]
    [Trait("Req", "R57")]
    public async Task ToHtml_HostileName_StaysText()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.UpsertAsync(new ConsentKit.Contacts.Contact { ContactId = "c-x", FirstName = "<script>alert(1)</script>", LastName = "O'Brien & \"Fils\"", Phone = "514 555 0142" });

        var html = (await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-x")).ToHtml("en");

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().NotContain("http://").And.NotContain("src=");
    }
}
