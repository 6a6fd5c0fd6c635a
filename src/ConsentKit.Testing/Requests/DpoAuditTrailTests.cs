using ConsentKit.Incidents;
using ConsentKit.Requests;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Requests;

/// <summary>
/// R61: the audit trail of the privacy officer's actions. Each action that reads out or changes a person's data, a request or
/// an incident leaves one entry with its actor, in the transaction that makes it; the trail holds ids and counts only.
/// </summary>
public abstract class DpoAuditTrailTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Phone = "+15145550142";
    private const string Email = "maya.tremblay@example.org";

    [Fact]
    [Trait("Req", "R61")]
    public async Task ExportAsync_OutsideAnyRequest_IsInTheTrailWithItsActor()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Actor = "dpo-alice");
        const string id = "c-1";
        await store.AddContactAsync(id, Phone, Email);

        await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync(id);

        var trail = await store.Services.GetRequiredService<IDpoAuditTrail>().ListAsync();
        trail.Should().ContainSingle().Which.Should().Be(new DpoAuditEntry(store.Clock.GetCurrentInstant(), "export", id, "dpo-alice"));
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task EveryDpoAction_LeavesOneEntryWithItsActor_AndNoPersonalData()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Actor = "dpo-bob");
        const string id = "c-1";
        await store.AddContactAsync(id, Phone, Email);
        var services = store.Services;

        var request = await services.GetRequiredService<IRequestRegister>().AddAsync(new NewRequest
        {
            Kind = RequestKind.Access, ContactId = id, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "email",
            Identity = IdentityVerification.Verified,
        });
        store.Clock.Advance(Duration.FromMinutes(1));
        await services.GetRequiredService<IPersonalDataExports>().ExportAsync(id);
        store.Clock.Advance(Duration.FromMinutes(1));
        await services.GetRequiredService<IRequestRegister>().SetStatusAsync(request.Id, RequestStatus.Answered);
        store.Clock.Advance(Duration.FromMinutes(1));
        var incident = await services.GetRequiredService<IIncidentRegister>().AddAsync(new NewIncident
        {
            Kind = IncidentKind.LostDevice, OccurredFrom = store.Clock.GetCurrentInstant() - Duration.FromHours(2),
            AwareAt = store.Clock.GetCurrentInstant() - Duration.FromHours(1), Circumstances = "A volunteer's phone was lost.",
            Categories = ["contact"], Persons = 1, Sensitivity = RiskLevel.Low, Likelihood = RiskLevel.Low,
        });
        store.Clock.Advance(Duration.FromMinutes(1));
        await services.GetRequiredService<IIncidentRegister>().RecordNoticeAsync(incident.Id, NoticeRecipient.Authority, store.Clock.GetCurrentInstant());
        store.Clock.Advance(Duration.FromMinutes(1));
        await services.GetRequiredService<IErasure>().EraseAsync(id);
        store.Clock.Advance(Duration.FromMinutes(1));
        await services.GetRequiredService<IRetention>().PurgeAsync();

        var trail = await services.GetRequiredService<IDpoAuditTrail>().ListAsync();

        trail.Select(e => (e.Action, e.Subject)).Should().Equal(
            ("request:received:access", request.Id),
            ("export", id),
            ("request:status:answered", request.Id),
            ("incident:recorded:lost_device", incident.Id),
            ("incident:notice:authority", incident.Id),
            ("erasure", id),
            ("purge", "sends=0;incidents=0;erased=0"));
        trail.Should().OnlyContain(e => e.Actor == "dpo-bob");
        trail.Select(e => e.At).Should().BeInAscendingOrder();
        var written = string.Join('|', trail.Select(e => $"{e.Action}|{e.Subject}|{e.Actor}"));
        written.Should().NotContain("5550142").And.NotContain("maya").And.NotContain("Tremblay").And.NotContain("volunteer");

        // The trail can be read for a window of time.
        var start = trail[0].At;
        (await services.GetRequiredService<IDpoAuditTrail>().ListAsync(start + Duration.FromMinutes(1), start + Duration.FromMinutes(3)))
            .Select(e => e.Action).Should().Equal("export", "request:status:answered");
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task ARefusedAction_LeavesNoEntry()
    {
        await using var store = await TestStore.CreateAsync();

        var act = () => store.Services.GetRequiredService<IRequestRegister>().SetStatusAsync("req-404", RequestStatus.Answered);
        await act.Should().ThrowAsync<ConsentKitValidationException>();
        var export = () => store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-404");
        await export.Should().ThrowAsync<ConsentKitValidationException>();

        (await store.Services.GetRequiredService<IDpoAuditTrail>().ListAsync()).Should().BeEmpty();
    }
}
