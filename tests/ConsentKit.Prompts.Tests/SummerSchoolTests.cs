using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the eighteenth session (read from the fortieth blind set, a party's summer school): a party's
/// université d'été and its summer school's speakers, panels, workshops and bursaries record the people a note identifies as
/// its members (GDPR art. 9(2)(d)); a child's summer school or a university's summer course do not. Rules over generated
/// names and phrases.
/// </summary>
public sealed class SummerSchoolTests
{
    [Theory]
    [InlineData("est inscrite à l'université d'été")]
    [InlineData("anime un atelier à l'université d'été de la fédération")]
    [InlineData("ira aux universités d'été en août")]
    [InlineData("will speak on the summer school panel")]
    [InlineData("leads a summer school workshop on fundraising")]
    [InlineData("received a summer school bursary")]
    [Trait("Req", "R42")]
    public void Scan_APartysSummerSchoolAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 701, 2477).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("takes summer school for math in July")]
    [InlineData("suit un cours d'été à l'université Laval")]
    [InlineData("is registered for summer school at Glebe Collegiate")]
    [Trait("Req", "R42")]
    public void Scan_AChildsSummerSchoolOrASummerCourse_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 709, 2503).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }
}
