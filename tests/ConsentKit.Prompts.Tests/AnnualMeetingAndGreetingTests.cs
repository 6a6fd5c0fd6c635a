using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's second round (read from the twenty-sixth blind set): a riding association's
/// annual meeting and nominating contest (its credentials committee, ballots, nominees, election chair) records the people a
/// note identifies as the party's contacts; and a given name that is also a word ("Hunter", "Rob") is a name when a message
/// greets it at its start. Rules over generated values.
/// </summary>
public sealed class AnnualMeetingAndGreetingTests
{
    [Theory]
    [InlineData("apporte l'urne pour l'AGA samedi")]
    [InlineData("prépare l'AG de section jeudi soir")]
    [InlineData("wants to sit on the credentials committee")]
    [InlineData("can't stand at the credentials table Saturday")]
    [InlineData("sera au comité de vérification des pouvoirs")]
    [InlineData("is seeking the nomination in Etobicoke")]
    [InlineData("signed the nomination paper last night")]
    [InlineData("lost the nomination vote by twelve")]
    [InlineData("is interested in running for the nomination in Pontiac")]
    [InlineData("won 58% on the first ballot")]
    [InlineData("will bring the ballot boxes")]
    [InlineData("se propose comme présidente d'élection")]
    [InlineData("a signé pour la candidate de Laval")]
    [Trait("Req", "R42")]
    public void Scan_AnnualMeetingOrNominationAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 619, 2381).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("a reçu sa nomination au poste de directrice")]
    [InlineData("was an Oscar nominee in 2019")]
    [InlineData("is our nominee for the King's medal")]
    [InlineData("please withdraw my nomination for the community service award")]
    [InlineData("a choisi une urne funéraire en bois")]
    [InlineData("follows the Aga Khan Foundation's work")]
    [Trait("Req", "R42")]
    public void Scan_EverydaySenseOfAMeetingWord_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 623, 2383).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GreetedGivenNameThatIsAWord_TheName()
    {
        foreach (var given in new[] { "Hunter", "Grace", "Will", "Joy", "Hope", "Mark", "Dawn", "June" })
        {
            foreach (var text in new[]
            {
                $"Yo {given} the AGM pizza money is in the envelope",
                $"Sorry {given} can't do the table tonight",
                $"Hi {given}, the keys are at the office.",
                $"Salut {given}! On se voit à 19 h.",
                $"Thanks {given}\nsee you Saturday",
            })
            {
                People(text).Should().Equal([given], text);
            }
        }

        foreach (var text in new[] { "Hi All, the keys are at the office.", "Hey Team! Meeting at 7.", "Hi There, quick question.", "Thanks Everyone for coming.", "Salut Tout le monde!", "Hey Folks, quick one." })
        {
            People(text).Should().BeEmpty(text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GreetingBeforeAName_NotPartOfTheName()
    {
        // The redacted text keeps its greeting: "Salut [PERSON_1]", not "[PERSON_1]". Names the lists hold and names they
        // do not, one word or two.
        foreach (var greeting in new[] { "Hi", "Hey", "Hello", "Yo", "Salut", "Allo", "Coucou", "Bonjour", "Bonsoir", "Dear", "Chère" })
        {
            foreach (var name in new[] { "Fatou", "Véro", "Ketty Bélaise", "Marie Tremblay", "Ziad" })
            {
                var text = $"{greeting} {name}, le local ouvre à 18 h. 418-555-0123";
                People(text).Should().Equal([name], text);
            }
        }
    }
}
