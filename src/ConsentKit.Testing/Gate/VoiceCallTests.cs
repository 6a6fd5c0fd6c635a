using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Messages;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Gate;

/// <summary>
/// R14, R27: calls in Canada follow the CRTC Telemarketing and ADAD rules: the calling curfew binds whatever window the
/// person chose, the internal do-not-call list holds, the script identifies the caller, and under the Canada profile a
/// voter contact calling registration is recorded before any call.
/// </summary>
public abstract class VoiceCallTests(ITestStoreProvider provider) : StoreContract(provider)
{
    // Monday 2 November 2026 in Montréal (the contact's zone, from the 514 number): 21:45 and 10:00.
    private static readonly Instant Evening = Instant.FromUtc(2026, 11, 3, 2, 45);
    private static readonly Instant Morning = Instant.FromUtc(2026, 11, 2, 15, 0);
    private const string Registration = "CRTC-VCR-2026-0142";

    public static TheoryData<Jurisdiction> Canadian => [Jurisdiction.Quebec, Jurisdiction.Canada];

    private static async Task<(TestStore Store, ISendGate Gate)> GrantedAsync(Jurisdiction jurisdiction, string? registration = Registration)
    {
        var store = await TestStore.CreateAsync(jurisdiction, configure: o => o.VoterContactRegistration = registration);
        await store.AddContactAsync("c-1");
        // The person chose to hear from us until 23:00.
        var window = new SendWindow(new LocalTime(9, 0), new LocalTime(23, 0));
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", channel: Channel.Voice) with { SendWindow = window });
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", channel: Channel.Sms) with { SendWindow = window });
        return (store, store.Services.GetRequiredService<ISendGate>());
    }

    [Theory]
    [MemberData(nameof(Canadian))]
    [Trait("Req", "R14")]
    public async Task CheckAsync_VoiceAfterTheCrtcCurfewInsideThePersonsWindow_Blocked_SmsAllowed(Jurisdiction jurisdiction)
    {
        var (store, gate) = await GrantedAsync(jurisdiction);
        await using var _ = store;

        var call = await gate.CheckAsync("c-1", "gotv", Channel.Voice, Evening);
        var text = await gate.CheckAsync("c-1", "gotv", Channel.Sms, Evening);
        var morningCall = await gate.CheckAsync("c-1", "gotv", Channel.Voice, Morning);

        var quiet = call.Reasons.Should().ContainSingle().Which;
        quiet.Code.Should().Be(GateReasonCode.QuietHours);
        quiet.Rule.Should().Contain("R14").And.Contain("CRTC");
        quiet.RetryAt.Should().Be(Instant.FromUtc(2026, 11, 3, 14, 0), "09:00 the next weekday morning in Montréal, inside both the curfew and the window");
        text.Allowed.Should().BeTrue("a text follows the window the person chose");
        morningCall.Allowed.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Canadian))]
    [Trait("Req", "R14")]
    public async Task CheckAsync_NumberOnTheInternalDoNotCallList_NoCall(Jurisdiction jurisdiction)
    {
        var (store, gate) = await GrantedAsync(jurisdiction);
        await using var _ = store;

        await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Phone, "+1 514-555-0101", "do-not-call request by phone");

        (await gate.CheckAsync("c-1", "gotv", Channel.Voice, Morning)).Reasons.Should().Contain(r => r.Code == GateReasonCode.Suppressed);
    }

    [Fact]
    [Trait("Req", "R27")]
    public async Task CheckAsync_CanadaVoiceWithoutCallingRegistration_Blocked_QuebecAndSmsNot()
    {
        var (unregistered, gate) = await GrantedAsync(Jurisdiction.Canada, registration: null);
        await using var _ = unregistered;
        var (quebec, quebecGate) = await GrantedAsync(Jurisdiction.Quebec, registration: null);
        await using var __ = quebec;

        var call = await gate.CheckAsync("c-1", "gotv", Channel.Voice, Morning);

        call.Reasons.Should().ContainSingle().Which.Should().Match<GateReason>(r => r.Code == GateReasonCode.CallingRegistrationMissing && r.Rule.Contains("CEA Part 16.1"));
        (await gate.CheckAsync("c-1", "gotv", Channel.Sms, Morning)).Allowed.Should().BeTrue("the registry is for calls");
        (await quebecGate.CheckAsync("c-1", "gotv", Channel.Voice, Morning)).Allowed.Should().BeTrue("a provincial campaign is outside CEA Part 16.1");
    }

    [Theory]
    [MemberData(nameof(Canadian))]
    [Trait("Req", "R14")]
    [Trait("Req", "R27")]
    public void VoiceScriptCheck_AnyScript_PassesOnlyWhenItNamesTheCallerAtTheStartAndGivesANumber(Jurisdiction jurisdiction)
    {
        const string org = "Parti des Rivières";
        string[] bodies = ["nous appelons pour vous rappeler que le vote par anticipation commence samedi.", "we are calling to remind you that advance polls open on Saturday.", ""];
        foreach (var body in bodies)
        {
            var good = $"Bonjour, ici Camille du {org}. {body} Pour nous joindre : 514 555 0199.";
            var unnamed = $"Bonjour, ici Camille. {body} {new string('.', 200)} {org}. Pour nous joindre : 514 555 0199.";
            var noNumber = $"Bonjour, ici le {org.ToUpperInvariant()}. {body}";

            VoiceScriptCheck.Check(good, org, jurisdiction).Ok.Should().BeTrue(good);
            VoiceScriptCheck.Check(unnamed, org, jurisdiction).Findings.Select(f => f.Code).Should().Equal(["identification-missing"], "named only after the opening");
            VoiceScriptCheck.Check(noNumber, org, jurisdiction).Findings.Select(f => f.Code).Should().Equal(["callback-missing"], "a name in capitals and without accents still names the caller");
        }

        VoiceScriptCheck.Check("Bonjour.", org, jurisdiction).Rule.Should().Contain("CRTC");
        VoiceScriptCheck.Check("Bonjour.", org, Jurisdiction.France).Ok.Should().BeTrue("France has no such rule in its profile");
    }
}
