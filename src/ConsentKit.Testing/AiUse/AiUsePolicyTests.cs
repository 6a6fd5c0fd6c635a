using ConsentKit.Testing;
using ConsentKit.AiUse;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Testing.Explanations;

namespace ConsentKit.Testing.AiUse;

public abstract class AiUsePolicyTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R44")]
    [Trait("Req", "R45")]
    public async Task RecordSendsAsync_UnreviewedDraftOrForbiddenUse_BlockedWithAiReasons_UnregisteredProviderFlagged()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        var policy = (Microsoft.Extensions.Options.IOptions<ConsentKitOptions>)store.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<ConsentKitOptions>))!;
        policy.Value.AiPolicy.AllowedUses.Remove(AiUseKind.Targeting);
        policy.Value.AiPolicy.Providers.Add(new RegisteredAiProvider("Model Co", "US", "drafts without personal data", "DPA-2026-04"));

        var outcomes = await store.Sends().RecordSendsAsync(
        [
            ExplanationFixture.Record("m-unreviewed", segment, ai: new AiInvolvement { Drafted = true }),
            ExplanationFixture.Record("m-targeting", segment, ai: new AiInvolvement { Drafted = true, ReviewedBy = "staff", Targeting = true }),
            ExplanationFixture.Record("m-unknown-provider", segment, ai: new AiInvolvement { Drafted = true, ReviewedBy = "staff", Providers = [new AiProvider("Shadow AI", "CN")] }),
            ExplanationFixture.Record("m-video", segment, ai: new AiInvolvement { OtherUses = [AiUseKind.Video] }),
            ExplanationFixture.Record("m-deepfake", segment, ai: new AiInvolvement { OtherUses = [AiUseKind.Images], DepictsRealPerson = true }),
        ]);

        outcomes[0].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiReviewMissing);
        outcomes[1].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiUseForbidden);
        outcomes[2].Status.Should().Be(SendRecordStatus.Recorded, "an unregistered provider is flagged, not blocked, by default");
        (await store.ScalarAsync("SELECT COUNT(*) FROM send_records WHERE facts LIKE '%\"unregistered\":[\"Shadow AI\"]%'")).Should().Be(1);
        outcomes[3].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiUseForbidden, "video generation is off by default");
        outcomes[4].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiUseForbidden && r.Rule.StartsWith("R47", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Req", "R47")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RecordSendsAsync_AiImages_ARealPersonNeverAndAnyImageOnlyWhileTheOrganisationAllowsThem(bool imagesAllowed)
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        var options = (Microsoft.Extensions.Options.IOptions<ConsentKitOptions>)store.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<ConsentKitOptions>))!;
        if (!imagesAllowed)
        {
            // The organisation's switch: no AI image generation at all.
            options.Value.AiPolicy.AllowedUses.Remove(AiUseKind.Images);
        }

        var outcomes = await store.Sends().RecordSendsAsync(
        [
            ExplanationFixture.Record("m-poster", segment, ai: new AiInvolvement { OtherUses = [AiUseKind.Images] }),
            ExplanationFixture.Record("m-deepfake", segment, ai: new AiInvolvement { OtherUses = [AiUseKind.Images], DepictsRealPerson = true }),
            ExplanationFixture.Record("m-cloned-voice", segment, ai: new AiInvolvement { OtherUses = [AiUseKind.Audio], DepictsRealPerson = true }),
        ]);

        outcomes[0].GateReasons.Any(r => r.Code == GateReasonCode.AiUseForbidden).Should().Be(!imagesAllowed, "an AI image passes only while the organisation allows images");
        outcomes[1].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiUseForbidden && r.Rule.StartsWith("R47", StringComparison.Ordinal), "a real person's likeness, never");
        outcomes[2].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.AiUseForbidden && r.Rule.StartsWith("R47", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, "fr", AiLabels.Form.Sms, "Rédigé avec l'IA, révisé par notre équipe")]
    [InlineData(false, "en", AiLabels.Form.Sms, "Written by AI, not reviewed by a person")]
    [InlineData(true, "fr", AiLabels.Form.Text, "Message rédigé avec l'aide de l'IA et révisé par notre équipe.")]
    [Trait("Req", "R45")]
    public void For_Drafted_StandardLabelThatFitsGsm7(bool reviewed, string language, AiLabels.Form form, string expected)
    {
        var label = AiLabels.For(new AiInvolvement { Drafted = true, ReviewedBy = reviewed ? "staff" : null }, language, form);

        label.Should().Be(expected);
        if (form == AiLabels.Form.Sms)
        {
            SmsText.Measure(label!).Encoding.Should().Be("GSM-7");
        }

        AiLabels.For(AiInvolvement.None, language).Should().BeNull();
    }

    [Theory]
    [Trait("Req", "R41")]
    [InlineData(Jurisdiction.Quebec, "US", null, true)]
    [InlineData(Jurisdiction.Quebec, "US", "PIA-2026-03", false)]
    [InlineData(Jurisdiction.Quebec, "CA", null, false)]
    [InlineData(Jurisdiction.France, "DE", null, false)]
    [InlineData(Jurisdiction.France, "CA", null, true)]
    public async Task Open_AiProviderOutsideTheJurisdiction_NeedsItsTransferAssessment(Jurisdiction jurisdiction, string country, string? assessment, bool refused)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction, configure: o =>
            o.AiPolicy.Providers.Add(new RegisteredAiProvider("Model Co", country, "drafts without personal data", "DPA-2026-04") { TransferAssessment = assessment }));

        var open = () => store.Ledger.GetStatesAsync("c-1");

        if (refused)
        {
            (await open.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "AiPolicy:Providers:Model Co" && e.Rule == "provider.transfer-assessment");
        }
        else
        {
            await open.Should().NotThrowAsync();
        }
    }
}
