using System.Globalization;
using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 1 and 5, the fourth round: a party's notes record the people they name as its contacts (GDPR art.
/// 9(2)(d)): the campaign's own words about someone a name, a number or an address identifies reveal a political opinion,
/// even with no act; about no one, or in a request, a supplier's or the press's text, they reveal none.
/// </summary>
public sealed class CampaignContactTests
{
    public static TheoryData<string> CampaignPhrases() =>
    [
        "a fait 3 shifts de phoning", "appui ferme", "cote 2", "support_score=1", "lean yes after the townhall", "will bring 20 members to the rally",
        "host a sign", "lit drop on Sunday", "trésorière de la section de Rennes", "délégué au congrès", "sur notre liste aux municipales",
        "attachée de presse du groupe", "promesse de don mensuel", "veut voter au bureau par anticipation", "réunion d'appartement annulée",
        "relaie notre réunion publique", "a fait signer 40 cartes au kiosque", "field organizer", "Riding exec", "avec les membres",
    ];

    [Theory]
    [MemberData(nameof(CampaignPhrases))]
    [Trait("Req", "R42")]
    public void Scan_CampaignWordsAboutSomeoneIdentified_PoliticalOpinion(string phrase)
    {
        Sensitive($"Karim Benali — {phrase}.").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"{phrase}. Rép au 438-555-0135").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"{phrase} — lucie.b@example.ca").Should().Contain(DataCategory.PoliticalOpinion);
    }

    [Theory]
    [MemberData(nameof(CampaignPhrases))]
    [Trait("Req", "R42")]
    public void Scan_CampaignWordsAboutNoOne_NoCategory(string phrase)
    {
        // The writer's "me" and "our" are the party, not a contact: "Build me a turnout model for our riding".
        Sensitive($"Help me plan this for our team: {phrase}.").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(CampaignPhrases))]
    [Trait("Req", "R42")]
    public void Scan_CampaignWordsInARequestOrFromASupplier_NoPoliticalOpinion(string phrase)
    {
        Sensitive($"Demande d'accès de Karim Benali (514 555 0199) : « {phrase} » figure-t-il au dossier?").Should().NotContain(DataCategory.PoliticalOpinion);
        Sensitive($"Fournisseur : Karim Benali, imprimeur, 514 555 0199 ({phrase}).").Should().NotContain(DataCategory.PoliticalOpinion);
        Sensitive($"Login failed for k.benali@example.ca ({phrase}).").Should().NotContain(DataCategory.PoliticalOpinion);
    }

    public static TheoryData<string, bool> Negations() => new()
    {
        // A status is cancelled by its negation; an absence from an act is still the act.
        { "{0} n'est pas membre du parti.", false },
        { "{0} has never donated, merged by mistake.", false },
        { "{0} n'a jamais donné au parti.", false },
        { "{0} : je serai pas au collage d'affiches du parti ce soir.", true },
        { "{0} g pas reçu ma pancarte!", true },
        { "{0} can't make the canvass shift tonight.", true },
    };

    [Theory]
    [MemberData(nameof(Negations))]
    [Trait("Req", "R42")]
    public void Scan_NegatedStatusOrMissedAct_OnlyTheActCounts(string template, bool political)
    {
        foreach (var name in new[] { "Karim Benali", "Lucie Tremblay", "Wei Chen" })
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, name);
            Sensitive(text).Contains(DataCategory.PoliticalOpinion).Should().Be(political, text);
        }
    }

    [Theory]
    [InlineData("Baptiste")]
    [InlineData("Temple")]
    [InlineData("Kosher")]
    [Trait("Req", "R42")]
    public void Scan_TermThatIsPartOfAFoundName_NotACategory(string word)
    {
        // A religious word that a found name holds is that person's name: "Trevor Baptiste signed the transit petition".
        foreach (var given in new[] { "Trevor", "Lori-Ann", "Marie" })
        {
            var text = $"{given} {word} signed the transit petition. tbaptiste@example.ca";
            var people = PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Person).Select(e => text[e.Start..e.End]);
            people.Should().Contain(p => p.Contains(word, StringComparison.Ordinal), text);
            Sensitive(text).Should().Equal([DataCategory.PoliticalOpinion], text);
        }
    }
}
