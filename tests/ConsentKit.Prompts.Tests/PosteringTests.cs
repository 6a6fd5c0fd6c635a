using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the eighteenth session (read from the thirty-seventh blind set, postering and leaflet drops): the
/// party's postering crews, door-hanger runs and official poster boards record the people a note identifies as its
/// volunteers (GDPR art. 9(2)(d)); a poster or a collage outside a campaign does not. Rules over generated names and phrases.
/// </summary>
public sealed class PosteringTests
{
    [Theory]
    [InlineData("is out postering in the valley until Monday")]
    [InlineData("leads the poster crew downtown")]
    [InlineData("drives the poster van on Saturday")]
    [InlineData("picked up a poster kit")]
    [InlineData("missed the poster run, flat tire")]
    [InlineData("hosts a window poster on Roncesvalles")]
    [InlineData("did the door hanger run in Brighton")]
    [InlineData("a fait la tournée des accroche-portes")]
    [InlineData("a laissé les accroche-portes chez sa tante")]
    [InlineData("fait partie de l'équipe de collage")]
    [InlineData("coordonne le collage sur les panneaux officiels")]
    [InlineData("a collé sur 22 panneaux électoraux")]
    [InlineData("viendra au décollage des affiches après le scrutin")]
    [InlineData("did the flyer drop on Elm")]
    [Trait("Req", "R42")]
    public void Scan_PosteringForTheCampaignAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 677, 2447).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("bought a movie poster at the flea market")]
    [InlineData("teaches collage to children at the library")]
    [InlineData("fait un collage de photos pour l'anniversaire de sa mère")]
    [InlineData("a signalé un panneau de signalisation tombé")]
    [Trait("Req", "R42")]
    public void Scan_PosterOrCollageOutsideACampaign_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 683, 2459).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }
}
