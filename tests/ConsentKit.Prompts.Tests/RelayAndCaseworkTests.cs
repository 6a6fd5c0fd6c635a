using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's third round (read from the twenty-seventh blind set): the people who relay a
/// party's posts, subscribe to its newsletter, hold a polling desk, drive voters, leaflet, give or serve on a by-election's
/// team are its regular contacts (GDPR art. 9(2)(d)); an elected member's casework about a government service records no
/// opinion; more nations, a hernia, shiva, a boyfriend. Rules over generated values.
/// </summary>
public sealed class RelayAndCaseworkTests
{
    [Theory]
    [InlineData("relaie nos publications en créole", DataCategory.PoliticalOpinion)]
    [InlineData("signed up for the newsletter last week", DataCategory.PoliticalOpinion)]
    [InlineData("tiendra le bureau de vote de la Krutenau", DataCategory.PoliticalOpinion)]
    [InlineData("will drive voters to the school", DataCategory.PoliticalOpinion)]
    [InlineData("leafleting the Inglis Place area", DataCategory.PoliticalOpinion)]
    [InlineData("veut faire un don avant vendredi", DataCategory.PoliticalOpinion)]
    [InlineData("gère Instagram pour l'élection partielle", DataCategory.PoliticalOpinion)]
    [InlineData("organise une soirée de financement à Laval", DataCategory.PoliticalOpinion)]
    [InlineData("Anishinabe de Lac-Simon", DataCategory.EthnicOrigin)]
    [InlineData("Tlicho, from Behchokǫ̀", DataCategory.EthnicOrigin)]
    [InlineData("is sitting shiva this week", DataCategory.Religion)]
    [InlineData("ne peut plus tracter : hernie discale", DataCategory.Health)]
    [InlineData("et son boyfriend offrent leur balcon", DataCategory.SexualOrientation)]
    [Trait("Req", "R42")]
    public void Scan_RoundTwentyOneTermAboutAnIdentifiedPerson_Category(string phrase, DataCategory category)
    {
        RevealedAboutListedPeople(phrase, 631, 2389).Should().OnlyContain(r => r.Categories.Contains(category), phrase);
    }

    [Theory]
    [InlineData("Tidio — bureau de circonscription, call-back : topic assurance-emploi, statut ouvert")]
    [InlineData("casework: passport renewal stuck at Service Canada")]
    [InlineData("convention signée pour le stage d'été")]
    [Trait("Req", "R42")]
    public void Scan_CaseworkOrAnAgreement_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 641, 2393).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }
}
