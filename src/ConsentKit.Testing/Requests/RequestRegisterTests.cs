using ConsentKit.Jurisdictions;
using ConsentKit.Requests;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Testing.Requests;

public abstract class RequestRegisterTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    [Theory]
    // GDPR: one calendar month, ending at the last day of a shorter month; leap years; the end is Paris midnight.
    [InlineData("fr", "2027-01-31T10:00:00Z", "2027-02-28", "2027-02-28T23:00:00Z")]
    [InlineData("fr", "2028-01-31T10:00:00Z", "2028-02-29", "2028-02-29T23:00:00Z")]
    [InlineData("fr", "2027-03-15T12:00:00Z", "2027-04-15", "2027-04-15T22:00:00Z")]
    // Received at 23:30 UTC on 31 Dec is already 1 Jan in Paris: the local day counts.
    [InlineData("fr", "2026-12-31T23:30:00Z", "2027-02-01", "2027-02-01T23:00:00Z")]
    // Québec: 30 days, across the November DST change (the deadline ends at Toronto midnight, EST).
    [InlineData("qc", "2026-10-20T14:00:00Z", "2026-11-19", "2026-11-20T05:00:00Z")]
    [InlineData("qc", "2028-02-10T14:00:00Z", "2028-03-11", "2028-03-12T05:00:00Z")]
    [Trait("Req", "R56")]
    public void Due_AcrossMonthEndsLeapYearsAndDst_LastDayAndItsEnd(string jurisdiction, string received, string dueDate, string dueAt)
    {
        var profile = jurisdiction == "fr" ? JurisdictionProfile.France : JurisdictionProfile.Quebec;

        var (date, end) = RequestDeadlines.Due(At(received), profile.RequestDeadline, null);

        LocalDatePattern.Iso.Format(date).Should().Be(dueDate);
        end.Should().Be(At(dueAt));
    }

    [Fact]
    [Trait("Req", "R55")]
    [Trait("Req", "R56")]
    public async Task HandleSmsAsync_AccessKeyword_EntersAVerifiedRequestWithItsDeadline_AndTellsIt()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1", phone: "514 555 0101");
        var inbound = store.Services.GetRequiredService<ConsentKit.Gate.IInboundMessages>();
        var register = store.Services.GetRequiredService<IRequestRegister>();

        var known = await inbound.HandleSmsAsync("+15145550101", "Accès");
        var unknown = await inbound.HandleSmsAsync("+15145550199", "ACCESS");

        var requests = await register.ListAsync();
        requests.Should().HaveCount(2);
        var forKnown = requests.Single(r => r.Id == known.RequestId);
        forKnown.Kind.Should().Be(RequestKind.Access);
        forKnown.ContactId.Should().Be("c-1");
        forKnown.ReceivedVia.Should().Be("sms");
        forKnown.Identity.Should().Be(IdentityVerification.Verified, "a text from the number shows control of it (R55)");
        forKnown.History.Select(h => h.Change).Should().Equal("received", "identity:verified");
        var (dueDate, _) = RequestDeadlines.Due(store.Clock.GetCurrentInstant(), JurisdictionProfile.Quebec.RequestDeadline, null);
        forKnown.DueDate.Should().Be(dueDate);
        known.Reply.Should().Contain(LocalDatePattern.Iso.Format(dueDate)).And.StartWith("Parti de l'Exemple");
        requests.Single(r => r.Id == unknown.RequestId).ContactId.Should().BeNull("a number we hold nothing about still gets its answer from the DPO");
        unknown.Reply.Should().Contain("copy of your data");
    }

    [Fact]
    [Trait("Req", "R56")]
    public async Task ListAsync_OpenPastDeadline_OnlyThoseOverdue()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var register = store.Services.GetRequiredService<IRequestRegister>();
        var late = await register.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = TestStore.Start, ReceivedVia = "sms", ContactId = "c-1" });
        var answered = await register.AddAsync(new NewRequest { Kind = RequestKind.Erasure, ReceivedAt = TestStore.Start, ReceivedVia = "email" });
        await register.SetStatusAsync(answered.Id, RequestStatus.Answered);
        store.Clock.Advance(Duration.FromDays(20));
        var recent = await register.AddAsync(new NewRequest { Kind = RequestKind.Portability, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "web" });

        store.Clock.Advance(Duration.FromDays(11));
        var overdue = await register.ListAsync(overdueOnly: true);
        var all = await register.ListAsync();

        overdue.Select(r => r.Id).Should().Equal(late.Id);
        all.Select(r => r.Id).Should().Equal(late.Id, answered.Id, recent.Id);
        all[1].History.Select(h => h.Change).Should().Equal("received", "status:answered");
        late.Rule.Should().Contain("QC-PP s.32");
    }

    [Fact]
    [Trait("Req", "R56")]
    public async Task ExtendAsync_GdprTwoMonthsWithReason_AllowedOnce_QuebecNever()
    {
        await using var fr = await TestStore.CreateAsync(Jurisdiction.France);
        await using var qc = await TestStore.CreateAsync(Jurisdiction.Quebec);
        var frRegister = fr.Services.GetRequiredService<IRequestRegister>();
        var qcRegister = qc.Services.GetRequiredService<IRequestRegister>();
        var frRequest = await frRegister.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = TestStore.Start, ReceivedVia = "mail" });
        var qcRequest = await qcRegister.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = TestStore.Start, ReceivedVia = "mail" });

        var extended = await frRegister.ExtendAsync(frRequest.Id, Period.FromMonths(2), "Votre demande porte sur plusieurs années d'archives.");
        var again = () => frRegister.ExtendAsync(frRequest.Id, Period.FromMonths(1), "x");
        var tooLong = async () => await frRegister.ExtendAsync((await frRegister.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = TestStore.Start, ReceivedVia = "mail" })).Id, Period.FromMonths(3), "x");
        var quebec = () => qcRegister.ExtendAsync(qcRequest.Id, Period.FromDays(10), "x");

        frRequest.DueDate.Should().Be(new LocalDate(2026, 12, 2));
        extended.DueDate.Should().Be(new LocalDate(2027, 2, 2));
        (await again.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Rule == "extension.already");
        (await tooLong.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Rule == "extension.too-long");
        (await quebec.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Field == "extension" && e.Rule == "extension.not-allowed");
    }

    [Fact]
    public async Task AddAsync_BadInput_NamesFieldAndRule_NothingWritten()
    {
        await using var store = await TestStore.CreateAsync();
        var register = store.Services.GetRequiredService<IRequestRegister>();

        var act = () => register.AddAsync(new NewRequest { Kind = (RequestKind)42, ReceivedAt = TestStore.Start.Plus(Duration.FromDays(3)), ReceivedVia = "pigeon", ContactId = "nobody" });

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Select(e => e.Rule).Should().Equal("kind.unknown", "received_via.unknown", "received_at.future", "contact.unknown");
        (await register.ListAsync()).Should().BeEmpty();
    }

    [Theory]
    [Trait("Req", "R60")]
    [InlineData(Jurisdiction.Quebec, RequestKind.Access, true)]
    [InlineData(Jurisdiction.Quebec, RequestKind.Rectification, true)]
    [InlineData(Jurisdiction.Quebec, RequestKind.Erasure, true)]
    [InlineData(Jurisdiction.Quebec, RequestKind.Objection, false)]
    [InlineData(Jurisdiction.Canada, RequestKind.Access, false)]
    [InlineData(Jurisdiction.France, RequestKind.Access, false)]
    public async Task AddAsync_RightTheElectionActReportedlyExcludes_ShownToTheDpo_NeverApplied(Jurisdiction jurisdiction, RequestKind kind, bool excluded)
    {
        await using var store = await TestStore.CreateAsync(jurisdiction);
        var register = store.Services.GetRequiredService<IRequestRegister>();

        var added = await register.AddAsync(new NewRequest { Kind = kind, ReceivedAt = TestStore.Start, ReceivedVia = "web" });
        var listed = (await register.ListAsync()).Single();

        listed.ReportedExclusion.Should().Be(added.ReportedExclusion);
        if (excluded)
        {
            added.ReportedExclusion!.Source.Should().Contain("R60").And.Contain("unverified");
            added.ReportedExclusion.NoteFr.Should().Contain("ne l'applique pas");
            added.ReportedExclusion.NoteEn.Should().Contain("does not apply it");
        }
        else
        {
            added.ReportedExclusion.Should().BeNull();
        }

        // Never applied silently: the request is open with the jurisdiction's deadline like any other.
        added.Status.Should().Be(RequestStatus.Received);
        added.DueDate.Should().Be(new LocalDate(2026, 12, 2), "30 days (Québec, Canada) or one month (GDPR) after 2 November");
    }
}
