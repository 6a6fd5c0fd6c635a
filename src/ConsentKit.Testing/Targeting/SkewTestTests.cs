using System.Globalization;
using System.Text;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Testing.Targeting;

/// <summary>
/// R32: before a segment is used, its selection rates are compared with the population it draws from, on age band,
/// language, postal area and declared proxies, in aggregate; a ratio outside 0.8-1.25 holds it for the privacy officer,
/// whose rationale is stored when releasing it.
/// </summary>
public abstract class SkewTestTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const int People = 600;

    // Language by parity, city by id mod 3, ages and postal areas by blocks of 6 and 30 ids: every dimension is independent
    // of the city. Transit interests: every English speaker, and one French speaker in five.
    private static async Task<TestStore> PopulationAsync()
    {
        var store = await TestStore.CreateAsync();
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse(TargetingFixture.CatalogJson));
        var csv = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,city,interests\n");
        for (var i = 0; i < People; i++)
        {
            var age = 22 + (10 * (i / 6 % 5));
            csv.Append(CultureInfo.InvariantCulture,
                $"s-{i:D4},P,N,+1514556{i:D4},,{(i % 2 == 0 ? "fr" : "en")},{(i / 30 % 2 == 0 ? "H7N 1A1" : "H2X 1Y4")},{2026 - age}-06-15,gotv,sms,explicit_consent,canvass,n,1,fr,{TestStore.NoticeSha},signed,ev,vol,true,2026-10-01T12:00:00Z,{"ABC"[i % 3]},{(i % 2 == 1 || i % 10 == 0 ? "transit" : "housing")}\n");
        }

        (await store.Importer.ImportAsync(new StringReader(csv.ToString()))).Committed.Should().BeTrue();
        return store;
    }

    [Fact]
    [Trait("Req", "R32")]
    public async Task ValidateAsync_SegmentIndependentOfEveryDimension_NotHeld_AggregatesOnly()
    {
        await using var store = await PopulationAsync();

        var decision = await store.Guard().ValidateAsync(SegmentDefinition.Parse("""{"include":{"field":"city","op":"eq","value":"A"}}"""), "gotv");

        decision.Allowed.Should().BeTrue();
        var skew = decision.Skew!;
        skew.Held.Should().BeFalse(string.Join("; ", skew.OutOfRange));
        (skew.Reference, skew.Selected).Should().Be((People, People / 3));
        skew.Groups.Select(g => g.Dimension).Distinct().Should().BeEquivalentTo(["age_band", "language"], "a place criterion is open location targeting: postal areas are not compared");
        skew.Groups.Should().OnlyContain(g => g.Ratio == 1.0 && g.Reference >= 30);
        skew.Rule.Should().Contain("R32").And.Contain("0.8-1.25");
        (await store.Guard().EvaluateAsync(decision.Segment!).CountAsync()).Should().Be(People / 3);
    }

    [Fact]
    [Trait("Req", "R32")]
    public async Task ValidateAsync_SegmentThatSelectsOneLanguage_HeldUntilTheOfficerReleasesItWithARationale()
    {
        await using var store = await PopulationAsync();
        var guard = store.Guard();

        var decision = await guard.ValidateAsync(SegmentDefinition.Parse("""{"include":{"field":"interests","op":"contains","value":"transit"}}"""), "gotv");

        decision.Allowed.Should().BeTrue("no rule of the catalog is broken: the skew is indirect");
        decision.Skew!.Held.Should().BeTrue();
        decision.Skew.OutOfRange.Select(g => (g.Dimension, g.Group, g.Ratio)).Should().BeEquivalentTo([("language", "en", 1.667), ("language", "fr", 0.333)]);
        decision.Skew.Groups.Select(g => g.Dimension).Distinct().Should().Contain("postal_area", "every dimension the segment does not select on openly is compared");
        var held = async () => await guard.EvaluateAsync(decision.Segment!).CountAsync();
        (await held.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("targeting.held-for-review");

        var terse = () => guard.ReleaseHoldAsync(decision.RegisterId, "ok", "DPO");
        (await terse.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "rationale.required");
        var release = await guard.ReleaseHoldAsync(decision.RegisterId, "Transit riders, not a language group, are the audience of this transit-policy mailing.", "DPO");

        release.ApprovedBy.Should().Be("DPO");
        (await guard.EvaluateAsync(decision.Segment!).CountAsync()).Should().Be(360);
        var stored = (await store.QueryAsync<string>($"SELECT value FROM meta WHERE key = 'skew-hold:{decision.RegisterId}'")).Should().ContainSingle().Subject;
        stored.Should().Contain("Transit riders").And.Contain("\"approvedBy\":\"DPO\"").And.Contain("\"group\":\"en\"").And.NotContain("s-0", "aggregates only, never an id");
    }
}
