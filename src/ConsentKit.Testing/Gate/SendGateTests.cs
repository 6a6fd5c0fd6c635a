using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Gate;

public abstract class SendGateTests(ITestStoreProvider provider) : StoreContract(provider)
{
    // Monday 2026-11-02 15:00 UTC is 10:00 in Montréal: inside the CRTC weekday window.
    private static readonly Instant Daytime = TestStore.Start;

    private static ISendGate Gate(TestStore store) => store.Services.GetRequiredService<ISendGate>();

    private static async Task<TestStore> GrantedAsync(Action<ConsentKitOptions>? configure = null, LocalDate? birthDate = null)
    {
        var store = await TestStore.CreateAsync(configure: configure);
        await store.AddContactAsync("c-1", birthDate: birthDate);
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        return store;
    }

    [Fact]
    [Trait("Req", "R16")]
    public async Task CheckAsync_GrantedInDaytime_IsAllowed()
    {
        await using var store = await GrantedAsync();

        var decision = await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime);

        decision.Allowed.Should().BeTrue();
        decision.Reasons.Should().BeEmpty();
    }

    public static TheoryData<GateReasonCode, string, string, string> ReasonTexts => new()
    {
        { GateReasonCode.UnknownContact, "registre", "register", "R16" },
        { GateReasonCode.Suppressed, "exclusion", "suppression list", "R12" },
        { GateReasonCode.NoConsent, "accord", "agreed", "R1" },
        { GateReasonCode.Withdrawn, "retiré", "withdrew", "R10" },
        { GateReasonCode.Expired, "pris fin", "ended", "R7" },
        { GateReasonCode.ThirdPartyDataNeedsExplicitConsent, "tiers", "third party", "R5" },
        { GateReasonCode.Quarantined, "quarantaine", "quarantine", "R8" },
        { GateReasonCode.Minor, "mineure", "minor", "R20" },
        { GateReasonCode.ElectionSilence, "Silence électoral", "Election silence", "R23" },
        { GateReasonCode.QuietHours, "trop tôt ou trop tard", "too early or too late", "R24" },
        { GateReasonCode.FrequencyCap, "limite", "limit", "R25" },
    };

    [Theory]
    [MemberData(nameof(ReasonTexts))]
    [Trait("Req", "R17")]
    public async Task CheckAsync_EachReason_HasCodeFrenchEnglishAndRule(GateReasonCode code, string fr, string en, string rule)
    {
        var (decision, store) = await ProduceAsync(code);
        await using var _ = store;

        var reason = decision.Reasons.Should().Contain(r => r.Code == code).Which;
        reason.MessageFr.Should().Contain(fr);
        reason.MessageEn.Should().Contain(en);
        reason.Rule.Should().Contain(rule);
        reason.MessageIn("fr-CA").Should().Be(reason.MessageFr);
        reason.MessageIn("en").Should().Be(reason.MessageEn);
        var ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fr-CA");
            $"{reason.Message}".Should().Be(reason.MessageFr, "interpolating Message prints the sentence in the UI language");
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-CA");
            $"{reason.Message}".Should().Be(reason.MessageEn);
            reason.ToString().Should().Be($"{code}: {reason.MessageEn}");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }

        if (code is GateReasonCode.QuietHours or GateReasonCode.ElectionSilence or GateReasonCode.FrequencyCap)
        {
            reason.RetryAt.Should().NotBeNull();
            (reason.RetryAt!.Value > decision.At).Should().BeTrue("a retry lies after the decision's instant");
        }
    }

    private static async Task<(GateDecision, TestStore)> ProduceAsync(GateReasonCode code)
    {
        var election = ElectionSilence.QuebecPollingDay("Élection partielle", new LocalDate(2026, 11, 2));
        var store = await TestStore.CreateAsync(configure: o =>
        {
            if (code == GateReasonCode.ElectionSilence)
            {
                o.Elections.Add(election);
            }

            if (code == GateReasonCode.FrequencyCap)
            {
                o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 1, Duration.FromDays(30), "gotv"));
            }
        });
        var gate = Gate(store);
        await store.AddContactAsync("c-1", birthDate: code == GateReasonCode.Minor ? new LocalDate(2010, 5, 1) : null);
        var grant = TestStore.Grant("c-1", at: Daytime - Duration.FromDays(1));
        switch (code)
        {
            case GateReasonCode.UnknownContact:
                return (await gate.CheckAsync("c-404", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.NoConsent:
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.Withdrawn:
                await store.Ledger.RecordAsync(grant);
                await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: Daytime));
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.Expired:
                await store.Ledger.RecordAsync(grant with { ExpiresAt = Daytime - Duration.FromHours(1) });
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.ThirdPartyDataNeedsExplicitConsent:
                await store.Ledger.RecordAsync(grant with { Basis = ConsentBasis.Membership, FromDataSubject = false, ThirdParty = "Courtier X", ThirdPartyCountry = "US", Attestation = new(true, true) });
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.Quarantined:
                await store.Ledger.RecordAsync(grant with { FromDataSubject = false, ThirdParty = "Courtier X", ThirdPartyCountry = "CA" });
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.Suppressed:
                await store.Ledger.RecordAsync(grant);
                await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, "(514) 555-0101", "dpo-request");
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            case GateReasonCode.QuietHours:
                await store.Ledger.RecordAsync(grant);
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(2026, 11, 3, 4, 0)), store);
            case GateReasonCode.FrequencyCap:
                await store.Ledger.RecordAsync(grant);
                (await gate.ReserveAsync("c-1", "gotv", Channel.Sms)).Allowed.Should().BeTrue();
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
            default:
                await store.Ledger.RecordAsync(grant);
                return (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Daytime), store);
        }
    }

    [Fact]
    [Trait("Req", "R17")]
    public async Task CheckAsync_SeveralFailingRules_ListsThemAllInFixedOrder()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Elections.Add(ElectionSilence.QuebecPollingDay("Générale", new LocalDate(2026, 11, 3))));
        await store.AddContactAsync("c-1", birthDate: new LocalDate(2012, 1, 1));
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", "volunteering", at: Daytime) with { Kind = ConsentEventKind.ParentalGranted, Guardian = "parent-1" });
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", "volunteering", at: Daytime + Duration.FromMinutes(1)));
        await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, "514 555 0101", "dpo-request");
        store.Clock.AdvanceMinutes(5);

        // 03:30 in Montréal on polling day: suppressed, withdrawn, election silence and quiet hours all at once.
        var decision = await Gate(store).CheckAsync("c-1", "volunteering", Channel.Sms, Instant.FromUtc(2026, 11, 3, 8, 30));

        decision.Reasons.Select(r => r.Code).Should().Equal(GateReasonCode.Suppressed, GateReasonCode.Withdrawn, GateReasonCode.ElectionSilence, GateReasonCode.QuietHours);
        decision.RetryAt.Should().BeNull("a withdrawal does not pass with time");
    }

    [Fact]
    [Trait("Req", "R22")]
    public async Task CheckAsync_MembersDuringFederalBlackout_AreExempt()
    {
        var pollingDay = new LocalDate(2026, 11, 2);
        await using var store = await TestStore.CreateAsync(configure: o => o.Elections.Add(ElectionSilence.CanadaPollingDay("Fédérale", pollingDay, "America/Toronto", new LocalTime(21, 30))));
        await store.AddContactAsync("member");
        await store.AddContactAsync("prospect", phone: "438 555 0199");
        await store.Ledger.RecordAsync(TestStore.Grant("member") with { Basis = ConsentBasis.Membership });
        await store.Ledger.RecordAsync(TestStore.Grant("prospect"));

        (await Gate(store).CheckAsync("member", "gotv", Channel.Sms, Daytime)).Allowed.Should().BeTrue();
        var prospect = await Gate(store).CheckAsync("prospect", "gotv", Channel.Sms, Daytime);
        prospect.Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.ElectionSilence).Which.RetryAt.Should().Be(Instant.FromUtc(2026, 11, 3, 2, 30));
    }

    private static async Task<IReadOnlyList<GateReasonCode>> ReasonsInFranceAsync(IEnumerable<ElectionSilence> elections, Instant at)
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France, configure: o =>
        {
            foreach (var e in elections)
            {
                o.Elections.Add(e);
            }
        });
        await store.AddContactAsync("c-1", phone: "+33 6 12 34 56 78");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        return [.. (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, at)).Reasons.Select(r => r.Code)];
    }

    // Sunday 11 April 2027 is a national polling day; Paris is UTC+2 then, Guadeloupe UTC-4, Tahiti UTC-10, Réunion UTC+4.
    private static readonly LocalDate NationalPollingDay = new(2027, 4, 11);

    [Theory]
    [Trait("Req", "R21")]
    [InlineData("Europe/Paris", 2027, 4, 9, 21, 59, false)]      // Friday 23:59 in Paris: not yet
    [InlineData("Europe/Paris", 2027, 4, 9, 22, 0, true)]        // Saturday 00:00 in Paris: the day before polling day
    [InlineData("Europe/Paris", 2027, 4, 11, 17, 59, true)]      // Sunday 19:59 in Paris: polls still open
    [InlineData("Europe/Paris", 2027, 4, 11, 18, 0, false)]      // Sunday 20:00 in Paris: polls closed
    [InlineData("America/Guadeloupe", 2027, 4, 9, 3, 59, false)] // Thursday 23:59 in Guadeloupe
    [InlineData("America/Guadeloupe", 2027, 4, 9, 4, 0, true)]   // Friday 00:00 there: it votes on the Saturday
    [InlineData("America/Guadeloupe", 2027, 4, 11, 0, 0, false)] // Saturday 20:00 there: its polls closed
    [InlineData("Pacific/Tahiti", 2027, 4, 9, 10, 0, true)]      // Friday 00:00 in Tahiti, which votes on the Saturday too
    [InlineData("Indian/Reunion", 2027, 4, 9, 19, 59, false)]    // Friday 23:59 in Réunion, which votes on the Sunday
    [InlineData("Indian/Reunion", 2027, 4, 9, 20, 0, true)]
    public async Task CheckAsync_FrenchConstituency_SilentFromMidnightTheDayBeforeItVotes_InItsZone(string zone, int y, int mo, int d, int h, int mi, bool silent)
    {
        var reasons = await ReasonsInFranceAsync([ElectionSilence.France("Législatives", NationalPollingDay, zone)], Instant.FromUtc(y, mo, d, h, mi));

        reasons.Contains(GateReasonCode.ElectionSilence).Should().Be(silent);
    }

    [Fact]
    [Trait("Req", "R21")]
    public async Task CheckAsync_FrenchNationalElection_SilentFromTheFirstConstituencyToTheLastPollsClosing()
    {
        var national = ElectionSilence.FranceNational("Présidentielle", NationalPollingDay);

        // Saint-Pierre-et-Miquelon (UTC-2 in April) votes on the Saturday: its silence, the first, begins Friday 02:00 UTC.
        national.Select(e => e.TimeZone).Should().Contain(["Europe/Paris", "America/Miquelon", "America/Guadeloupe", "Pacific/Tahiti", "Indian/Reunion"]);
        (await ReasonsInFranceAsync(national, Instant.FromUtc(2027, 4, 9, 1, 59))).Should().NotContain(GateReasonCode.ElectionSilence);
        (await ReasonsInFranceAsync(national, Instant.FromUtc(2027, 4, 9, 2, 0))).Should().ContainSingle(c => c == GateReasonCode.ElectionSilence, "Miquelon's silence has begun; one reason however many silences hold");
        (await ReasonsInFranceAsync(national, Instant.FromUtc(2027, 4, 11, 17, 59))).Should().Contain(GateReasonCode.ElectionSilence, "metropolitan polls are still open");
        (await ReasonsInFranceAsync(national, Instant.FromUtc(2027, 4, 11, 18, 0))).Should().NotContain(GateReasonCode.ElectionSilence);
    }

    [Fact]
    [Trait("Req", "R23")]
    public async Task CheckAsync_QuebecPollingDay_NonMembersSilentUntilPollsClose_MembersNot()
    {
        // Monday 9 November 2026, Montréal UTC-5: polls close at 20:00 (01:00 UTC the next day).
        await using var store = await TestStore.CreateAsync(configure: o => o.Elections.Add(ElectionSilence.QuebecPollingDay("Partielle", new LocalDate(2026, 11, 9))));
        await store.AddContactAsync("member");
        await store.AddContactAsync("prospect", phone: "438 555 0199");
        await store.Ledger.RecordAsync(TestStore.Grant("member") with { Basis = ConsentBasis.Membership });
        await store.Ledger.RecordAsync(TestStore.Grant("prospect"));
        var morning = Instant.FromUtc(2026, 11, 9, 15, 0);
        var pollsClosed = Instant.FromUtc(2026, 11, 10, 1, 0);

        var prospect = await Gate(store).CheckAsync("prospect", "gotv", Channel.Sms, morning);

        prospect.Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.ElectionSilence).Which.RetryAt.Should().Be(pollsClosed);
        prospect.Reasons.Single(r => r.Code == GateReasonCode.ElectionSilence).Rule.Should().Contain("R23");
        (await Gate(store).CheckAsync("member", "gotv", Channel.Sms, morning)).Allowed.Should().BeTrue("messages to members are not election advertising");
        (await Gate(store).CheckAsync("prospect", "gotv", Channel.Sms, pollsClosed)).Reasons.Should().NotContain(r => r.Code == GateReasonCode.ElectionSilence);
    }

    [Fact]
    [Trait("Req", "R24")]
    public async Task CheckAsync_PersonChoseAWindow_ItOverridesTheProfileHours()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { SendWindow = new SendWindow(new LocalTime(18, 0), new LocalTime(20, 0)) });

        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime)).Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.QuietHours)
            .Which.RetryAt.Should().Be(Instant.FromUtc(2026, 11, 2, 23, 0), "18:00 in Montréal is 23:00 UTC in November");
        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(2026, 11, 2, 23, 30))).Allowed.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R24")]
    public async Task CheckAsync_ContactTimeZoneKnown_UsesItInsteadOfThePhone()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "514 555 0101", TimeZone = "America/Vancouver" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        // 15:00 UTC is 08:00 in Vancouver (UTC-7 all year from 2026): too early there although it is 10:00 in Montréal.
        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime)).Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.QuietHours)
            .Which.RetryAt.Should().Be(Instant.FromUtc(2026, 11, 2, 16, 0));
    }

    [Theory]
    [Trait("Req", "R24")]
    [InlineData("America/Toronto", 2026, 3, 9, 12, 59, false)]  // Monday after spring forward: 08:59 EDT
    [InlineData("America/Toronto", 2026, 3, 9, 13, 0, true)]    // 09:00 EDT
    [InlineData("America/Toronto", 2026, 11, 2, 13, 59, false)] // Monday after fall back: 08:59 EST
    [InlineData("America/Toronto", 2026, 11, 2, 14, 0, true)]   // 09:00 EST
    [InlineData("America/Halifax", 2026, 3, 9, 12, 0, true)]    // 09:00 ADT
    [InlineData("America/Halifax", 2026, 11, 2, 12, 59, false)] // 08:59 AST
    [InlineData("America/St_Johns", 2026, 3, 9, 11, 30, true)]  // 09:00 NDT (UTC-2:30)
    [InlineData("America/St_Johns", 2026, 11, 2, 12, 29, false)] // 08:59 NST (UTC-3:30)
    [InlineData("America/Vancouver", 2026, 3, 9, 16, 0, true)]  // 09:00 PDT
    // British Columbia keeps UTC-7 all year from November 2026 (tzdb 2026f): no fall-back there.
    [InlineData("America/Vancouver", 2026, 11, 2, 15, 59, false)] // 08:59 MST
    [InlineData("America/Vancouver", 2026, 11, 2, 16, 0, true)]   // 09:00 MST
    [InlineData("America/Toronto", 2026, 3, 8, 14, 0, true)]    // Sunday of the change, 10:00 EDT: weekend window
    [InlineData("America/Toronto", 2026, 11, 1, 22, 59, true)]  // Sunday of the change, 17:59 EST
    [InlineData("America/Toronto", 2026, 11, 1, 23, 0, false)]  // 18:00 EST: weekend window closed
    public async Task CheckAsync_AroundDstChanges_QuietHoursFollowLocalTime(string zone, int y, int m, int d, int h, int min, bool allowed)
    {
        await using var store = await TestStore.CreateAsync();
        store.Clock.Reset(Instant.FromUtc(2026, 12, 1, 0, 0));
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "514 555 0101", TimeZone = zone });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", at: Instant.FromUtc(2026, 1, 5, 15, 0)));

        var decision = await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(y, m, d, h, min));

        decision.Allowed.Should().Be(allowed);
    }

    [Theory]
    [Trait("Req", "R24")]
    [InlineData(2026, 3, 30, 7, 59, false)]   // Monday after the change, 09:59 CEST
    [InlineData(2026, 3, 30, 8, 0, true)]     // 10:00 CEST
    [InlineData(2026, 3, 30, 11, 30, false)]  // 13:30: lunch break
    [InlineData(2026, 10, 26, 8, 59, false)]  // Monday after the change, 09:59 CET
    [InlineData(2026, 10, 26, 9, 0, true)]    // 10:00 CET
    [InlineData(2026, 10, 25, 12, 0, false)]  // Sunday: never
    [InlineData(2026, 7, 14, 10, 0, false)]   // 14 July: public holiday
    [InlineData(2026, 5, 25, 10, 0, false)]   // Whit Monday 2026: public holiday
    public async Task CheckAsync_France_FollowsD2239HoursAndHolidaysInParis(int y, int m, int d, int h, int min, bool allowed)
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France);
        store.Clock.Reset(Instant.FromUtc(2026, 12, 1, 0, 0));
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "06 12 34 56 78" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", at: Instant.FromUtc(2026, 1, 5, 15, 0)));

        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(y, m, d, h, min))).Allowed.Should().Be(allowed);
    }

    [Fact]
    [Trait("Req", "R24")]
    public async Task CheckAsync_UnknownZone_AppliesTheMostRestrictiveFallback()
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.Canada);
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Email = "a@example.com" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", "volunteering", Channel.Email) with { Basis = ConsentBasis.Consent });

        // 13:00 UTC: 09:30 in St. John's but 06:00 in Vancouver; the first instant every Canadian zone allows is 09:00 in Vancouver.
        var decision = await Gate(store).CheckAsync("c-1", "volunteering", Channel.Email, Instant.FromUtc(2026, 11, 2, 13, 0));

        decision.Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.QuietHours).Which.RetryAt.Should().Be(Instant.FromUtc(2026, 11, 2, 16, 0));
    }

    [Fact]
    [Trait("Req", "R20")]
    public async Task CheckAsync_France_PoliticalAdsUnder17_IsMinor()
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France);
        store.Clock.Reset(Instant.FromUtc(2026, 11, 3, 10, 0));
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "06 12 34 56 78", BirthDate = new LocalDate(2010, 1, 1) });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", "political-ads", at: Instant.FromUtc(2026, 11, 3, 9, 0)));

        (await Gate(store).CheckAsync("c-1", "political-ads", Channel.Sms, Instant.FromUtc(2026, 11, 3, 10, 0))).Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.Minor);
    }

    [Fact]
    [Trait("Req", "R5")]
    [Trait("Req", "R30")]
    public async Task CheckAsync_EuOverlay_PoliticalAdsOnThirdPartyData_BlockedEvenWithExplicitConsent()
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France);
        store.Clock.Reset(Instant.FromUtc(2026, 11, 3, 10, 0));
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "06 12 34 56 78" });
        var rented = TestStore.Grant("c-1", "political-ads", at: Instant.FromUtc(2026, 11, 3, 9, 0)) with { FromDataSubject = false, ThirdParty = "Fichier loué", ThirdPartyCountry = "FR", Attestation = new(true, true) };
        await store.Ledger.RecordAsync(rented);
        await store.Ledger.RecordAsync(rented with { Purpose = "newsletter" });

        var at = Instant.FromUtc(2026, 11, 3, 10, 0);
        (await Gate(store).CheckAsync("c-1", "political-ads", Channel.Sms, at)).Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.ThirdPartyDataNeedsExplicitConsent);
        (await Gate(store).CheckAsync("c-1", "newsletter", Channel.Sms, at)).Allowed.Should().BeTrue("outside political ads, explicit consent cures third-party origin");
    }

    [Fact]
    [Trait("Req", "R25")]
    public async Task ReserveAsync_DefaultCap_AllowsFourIn30Days()
    {
        await using var store = await GrantedAsync();
        var gate = Gate(store);

        var results = new List<bool>();
        for (var i = 0; i < 6; i++)
        {
            results.Add((await gate.ReserveAsync("c-1", "gotv", Channel.Sms, $"m-{i}")).Allowed);
        }

        results.Should().Equal(true, true, true, true, false, false);
        (await store.ScalarAsync("SELECT COUNT(*) FROM sends")).Should().Be(4);
    }

    [Fact]
    [Trait("Req", "R25")]
    public async Task ReserveAsync_FrequencyAnnouncedAtSignUp_ReplacesTheDefault()
    {
        await using var store = await GrantedAsync(o => o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 3, Duration.FromDays(7), "gotv", AnnouncedAtSignUp: true)));

        var allowed = 0;
        for (var i = 0; i < 5; i++)
        {
            allowed += (await Gate(store).ReserveAsync("c-1", "gotv", Channel.Sms)).Allowed ? 1 : 0;
        }

        allowed.Should().Be(3);
    }

    [Fact]
    [Trait("Req", "R25")]
    [Trait("Req", "R10")]
    public async Task ReserveManyAsync_Batch_CountsEarlierItemsTowardsTheCap_AndAStopMidBatchHoldsForTheRest()
    {
        await using var store = await GrantedAsync(o => o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 3, Duration.FromDays(7), "gotv", AnnouncedAtSignUp: true)));
        await store.AddContactAsync("c-2", phone: "514 555 0102");
        await store.Ledger.RecordAsync(TestStore.Grant("c-2"));
        var batch = new List<SendReservation>();
        for (var i = 0; i < 4; i++)
        {
            batch.Add(new("c-1", "gotv", Channel.Sms, $"m-1-{i}"));
            batch.Add(new("c-2", "gotv", Channel.Sms, $"m-2-{i}"));
        }

        var decisions = new List<GateDecision>();
        await foreach (var decision in Gate(store).ReserveManyAsync(batch))
        {
            decisions.Add(decision);
            if (decisions.Count == 2)
            {
                // c-2 says STOP while the batch runs: its later items are blocked, c-1's go on.
                await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550102", "STOP");
            }
        }

        decisions.Where(d => d.ContactId == "c-1").Select(d => d.Allowed).Should().Equal(true, true, true, false);
        decisions.Where(d => d.ContactId == "c-2").Select(d => d.Allowed).Should().Equal(true, false, false, false);
        decisions.Where(d => d.ContactId == "c-2").Skip(1).Should().OnlyContain(d => d.Reasons.Any(r => r.Code == GateReasonCode.Suppressed));
        (await store.ScalarAsync("SELECT COUNT(*) FROM sends")).Should().Be(4);
    }

    private static SendingHours Weekdays(int from, int to) => new(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, _ => (IReadOnlyList<SendWindow>)[new(new LocalTime(from, 0), new LocalTime(to, 0))]),
        null,
        "organisation policy");

    [Fact]
    [Trait("Req", "R24")]
    public async Task CheckAsync_StricterSendingHours_AreApplied()
    {
        await using var store = await GrantedAsync(o => o.SendingHours = Weekdays(12, 18));

        var decision = await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime);

        decision.Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.QuietHours).Which.Rule.Should().Be("organisation policy");
    }

    [Fact]
    [Trait("Req", "R24")]
    public async Task Open_LooserSendingHoursWithoutOverride_AreRefused_AndAcceptedWithOne()
    {
        await using var looser = await TestStore.CreateAsync(configure: o => o.SendingHours = Weekdays(7, 23));
        var act = () => looser.AddContactAsync("c-1");
        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "sending-hours.looser");

        await using var overridden = await TestStore.CreateAsync(configure: o =>
        {
            o.SendingHours = Weekdays(7, 23);
            o.Overrides.Add(new LegalOverride("sending-hours", "volunteers call after work", "DPO"));
        });
        await overridden.AddContactAsync("c-1");
        await overridden.Ledger.RecordAsync(TestStore.Grant("c-1"));
        (await Gate(overridden).CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(2026, 11, 2, 12, 30))).Allowed.Should().BeTrue("07:30 in Montréal is inside the overridden hours");
    }

    [Fact]
    public void Options_LooserCapWithoutOverride_FailValidationAtStart()
    {
        using var services = new ServiceCollection().AddConsentKit(o =>
        {
            o.UseSqlite("Data Source=x.db");
            o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 10, Duration.FromDays(7)));
        }).BuildServiceProvider();

        var act = () => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*LegalOverride*");
    }

    public static TheoryData<string, Func<ISendGate, Task>, string> BadInputs => new()
    {
        { "unknown purpose", g => g.CheckAsync("c-1", "lottery", Channel.Sms, Daytime), "purpose" },
        { "unknown channel", g => g.CheckAsync("c-1", "gotv", (Channel)9, Daytime), "channel" },
        { "instant too far ahead", g => g.CheckAsync("c-1", "gotv", Channel.Sms, Daytime + Duration.FromDays(800)), "at" },
        { "instant before 2000", g => g.CheckAsync("c-1", "gotv", Channel.Sms, Instant.FromUtc(1999, 1, 1, 0, 0)), "at" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task CheckAsync_BadInput_IsRefusedNamingTheField(string because, Func<ISendGate, Task> act, string field)
    {
        await using var store = await GrantedAsync();

        (await FluentActions.Awaiting(() => act(Gate(store))).Should().ThrowAsync<ConsentKitValidationException>(because))
            .Which.Errors.Should().Contain(e => e.Field == field);
    }

    [Fact]
    public async Task HandleSmsAsync_UnparseableNumber_IsRefusedNamingFrom()
    {
        await using var store = await GrantedAsync();

        var act = () => store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("12", "STOP");

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "from" && e.Rule == "phone.invalid");
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task HandleSmsAsync_Stop_WithdrawsAndBlocksTheNextCheck_AndRepliesInFrenchWithSender()
    {
        await using var store = await GrantedAsync(o => o.SenderName = "Parti exemple");
        var inbound = store.Services.GetRequiredService<IInboundMessages>();

        var result = await inbound.HandleSmsAsync("+1 514-555-0101", "Arrêt!!");

        result.Action.Should().Be(InboundAction.Stop);
        result.ContactId.Should().Be("c-1");
        result.Reply.Should().StartWith("Parti exemple :").And.Contain("plus de textos");
        result.WithdrawalEventIds.Should().ContainSingle();
        var decision = await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime + Duration.FromMinutes(1));
        decision.Reasons.Select(r => r.Code).Should().Contain([GateReasonCode.Suppressed, GateReasonCode.Withdrawn]);
        (await store.Ledger.GetHistoryAsync("c-1"))[^1].EvidenceRef.Should().Be("Arrêt!!", "the inbound message is the evidence");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    // R15: whatever stopped the number first (a keyword in either language, a provider's opt-out, a DPO's suppression),
    // every later stop keyword is still a stop, and is answered by nothing: one confirmation only, and no campaign content.
    public static TheoryData<string, string> FirstStops => new()
    {
        { "keyword", "STOP" }, { "keyword", "Arrêt svp" }, { "keyword", "unsubscribe" }, { "provider", "twilio:21610" }, { "suppression", "dpo" },
    };

    [Theory]
    [MemberData(nameof(FirstStops))]
    [Trait("Req", "R15")]
    public async Task HandleSmsAsync_StopFromAStoppedNumber_IsAStopWithNoReply(string how, string first)
    {
        await using var store = await GrantedAsync();
        var inbound = store.Services.GetRequiredService<IInboundMessages>();
        string? firstReply = null;
        switch (how)
        {
            case "keyword":
                firstReply = (await inbound.HandleSmsAsync("+15145550101", first)).Reply;
                break;
            case "provider":
                await inbound.HandleProviderOptOutAsync("+15145550101", first);
                break;
            default:
                await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, "+15145550101", first);
                break;
        }

        foreach (var again in new[] { "STOP", "ARRÊT", "Stop.", "Désabonner" })
        {
            var result = await inbound.HandleSmsAsync("+1 514 555 0101", again);

            result.Action.Should().Be(InboundAction.Stop, again);
            result.Reply.Should().BeNull("the number is already stopped: {0} gets no second confirmation", again);
        }

        if (how == "keyword")
        {
            firstReply.Should().NotBeNullOrEmpty("the first stop is confirmed once");
        }

        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime + Duration.FromMinutes(1))).Allowed.Should().BeFalse();
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R15")]
    public async Task HandleSmsAsync_StopAfterStart_IsConfirmedAgain()
    {
        // START lifted the stop: the next STOP is a new opt-out, and its one confirmation is owed.
        await using var store = await GrantedAsync();
        var inbound = store.Services.GetRequiredService<IInboundMessages>();
        await inbound.HandleSmsAsync("+15145550101", "STOP");
        await inbound.HandleSmsAsync("+15145550101", "START");

        (await inbound.HandleSmsAsync("+15145550101", "STOP")).Reply.Should().NotBeNullOrEmpty();
    }

    [Fact]
    [Trait("Req", "R13")]
    public async Task HandleSmsAsync_StopFromUnknownNumber_SuppressesIt_AndStartLiftsTheKeywordStop()
    {
        await using var store = await GrantedAsync();
        var inbound = store.Services.GetRequiredService<IInboundMessages>();
        var list = store.Services.GetRequiredService<ISuppressionList>();

        (await inbound.HandleSmsAsync("438 555 0000", "STOP")).Action.Should().Be(InboundAction.Stop);
        (await list.IsSuppressedAsync(IdentifierKind.Phone, "+14385550000")).Should().BeTrue();

        (await inbound.HandleSmsAsync("438 555 0000", "START")).Reply.Should().Contain("no longer blocked");
        (await list.IsSuppressedAsync(IdentifierKind.Phone, "+14385550000")).Should().BeFalse();
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task HandleProviderOptOutAsync_Twilio21610_FeedsTheSameWithdrawal()
    {
        await using var store = await GrantedAsync();

        var result = await store.Services.GetRequiredService<IInboundMessages>().HandleProviderOptOutAsync("+15145550101", "twilio:21610");

        result.WithdrawalEventIds.Should().ContainSingle();
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Withdrawn);
        (await store.Ledger.GetHistoryAsync("c-1"))[^1].SourceDetail.Should().Be("provider:twilio:21610");
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task Suppression_AtThePartyLevel_AppliesToItsLocalAssociation()
    {
        await using var store = await TestStore.CreateAsync();
        var registry = store.Services.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>();
        await registry.RegisterAsync(new("laval", "Association de Laval", "default"));
        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", OrganisationId = "laval", Phone = "450 555 0101" });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1") with { OrganisationId = "laval" });

        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("450 555 0101", "stop svp");

        (await Gate(store).CheckAsync("c-1", "gotv", Channel.Sms, Daytime, "laval")).Reasons.Should().Contain(r => r.Code == GateReasonCode.Suppressed);
    }

    [Fact]
    public async Task CheckManyAsync_Segment_DecidesEachContactOnce_UnknownIncluded()
    {
        await using var store = await GrantedAsync();
        await store.AddContactAsync("c-2", phone: "438 555 0199");

        var decisions = await Gate(store).CheckManyAsync("gotv", Channel.Sms, Daytime, ["c-2", "c-1", "c-404"]).ToListAsync();

        decisions.Select(d => (d.ContactId, d.Allowed, d.Reasons.Count > 0 ? d.Reasons[0].Code : (GateReasonCode?)null)).Should().Equal(
            ("c-1", true, (GateReasonCode?)null), ("c-2", false, GateReasonCode.NoConsent), ("c-404", false, GateReasonCode.UnknownContact));
    }
}
