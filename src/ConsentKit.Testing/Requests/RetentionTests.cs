using ConsentKit.Contacts;
using ConsentKit.Incidents;
using ConsentKit.Requests;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Requests;

public abstract class RetentionTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R39")]
    public async Task PurgeAsync_InactiveWithoutConsent_ErasedOthersKept_DryRunFirst_SecondRunNothing()
    {
        await using var store = await TestStore.CreateAsync();
        foreach (var id in new[] { "c-active", "c-gone", "c-asking", "c-recent" })
        {
            await store.AddContactAsync(id, phone: null, email: $"{id}@exemple.qc.ca");
            await store.Ledger.RecordAsync(TestStore.Grant(id, channel: Channel.Email));
        }

        store.Clock.Advance(Duration.FromDays(2));
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-gone", channel: Channel.Email, at: TestStore.Start.Plus(Duration.FromDays(1))));
        await store.Services.GetRequiredService<IRequestRegister>().AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "email", ContactId = "c-asking" });
        store.Clock.Advance(Duration.FromDays(4 * 365));
        await store.Ledger.RecordAsync(TestStore.Grant("c-active", channel: Channel.Email, at: store.Clock.GetCurrentInstant()));
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-recent", channel: Channel.Email, at: store.Clock.GetCurrentInstant()));
        var retention = store.Services.GetRequiredService<IRetention>();

        var dry = await retention.PurgeAsync(dryRun: true);
        (await store.Contacts.FindAsync(ContactLookup.ById("c-gone"))).Should().NotBeNull("a dry run changes nothing");
        var purge = await retention.PurgeAsync();
        var again = await retention.PurgeAsync();

        dry.ContactsErased.Should().Be(1);
        purge.ContactsErased.Should().Be(1);
        again.ContactsErased.Should().Be(0);
        (await store.Contacts.FindAsync(ContactLookup.ById("c-gone"))).Should().BeNull();
        foreach (var kept in new[] { "c-active", "c-asking", "c-recent" })
        {
            (await store.Contacts.FindAsync(ContactLookup.ById(kept))).Should().NotBeNull(kept);
        }

        purge.Rule.Should().Contain("R39");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R62")]
    [Trait("Req", "R63")]
    public async Task IncidentRegister_GdprSeventyTwoHours_QuebecPromptly_SensitiveAlwaysSerious()
    {
        await using var fr = await TestStore.CreateAsync(Jurisdiction.France);
        await using var qc = await TestStore.CreateAsync(Jurisdiction.Quebec);
        NewIncident Leak(string category, RiskLevel level) => new()
        {
            Kind = IncidentKind.AiPromptLeak,
            OccurredFrom = TestStore.Start.Minus(Duration.FromHours(5)),
            AwareAt = TestStore.Start.Minus(Duration.FromHours(1)),
            Circumstances = "Une liste de pointage a été collée dans un assistant IA sans filtre.",
            Categories = ["contact", category],
            Persons = 40,
            Sensitivity = level,
            Likelihood = RiskLevel.Low,
        };

        var frIncident = await fr.Services.GetRequiredService<IIncidentRegister>().AddAsync(Leak("health", RiskLevel.Low));
        var qcRegister = qc.Services.GetRequiredService<IIncidentRegister>();
        var qcIncident = await qcRegister.AddAsync(Leak("location", RiskLevel.Medium));
        var lowRisk = await qcRegister.AddAsync(Leak("location", RiskLevel.Low));
        var notified = await qcRegister.RecordNoticeAsync(qcIncident.Id, NoticeRecipient.Authority, TestStore.Start);

        frIncident.SeriousInjuryRisk.Should().BeTrue("health data exposed is serious whatever was entered");
        frIncident.AuthorityNoticeDue.Should().Be(TestStore.Start.Plus(Duration.FromHours(71)));
        frIncident.AuthorityNoticeOverdue(TestStore.Start).Should().BeFalse();
        frIncident.AuthorityNoticeOverdue(TestStore.Start.Plus(Duration.FromHours(72))).Should().BeTrue();
        qcIncident.AuthorityNoticeDue.Should().BeNull("Québec says promptly");
        qcIncident.AuthorityNoticeOverdue(TestStore.Start).Should().BeTrue();
        notified.AuthorityNoticeOverdue(TestStore.Start).Should().BeFalse();
        lowRisk.SeriousInjuryRisk.Should().BeFalse("no-risk incidents are registered too");
        qcIncident.KeepUntil.Should().Be(TestStore.Start.Minus(Duration.FromHours(1)).InUtc().LocalDateTime.PlusYears(5).InUtc().ToInstant());
        (await qcRegister.ListAsync()).Should().HaveCount(2);
    }

    public static TheoryData<Jurisdiction, string, string[]> AuthorityForms => new()
    {
        { Jurisdiction.Quebec, "CAI", ["organisation", "contact", "information", "circumstances", "period", "aware_at", "persons", "persons_in_quebec", "risk", "persons_notice", "mitigation", "others_notified"] },
        { Jurisdiction.France, "CNIL", ["organisation", "dpo_contact", "nature", "categories", "persons", "records", "period", "aware_at", "consequences", "measures", "persons_notice"] },
        { Jurisdiction.Canada, "Privacy Commissioner", ["organisation", "contact", "circumstances", "period", "information", "persons", "mitigation", "persons_notice", "risk"] },
    };

    [Theory]
    [MemberData(nameof(AuthorityForms))]
    [Trait("Req", "R65")]
    public async Task ExportForAuthorityAsync_AnIncident_TheAuthoritysFormFieldsInItsOrder_WithTheRegistersValues(Jurisdiction jurisdiction, string authority, string[] keys)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction);
        var register = store.Services.GetRequiredService<IIncidentRegister>();
        var incident = await register.AddAsync(new NewIncident
        {
            Kind = IncidentKind.LostDevice,
            OccurredFrom = TestStore.Start.Minus(Duration.FromHours(30)),
            AwareAt = TestStore.Start.Minus(Duration.FromHours(2)),
            Circumstances = "Tablette de pointage perdue dans un autobus.",
            Categories = ["contact", "political_opinion"],
            Persons = 120,
            Sensitivity = RiskLevel.Medium,
            Likelihood = RiskLevel.Medium,
            Mitigation = "Effacement à distance le jour même.",
        });

        var notice = await register.ExportForAuthorityAsync(incident.Id, "Responsable PRP, prp@exemple.org");
        var unknown = () => register.ExportForAuthorityAsync("inc-404", "x");

        notice.Authority.Should().Contain(authority);
        notice.Fields.Select(f => f.Key).Should().Equal(keys);
        notice.Fields.Should().OnlyContain(f => f.Label.Length > 0 && f.Rule.Length > 0);
        var values = notice.Fields.ToDictionary(f => f.Key, f => f.Value);
        values["persons"].Should().Be("120");
        values["organisation"].Should().Be(TestStore.OrganisationName);
        values.Values.Should().Contain("Responsable PRP, prp@exemple.org");
        values.Values.Should().Contain(v => v != null && v.Contains("Tablette de pointage perdue", StringComparison.Ordinal));
        values.Values.Should().Contain(v => v != null && v.Contains("Effacement à distance", StringComparison.Ordinal));
        values.Values.Should().Contain(v => v != null && v.Contains("political_opinion", StringComparison.Ordinal));
        System.Text.Json.JsonDocument.Parse(notice.ToJson()).RootElement.GetProperty("fields").GetArrayLength().Should().Be(keys.Length);
        (await unknown.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "incident.unknown");
    }
}
