using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Targeting;
using ConsentKit.Testing;
using ConsentKit.Testing.Targeting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Explanations;

public abstract class ExplanationTests(ITestStoreProvider provider, Xunit.Abstractions.ITestOutputHelper output) : StoreContract(provider)
{
    private static readonly AiInvolvement DraftedAbroad = new() { Drafted = true, ReviewedBy = "staff-4", Providers = [new AiProvider("Model Co", "US")] };

    [Fact]
    [Trait("Req", "R51")]
    public async Task ExplainAsync_RecordedSend_SectionsInFixedOrderWithFactsAtSendTime()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment, ai: DraftedAbroad));

        var fr = await store.Explanations().ExplainAsync("m-1", "fr-CA");
        var en = await store.Explanations().ExplainAsync("m-1", "en-CA");

        fr.Sections.Select(s => s.Key).Should().Equal("what", "why", "data", "consent", "ai", "period", "choices");
        en.Sections.Select(s => s.Key).Should().Equal(fr.Sections.Select(s => s.Key));
        var text = en.ToText();
        text.Should().Contain("political message from Parti de l'Exemple")
            .And.Contain("Message written with the help of AI and reviewed by our team")
            .And.Contain("your city: Laval; \"transit\" among the topics you care about")
            .And.Contain("We left out people with these criteria: your donations over 500")
            .And.Contain("We did not use sensitive data")
            .And.Contain("your first name: you gave it to us")
            .And.Contain("You said yes to our text messages on October 1, 2026, when we came to your door")
            .And.Contain("version 1")
            .And.Contain("Model Co. It works on data outside Canada (in the United States)")
            .And.Contain("This message was sent on November 2, 2026.")
            .And.Contain("reply STOP")
            .And.Contain("vieprivee@parti.example")
            .And.Contain("Commission d'accès à l'information du Québec (CAI)");
        fr.ToText().Should().Contain("Vous avez dit oui à nos textos le 1er octobre 2026").And.Contain("répondez STOP");
        text.Should().NotContain("+1514").And.NotContain("t-00006", "an explanation never shows ids or contact data");
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task ExplainAsync_AfterLaterChanges_SameText()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var before = (await store.Explanations().ExplainAsync("m-1", "fr-FR")).ToText();

        store.Clock.Advance(Duration.FromDays(3));
        await store.Ledger.RecordAsync(TestStore.Withdraw(ExplanationFixture.Contact, at: store.Clock.GetCurrentInstant()));
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse("""{"fields":[{"name":"city","category":"location","source":"third_party","thirdParty":"X","country":"US","purposes":["*"]}]}"""));
        var after = (await store.Explanations().ExplainAsync("m-1", "fr-FR")).ToText();

        after.Should().Be(before);
        before.Should().Contain("SMS", "fr-FR says SMS where fr-CA says textos");
    }

    [Theory]
    [InlineData(Jurisdiction.Quebec, "fr-CA")]
    [InlineData(Jurisdiction.Quebec, "en-CA")]
    [InlineData(Jurisdiction.Canada, "en-CA")]
    [InlineData(Jurisdiction.France, "fr-FR")]
    [Trait("Req", "R52")]
    public async Task ExplainAsync_GeneratedTexts_MeetReadabilityTargets(Jurisdiction jurisdiction, string culture)
    {
        var (store, segment) = await ExplanationFixture.CreateAsync(jurisdiction);
        await using var _ = store;
        await store.Sends().RecordSendsAsync(
        [
            ExplanationFixture.Record("m-1", segment),
            ExplanationFixture.Record("m-2", segment, ai: DraftedAbroad),
            ExplanationFixture.Record("m-3", null, contact: "t-00012", ai: new AiInvolvement { Drafted = true, ReviewedBy = "staff-1", Targeting = true }),
        ]);

        foreach (var id in new[] { "m-1", "m-2", "m-3" })
        {
            var text = string.Join('\n', (await store.Explanations().ExplainAsync(id, culture)).Sections.Select(s => s.Text));
            output.WriteLine($"{jurisdiction} {culture} {id}: FK grade {Readability.FleschKincaidGrade(text):F1}, Kandel-Moles {Readability.KandelMoles(text):F1}, longest sentence {Readability.LongestSentence(text)} words");
            Readability.LongestSentence(text).Should().BeLessThanOrEqualTo(20, "R52: sentences of at most 20 words");
            if (culture.StartsWith("en", StringComparison.Ordinal))
            {
                Readability.FleschKincaidGrade(text).Should().BeLessThanOrEqualTo(8, id);
            }
            else
            {
                Readability.KandelMoles(text).Should().BeGreaterThanOrEqualTo(60, id);
            }
        }
    }

    [Fact]
    [Trait("Req", "R51")]
    public async Task ExplainShortAsync_AnyRecord_AtMostTwoSegmentsWithLinkAndStop()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment) with { Sender = new SenderIdentity("Équipe", new string('P', 180), "https://parti.example/vie-privee") });

        var fr = await store.Explanations().ExplainShortAsync("m-1", "fr");
        var en = await store.Explanations().ExplainShortAsync("m-1", "en");

        foreach (var s in new[] { fr, en })
        {
            s.Length.Segments.Should().BeLessThanOrEqualTo(2);
            s.Text.Should().Contain("https://parti.example/w/" + s.Link.Code).And.Contain("STOP");
            s.Link.Code.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{13}$", "13 Crockford base32 characters: 65 random bits");
        }

        fr.Text.Should().Contain("message politique");
        fr.Link.Code.Should().NotBe(en.Link.Code);
    }

    [Fact]
    [Trait("Req", "R50")]
    public async Task ResolveLinkAsync_UnknownExpiredOrRevoked_AllNull()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var explanations = store.Explanations();
        var kept = await explanations.CreateLinkAsync("m-1");
        var revoked = await explanations.CreateLinkAsync("m-1");
        var expiring = await explanations.CreateLinkAsync("m-1", Duration.FromHours(1));

        (await explanations.RevokeLinkAsync(revoked.Code)).Should().BeTrue();
        store.Clock.Advance(Duration.FromHours(2));

        (await explanations.ResolveLinkAsync(kept.Code.ToLowerInvariant().Insert(4, "-")))!.MessageId.Should().Be("m-1", "codes read case-insensitively, dashes ignored");
        (await explanations.ResolveLinkAsync(revoked.Code)).Should().BeNull();
        (await explanations.ResolveLinkAsync(expiring.Code)).Should().BeNull();
        (await explanations.ResolveLinkAsync("0000000000000")).Should().BeNull();
        (await explanations.ResolveLinkAsync("<script>")).Should().BeNull();
        (await store.ScalarAsync($"SELECT COUNT(*) FROM explanation_links WHERE code_sha256 = '{kept.Code}'")).Should().Be(0, "only the code's hash is stored");
    }

    [Fact]
    [Trait("Req", "R10")]
    [Trait("Req", "R50")]
    public async Task HandleSmsAsync_WhyReply_ReturnsShortExplanationOfLatestText()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var inbound = store.Services.GetRequiredService<IInboundMessages>();

        var why = await inbound.HandleSmsAsync("+15145550006", "POURQUOI");

        why.Action.Should().Be(InboundAction.Why);
        why.Reply.Should().StartWith("Parti de l'Exemple : message politique.").And.Contain("https://parti.example/w/").And.Contain("STOP");
        SmsText.Measure(why.Reply).Segments.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    [Trait("Req", "R10")]
    public async Task WithdrawByLinkAsync_ValidCode_WithdrawalReachesLedgerAndGate()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendAsync(ExplanationFixture.Record("m-1", segment));
        var link = await store.Explanations().CreateLinkAsync("m-1");

        var first = await store.Explanations().WithdrawByLinkAsync(link.Code);
        var again = await store.Explanations().WithdrawByLinkAsync(link.Code);
        var gate = await store.Services.GetRequiredService<ISendGate>().CheckAsync(ExplanationFixture.Contact, "gotv", Channel.Sms);

        first.Should().NotBeEmpty();
        again.Should().BeEmpty("nothing is left to withdraw");
        gate.Reasons.Should().Contain(r => r.Code == GateReasonCode.Withdrawn);
        var act = () => store.Explanations().WithdrawByLinkAsync("ZZZZZZZZZZZZZ");
        (await act.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("link.invalid");
    }
}
