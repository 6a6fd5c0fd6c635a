using ConsentKit.Contacts;
using ConsentKit.Jurisdictions;
using ConsentKit.Organisations;
using ConsentKit.Requests;
using ConsentKit.Targeting;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Hosting;

/// <summary>
/// R38: on a new installation profiling and sharing are off and retention is the shortest, until an approved decision (a
/// <see cref="LegalOverride"/>) changes one; the decision is recorded in the store with its approver and the actor.
/// </summary>
public abstract class ProtectiveDefaultsTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Inferred = """{"include":{"field":"support_score","op":"ge","value":10}}""";

    public static TheoryData<Jurisdiction> Jurisdictions => [Jurisdiction.Quebec, Jurisdiction.Canada, Jurisdiction.France];

    [Theory]
    [MemberData(nameof(Jurisdictions))]
    [Trait("Req", "R38")]
    public async Task NewInstallation_EveryProfile_ProfilingAndSharingOff_RefusedNamingTheRule(Jurisdiction jurisdiction)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction);
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse(TargetingFixture.CatalogJson));
        var registry = store.Services.GetRequiredService<IOrganisationRegistry>();
        await registry.RegisterAsync(new("assoc", "Association locale", ParentId: "default"));
        var profile = JurisdictionProfile.For(jurisdiction);

        var segment = await store.Guard().ValidateAsync(SegmentDefinition.Parse(Inferred), "gotv", new SegmentCheckOptions { Rules = TargetingRules.For("qc"), Count = false });
        var sharing = () => registry.DeclareSharingAsync(new("assoc", "default", ["gotv"]));

        profile.Defaults.Should().BeEquivalentTo(new { Profiling = false, Sharing = false });
        profile.Defaults.Source.Should().Contain("R38");
        segment.Allowed.Should().BeFalse();
        segment.Violations.Should().ContainSingle(v => v.Code == TargetingViolationCode.ProfilingOff).Which.Rule.Should().Contain("R38");
        (await sharing.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "sharing.off" && e.Message.Contains("R38"));
        (await registry.GetSharingAsync()).Should().BeEmpty("nothing half-written");
    }

    [Fact]
    [Trait("Req", "R38")]
    public async Task ApprovedOverrides_TurnProfilingAndSharingOn_AndEachIsRecordedWithItsApproverAndActor()
    {
        await using var store = await TestStore.CreateAsync(configure: o =>
        {
            o.Actor = "admin-3";
            o.Overrides.Add(TargetingFixture.ProfilingOn);
            o.Overrides.Add(new(LegalOverride.Sharing, "the riding association shares its GOTV list", "DPO"));
        });
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse(TargetingFixture.CatalogJson));
        var registry = store.Services.GetRequiredService<IOrganisationRegistry>();
        await registry.RegisterAsync(new("assoc", "Association locale", ParentId: "default"));

        var segment = await store.Guard().ValidateAsync(SegmentDefinition.Parse(Inferred), "gotv", new SegmentCheckOptions { Count = false });
        await registry.DeclareSharingAsync(new("assoc", "default", ["gotv"]));

        segment.Violations.Should().BeEmpty();
        (await registry.GetSharingAsync()).Should().ContainSingle();
        var recorded = await store.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'override:%'");
        recorded.Should().HaveCount(2);
        recorded.Should().ContainSingle(r => r.Contains("\"setting\":\"profiling\"")).Which.Should().Contain("\"approvedBy\":\"DPO\"").And.Contain("\"actor\":\"admin-3\"");
        recorded.Should().ContainSingle(r => r.Contains("\"setting\":\"sharing\"")).Which.Should().Contain("\"actor\":\"admin-3\"");
    }

    [Fact]
    [Trait("Req", "R38")]
    [Trait("Req", "R39")]
    public async Task InactiveContactRetention_LongerNeedsAnOverride_ShorterApplies()
    {
        await using var longer = await TestStore.CreateAsync(configure: o => o.InactiveContactRetention = Period.FromYears(5));
        var opening = () => longer.AddContactAsync("c-1");
        (await opening.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "InactiveContactRetention" && e.Rule == "retention.longer");

        await using var approved = await TestStore.CreateAsync(configure: o =>
        {
            o.InactiveContactRetention = Period.FromYears(5);
            o.Overrides.Add(new(LegalOverride.Retention, "members' files kept through two election cycles", "DPO"));
        });
        await approved.AddContactAsync("c-1");

        // Two years inactive: kept under the profile's three years, erased under a shorter configured period.
        async Task<int> DueAfterTwoYearsAsync(TestStore store)
        {
            await store.AddContactAsync("c-idle", phone: null, email: "idle@exemple.qc.ca");
            store.Clock.Advance(Duration.FromDays(2 * 365));
            return (await store.Services.GetRequiredService<IRetention>().PurgeAsync(dryRun: true)).ContactsErased;
        }

        await using var byDefault = await TestStore.CreateAsync();
        await using var shorter = await TestStore.CreateAsync(configure: o => o.InactiveContactRetention = Period.FromMonths(18));
        (await DueAfterTwoYearsAsync(byDefault)).Should().Be(0);
        (await DueAfterTwoYearsAsync(shorter)).Should().Be(1, "a shorter period is configuration and applies at once");
    }
}
