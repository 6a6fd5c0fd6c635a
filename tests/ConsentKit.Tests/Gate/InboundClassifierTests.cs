using ConsentKit.Gate;

namespace ConsentKit.Tests.Gate;

/// <summary>A fr/en table of real-world replies: keywords in any form, opt-out sentences, and replies that are not stops.</summary>
public sealed class InboundClassifierTests
{
    public static TheoryData<string, InboundAction> Replies => new()
    {
        // Keywords, any case, accents, punctuation and trailing words.
        { "STOP", InboundAction.Stop },
        { "stop", InboundAction.Stop },
        { "Stop.", InboundAction.Stop },
        { "  stop  ", InboundAction.Stop },
        { "stop svp", InboundAction.Stop },
        { "STOP merci", InboundAction.Stop },
        { "Stop please", InboundAction.Stop },
        { "ARRET", InboundAction.Stop },
        { "arrêt", InboundAction.Stop },
        { "Arrêt!!", InboundAction.Stop },
        { "ARRÊT", InboundAction.Stop },
        { "arreter", InboundAction.Stop },
        { "Arrêter", InboundAction.Stop },
        { "désabonner", InboundAction.Stop },
        { "DESABONNER", InboundAction.Stop },
        { "Unsubscribe", InboundAction.Stop },
        { "unsubscribe me now", InboundAction.Stop },
        { "END", InboundAction.Stop },
        { "quit", InboundAction.Stop },
        { "Cancel", InboundAction.Stop },
        { "STOPALL", InboundAction.Stop },
        { "stop!!!", InboundAction.Stop },
        { "S.T.O.P", InboundAction.None },
        { "Merci, stop", InboundAction.Stop },
        { "ok arrêt", InboundAction.Stop },
        // Opt-out sentences.
        { "ne m'écrivez plus", InboundAction.Stop },
        { "Ne m’écrivez plus jamais", InboundAction.Stop },
        { "retirez-moi de votre liste", InboundAction.Stop },
        { "Retirez moi svp", InboundAction.Stop },
        { "Je veux me désinscrire", InboundAction.Stop },
        { "désinscrivez-moi", InboundAction.Stop },
        { "Arrêtez de m'écrire", InboundAction.Stop },
        { "arrêtez vos messages", InboundAction.Stop },
        { "Je ne veux plus recevoir vos textos", InboundAction.Stop },
        { "plus de messages svp", InboundAction.Stop },
        { "Laissez-moi tranquille", InboundAction.Stop },
        { "supprimez mon numéro", InboundAction.Stop },
        { "Ne me textez plus", InboundAction.Stop },
        { "ne plus recevoir", InboundAction.Stop },
        { "please remove me", InboundAction.Stop },
        { "Remove me from your list", InboundAction.Stop },
        { "stop texting me", InboundAction.Stop },
        { "Please stop sending me these", InboundAction.Stop },
        { "don't text me again", InboundAction.Stop },
        { "Do not contact me", InboundAction.Stop },
        { "take me off this list", InboundAction.Stop },
        { "no more texts please", InboundAction.Stop },
        { "leave me alone", InboundAction.Stop },
        { "Opt out", InboundAction.Stop },
        { "delete my number", InboundAction.Stop },
        // Not stops: the word in another sense, or ordinary replies.
        { "je ne peux pas arrêter de sourire", InboundAction.None },
        { "L'arrêt de bus est loin du bureau de vote", InboundAction.None },
        { "Où est mon bureau de vote?", InboundAction.None },
        { "Merci pour l'info!", InboundAction.None },
        { "I can't stop smiling about this campaign", InboundAction.None },
        { "Count me in for Saturday", InboundAction.None },
        { "Who is this?", InboundAction.None },
        { "Oui", InboundAction.None },
        { "", InboundAction.None },
        { "🙂", InboundAction.None },
        // Other keywords.
        { "START", InboundAction.Start },
        { "unstop", InboundAction.Start },
        { "Reprendre", InboundAction.Start },
        { "HELP", InboundAction.Help },
        { "aide", InboundAction.Help },
        { "INFO", InboundAction.Help },
        { "POURQUOI", InboundAction.Why },
        { "pourquoi?", InboundAction.Why },
        { "Why", InboundAction.Why },
        { "why me?", InboundAction.Why },
        { "ACCÈS", InboundAction.Access },
        { "accès svp", InboundAction.Access },
        { "Données", InboundAction.Access },
        { "ACCESS", InboundAction.Access },
        { "access please", InboundAction.Access },
        { "mydata", InboundAction.Access },
        // Not an access request: the word elsewhere in a sentence.
        { "J'ai accès au local samedi", InboundAction.None },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    [Trait("Req", "R10")]
    public void Classify_Reply_GivesExpectedAction(string body, InboundAction expected)
    {
        InboundClassifier.Classify(body).Action.Should().Be(expected, because: body);
    }

    [Fact]
    public void Replies_TableHasAtLeastSixtyRows()
    {
        Replies.Count.Should().BeGreaterThanOrEqualTo(60);
    }

    [Theory]
    [InlineData("ARRÊT", "fr")]
    [InlineData("désabonner", "fr")]
    [InlineData("ne m'écrivez plus", "fr")]
    [InlineData("UNSUBSCRIBE", "en")]
    [InlineData("please remove me", "en")]
    [InlineData("STOP", null)]
    public void Classify_Keyword_GivesItsLanguage(string body, string? language)
    {
        InboundClassifier.Classify(body).Language.Should().Be(language);
    }

    // Every access keyword, however it is written (case, accents, trailing words), asks for a copy of one's data (R55).
    [Fact]
    [Trait("Req", "R55")]
    public void Classify_EveryAccessKeywordInAnyCaseWithAccentsAndTrailingWords_IsAccess()
    {
        var accented = new Dictionary<string, string> { ["ACCES"] = "Accès", ["DONNEES"] = "données" };
        foreach (var keyword in ConsentKit.Jurisdictions.JurisdictionProfile.AccessKeywords)
        {
            foreach (var written in new[] { keyword, keyword.ToLowerInvariant(), accented.GetValueOrDefault(keyword, keyword), accented.GetValueOrDefault(keyword, keyword) + " svp!" })
            {
                InboundClassifier.Classify(written).Action.Should().Be(InboundAction.Access, written);
            }
        }
    }
}
