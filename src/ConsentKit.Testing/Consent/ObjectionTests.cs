using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Targeting;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Consent;

/// <summary>R11: an objection to political direct marketing is absolute and stops the profiling and scoring related to it.</summary>
public abstract class ObjectionTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static Objection From(string contactId) => new() { ContactId = contactId, OccurredAt = TestStore.Start, Source = CaptureSource.Phone, EvidenceRef = "req-1" };

    [Fact]
    [Trait("Req", "R11")]
    public async Task RecordObjectionAsync_Member_StopsEveryMarketingConsentAndEveryInferredSegment_KeepsMembership()
    {
        await using var store = await TargetingFixture.CreateAsync();
        // Enough people for the audience floor (R33).
        await TargetingFixture.SeedAsync(store, 1200);
        // Contact 42 holds gotv on the membership basis and agreed to profiling; it scores 42 on an inferred field.
        var objector = TargetingFixture.Id(42);
        await store.Ledger.RecordAsync(TestStore.Grant(objector, "membership") with { Basis = ConsentBasis.Membership });
        await store.Ledger.RecordAsync(TestStore.Grant(objector, "newsletter", Channel.Email));
        var guard = store.Guard();
        var decision = await guard.ValidateAsync(SegmentDefinition.Parse("""{"include":{"field":"support_score","op":"ge","value":10}}"""), "gotv");
        decision.Allowed.Should().BeTrue(string.Join("; ", decision.Violations.Select(v => v.Code + " " + v.Field)));
        var scored = decision.Segment!;
        var before = await guard.EvaluateAsync(scored).ToListAsync();
        before.Should().Contain(objector);

        var result = await store.Ledger.RecordObjectionAsync(From(objector));

        result.Withdrawn.Select(w => (w.Purpose, w.Channel)).Should().BeEquivalentTo([("gotv", Channel.Sms), ("ai-profiling", Channel.Sms), ("newsletter", Channel.Email)]);
        result.Rule.Should().Contain("R11");
        (await guard.EvaluateAsync(scored).ToListAsync()).Should().Equal(before.Where(id => id != objector), "profiling stops: no segment on an inferred field selects them");
        var gate = store.Services.GetRequiredService<ISendGate>();
        (await gate.CheckAsync(objector, "gotv", Channel.Sms, TestStore.Start + Duration.FromMinutes(1))).Reasons.Should().Contain(r => r.Code == GateReasonCode.Withdrawn, "absolute: the membership basis does not outlast it");
        (await store.Ledger.GetStateAsync(objector, "membership", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted, "membership administration is not direct marketing");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R11")]
    public async Task RecordObjectionAsync_Retried_RecordsNothingTwice_UnknownContactRefused()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        var first = await store.Ledger.RecordObjectionAsync(From("c-1"));
        var retry = await store.Ledger.RecordObjectionAsync(From("c-1"));
        var unknown = () => store.Ledger.RecordObjectionAsync(From("c-404"));

        first.Withdrawn.Should().ContainSingle();
        retry.Withdrawn.Should().BeEmpty();
        (await store.Ledger.GetHistoryAsync("c-1")).Should().HaveCount(2, "one grant, one withdrawal");
        (await unknown.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "contact_id");
    }
}
