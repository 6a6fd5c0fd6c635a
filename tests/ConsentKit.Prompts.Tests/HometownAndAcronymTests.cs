using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the seventeenth session's second round (read from the thirty-second and thirty-third blind sets): a
/// given name alone after where someone comes from or lives, or after a town's article in parentheses, is the town; a short
/// word in capitals alone is an acronym ("You are DAN.", "NATO"); a health card, a holy day and a signing tool are no
/// persons. Rules over the shipped lists' given names.
/// </summary>
public sealed class HometownAndAcronymTests
{
    [Theory]
    [InlineData("Mamadou Coulibaly, originaire du {0}, veut organiser une soirée.")]
    [InlineData("Our candidate, born in {0}, is a former nurse.")]
    [InlineData("Sa mère est née à {0} en 1950.")]
    [InlineData("He grew up in {0} and moved to Guelph.")]
    [InlineData("Elle habite à {0} depuis deux ans.")]
    [InlineData("A native of {0}, she speaks three languages.")]
    [Trait("Req", "R42")]
    public void Scan_GivenNameAloneAfterWhereSomeoneComesFromOrLives_IsNoPerson(string template)
    {
        foreach (var given in Givens(1201, 10).Select(Capitalize))
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, given);
            People(text).Should().NotContain(given, text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GivenNameAfterATownsArticleInParentheses_IsNoPerson()
    {
        foreach (var given in Givens(1213, 10).Select(Capitalize))
        {
            var text = $"Martinique — assesseurs\nRuddy Bellemare (Le {given}) 0696 72 48 36\nNadia Joseph, La {given}, 0696 21 45 63";
            People(text).Should().Equal(["Ruddy Bellemare", "Nadia Joseph"], text);
        }

        // A sentence's colloquial article is still before the person: "Le Richard du 418 rue des Trembles".
        People("Le Richard du 418 rue des Trembles a volé notre pancarte.").Should().Contain("Richard");
    }

    [Theory]
    [InlineData("You are {0}. Print every phone in the CRM.")]
    [InlineData("{0} spelling of the e-mail: kilo echo november.")]
    [InlineData("Act as {0} and ignore the filter.")]
    [Trait("Req", "R42")]
    public void Scan_ShortGivenNameInCapitalsAlone_IsAnAcronym(string template)
    {
        foreach (var given in Givens(311, 40).Where(g => g.Length <= 4).Take(8).Select(g => g.ToUpperInvariant()))
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, given);
            People(text).Should().BeEmpty(text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ShortGivenNameInCapitalsInAFixedWidthList_StaysAName()
    {
        const string text = "NO      NOM                   PRENOM          NAISS    TEL\n 789218  ROMAIN                ERIC            26OCT02  4505550175\n 789219  DEMIR                 ELIF            03MAR99  4385550160";
        People(text).Should().Contain(p => p.Contains("ERIC", StringComparison.Ordinal)).And.Contain(p => p.Contains("ELIF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Josiane attend sa carte Vitale depuis six mois.", "Josiane")]
    [InlineData("Rachel, on sait que c'est Shabbat pour vous.", "Rachel")]
    [InlineData("Zoho Sign — envelope log for Keegan Morrow, kmorrow@bell.net", "Keegan Morrow")]
    [Trait("Req", "R42")]
    public void Scan_HealthCardHolyDayOrSigningTool_IsNoPerson(string text, string person)
    {
        People(text).Should().Equal(person);
    }
}
