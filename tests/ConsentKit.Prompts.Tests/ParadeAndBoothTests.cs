using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's fourth round (read from the twenty-eighth blind set): the party's float in a
/// parade and its booth at a fair record the people a note identifies as its volunteers (GDPR art. 9(2)(d)); a rabbit, a
/// convertible and an injury ("blessée") are no faith, and a voting booth or a fashion show no campaign. Rules over
/// generated values.
/// </summary>
public sealed class ParadeAndBoothTests
{
    [Theory]
    [InlineData("will ride the float at Folk on the Rocks")]
    [InlineData("fait partie de l'équipe du char de la Saint-Jean")]
    [InlineData("va marcher au défilé de la Fête nationale")]
    [InlineData("staffs the booth at Queen City Ex")]
    [InlineData("runs the party table at the festival")]
    [InlineData("porte la banderole de la section")]
    [InlineData("says no thanks, he's voting the other way")]
    [Trait("Req", "R42")]
    public void Scan_ParadeOrBoothAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 643, 2399).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("will ride in the convertible instead", DataCategory.Religion)]
    [InlineData("blessée à la cheville en montant la tente", DataCategory.Religion)]
    [InlineData("Maxine Running Rabbit sends her regards", DataCategory.Religion)]
    [InlineData("works at the défilé de mode downtown", DataCategory.PoliticalOpinion)]
    [InlineData("fixed the photo booth at the wedding", DataCategory.PoliticalOpinion)]
    [Trait("Req", "R42")]
    public void Scan_EverydaySenseOfATerm_NotThatCategory(string phrase, DataCategory category)
    {
        RevealedAboutListedPeople(phrase, 647, 2411).Should().OnlyContain(r => !r.Categories.Contains(category), phrase);
    }
}
