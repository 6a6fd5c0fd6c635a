using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Targeting;
using ConsentKit.Testing;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Explanations;

/// <summary>A store with 900 seeded contacts, an approved segment and helpers to record sends.</summary>
internal static class ExplanationFixture
{
    public const string Contact = "t-00006"; // Laval, transit, explicit consent for gotv by SMS since 2026-10-01, age 22

    public static readonly Instant SentAt = TestStore.Start.Plus(Duration.FromHours(1));

    public static ISendRecords Sends(this TestStore store) => store.Services.GetRequiredService<ISendRecords>();

    public static IExplanations Explanations(this TestStore store) => store.Services.GetRequiredService<IExplanations>();

    public static async Task<(TestStore Store, string SegmentId)> CreateAsync(Jurisdiction jurisdiction = Jurisdiction.Quebec)
    {
        var store = await TargetingFixture.CreateAsync(jurisdiction, o => o.ExplanationLinkBase = "https://parti.example/w/");
        await TargetingFixture.SeedAsync(store, 900);
        var decision = await store.Guard().ValidateAsync(
            SegmentDefinition.Parse("""{"name":"Laval transit","include":{"and":[{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]},"exclude":{"field":"donations_total","op":"gt","value":500}}"""),
            "gotv");
        decision.Allowed.Should().BeTrue(string.Join("; ", decision.Violations.Select(v => v.Code)));

        // Sends are recorded after they happen.
        store.Clock.Advance(Duration.FromHours(2));
        return (store, decision.RegisterId);
    }

    public static SendRecord Record(string messageId, string? segment, string contact = Contact, Instant? sentAt = null, AiInvolvement? ai = null) => new()
    {
        MessageId = messageId,
        ContactId = contact,
        Purpose = "gotv",
        Channel = Channel.Sms,
        Campaign = "Rappel du vote 2026",
        SentAt = sentAt ?? SentAt,
        Sender = new SenderIdentity("Équipe Laval-Centre", "Parti de l'Exemple", "vieprivee@parti.example"),
        SegmentEntryId = segment,
        Fields = ["first_name", "city"],
        Ai = ai ?? AiInvolvement.None,
    };
}
