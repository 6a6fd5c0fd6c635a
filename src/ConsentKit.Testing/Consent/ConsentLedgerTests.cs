using ConsentKit.Consent;
using ConsentKit.Testing;
using NodaTime;

namespace ConsentKit.Testing.Consent;

public abstract class ConsentLedgerTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R1")]
    public async Task RecordAsync_Grant_StateIsGrantedForThatPurposeAndChannelOnly()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");

        var result = await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        result.Duplicate.Should().BeFalse();
        var state = await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms);
        state.Status.Should().Be(ConsentStatus.Granted);
        state.Basis.Should().Be(ConsentBasis.ExplicitConsent);
        state.EventId.Should().Be(result.EventId);
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Email)).Status.Should().Be(ConsentStatus.None);
        (await store.Ledger.GetStateAsync("c-1", "newsletter", Channel.Sms)).Status.Should().Be(ConsentStatus.None);
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task RecordAsync_WithdrawalAfterGrant_StateIsWithdrawn()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        store.Clock.AdvanceMinutes(5);

        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: store.Clock.GetCurrentInstant()));

        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
    }

    [Fact]
    [Trait("Req", "R7")]
    public async Task GetStateAsync_AfterDefaultLifetime_IsExpired()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        var state = await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms);
        state.Expires.Should().Be(Instant.FromUtc(2028, 11, 2, 15, 0), "gotv lasts 24 months in the Québec profile (R7)");

        store.Clock.Reset(Instant.FromUtc(2028, 11, 2, 15, 0));
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Expired);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task GetStateAsync_AsOfPastInstant_ReturnsStateThen()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var t0 = TestStore.Start;
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", at: t0));
        store.Clock.AdvanceDays(3);
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: t0 + Duration.FromDays(2)));

        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms, at: t0 - Duration.FromSeconds(1))).Status.Should().Be(ConsentStatus.None);
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms, at: t0 + Duration.FromDays(1))).Status.Should().Be(ConsentStatus.Granted);
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms, at: t0 + Duration.FromDays(2))).Status.Should().Be(ConsentStatus.Withdrawn);
    }

    [Fact]
    public async Task RecordAsync_OldGrantImportedAfterWithdrawal_DoesNotOverrideWithdrawal()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: TestStore.Start));

        await store.Ledger.RecordAsync(TestStore.Grant("c-1", at: TestStore.Start - Duration.FromDays(30)));

        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
    }

    [Fact]
    public async Task RecordAsync_SameIdempotencyKeyTwice_CountsOnce()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var grant = TestStore.Grant("c-1") with { IdempotencyKey = "form-991" };

        var first = await store.Ledger.RecordAsync(grant);
        var before = await store.CountEventsAsync();
        var retry = await store.Ledger.RecordAsync(grant);

        retry.Should().Be(new RecordResult(first.EventId, Duplicate: true));
        (await store.CountEventsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_IdempotencyKeyReusedForAnotherFact_IsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { IdempotencyKey = "k1" });

        var act = () => store.Ledger.RecordAsync(TestStore.Grant("c-1", channel: Channel.Email) with { IdempotencyKey = "k1" });

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "idempotency_key.conflict");
    }

    [Fact]
    [Trait("Req", "R9")]
    public async Task RecordAsync_MinorUnder14InQuebec_NeedsParentalGrant()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-kid", birthDate: new LocalDate(2014, 1, 10));

        var plain = () => store.Ledger.RecordAsync(TestStore.Grant("c-kid", "volunteering"));
        (await plain.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Rule == "kind.parental-consent-required");

        var parental = TestStore.Grant("c-kid", "volunteering") with { Kind = ConsentEventKind.ParentalGranted, Guardian = "parent-ref-17" };
        await store.Ledger.RecordAsync(parental);
        (await store.Ledger.GetStateAsync("c-kid", "volunteering", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted);
    }

    [Fact]
    public async Task RecordAsync_RenewalWithoutGrant_IsRefused_AndRenewalExtendsExpiry()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var renewal = TestStore.Grant("c-1") with { Kind = ConsentEventKind.Renewed };

        var act = () => store.Ledger.RecordAsync(renewal);
        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Rule == "kind.renewal-without-grant");

        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        store.Clock.AdvanceDays(400);
        await store.Ledger.RecordAsync(renewal with { OccurredAt = store.Clock.GetCurrentInstant() });
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Expires.Should().Be(TestStore.Start + Duration.FromDays(400) + Duration.FromDays(731));
    }

    [Fact]
    [Trait("Req", "R5")]
    public async Task GetHistoryAsync_ThirdPartyGrant_KeepsSourceAndCountry()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { FromDataSubject = false, ThirdParty = "Association des riverains", ThirdPartyCountry = "CA" });

        var history = await store.Ledger.GetHistoryAsync("c-1");

        history.Should().ContainSingle();
        history[0].FromDataSubject.Should().BeFalse();
        history[0].ThirdParty.Should().Be("Association des riverains");
        history[0].ThirdPartyCountry.Should().Be("CA");
        history[0].Notice!.Sha256.Should().Be(TestStore.NoticeSha);
        history[0].EvidenceRef.Should().Be("form-submission-991");
        history[0].Hash.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    [Trait("Req", "R1")]
    public async Task RecordAsync_SeparateOrganisations_KeepSeparateChains()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Overrides.Add(new(LegalOverride.Sharing, "riding association shares GOTV lists with the party", "DPO")));
        var registry = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>(store.Services);
        await registry.RegisterAsync(new("laval-est", "Association Laval-Est", ParentId: "default"));
        await registry.DeclareSharingAsync(new("laval-est", "default", ["gotv"]));
        await store.Contacts.UpsertAsync(new ConsentKit.Contacts.Contact { ContactId = "c-1", OrganisationId = "laval-est", Phone = "450 555 0101" });
        await store.AddContactAsync("c-1");

        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { OrganisationId = "laval-est" });

        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms, organisationId: "laval-est")).Status.Should().Be(ConsentStatus.Granted);
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.None, "consent given to one controller does not carry to another");
        (await registry.GetSharingAsync()).Should().ContainSingle(r => r.FromOrganisation == "laval-est" && r.Purposes.Contains("gotv"));
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }
}
