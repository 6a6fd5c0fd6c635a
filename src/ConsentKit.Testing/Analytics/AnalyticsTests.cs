using ConsentKit.Analytics;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Analytics;

/// <summary>R40: analytics run on pseudonymised data; a dataset is called anonymised only when the check finds it irreversible.</summary>
public abstract class AnalyticsTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const int People = 600;

    private static async Task<(TestStore Store, IAnalytics Analytics)> SeededAsync(int people = People)
    {
        var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, people);
        return (store, store.Services.GetRequiredService<IAnalytics>());
    }

    [Fact]
    [Trait("Req", "R40")]
    public async Task ExportAsync_Pseudonymised_KeyedPseudonymsPerPurpose_NoIdOrIdentifier_AndNotCalledAnonymised()
    {
        var (store, analytics) = await SeededAsync();
        await using var _ = store;
        var request = new AnalyticsRequest { Purpose = "gotv", Fields = ["age", "language", "city", "postal_code"] };

        var first = await analytics.ExportAsync(request);
        var again = await analytics.ExportAsync(request);
        var profiling = await analytics.ExportAsync(request with { Purpose = "ai-profiling", Fields = ["city"] });

        first.Columns.Should().Equal("pseudonym", "age_band", "language", "city", "postal_area");
        first.Rows.Should().HaveCount(People);
        first.Rows.Select(r => r[0]).Should().OnlyHaveUniqueItems().And.OnlyContain(p => p!.StartsWith("p-") && !p.Contains("t-"));
        again.Rows.Select(r => r[0]).Should().BeEquivalentTo(first.Rows.Select(r => r[0]), "stable for one purpose");
        profiling.Rows.Select(r => r[0]).Should().NotIntersectWith(first.Rows.Select(r => r[0]), "unlinkable across purposes");
        first.Rows.SelectMany(r => r).Should().NotContain(v => v != null && (v.StartsWith("t-") || v.StartsWith("+1")), "no id and no number");
        first.Anonymised.Should().BeFalse();
        first.Check.Reasons.Should().Contain(r => r.Contains("pseudonym"));
    }

    [Fact]
    [Trait("Req", "R40")]
    public async Task ExportAsync_Anonymised_EveryCombinationSharedByTen_RareOnesLeftOutAndCounted_CheckPasses()
    {
        // The fixture's people repeat every 60 ids: 595 of them leave some combinations 9 strong.
        var (store, analytics) = await SeededAsync(595);
        await using var _ = store;

        var data = await analytics.ExportAsync(new AnalyticsRequest { Purpose = "gotv", Fields = ["age", "language", "city", "income_band"], Anonymise = true });

        data.Columns.Should().Equal("age_band", "language", "city", "income_band");
        data.Rows.Should().NotBeEmpty();
        (data.Rows.Count + data.Suppressed).Should().Be(595);
        data.Rows.GroupBy(r => string.Join('|', r)).Should().OnlyContain(g => g.Count() >= data.MinimumGroup);
        data.Suppressed.Should().BeGreaterThan(0, "the fixture has rare combinations");
        data.Anonymised.Should().BeTrue(string.Join("; ", data.Check.Reasons));
        data.Check.Rule.Should().Contain("R40").And.Contain("QC-PP s.23");
        AnonymisationCheck.Check(["contact_id", .. data.Columns], [.. data.Rows.Select(r => (IReadOnlyList<string?>)["x", .. r])], 10).Irreversible.Should().BeFalse("a reused dataset with an id column is never anonymised");
    }

    [Theory]
    [InlineData("phone", "analytics.identifier")]
    [InlineData("birth_date", "analytics.identifier")]
    [InlineData("first_name", "analytics.identifier")]
    [InlineData("religion", "fields.purpose")]
    [InlineData("shoe_size", "fields.undeclared")]
    [Trait("Req", "R40")]
    public async Task ExportAsync_IdentifierOrFieldThePurposeMayNotUse_RefusedNamingTheField(string field, string rule)
    {
        await using var store = await TargetingFixture.CreateAsync();
        var analytics = store.Services.GetRequiredService<IAnalytics>();

        var export = () => analytics.ExportAsync(new AnalyticsRequest { Purpose = "gotv", Fields = ["city", field] });

        (await export.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == $"fields.{field}" && e.Rule == rule);
    }
}
