using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsentKit.Contacts;
using ConsentKit.Requests;
using ConsentKit.Testing.Explanations;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Requests;

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
        await using var store = await ConsentKit.Testing.Targeting.TargetingFixture.CreateAsync(Jurisdiction.Quebec);
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
        await using var store = await ConsentKit.Testing.Targeting.TargetingFixture.CreateAsync(Jurisdiction.Quebec);
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

public abstract class ConsentRecord27560Tests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly Lazy<HashSet<string>> DpvTerms = new(() =>
    [.. File.ReadLines(Path.Combine(FindShared(), "eval", "dpv-2.3-terms.txt")).Where(l => l.StartsWith("dpv:", StringComparison.Ordinal))]);

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "eval")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        throw new InvalidOperationException("../shared/eval not found above the test directory.");
    }

    [Theory]
    [InlineData(ConsentBasis.ExplicitConsent, true)]
    [InlineData(ConsentBasis.Membership, true)]
    [InlineData(ConsentBasis.ExplicitConsent, false)]
    [Trait("Req", "R57")]
    [Trait("Req", "R58")]
    public async Task ToConsentRecords27560_AnyBasisAndSource_RequiredFieldsDefinedTermsAndABasisAStopDoesNotChange(ConsentBasis basis, bool fromPerson)
    {
        await using var store = await ConsentKit.Testing.Targeting.TargetingFixture.CreateAsync(Jurisdiction.Quebec);
        await store.AddContactAsync("c-1", phone: "514 555 0101");
        var purpose = basis == ConsentBasis.Membership ? "membership" : "gotv";
        var grant = TestStore.Grant("c-1", purpose) with { Basis = basis };
        await store.Ledger.RecordAsync(fromPerson ? grant : grant with { FromDataSubject = false, ThirdParty = "Courtier Nord", ThirdPartyCountry = "US", Source = CaptureSource.Import, SourceDetail = null });
        var exports = store.Services.GetRequiredService<IPersonalDataExports>();
        var before = JsonNode.Parse((await exports.ExportAsync("c-1")).ToConsentRecords27560())!;
        store.Clock.Advance(NodaTime.Duration.FromHours(1));
        await store.Services.GetRequiredService<ConsentKit.Gate.IInboundMessages>().HandleSmsAsync("+15145550101", "STOP");
        var afterText = (await exports.ExportAsync("c-1")).ToConsentRecords27560();
        var after = JsonNode.Parse(afterText)!;

        // Only terms DPV 2.3 defines.
        foreach (Match term in Regex.Matches(afterText, @"dpv:[A-Za-z0-9_-]+"))
        {
            DpvTerms.Value.Should().Contain(term.Value);
        }

        afterText.Should().NotContain("dpv:DataCollected").And.NotContain("dpv:DataSourceThirdParty");
        var record = after["records"]!.AsArray().Single(r => r!["pii_processing"]!["purposes"]![0]!["purpose"]!.GetValue<string>() == purpose)!;
        var p = record["pii_processing"]!["purposes"]![0]!;
        foreach (var required in new[] { "pii_information", "storage_locations", "retention_period", "recipient_third_parties", "lawful_basis", "collection_method" })
        {
            p[required].Should().NotBeNull(required);
        }

        p["pii_information"]!.AsArray().Should().NotBeEmpty();
        p["retention_period"]!["duration"]!.GetValue<string>().Should().Be("P3Y");
        var controller = record["party_identification"]!.AsArray().First()!;
        foreach (var required in new[] { "party_name", "party_address", "party_contact", "party_type", "party_role" })
        {
            controller[required].Should().NotBeNull(required);
        }

        p["collection_method"]![0]!.GetValue<string>().Should().Be(fromPerson ? "dpv:DataSubjectDataSource" : "dpv:ThirdPartyDataSource");

        // The basis agrees with the events and a STOP (a withdrawal event) leaves it as it was.
        var beforeBasis = before["records"]!.AsArray().Single(r => r!["pii_processing"]!["purposes"]![0]!["purpose"]!.GetValue<string>() == purpose)!["pii_processing"]!["purposes"]![0]!["lawful_basis"]!.GetValue<string>();
        p["lawful_basis"]!.GetValue<string>().Should().Be(beforeBasis);
        var types = record["event"]!.AsArray().Select(e => e!["type"]?.GetValue<string>()).Where(t => t is not null).ToList();
        if (basis == ConsentBasis.Membership)
        {
            p["lawful_basis"]!.GetValue<string>().Should().Be("dpv:Contract");
            types.Should().BeEmpty("membership is not a consent, so no event says it is");
        }
        else
        {
            types.Should().OnlyContain(t => t == p["lawful_basis"]!.GetValue<string>());
        }

        if (basis != ConsentBasis.Membership)
        {
            record["event"]!.AsArray().Select(e => e!["state"]!.GetValue<string>()).Should().Equal("dpv:ConsentGiven", "dpv:ConsentWithdrawn");
        }
    }
}
