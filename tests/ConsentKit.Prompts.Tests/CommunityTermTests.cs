using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5: the peoples and faiths a note names about an identified person reveal that person's ethnic origin or
/// religion (GDPR art. 9), for every listed name; a convention, a convent's street or a park is no faith.
/// </summary>
public sealed class CommunityTermTests
{
    [Theory]
    [InlineData("Mi'kmaw", DataCategory.EthnicOrigin)]
    [InlineData("Tlingit", DataCategory.EthnicOrigin)]
    [InlineData("Ojibwe", DataCategory.EthnicOrigin)]
    [InlineData("Wendat", DataCategory.EthnicOrigin)]
    [InlineData("Abénaki", DataCategory.EthnicOrigin)]
    [InlineData("Naskapi", DataCategory.EthnicOrigin)]
    [InlineData("African Nova Scotian", DataCategory.EthnicOrigin)]
    [InlineData("Mennonite", DataCategory.Religion)]
    [InlineData("Hutterite", DataCategory.Religion)]
    [InlineData("Amish", DataCategory.Religion)]
    [Trait("Req", "R42")]
    public void Scan_PeopleOrFaithOfAnIdentifiedPerson_Category(string term, DataCategory category)
    {
        foreach (var (given, family) in Givens(611, 8).Zip(Families(2707, 8)))
        {
            var text = $"{Capitalize(given)} {Capitalize(family)} ({term}) 514-555-0147";
            Sensitive(text).Should().Contain(category, text);
        }
    }

    [Theory]
    [InlineData("Delegate check-in at the convention: Hollis Greer, badge 0442.")]
    [InlineData("pickup=88 rue du Couvent passenger=Germaine Ratté")]
    [Trait("Req", "R42")]
    public void Scan_ConventionOrConventStreet_NoReligion(string text)
    {
        Sensitive(text).Should().NotContain(DataCategory.Religion);
    }
}
