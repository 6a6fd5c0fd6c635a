using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fifteenth session's second round (read from the twenty-second blind set): a telephone system's
/// caller ID, a household in parentheses after its address, a month before a day, a riding association after its place,
/// a place in a text's title, and the campaign's words for polls, posters, doors and officers. Rules over generated values.
/// </summary>
public sealed class CallLogAndRouteTests
{
    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CallerIdInQuotesBeforeTheNumber_TheName()
    {
        var givens = Givens(173, 12);
        var families = Families(919, 12);
        for (var k = 0; k < givens.Count; k++)
        {
            var (given, family) = (givens[k].ToUpperInvariant(), families[k].ToUpperInvariant());
            var name = k % 2 == 0 ? $"{family} {given}" : $"{Capitalize(givens[k])} {Capitalize(families[k])}";
            var text = $"Date,CallerID,Destination\n2026-09-02 17:19:{k:00},\"{name}\" <45055501{k:00}>,4505550100,ANSWERED";
            People(text).Should().Equal([name], text);
        }

        People("2026-09-02,\"Campaign Office\" <4505550100>,4505550101").Should().BeEmpty();
        People("\"Love you\" <3 see you Saturday").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FamilyNameInParenthesesAfterItsAddress_AHousehold()
    {
        var families = Families(431, 16);
        var route = string.Join(", ", families.Select((f, k) => $"{100 + (k * 7)} {new[] { "Ontario St", "Queen St", "rue Boivin" }[k % 3]} ({Capitalize(f)})"));
        var text = $"Sort this sign route by street: {route}. Stratford.";
        People(text).Should().Equal(families.Select(Capitalize), text);
        People("Meet at 12 Elm St (back door) at noon.").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MonthBeforeADay_NoPerson()
    {
        foreach (var month in new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" })
        {
            foreach (var text in new[] { $"{month} 22 03:14:07 web01 sshd[22817]: Failed password", $"We met on {month} 3 at the office." })
            {
                People(text).Should().BeEmpty(text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PlaceBeforeItsAssociationOrInATitle_NoPerson()
    {
        foreach (var place in new[] { "Brandon", "Nelson", "Sudbury", "Prince Albert", "Hudson" })
        {
            People($"Expensify - report export ({place} electoral district association)").Should().BeEmpty(place);
            People($"Report,Merchant\n\"{place} EDA - volunteer expenses Sept\",Anjali Bhatt").Should().Equal(["Anjali Bhatt"], place);
            People($"E-day rides — {place}\n9:00 Mildred Rainville, 45 Elm St").Should().Equal(["Mildred Rainville"], place);
            People($"Volunteer expense report — {place}, October\n| name | item |").Should().BeEmpty(place);
        }

        // A one-line message's signature after a dash is its writer, even when a village has the name.
        foreach (var given in new[] { "Richard", "Kyle", "Bruno" })
        {
            People($"je la remplace ce soir - {given}").Should().Equal([given]);
        }
    }

    [Theory]
    [InlineData("tient le bureau de vote n° 3 dimanche", DataCategory.PoliticalOpinion)]
    [InlineData("knocked 600 doors this weekend", DataCategory.PoliticalOpinion)]
    [InlineData("treasurer of the association this term", DataCategory.PoliticalOpinion)]
    [InlineData("sera colleuse vendredi soir", DataCategory.PoliticalOpinion)]
    [InlineData("broke her hip last week", DataCategory.Health)]
    [InlineData("glaucome avancé", DataCategory.Health)]
    [InlineData("empreinte_digitale match=OK", DataCategory.Biometric)]
    [InlineData("Hasidic, no calls on Saturday", DataCategory.Religion)]
    [InlineData("Oji-Cree from Sandy Lake", DataCategory.EthnicOrigin)]
    [Trait("Req", "R42")]
    public void Scan_RoundSeventeenTermAboutAnIdentifiedPerson_Category(string phrase, DataCategory category)
    {
        foreach (var text in AboutListedPeople(phrase, 587, 2203))
        {
            Sensitive(text).Should().Contain(category, text);
        }
    }

    [Theory]
    [InlineData("Traduis le message : « Je suis enceinte et je ne pourrai pas venir au bureau de vote. » Élise Leblanc")]
    [InlineData("ok pour le lift au bureau de vote, mon adresse c 27 ch. du Lac-Noir. Patrice")]
    [Trait("Req", "R42")]
    public void Scan_GoingToThePolls_NoPoliticalOpinion(string text)
    {
        Sensitive(text).Should().NotContain(DataCategory.PoliticalOpinion, text);
    }
}
