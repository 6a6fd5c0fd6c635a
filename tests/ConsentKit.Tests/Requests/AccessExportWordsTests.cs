using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsentKit.Contacts;
using ConsentKit.Requests;
using ConsentKit.Tests.Explanations;
using ConsentKit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Tests.Requests;

/// <summary>The access export a person reads (issue 17): true sources, and words rather than codes, escapes and instants.</summary>
public abstract partial class AccessExportWordsTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static async Task<PersonalDataExport> BrokerContactAsync(TestStore store)
    {
        await store.Contacts.UpsertAsync(new Contact
        {
            ContactId = "c-1", FirstName = "Élise", LastName = "Tremblay", Phone = "514 555 0101", Email = "elise@example.org", PostalCode = "H2X 1Y4",
            Language = "fr-CA", Attributes = new Dictionary<string, object?> { ["interests"] = new[] { "fiscalité", "transport" } },
        });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { FromDataSubject = false, ThirdParty = "Liste Électorale Plus Inc.", ThirdPartyCountry = "US", Source = CaptureSource.Import, SourceDetail = null });
        return await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-1");
    }

    [Fact]
    [Trait("Req", "R57")]
    public async Task ExportAsync_ConsentFromABroker_EveryFieldTheCatalogCallsThePersonsIsMarkedAsTheBrokers()
    {
        await using var store = await ConsentKit.Tests.Targeting.TargetingFixture.CreateAsync(Jurisdiction.Quebec);
        var export = await BrokerContactAsync(store);

        var document = JsonNode.Parse(export.ToJson())!;
        var fields = document["fields"]!.AsArray();
        fields.Should().NotContain(f => f!["source"]!.GetValue<string>() == "person", "the consent event says fromDataSubject: false");
        var firstName = fields.Single(f => f!["name"]!.GetValue<string>() == "first_name")!;
        firstName["source"]!.GetValue<string>().Should().Be("third_party");
        firstName["thirdParty"]!.GetValue<string>().Should().Be("Liste Électorale Plus Inc.");
        firstName["country"]!.GetValue<string>().Should().Be("US");
        export.ToPortabilityCsv().Should().Be("field,value\n", "portability covers what the person provided, and a broker provided all of it");
        export.ToHtml("fr").Should().Contain("Origine : reçu de Liste Électorale Plus Inc. (aux États-Unis)").And.NotContain("vous nous l'avez donné");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    [Trait("Req", "R57")]
    public async Task ToHtml_ForThePerson_NoCodesNoEscapesNoInstants_AndPlainSentences(string language)
    {
        await using var store = await ConsentKit.Tests.Targeting.TargetingFixture.CreateAsync(Jurisdiction.Quebec);
        var export = await BrokerContactAsync(store);

        var html = export.ToHtml(language);
        var text = Regex.Replace(Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline), "<[^>]+>", "\n");
        text = System.Net.WebUtility.HtmlDecode(text);

        foreach (var code in new[] { "first_name", "postal_code", "gotv", "granted", "withdrawn", "explicit_consent", "third_party", "web_form", "import" })
        {
            Regex.IsMatch(text, $@"\b{code}\b").Should().BeFalse($"the page shows the code {code}");
        }

        text.Should().NotContain("\\u00").And.NotContain("[\"").And.NotContain("\"]");
        Regex.IsMatch(text, @"\d{4}-\d{2}-\d{2}T\d{2}:").Should().BeFalse("instants are written as dates in the person's zone");
        html.Should().Contain("<li>fiscalité</li>").And.Contain("<a href=\"mailto:elise@example.org\">");
        html.Should().Contain(language == "fr" ? "<dt>Prénom</dt>" : "<dt>First name</dt>");
        html.Should().Contain(language == "fr" ? "2 novembre 2026" : "November 2, 2026").And.NotContain("..");

        // The narrative parts (the paragraphs a person reads, not the data) meet the explanations' readability bars.
        var narrative = string.Join(" ", Regex.Matches(html, "<p>(.*?)</p>", RegexOptions.Singleline).Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))));
        if (language == "fr")
        {
            Readability.KandelMoles(narrative).Should().BeGreaterThanOrEqualTo(60, narrative);
        }
        else
        {
            Readability.FleschKincaidGrade(narrative).Should().BeLessThanOrEqualTo(8, narrative);
        }
    }
}

public sealed class AccessExportWordsTestsOnSqlite() : AccessExportWordsTests(SqliteTestProvider.Instance);
