using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ConsentKit.Advertising;
using ConsentKit.Jurisdictions;
using ConsentKit.Targeting;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Advertising;

/// <summary>
/// R69: an advertisement fed to an ad platform in the EU carries the label and the transparency notice of Regulation
/// 2024/900 art. 11-12, in the order of the template of Implementing Regulation 2025/1410, in the advertisement's language.
/// </summary>
public abstract class PoliticalAdNoticeTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Laval = """{"include":{"field":"city","op":"eq","value":"Laval"}}""";

    private static PoliticalAd Ad(string entryId, string language = "fr") => new()
    {
        AdId = "ad-2027-014",
        TargetingEntryId = entryId,
        Sponsor = new AdvertisingParty { Name = "Parti de l'Exemple", Email = "contact@exemple.fr", PostalAddress = "12 rue de la Paix, 75002 Paris", RegistrationNumber = "RNA W751234567" },
        PublishedFrom = new LocalDate(2027, 5, 1),
        PublishedUntil = new LocalDate(2027, 5, 30),
        Amount = 1250m,
        CampaignAmount = 9800m,
        Currency = "EUR",
        Origin = FundingOrigin.Private,
        FromInsideUnion = true,
        AmountMethod = "montants facturés par la plateforme, hors taxes",
        LinkedProcess = "élections municipales 2027",
        ParticipationUrl = "https://www.service-public.fr/particuliers/vosdroits/F1367",
        NoticeUrl = "https://exemple.fr/pub/ad-2027-014",
        ReportTo = "https://exemple.fr/signaler",
        TargetingObjective = "informer les habitants de Laval de la réunion publique",
        Language = language,
    };

    private static async Task<(TestStore Store, string EntryId)> SegmentAsync(Jurisdiction jurisdiction = Jurisdiction.France, string purpose = "political-ads", string segment = Laval)
    {
        var store = await TargetingFixture.CreateAsync(jurisdiction, o => o.Actor = "comms-4");
        var decision = await store.Guard().ValidateAsync(SegmentDefinition.Parse(segment), purpose, new SegmentCheckOptions { Count = false });
        return (store, decision.RegisterId);
    }

    [Theory]
    [InlineData("fr", "Publicité à caractère politique. Parraineur : Parti de l'Exemple.", "Sans objet.")]
    [InlineData("en", "Political advertisement. Sponsor: Parti de l'Exemple.", "Not applicable.")]
    [Trait("Req", "R69")]
    public async Task PrepareAsync_France_LabelAndEveryNoticeItemInTheTemplatesOrder_KeptWithItsHashAndActor(string language, string labelStart, string notApplicable)
    {
        var (store, entryId) = await SegmentAsync();
        await using var _ = store;

        var notice = await store.Services.GetRequiredService<IPoliticalAdNotices>().PrepareAsync(Ad(entryId, language));

        notice.Label.Should().StartWith(labelStart).And.Contain("https://exemple.fr/pub/ad-2027-014").And.Contain("2027");
        notice.Items.Select(i => i.Key).Should().Equal(PoliticalAdvertisingOverlay.NoticeTemplate.Select(t => t.Key));
        notice.Items.Select(i => i.Number).Should().Equal(Enumerable.Range(1, 16));
        notice.Items.Should().OnlyContain(i => !string.IsNullOrWhiteSpace(i.Value) && i.Source.Contains("TTPA"));
        notice.Items.Single(i => i.Key == "controlling_entity").Value.Should().Be(notApplicable, "\"where applicable\" items are stated, never left out");
        notice.Items.Single(i => i.Key == "sponsor").Value.Should().Contain("contact@exemple.fr").And.Contain("RNA W751234567");
        notice.Items.Single(i => i.Key == "targeting").Value.Should().Contain("Laval");
        notice.Items.Take(5).Should().OnlyContain(i => !i.Source.Contains("[unverified]"), "items 1-5 follow the Annex as read");
        notice.Items.Skip(5).Should().OnlyContain(i => i.Source.Contains("[unverified]"), "the rest say how sure they are");

        var json = notice.ToJson();
        var document = JsonNode.Parse(json)!;
        document["items"]!.AsArray().Should().HaveCount(16);
        document["language"]!.GetValue<string>().Should().Be(language);
        notice.ToHtml().Should().Contain($"<html lang=\"{language}\">").And.Contain("<ol>");
        var kept = JsonNode.Parse((await store.QueryAsync<string>("SELECT value FROM meta WHERE key = 'ad_notice:default:ad-2027-014'")).Single())!.AsArray().Single()!;
        kept["sha256"]!.GetValue<string>().Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
        kept["by"]!.GetValue<string>().Should().Be("comms-4");
    }

    [Theory]
    [InlineData(Jurisdiction.Quebec)]
    [InlineData(Jurisdiction.Canada)]
    [Trait("Req", "R69")]
    public async Task PrepareAsync_OutsideTheEu_RefusedAsNotApplicable(Jurisdiction jurisdiction)
    {
        var (store, entryId) = await SegmentAsync(jurisdiction);
        await using var _ = store;

        var prepare = () => store.Services.GetRequiredService<IPoliticalAdNotices>().PrepareAsync(Ad(entryId));

        (await prepare.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Field == "jurisdiction" && e.Rule == "ttpa.not-applicable");
    }

    [Fact]
    [Trait("Req", "R69")]
    public async Task PrepareAsync_SegmentForAnotherPurposeOrRefused_AndBadFields_EachNamed_NothingKept()
    {
        var (store, gotv) = await SegmentAsync(purpose: "gotv");
        await using var _ = store;
        var refused = await store.Guard().ValidateAsync(SegmentDefinition.Parse("""{"include":{"field":"religion","op":"exists"}}"""), "political-ads", new SegmentCheckOptions { Count = false });
        var notices = store.Services.GetRequiredService<IPoliticalAdNotices>();

        var forGotv = () => notices.PrepareAsync(Ad(gotv));
        var forRefused = () => notices.PrepareAsync(Ad(refused.RegisterId));
        var malformed = () => notices.PrepareAsync(Ad("seg-unknown") with
        {
            Sponsor = new AdvertisingParty { Name = "", Email = "pas-un-courriel" },
            Currency = "euro",
            NoticeUrl = "http://exemple.fr/pub",
            PublishedUntil = new LocalDate(2027, 4, 1),
            Language = "de",
        });

        (await forGotv.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "targeting_entry.purpose");
        (await forRefused.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "targeting_entry.refused");
        (await malformed.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Select(e => e.Field).Should()
            .BeEquivalentTo(["sponsor.name", "sponsor.email", "currency", "notice_url", "published_until", "language", "targeting_entry"]);
        (await store.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'ad_notice:%'")).Should().BeEmpty("nothing half-written");
    }
}
