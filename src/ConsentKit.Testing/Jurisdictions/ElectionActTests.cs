using ConsentKit.Contacts;
using ConsentKit.Jurisdictions;
using ConsentKit.Organisations;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Jurisdictions;

/// <summary>
/// R6, Québec provincial parties: consent is captured before an elector's data is collected; only the purposes the Election
/// Act allows; a new use needs a new consent; the person in charge of personal information is chosen among the officers.
/// </summary>
public abstract class ElectionActTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly PurposeDefinition TownHall = new("town-hall", Period.FromMonths(12), [ConsentBasis.ExplicitConsent], "a party's own purpose");

    public static TheoryData<Jurisdiction> Others => [Jurisdiction.Canada, Jurisdiction.France];

    [Fact]
    [Trait("Req", "R6")]
    public async Task Open_QuebecPurposeOutsideTheElectionAct_RefusedNamingIt_UntilAnApprovalIsRecorded()
    {
        await using var refused = await TestStore.CreateAsync(configure: o => o.Purposes.Add(TownHall));
        var opening = () => refused.AddContactAsync("c-1");

        var error = (await opening.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle().Which;
        error.Field.Should().Be("Purposes:town-hall");
        error.Rule.Should().Be("purpose.not-allowed");
        error.Message.Should().Contain("R6").And.Contain(ElectionActRules.PurposeOverride("town-hall"));

        await using var approved = await TestStore.CreateAsync(configure: o =>
        {
            o.Purposes.Add(TownHall);
            o.Overrides.Add(new(ElectionActRules.PurposeOverride("town-hall"), "town-hall meetings are communication with electors", "DPO"));
        });
        await approved.AddContactAsync("c-1");
        (await approved.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'override:%'")).Should().ContainSingle(v => v.Contains("election-act-purpose:town-hall"));
    }

    [Theory]
    [MemberData(nameof(Others))]
    [Trait("Req", "R6")]
    public async Task Open_OtherJurisdictions_OwnPurposeNeedsNoElectionActApproval(Jurisdiction jurisdiction)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction, configure: o => o.Purposes.Add(TownHall));

        await store.AddContactAsync("c-1", phone: "+1 514 555 0101");

        JurisdictionProfile.For(jurisdiction).ElectionAct.Should().BeNull();
    }

    [Fact]
    [Trait("Req", "R6")]
    public async Task Grant_NewUseWithAConsentGivenBeforeItExisted_Refused_ANewConsentAccepted()
    {
        await using var store = await TestStore.CreateAsync(configure: o =>
        {
            o.Purposes.Add(TownHall);
            o.Overrides.Add(new(ElectionActRules.PurposeOverride("town-hall"), "communication with electors", "DPO"));
        });
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        // The old consent, carried over to the new use by a script, does not cover it.
        var carried = () => store.Ledger.RecordAsync(TestStore.Grant("c-1", "town-hall", at: TestStore.Start - Duration.FromDays(200)));
        (await carried.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "occurred_at" && e.Rule == "consent.predates-use");
        (await store.Ledger.GetStatesAsync("c-1")).Should().NotContain(s => s.Purpose == "town-hall", "nothing half-written");

        store.Clock.Advance(Duration.FromDays(3));
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", "town-hall", at: store.Clock.GetCurrentInstant()));
        (await store.Ledger.GetStatesAsync("c-1")).Should().Contain(s => s.Purpose == "town-hall" && s.Status == ConsentStatus.Granted);

        // A purpose of the profile's catalog is not new: consents older than the store still cover it.
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", "newsletter", at: TestStore.Start - Duration.FromDays(200)));
    }

    [Fact]
    [Trait("Req", "R6")]
    public async Task Grant_DetailsRecordedBeforeTheFirstConsent_Refused_DetailsWithTheConsentOrFromTheListAccepted()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("canvassed", phone: "514 555 0101");
        await store.Contacts.UpsertAsync(new Contact { ContactId = "listed", FirstName = "Marc", LastName = "Roy", PostalCode = "H2X 1Y4" });
        await store.AddContactAsync("signed-up", phone: "514 555 0102");
        store.Clock.Advance(Duration.FromDays(2));
        var later = store.Clock.GetCurrentInstant();

        // A phone noted at the door, consent sought two days later: the number was collected without it.
        var canvassed = () => store.Ledger.RecordAsync(TestStore.Grant("canvassed", at: later));
        var error = (await canvassed.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle().Which;
        error.Rule.Should().Be("collection.before-consent");
        error.Message.Should().Contain("R6").And.NotContain("514");
        (await store.Ledger.GetStatesAsync("canvassed")).Should().BeEmpty("nothing half-written");

        // Names and postal codes from the electors' list reach the party by law; the consent comes with the phone.
        await store.Ledger.RecordAsync(TestStore.Grant("listed", channel: Channel.Email, at: later));

        // A form submitted at the start: the details and the consent arrived together.
        await store.Ledger.RecordAsync(TestStore.Grant("signed-up", at: TestStore.Start));

        // Once consent was given, later consents for other purposes are not a new collection.
        await store.Ledger.RecordAsync(TestStore.Grant("signed-up", "newsletter", at: later));
    }

    [Theory]
    [MemberData(nameof(Others))]
    [Trait("Req", "R6")]
    public async Task Grant_OtherJurisdictions_ConsentAfterTheDetails_Accepted(Jurisdiction jurisdiction)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction);
        await store.AddContactAsync("canvassed", phone: "+1 514 555 0101");
        store.Clock.Advance(Duration.FromDays(2));

        await store.Ledger.RecordAsync(TestStore.Grant("canvassed", at: store.Clock.GetCurrentInstant()));

        (await store.Ledger.GetStatesAsync("canvassed")).Should().ContainSingle(s => s.Status == ConsentStatus.Granted);
    }

    [Fact]
    [Trait("Req", "R6")]
    public async Task SetPersonInCharge_Quebec_OnlyAnOfficer_EachDesignationKeptWithItsActor()
    {
        await using var store = await TestStore.CreateAsync(configure: o => o.Actor = "secretariat-2");
        var registry = store.Services.GetRequiredService<IOrganisationRegistry>();

        var volunteer = () => registry.SetPersonInChargeAsync(new PersonInCharge { Name = "Jeanne Roy", Role = "volunteer", Contact = "vie.privee@exemple.qc.ca" });
        var badContact = () => registry.SetPersonInChargeAsync(new PersonInCharge { Name = "Jeanne Roy", Role = "director-general", Contact = "call me" });
        (await volunteer.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "role" && e.Rule == "person_in_charge.role" && e.Message.Contains("R6"));
        (await badContact.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "contact");
        (await registry.GetPersonInChargeAsync()).Should().BeNull("nothing half-written");

        await registry.SetPersonInChargeAsync(new PersonInCharge { Name = "Jeanne Roy", Role = "director-general", Contact = "vie.privee@exemple.qc.ca" });
        store.Clock.Advance(Duration.FromDays(30));
        await registry.SetPersonInChargeAsync(new PersonInCharge { Name = "Paul Côté", Role = "secretary", Contact = "https://exemple.qc.ca/vie-privee" });

        var current = await registry.GetPersonInChargeAsync();
        current.Should().BeEquivalentTo(new { OrganisationId = "default", Name = "Paul Côté", Role = "secretary", RecordedBy = "secretariat-2", DesignatedAt = TestStore.Start + Duration.FromDays(30) });
        (await store.QueryAsync<string>("SELECT value FROM meta WHERE key = 'person_in_charge:default'")).Single().Should().Contain("Jeanne Roy", "who was in charge when stays on record");
    }

    [Fact]
    [Trait("Req", "R6")]
    public async Task SetPersonInCharge_France_AnyRoleNamed()
    {
        await using var store = await TestStore.CreateAsync(Jurisdiction.France);
        var registry = store.Services.GetRequiredService<IOrganisationRegistry>();

        await registry.SetPersonInChargeAsync(new PersonInCharge { Name = "Claire Martin", Role = "dpo", Contact = "dpo@exemple.fr" });

        (await registry.GetPersonInChargeAsync())!.Role.Should().Be("dpo");
    }
}
