using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's round (read from the twenty-fourth and twenty-fifth blind sets): a party's
/// deliberation (resolutions, amendments, movers and seconders, briefs to its platform consultation, proxies, nomination
/// papers) and the party named as one record the people a note identifies as its contacts (GDPR art. 9(2)(d)); the same
/// words in their everyday senses (memory, a conflict's resolution, a labour agreement, "il est parti") do not.
/// </summary>
public sealed class PartyDeliberationTests
{
    [Theory]
    [InlineData("proposeuse de la résolution 7, appuyée par la section de Laval")]
    [InlineData("a déposé un amendement à la résolution 12")]
    [InlineData("moved the resolution on land titles")]
    [InlineData("will second it; seconded by the Kenora delegation")]
    [InlineData("présentera son mémoire sur les garderies à l'audience")]
    [InlineData("wants to present a brief on rural broadband")]
    [InlineData("signed the nomination papers on Tuesday")]
    [InlineData("needs a proxy form for Saturday")]
    [InlineData("siège au comité de rédaction de la plateforme")]
    [InlineData("bought a table at the spring dinner")]
    [InlineData("a demandé un reçu pour son don")]
    [InlineData("travaille au local du parti depuis mars")]
    [InlineData("a quitté le Parti vert en 2019")]
    [InlineData("volunteers at the Green Party office")]
    [InlineData("asked for the party's position on transit")]
    [InlineData("treasurer of the riding association")]
    [InlineData("convention fee paid, seat 14 on the bus")]
    [InlineData("veut déposer une motion sur la langue corse")]
    [InlineData("is on the phone tree for Saturday")]
    [Trait("Req", "R42")]
    public void Scan_PartyDeliberationAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 613, 2371).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("est parti à 17 h sans laisser de message")]
    [InlineData("a un parti pris contre le projet de garage")]
    [InlineData("leads the conflict resolution workshop at the library")]
    [InlineData("needs a higher screen resolution for the scanner")]
    [InlineData("a des pertes de mémoire depuis l'hiver")]
    [InlineData("négocie la convention collective de l'usine")]
    [InlineData("booked a party of four at the bistro")]
    [InlineData("sent it to a third-party vendor for repair")]
    [InlineData("visited parti-exemple.ca for the hours")]
    [Trait("Req", "R42")]
    public void Scan_EverydaySenseOfADeliberationWord_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 617, 2377).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("Bonjour, je ne suis pas membre de votre parti et je ne veux plus recevoir vos courriels. Marc Tessier, 418-555-0123")]
    [InlineData("Demande d'accès : Ginette Roy veut savoir ce que le parti détient sur elle. 418-555-0123")]
    [InlineData("Gérard Poulin n'est pas du parti, homonyme à Lévis. 418-555-0178")]
    [InlineData("Je reçois des textos non sollicités de votre parti au 06 39 98 55 02. Jeanne Morel")]
    [InlineData("Appel de Armand Tessier (819 555-0142) : ne veut plus d'appels du parti. Retirer de toutes les listes.")]
    [Trait("Req", "R42")]
    public void Scan_PartyNamedInARefusalOrRequest_NoPoliticalOpinion(string text)
    {
        Sensitive(text).Should().NotContain(DataCategory.PoliticalOpinion, text);
    }
}
