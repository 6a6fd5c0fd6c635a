using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Gate;

/// <summary>
/// R18: in the EU, political SMS and e-mail reach prospects only with prior consent; members and regular contacts reached on
/// the membership basis (R4) are offered a way to object in every message.
/// </summary>
public abstract class ElectronicChannelTests(ITestStoreProvider provider) : StoreContract(provider)
{
    // Tuesday 3 November 2026, 11:00 in Paris: inside the French sending hours.
    private static readonly Instant SentAt = Instant.FromUtc(2026, 11, 3, 10, 0);

    public static TheoryData<Channel> Electronic => [Channel.Sms, Channel.Email];

    private static Task<TestStore> FranceAsync() => TestStore.CreateAsync(Jurisdiction.France, configure: o =>
        // A purpose an organisation may rest on legitimate interest, such as postal canvassing.
        o.Purposes.Add(new PurposeDefinition("canvass-letters", Period.FromYears(1), [ConsentBasis.LegitimateInterest, ConsentBasis.ExplicitConsent], "R18 (postal prospection)")));

    [Theory]
    [MemberData(nameof(Electronic))]
    [Trait("Req", "R18")]
    public async Task RecordAsync_LegitimateInterestOnSmsOrEmail_Refused_OnPostAccepted_AndAProspectWithoutConsentIsBlocked(Channel channel)
    {
        await using var store = await FranceAsync();
        await store.AddContactAsync("c-1", phone: "06 12 34 56 78", email: "c1@exemple.fr");
        var prospect = TestStore.Grant("c-1", "canvass-letters", channel) with { Basis = ConsentBasis.LegitimateInterest, AffirmativeAct = null, EvidenceRef = null };

        var electronic = () => store.Ledger.RecordAsync(prospect);
        await store.Ledger.RecordAsync(prospect with { Channel = Channel.Mail });

        (await electronic.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should()
            .ContainSingle(e => e.Field == "basis" && e.Rule == "basis.electronic-needs-consent" && e.Message.Contains("R18"));
        var decision = await store.Services.GetRequiredService<ISendGate>().CheckAsync("c-1", "canvass-letters", channel, SentAt);
        decision.Reasons.Should().ContainSingle(r => r.Code == GateReasonCode.NoConsent).Which.Rule.Should().Contain("R18");
    }

    [Theory]
    [MemberData(nameof(Electronic))]
    [Trait("Req", "R18")]
    [Trait("Req", "R4")]
    public async Task RecordSendAsync_MemberMessageWithoutAWayToObject_Blocked_WithOne_Recorded_ExplicitConsentNotConcerned(Channel channel)
    {
        await using var store = await FranceAsync();
        await store.AddContactAsync("member", phone: "06 12 34 56 78", email: "membre@exemple.fr");
        await store.AddContactAsync("supporter", phone: "06 98 76 54 32", email: "soutien@exemple.fr");
        await store.Ledger.RecordAsync(TestStore.Grant("member", channel: channel, at: SentAt - Duration.FromDays(30)) with { Basis = ConsentBasis.Membership });
        await store.Ledger.RecordAsync(TestStore.Grant("supporter", channel: channel, at: SentAt - Duration.FromDays(30)));
        store.Clock.Reset(SentAt + Duration.FromHours(1));
        var sends = store.Services.GetRequiredService<ISendRecords>();
        SendRecord Send(string id, string contact, string? body) => new()
        {
            MessageId = id, ContactId = contact, Purpose = "gotv", Channel = channel, SentAt = SentAt, Body = body,
            Sender = new SenderIdentity("Section de Lyon", "Parti de l'Exemple", "dpo@parti.example"),
        };

        var outcomes = await sends.RecordSendsAsync(
        [
            Send("m-1", "member", "Parti de l'Exemple : réunion jeudi à 19 h."),
            Send("m-2", "member", null),
            Send("m-3", "member", "Parti de l'Exemple : réunion jeudi à 19 h. Répondez STOP pour ne plus recevoir nos messages."),
            Send("m-4", "supporter", "Parti de l'Exemple : réunion jeudi à 19 h."),
        ]);
        var (silent, unknown, offered, supporter) = (outcomes[0], outcomes[1], outcomes[2], outcomes[3]);

        foreach (var blocked in new[] { silent, unknown })
        {
            blocked.Status.Should().Be(SendRecordStatus.Blocked);
            blocked.GateReasons.Should().ContainSingle().Which.Should().Match<GateReason>(r => r.Code == GateReasonCode.ObjectionNotOffered && r.Rule.Contains("R18"));
        }

        offered.Status.Should().Be(SendRecordStatus.Recorded);
        supporter.GateReasons.Should().NotContain(r => r.Code == GateReasonCode.ObjectionNotOffered, "the rule concerns the membership basis; explicit consent stands on its own");
    }
}
