using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's fifth round (read from the twenty-ninth blind set): the holiday "Noël" is no
/// person (a Noël before a family name still is); a day's name after a roster's dash, a list of places, a place's office
/// and the languages a volunteer speaks ("EN/SO") are no persons; a list's row that opens with two capitalized words and
/// holds a street address names its contact. Rules over generated values.
/// </summary>
public sealed class HolidayAndPlaceListTests
{
    [Theory]
    [InlineData("Subject: cartes de Noël / Christmas cards")]
    [InlineData("Joyeux Noël à toute l'équipe!")]
    [InlineData("Rue Sainte-Catherine fermée samedi pour le défilé du père Noël.")]
    [InlineData("Postez avant le 12 décembre pour arriver avant Noël.")]
    [InlineData("Hamilton, Victoria, Prince George and Regina all had record turnout.")]
    [InlineData("Ottawa, Sudbury et Timmins ont voté tôt.")]
    [InlineData("She volunteers at our Estevan office.")]
    [Trait("Req", "R42")]
    public void Scan_HolidayOrPlacesInAList_NoPerson(string text)
    {
        People(text).Should().BeEmpty(text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NoelBeforeAFamilyNameOrTwoPlacesAlone_StillAPerson()
    {
        People("Noël Dupuis a appelé pour les cartes.").Should().Equal(["Noël Dupuis"]);
        People("Nelson, Victoria, 418-555-0100").Should().Equal(["Nelson, Victoria"]);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DayAfterARostersDashOrLanguagesAfterAPhone_NoPerson()
    {
        foreach (var day in new[] { "Monday", "Wednesday", "Thursday", "Saturday", "Sunday" })
        {
            var text = $"Card signing roster — {day}\nBartholomew Reyes 604-555-0115\nKetty Bélaise 604-555-0116";
            People(text).Should().Equal(["Bartholomew Reyes", "Ketty Bélaise"], text);
        }

        foreach (var (first, second) in new[] { ("EN", "SO"), ("FR", "EN"), ("FR", "HT"), ("EN", "PA") })
        {
            var text = $"Langues parlées\nAbdirahman Hirsi 613-555-0177 {first}/{second}\nMarie-Pier Lalonde 613-555-0145 FR";
            People(text).Should().Equal(["Abdirahman Hirsi", "Marie-Pier Lalonde"], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_RowOpeningWithTwoCapitalizedWordsBeforeAnAddress_TheName()
    {
        foreach (var (name, address) in new[] { ("Ketty Bélaise", "22 rue des Pins"), ("Teuira Teriitahi", "5 Elm St"), ("Tharshini Sivakumar", "140 chemin du Lac") })
        {
            var text = $"Hôtes des pancartes\n{name} | {address} | G1K 1A1\nAutre ligne";
            People(text).Should().Equal([name], text);
        }

        People("Covoiturage\nDépart Ottawa 6 h 30 : Martin Lépine").Should().Equal(["Martin Lépine"]);
    }

    [Theory]
    [InlineData("hosts the debate watch party on Thursday")]
    [InlineData("is a lawn-sign host on Birch Ave")]
    [InlineData("tiendront le stand du marché samedi")]
    [InlineData("backs the other party, do not call")]
    [InlineData("will put up posters in Kensington Market")]
    [InlineData("embauchée comme agente de terrain")]
    [Trait("Req", "R42")]
    public void Scan_RoundTwentyThreeCampaignTermAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 653, 2417).Should().OnlyContain(r => r.Categories.Contains(ConsentKit.Targeting.DataCategory.PoliticalOpinion), phrase);
    }
}
