using ConsentKit.Consent;
using ConsentKit.Testing;
using NodaTime;

namespace ConsentKit.Testing.Consent;

/// <summary>Each bad input gives its documented error, names the field, never echoes the value, and writes nothing.</summary>
public abstract class ConsentValidationTests(ITestStoreProvider provider) : StoreContract(provider)
{
    public static TheoryData<string, Func<ConsentEvent, ConsentEvent>, string, string> BadEvents => new()
    {
        { "unknown purpose", e => e with { Purpose = "lottery" }, "purpose", "purpose.unknown" },
        { "unknown channel", e => e with { Channel = (Channel)42 }, "channel", "channel.unknown" },
        { "missing notice", e => e with { Notice = null }, "notice_id", "notice.required" },
        { "missing affirmative act", e => e with { AffirmativeAct = null }, "affirmative_act", "affirmative_act.required" },
        { "missing evidence", e => e with { EvidenceRef = " " }, "evidence_ref", "evidence_ref.required" },
        { "missing collector", e => e with { CollectedBy = null }, "collected_by", "collected_by.required" },
        { "missing basis", e => e with { Basis = null }, "basis", "basis.required" },
        { "basis not accepted", e => e with { Basis = ConsentBasis.LegitimateInterest }, "basis", "basis.not-accepted" },
        { "notice hash too short", e => e with { Notice = e.Notice! with { Sha256 = "abc123" } }, "notice_sha256", "notice_sha256.format" },
        { "notice hash upper-case", e => e with { Notice = e.Notice! with { Sha256 = TestStore.NoticeSha.ToUpperInvariant() } }, "notice_sha256", "notice_sha256.format" },
        { "expiry before grant", e => e with { ExpiresAt = e.OccurredAt!.Value - Duration.FromDays(1) }, "expires_at", "expires_at.before-grant" },
        { "timestamp in the future", e => e with { OccurredAt = TestStore.Start + Duration.FromMinutes(10) }, "occurred_at", "occurred_at.future" },
        { "web form without URL", e => e with { SourceDetail = "the form" }, "source_detail", "source_detail.url-required" },
        { "third party unnamed", e => e with { FromDataSubject = false }, "third_party", "third_party.required" },
        { "third party country malformed", e => e with { FromDataSubject = false, ThirdParty = "Broker Inc.", ThirdPartyCountry = "usa" }, "third_party_country", "third_party_country.format" },
        { "unknown contact", e => e with { ContactId = "c-missing" }, "contact_id", "contact_id.unknown" },
        { "contact id is an e-mail", e => e with { ContactId = "elise@exemple.qc.ca" }, "contact_id", "contact_id.not-opaque" },
        { "parental grant without guardian", e => e with { Kind = ConsentEventKind.ParentalGranted }, "guardian", "guardian.required" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    [Trait("Req", "R2")]
    public async Task RecordAsync_BadEvent_IsRefusedNamingFieldAndWritesNothing(string because, Func<ConsentEvent, ConsentEvent> spoil, string field, string rule)
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var before = await store.CountEventsAsync();

        var act = () => store.Ledger.RecordAsync(spoil(TestStore.Grant("c-1")));

        var error = (await act.Should().ThrowAsync<ConsentKitValidationException>(because)).Which;
        error.Errors.Should().Contain(e => e.Field == field && e.Rule == rule, because);
        error.Message.Should().Contain(field);
        (await store.CountEventsAsync()).Should().Be(before, "a refused event writes nothing");
        (await store.ScalarAsync("SELECT COUNT(*) FROM consent_state")).Should().Be(0);
    }

    [Fact]
    [Trait("Req", "R3")]
    public async Task RecordManyAsync_OneBadEventInBatch_WritesNoneAndListsAllErrors()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");

        var act = () => store.Ledger.RecordManyAsync([TestStore.Grant("c-1"), TestStore.Grant("c-1", "lottery") with { Notice = null }]);

        var error = (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which;
        error.Errors.Select(e => e.Rule).Should().Contain(["purpose.unknown", "notice.required"]);
        (await store.ScalarAsync("SELECT COUNT(*) FROM ledger_events WHERE purpose IS NOT NULL")).Should().Be(0);
    }

    [Fact]
    public async Task RecordAsync_WithdrawalWithOnlySource_IsAccepted()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");

        var result = await store.Ledger.RecordAsync(new ConsentEvent { ContactId = "c-1", Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Withdrawn, Source = CaptureSource.Phone });

        result.EventId.Should().StartWith("evt_");
    }

    [Fact]
    [Trait("Req", "R4")]
    public async Task RecordAsync_FranceNewsletterOnPlainConsent_IsRefused()
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France);
        await store.Contacts.UpsertAsync(new ConsentKit.Contacts.Contact { ContactId = "c-1", Phone = "06 12 34 56 78" });

        var act = () => store.Ledger.RecordAsync(TestStore.Grant("c-1", "newsletter") with { Basis = ConsentBasis.Consent });

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Rule == "basis.not-accepted" && e.Message.Contains("GDPR 9(2)(a)"));
    }
}
