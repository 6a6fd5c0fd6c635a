using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the eighteenth session (read from the thirty-eighth blind set, a campaign's letter-writing and
/// postcard programme): the party's letter writers, op-ed authors, co-signers and postcard volunteers are its contacts
/// (GDPR art. 9(2)(d)); a postcard from a holiday, a loan's co-signer or a letter about a passport are not. Rules over
/// generated names and phrases.
/// </summary>
public sealed class LetterWritingTests
{
    [Theory]
    [InlineData("a écrit 120 cartes pour la corvée de cartes postales")]
    [InlineData("will bring the kits to postcard night")]
    [InlineData("runs the postcard table at the fair")]
    [InlineData("is on the postcard team for Verdun")]
    [InlineData("sent another letter to the editor about transit")]
    [InlineData("drafted an op-ed on rent control")]
    [InlineData("est cosignataire de la lettre des aînés")]
    [InlineData("asked to be removed from the co-signers list")]
    [InlineData("fait partie de nos auteurs de lettres")]
    [InlineData("joined the letter writers in September")]
    [InlineData("écrit au courrier des lecteurs chaque mois")]
    [Trait("Req", "R42")]
    public void Scan_LetterWritingForTheCampaignAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 691, 2467).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("sent us a postcard from Lisbon")]
    [InlineData("a acheté des cartes postales au musée")]
    [InlineData("needs a co-signer for her car loan")]
    [InlineData("wrote a letter to the passport office")]
    [Trait("Req", "R42")]
    public void Scan_LetterOrPostcardOutsideACampaign_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 697, 2473).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }
}
