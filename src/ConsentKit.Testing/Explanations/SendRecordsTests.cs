using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Explanations;

public abstract class SendRecordsTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R50")]
    public async Task RecordSendsAsync_AllowedSend_RecordsConsentReliedOnAndSegment()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;

        var outcome = await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));

        outcome.Status.Should().Be(SendRecordStatus.Recorded);
        (await store.ScalarAsync("SELECT COUNT(*) FROM send_records WHERE message_id = 'm-1' AND consent_event_id IS NOT NULL AND register_entry IS NOT NULL")).Should().Be(1);
        (await store.ScalarAsync("SELECT COUNT(*) FROM send_records WHERE body IS NOT NULL OR facts LIKE '%+1514%'")).Should().Be(0, "no body by default and no contact data in the facts");
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task RecordSendsAsync_Retry_StoresNothingTwice_ConflictRefused()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        var record = ExplanationFixture.Record("m-1", segment);

        await store.Sends().RecordSendsAsync([record]);
        var retry = await store.Sends().RecordSendsAsync([record, record with { ContactId = "t-00012" }]);

        retry.Select(o => o.Status).Should().Equal(SendRecordStatus.AlreadyRecorded, SendRecordStatus.Invalid);
        retry[1].Errors.Should().ContainSingle(e => e.Field == "messageId" && e.Rule == "message_id.conflict");
        (await store.ScalarAsync("SELECT COUNT(*) FROM send_records")).Should().Be(1);
    }

    [Fact]
    [Trait("Req", "R10")]
    [Trait("Req", "R50")]
    public async Task RecordSendsAsync_SendTheGateWouldBlock_RefusedUnlessRecordedAsViolation()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Ledger.RecordAsync(TestStore.Withdraw(ExplanationFixture.Contact, at: TestStore.Start));

        var refused = await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-1", segment)]);
        var act = () => store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var violation = await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-1", segment)], new SendRecordOptions { AllowBlocked = true });

        refused[0].Status.Should().Be(SendRecordStatus.Blocked);
        refused[0].GateReasons.Should().ContainSingle(r => r.Code == GateReasonCode.Withdrawn);
        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("send.blocked");
        violation[0].Status.Should().Be(SendRecordStatus.RecordedAsViolation);
        (await store.Explanations().ExplainAsync("m-1", "en-CA")).Sections.Single(s => s.Key == "consent").Text.Should().Contain("should not have been sent");
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task RecordSendsAsync_StopAfterTheSend_ResolvesConsentAndSuppressionAsTheyStoodAtSendTime()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        store.Clock.Advance(Duration.FromHours(3));
        var stop = await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550006", "STOP", ExplanationFixture.SentAt.Plus(Duration.FromHours(1)));

        var outcome = await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var later = await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-2", segment, sentAt: ExplanationFixture.SentAt.Plus(Duration.FromHours(2)))]);

        stop.WithdrawalEventIds.Should().NotBeEmpty();
        outcome.Status.Should().Be(SendRecordStatus.Recorded, "the STOP (withdrawal and suppression) came after the message: it does not rewrite the past");
        later[0].Status.Should().Be(SendRecordStatus.Blocked);
        later[0].GateReasons.Select(r => r.Code).Should().Contain([GateReasonCode.Suppressed, GateReasonCode.Withdrawn]);
    }

    [Fact]
    [Trait("Req", "R37")]
    [Trait("Req", "R50")]
    public async Task RecordSendsAsync_BadLines_EachRefusedNamingFieldAndRule_OthersStored()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        var good = ExplanationFixture.Record("m-ok", segment);

        var outcomes = await store.Sends().RecordSendsAsync(
        [
            good,
            good with { MessageId = "m-2", Fields = ["shoe_size"] },
            good with { MessageId = "m-3", Fields = ["religion"] },
            good with { MessageId = "m-4", Sender = good.Sender with { PrivacyOfficer = "ask anyone" } },
            good with { MessageId = "m-5", SegmentEntryId = "no-such-entry" },
            good with { MessageId = "m-6", Purpose = "prospection" },
            good with { MessageId = "m-7", SentAt = TestStore.Start.Plus(Duration.FromDays(2)) },
            good with { MessageId = "m-8", Ai = new AiInvolvement { Providers = [new AiProvider("Model Co", "usa")] } },
        ]);

        outcomes[0].Status.Should().Be(SendRecordStatus.Recorded);
        outcomes.Skip(1).Select(o => o.Errors.Single().Rule).Should().Equal(
            "fields.undeclared", "fields.purpose", "sender.privacy_officer", "segment.unknown", "purpose.unknown", "sent_at.future", "ai.provider.country");
        outcomes[1].Errors[0].Field.Should().Be("fields.shoe_size");
        (await store.ScalarAsync("SELECT COUNT(*) FROM send_records")).Should().Be(1);
    }
}
