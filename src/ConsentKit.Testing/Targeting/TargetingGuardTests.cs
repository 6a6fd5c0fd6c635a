using ConsentKit.Targeting;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Targeting;

public abstract class TargetingGuardTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static SegmentDefinition Seg(string json) => SegmentDefinition.Parse(json);

    private static SegmentCheckOptions DefinitionOnly(string rules) => new() { Count = false, Rules = TargetingRules.For(rules) };

    private static async Task<TargetingDecision> CheckAsync(TestStore store, string json, string purpose = "gotv", string rules = "qc") =>
        await store.Guard().ValidateAsync(Seg(json), purpose, DefinitionOnly(rules));

    [Theory]
    [InlineData("qc")]
    [InlineData("ca")]
    [InlineData("fr")]
    [InlineData("eu")]
    [Trait("Req", "R35")]
    public async Task ValidateAsync_ElectoralListField_EveryPurpose_AllowedOnlyForWhatTheLawAllows(string rules)
    {
        await using var store = await TargetingFixture.CreateAsync();
        var allowed = TargetingRules.For(rules)!.ElectoralListPurposes;
        var purposes = (await store.Services.GetRequiredService<ConsentKit.Hosting.ConsentKitRuntime>().ReadyAsync(CancellationToken.None)).Purposes.Keys;

        foreach (var purpose in purposes)
        {
            var decision = await CheckAsync(store, """{"include":{"field":"riding","op":"eq","value":"75"}}""", purpose, rules);
            decision.Violations.Any(v => v.Code == TargetingViolationCode.ElectoralListPurpose).Should().Be(!allowed.Contains(purpose), $"{purpose} under {rules}");
        }

        purposes.Should().Contain(p => !allowed.Contains(p), "profiling (ai-profiling) is never a use of the electoral list");
        (await CheckAsync(store, """{"include":{"field":"riding","op":"eq","value":"75"}}""", "ai-profiling", rules)).Violations
            .Single(v => v.Code == TargetingViolationCode.ElectoralListPurpose).Rule.Should().Contain("R35");
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("eu", true)]
    [InlineData("qc", false)]
    [InlineData("ca", false)]
    [Trait("Req", "R35")]
    public async Task ValidateAsync_ElectoralListJoinedWithBrokerData_RefusedForEuTargeting(string rules, bool eu)
    {
        await using var store = await TargetingFixture.CreateAsync();

        var decision = await CheckAsync(store, """{"include":{"and":[{"field":"riding","op":"eq","value":"75"},{"field":"income_band","op":"eq","value":"high"}]}}""", "gotv", rules);

        decision.Violations.Any(v => v.Code == TargetingViolationCode.ElectoralListJoin && v.Rule.Contains("R35") && v.MessageEn.Contains("income_band")).Should().Be(eu);
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task ValidateAsync_OrdinaryCriteria_IsAllowed()
    {
        await using var store = await TargetingFixture.CreateAsync();

        var decision = await CheckAsync(store, """{"name":"Transit voters","include":{"and":[{"field":"age","op":"between","value":[18,30]},{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]}}""");

        decision.Allowed.Should().BeTrue();
        decision.Violations.Should().BeEmpty();
        decision.Segment.Should().BeNull("a definition-only check approves nothing for evaluation");
    }

    public static TheoryData<string, string, TargetingViolationCode, string, string, string> RuleCases => new()
    {
        // segment, purpose, code, fr fragment, en fragment, rule
        { """{"include":{"field":"shoe_size","op":"eq","value":42}}""", "gotv", TargetingViolationCode.UndeclaredField, "pas déclaré", "not declared", "R28" },
        { """{"include":{"field":"last_name","op":"eq","value":"Tremblay"}}""", "membership", TargetingViolationCode.IdentifierCriterion, "une à une", "one by one", "R33" },
        { """{"include":{"field":"donations_total","op":"gt","value":10}}""", "newsletter", TargetingViolationCode.PurposeNotAllowed, "ne permet pas", "does not allow", "R37" },
        { """{"include":{"field":"religion","op":"eq","value":"x"}}""", "membership", TargetingViolationCode.SpecialCategory, "religion", "religion", "GDPR art. 9(1)" },
        { """{"include":{"field":"place_of_birth","op":"eq","value":"x"}}""", "gotv", TargetingViolationCode.Proxy, "origine ethnique", "ethnic origin", "R31" },
        { """{"include":{"field":"neighbourhood_group","op":"exists"}}""", "gotv", TargetingViolationCode.Proxy, "origine ethnique", "ethnic origin", "R31" },
        { """{"include":{"field":"union_local","op":"exists"}}""", "gotv", TargetingViolationCode.Proxy, "syndicale", "union", "R31" },
        { """{"include":{"field":"events_attended","op":"contains","value":"Brunch de la Fierté"}}""", "gotv", TargetingViolationCode.Proxy, "orientation sexuelle", "sexual orientation", "R31" },
        { """{"include":{"field":"events_attended","op":"contains","value":"Iftar à la mosquée"}}""", "gotv", TargetingViolationCode.Proxy, "religion", "religion", "R31" },
        { """{"include":{"field":"events_attended","op":"contains","value":"Pharmacy flu clinic"}}""", "gotv", TargetingViolationCode.Proxy, "santé", "health", "R31" },
        { """{"include":{"field":"debt_level","op":"eq","value":"high"}}""", "gotv", TargetingViolationCode.Vulnerability, "fragilité", "hard situation", "R34" },
        { """{"name":"Musulmans de Laval","include":{"field":"city","op":"eq","value":"Laval"}}""", "gotv", TargetingViolationCode.SensitiveIntent, "religion", "religion", "R31" },
        { """{"name":"Likely union members by employer","include":{"field":"city","op":"eq","value":"Laval"}}""", "gotv", TargetingViolationCode.SensitiveIntent, "syndicale", "union", "R31" },
        { """{"include":{"and":[{"field":"home_language","op":"eq","value":"ar"},{"field":"city","op":"eq","value":"Laval"}]}}""", "gotv", TargetingViolationCode.Proxy, "origine ethnique", "ethnic origin", "R31" },
        { """{"include":{"field":"age","op":"lt","value":17}}""", "gotv", TargetingViolationCode.Minors, "moins de 18", "under 18", "R20" },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    [Trait("Req", "R28")]
    [Trait("Req", "R31")]
    [Trait("Req", "R33")]
    [Trait("Req", "R34")]
    [Trait("Req", "R37")]
    public async Task ValidateAsync_BrokenRule_RefusedWithCodeFieldRuleAndBothLanguages(string json, string purpose, TargetingViolationCode code, string fr, string en, string rule)
    {
        await using var store = await TargetingFixture.CreateAsync();

        var decision = await CheckAsync(store, json, purpose);

        decision.Allowed.Should().BeFalse();
        decision.Segment.Should().BeNull();
        var violation = decision.Violations.Should().Contain(v => v.Code == code).Which;
        violation.Field.Should().NotBeNullOrEmpty();
        violation.Rule.Should().Contain(rule);
        violation.MessageIn("fr").Should().Contain(fr);
        violation.MessageIn("en").Should().Contain(en);
        violation.MessageFr.Should().NotBe(violation.MessageEn);
    }

    public static TheoryData<string, string> EveryProfileAndPurpose()
    {
        var data = new TheoryData<string, string>();
        foreach (var rules in new[] { "qc", "ca", "fr", "eu" })
        {
            foreach (var purpose in new[] { "gotv", "membership", "political-ads", "newsletter" })
            {
                data.Add(rules, purpose);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryProfileAndPurpose))]
    [Trait("Req", "R28")]
    [Trait("Req", "R30")]
    public async Task ValidateAsync_SpecialCategoryAsIncludeOrExclude_RefusedInEveryProfile(string rules, string purpose)
    {
        await using var store = await TargetingFixture.CreateAsync();

        var included = await CheckAsync(store, """{"include":{"field":"religion","op":"eq","value":"x"}}""", purpose, rules);
        var excluded = await CheckAsync(store, """{"include":{"field":"city","op":"eq","value":"Laval"},"exclude":{"field":"religion","op":"exists"}}""", purpose, rules);

        included.Violations.Should().Contain(v => v.Code == TargetingViolationCode.SpecialCategory && v.Category == DataCategory.Religion);
        excluded.Violations.Should().Contain(v => v.Code == TargetingViolationCode.SpecialCategory && v.Category == DataCategory.Religion);
        excluded.Violations.Single(v => v.Code == TargetingViolationCode.SpecialCategory).MessageEn.Should().Contain("to exclude");
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task ValidateAsync_UnionWritingToItsMembersWithOverride_AllowedOnlyForThatPurpose()
    {
        await using var store = await TargetingFixture.CreateAsync(configure: o =>
            o.TargetingOverrides.Add(new TargetingOverride(DataCategory.Religion, "membership", "9(2)(d)", "Association confessionnelle écrivant à ses membres", "dpo@exemple.qc.ca")));

        (await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""", "membership")).Allowed.Should().BeTrue();
        (await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""", "gotv")).Violations.Should().Contain(v => v.Code == TargetingViolationCode.SpecialCategory);
    }

    [Fact]
    [Trait("Req", "R30")]
    public async Task ValidateAsync_OverrideForPoliticalAdsUnderEuRules_StillRefused()
    {
        await using var store = await TargetingFixture.CreateAsync(configure: o =>
            o.TargetingOverrides.Add(new TargetingOverride(DataCategory.Religion, "political-ads", "9(2)(a)", "essai", "dpo")));

        (await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""", "political-ads", "qc")).Violations.Should().NotContain(v => v.Code == TargetingViolationCode.SpecialCategory);
        (await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""", "political-ads", "fr")).Violations.Should().Contain(v => v.Code == TargetingViolationCode.SpecialCategory);
        (await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""", "political-ads", "eu")).Violations.Should().Contain(v => v.Code == TargetingViolationCode.SpecialCategory);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("eu")]
    [Trait("Req", "R5")]
    [Trait("Req", "R30")]
    public async Task ValidateAsync_ThirdPartyOrInferredFieldUnderEuRules_Refused(string rules)
    {
        await using var store = await TargetingFixture.CreateAsync();

        var broker = await CheckAsync(store, """{"include":{"field":"income_band","op":"eq","value":"high"}}""", "gotv", rules);
        var inferred = await CheckAsync(store, """{"include":{"field":"support_score","op":"gt","value":50}}""", "gotv", rules);
        var electoralListForAds = await CheckAsync(store, """{"include":{"field":"riding","op":"eq","value":"75"}}""", "political-ads", rules);

        broker.Violations.Should().ContainSingle(v => v.Code == TargetingViolationCode.IndirectSource).Which.MessageEn.Should().Contain("DataCorp, US");
        inferred.Violations.Should().ContainSingle(v => v.Code == TargetingViolationCode.IndirectSource).Which.Rule.Should().Contain("TTPA art. 18(1)");
        electoralListForAds.Violations.Should().Contain(v => v.Code == TargetingViolationCode.IndirectSource);
        (await CheckAsync(store, """{"include":{"field":"riding","op":"eq","value":"75"}}""", "gotv", rules)).Allowed.Should().BeTrue("the electoral list serves political communication (R35)");
    }

    [Fact]
    [Trait("Req", "R31")]
    public async Task ValidateAsync_OfficialLanguageInAPlace_AllowedButOtherLanguageRefused()
    {
        await using var store = await TargetingFixture.CreateAsync();

        (await CheckAsync(store, """{"include":{"and":[{"field":"language","op":"in","value":["fr","en-CA"]},{"field":"city","op":"eq","value":"Laval"}]}}""")).Allowed.Should().BeTrue();
        (await CheckAsync(store, """{"include":{"and":[{"field":"language","op":"eq","value":"es"},{"field":"postal_code","op":"contains","value":"H7"}]}}""")).Violations
            .Should().ContainSingle(v => v.Code == TargetingViolationCode.Proxy && v.Category == DataCategory.EthnicOrigin);
        (await CheckAsync(store, """{"include":{"field":"language","op":"eq","value":"es"}}""")).Allowed.Should().BeTrue("a language alone, without a place, is the message's language");
    }

    [Fact]
    [Trait("Req", "R31")]
    public async Task ValidateAsync_IntegratorProxyWords_Refused()
    {
        await using var store = await TargetingFixture.CreateAsync(configure: o => o.Proxies = ProxyRules.Default.With(DataCategory.Religion, "kirk session"));

        (await CheckAsync(store, """{"include":{"field":"events_attended","op":"contains","value":"Kirk Session supper"}}""")).Violations
            .Should().ContainSingle(v => v.Category == DataCategory.Religion);
    }

    [Fact]
    [Trait("Req", "R33")]
    public async Task ValidateAsync_CountedBelowFloor_RefusedAndCannotBeEvaluated()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 300);

        var small = await store.Guard().ValidateAsync(Seg("""{"include":{"and":[{"field":"city","op":"eq","value":"Laval"},{"field":"age","op":"between","value":[18,20]}]}}"""), "gotv");
        var large = await store.Guard().ValidateAsync(Seg("""{"include":{"field":"city","op":"in","value":["Laval","Montréal"]}}"""), "gotv");

        small.Allowed.Should().BeFalse();
        small.Audience.Should().BeLessThan(100);
        small.Violations.Should().ContainSingle(v => v.Code == TargetingViolationCode.BelowMinimumAudience).Which.MessageFr.Should().Contain("au moins 100");
        small.Segment.Should().BeNull();
        large.Allowed.Should().BeTrue();
        large.Audience.Should().BeGreaterThanOrEqualTo(100);
        large.Segment.Should().NotBeNull();
    }

    [Fact]
    [Trait("Req", "R20")]
    [Trait("Req", "R28")]
    public async Task EvaluateAsync_ApprovedSegment_SelectsExactlyTheMatchingAdultsWithKnownAge()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 3000);

        var decision = await store.Guard().ValidateAsync(Seg("""
            {"include":{"and":[{"field":"age","op":"between","value":[16,60]},{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]},
             "exclude":{"field":"language","op":"eq","value":"en"}}
            """), "gotv");
        var ids = await store.Guard().EvaluateAsync(decision.Segment!).ToListAsync();

        var expected = Enumerable.Range(0, 3000)
            .Where(i => TargetingFixture.KnownAge(i) && TargetingFixture.AgeOf(i) is >= 18 and <= 60 // minors (under 18 for gotv) are left out (R20)
                && TargetingFixture.City(i) == "Laval" && i % 2 == 0 && i % 4 != 0)
            .Select(TargetingFixture.Id);
        ids.Should().Equal(expected);
        decision.Audience.Should().Be(ids.Count);
    }

    [Fact]
    [Trait("Req", "R29")]
    public async Task EvaluateAsync_InferredField_SelectsOnlyPeopleWhoAgreedToProfiling()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 1200);

        var decision = await store.Guard().ValidateAsync(Seg("""{"include":{"field":"support_score","op":"ge","value":10}}"""), "gotv");
        var ids = await store.Guard().EvaluateAsync(decision.Segment!).ToListAsync();

        decision.Segment!.RequiredConsents.Should().Equal("ai-profiling");
        ids.Should().Equal(Enumerable.Range(0, 1200)
            .Where(i => i % 100 >= 10 && i % 3 == 0 && (!TargetingFixture.KnownAge(i) || TargetingFixture.AgeOf(i) >= 18))
            .Select(TargetingFixture.Id));
    }

    [Fact]
    [Trait("Req", "R5")]
    public async Task EvaluateAsync_BrokerFieldInQuebec_SelectsOnlyExplicitConsents()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 1200);

        var decision = await store.Guard().ValidateAsync(Seg("""{"include":{"field":"income_band","op":"eq","value":"high"}}"""), "gotv");
        var ids = await store.Guard().EvaluateAsync(decision.Segment!).ToListAsync();

        ids.Should().Equal(Enumerable.Range(0, 1200)
            .Where(i => i % 5 == 0 && i % 7 != 0 && (!TargetingFixture.KnownAge(i) || TargetingFixture.AgeOf(i) >= 18))
            .Select(TargetingFixture.Id));
    }

    [Fact]
    [Trait("Req", "R33")]
    public async Task EvaluateAsync_AudienceShrankBelowFloorAfterApproval_YieldsNobody()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 400);
        var decision = await store.Guard().ValidateAsync(Seg("""{"include":{"field":"city","op":"eq","value":"Laval"}}"""), "gotv");
        decision.Allowed.Should().BeTrue();

        await store.ExecuteAsync("DELETE FROM contacts WHERE contact_id > 't-00100'");
        var yielded = new List<string>();
        var act = async () =>
        {
            await foreach (var id in store.Guard().EvaluateAsync(decision.Segment!))
            {
                yielded.Add(id);
            }
        };

        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("targeting.below-floor");
        yielded.Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R67")]
    public async Task ValidateAsync_AllowedAndRefused_BothRecordedInRegisterWithoutPersonalData()
    {
        await using var store = await TargetingFixture.CreateAsync();
        await TargetingFixture.SeedAsync(store, 600);

        var allowed = await store.Guard().ValidateAsync(Seg("""{"include":{"field":"city","op":"eq","value":"Laval"}}"""), "gotv", new SegmentCheckOptions { RequestedBy = "staff-12" });
        var refused = await CheckAsync(store, """{"include":{"field":"religion","op":"exists"}}""");
        var register = await store.Guard().GetRegisterAsync(TestStore.Start, TestStore.Start.Plus(NodaTime.Duration.FromDays(1)));

        register.Should().HaveCount(2);
        register[0].Id.Should().Be(allowed.RegisterId);
        register[0].Allowed.Should().BeTrue();
        register[0].Audience.Should().Be(allowed.Audience);
        register[0].RequestedBy.Should().Be("staff-12");
        register[0].Fields.Should().ContainSingle(f => f.Name == "city" && f.Category == DataCategory.Location && f.Source == DataSource.Person);
        register[0].SegmentSha256.Should().HaveLength(64);
        register[1].Id.Should().Be(refused.RegisterId);
        register[1].Allowed.Should().BeFalse();
        register[1].ViolationCodes.Should().Contain("SpecialCategory");

        var all = string.Join('|', await store.QueryAsync<string>("SELECT segment || sources || violations || coalesce(requested_by, '') FROM targeting_register"));
        all.Should().NotContain("+1514555").And.NotContain("t-0");
    }

    [Fact]
    [Trait("Req", "R67")]
    public async Task ValidateAsync_CriterionOnIdentity_ValueRedactedInRegister()
    {
        await using var store = await TargetingFixture.CreateAsync();

        await CheckAsync(store, """{"include":{"or":[{"field":"last_name","op":"eq","value":"Tremblay"},{"field":"city","op":"eq","value":"Laval"}]}}""", "membership");
        var register = await store.Guard().GetRegisterAsync(TestStore.Start, TestStore.Start.Plus(NodaTime.Duration.FromDays(1)));

        register.Should().ContainSingle().Which.Segment.Should().Contain("[redacted]").And.NotContain("Tremblay").And.Contain("Laval");
    }

    [Theory]
    [InlineData("""{"include":{"field":"age","op":"gt","value":"abc"}}""", "age", "segment.value-type")]
    [InlineData("""{"include":{"field":"age","op":"between","value":[18,500]}}""", "age", "segment.value-type")]
    [InlineData("""{"include":{"field":"interests","op":"gt","value":5}}""", "interests", "segment.operator-type")]
    [Trait("Req", "R28")]
    public async Task ValidateAsync_ValueOrOperatorNotFittingFieldType_ThrowsNamingFieldAndRule(string json, string field, string rule)
    {
        await using var store = await TargetingFixture.CreateAsync();

        var act = () => CheckAsync(store, json);

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == field && e.Rule == rule);
    }

    [Fact]
    public async Task ValidateAsync_UnknownPurpose_ThrowsNamingPurpose()
    {
        await using var store = await TargetingFixture.CreateAsync();

        var act = () => store.Guard().ValidateAsync(Seg("""{"include":{"field":"city","op":"eq","value":"Laval"}}"""), "prospection");

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "purpose" && e.Rule == "purpose.unknown");
    }
}
