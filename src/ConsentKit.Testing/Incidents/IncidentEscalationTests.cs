using ConsentKit.Incidents;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Incidents;

/// <summary>
/// R64: the register takes every incident type the requirement names (AI prompt leakage, vendor misuse, lost devices,
/// misdirected sends, impersonation, deepfakes, disinformation, tampering), records escalation to the authority and to
/// platforms, and a failed verification opens an incident.
/// </summary>
public abstract class IncidentEscalationTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static NewIncident Incident(IncidentKind kind) => new()
    {
        Kind = kind, OccurredFrom = TestStore.Start - Duration.FromDays(2), AwareAt = TestStore.Start - Duration.FromDays(1),
        Circumstances = "Un faux compte au nom de la candidate a publié une vidéo truquée.", Categories = ["contact"], Persons = 0,
        Sensitivity = RiskLevel.Medium, Likelihood = RiskLevel.High,
    };

    public static TheoryData<IncidentKind> Kinds => [.. Enum.GetValues<IncidentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    [Trait("Req", "R64")]
    public async Task AddAsync_EveryIncidentType_RecordedAndListedWithItsWireName(IncidentKind kind)
    {
        await using var store = await TestStore.CreateAsync();
        var register = store.Services.GetRequiredService<IIncidentRegister>();

        var added = await register.AddAsync(Incident(kind));

        (await register.ListAsync()).Should().ContainSingle().Which.Should().Match<Incident>(i => i.Id == added.Id && i.Kind == kind);
        IncidentNames.All.Should().Contain(kind.Name()).And.OnlyHaveUniqueItems();
    }

    [Fact]
    [Trait("Req", "R64")]
    public async Task RecordPlatformReportAsync_EscalationsToAuthorityAndPlatforms_KeptWithTheirDates_OncePerPlatform()
    {
        await using var store = await TestStore.CreateAsync();
        var register = store.Services.GetRequiredService<IIncidentRegister>();
        var deepfake = await register.AddAsync(Incident(IncidentKind.Deepfake));

        await register.RecordNoticeAsync(deepfake.Id, NoticeRecipient.Authority, TestStore.Start - Duration.FromHours(20));
        await register.RecordPlatformReportAsync(deepfake.Id, "TikTok", TestStore.Start - Duration.FromHours(12));
        await register.RecordPlatformReportAsync(deepfake.Id, "Meta", TestStore.Start - Duration.FromHours(18));
        await register.RecordPlatformReportAsync(deepfake.Id, "TikTok", TestStore.Start);
        var tooEarly = () => register.RecordPlatformReportAsync(deepfake.Id, "X", TestStore.Start - Duration.FromDays(3));
        var unnamed = () => register.RecordPlatformReportAsync(deepfake.Id, " ", TestStore.Start);

        var listed = (await register.ListAsync()).Single();
        listed.AuthorityNotifiedAt.Should().Be(TestStore.Start - Duration.FromHours(20));
        listed.PlatformReports.Should().Equal(new PlatformReport("Meta", TestStore.Start - Duration.FromHours(18)), new PlatformReport("TikTok", TestStore.Start - Duration.FromHours(12)));
        (await tooEarly.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "notice.date");
        (await unnamed.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "platform");
    }

    [Fact]
    [Trait("Req", "R64")]
    public async Task RecordIntegrityFailureAsync_FailedVerification_OpensOneTamperingIncident_IdsOnly()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        var register = store.Services.GetRequiredService<IIncidentRegister>();
        (await register.RecordIntegrityFailureAsync(await store.Ledger.VerifyAsync())).Should().BeNull("nothing is wrong");

        await store.ExecuteAsync("UPDATE contacts SET first_name = 'Mallory' WHERE contact_id = 'c-1'");
        var verification = await store.Ledger.VerifyAsync();
        var opened = await register.RecordIntegrityFailureAsync(verification);
        var again = await register.RecordIntegrityFailureAsync(await store.Ledger.VerifyAsync());

        verification.Ok.Should().BeFalse();
        opened!.Kind.Should().Be(IncidentKind.Tampering);
        opened.SeriousInjuryRisk.Should().BeTrue("the consent register of a political party was altered");
        opened.Circumstances.Should().Contain(verification.Reason).And.Contain("c-1").And.NotContain("Mallory").And.NotContain("Élise");
        again!.Id.Should().Be(opened.Id, "one incident per finding");
        (await register.ListAsync()).Should().ContainSingle();
    }
}
