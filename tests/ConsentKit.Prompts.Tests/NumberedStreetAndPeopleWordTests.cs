using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fifteenth session's round, beside the places: a four-digit civic number before a numbered street
/// ("1822 15th St E"), a people's name as a whole word ("roman" is not "Roma"), and the words of a voter's leaning, care,
/// faith and biometrics that the twenty-first blind set used. Rules over generated values and every term.
/// </summary>
public sealed class NumberedStreetAndPeopleWordTests
{
    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CivicNumberBeforeANumberedStreetsOrdinal_TheAddress()
    {
        var k = 0;
        foreach (var civic in new[] { 7, 48, 312, 1822, 4410, 10215 })
        {
            foreach (var street in new[] { 1, 2, 3, 4, 11, 15, 22, 51, 103 })
            {
                var ordinal = street % 100 is 11 or 12 or 13 ? "th" : (street % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
                var type = new[] { "St E", "Street", "Ave SW", "Avenue North" }[k++ % 4];
                var address = $"{civic} {street}{ordinal} {type}";
                var text = $"Sign drop at {address}, Prince Albert.";
                Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_WordThatStartsWithAPeoplesName_NoEthnicOrigin()
    {
        // Every people's name of one word (a hyphenated one holds a shorter name), with letters after it that make another word: the name is not in the text.
        var people = SensitiveLexicon.Terms.Where(p => p.Value == DataCategory.EthnicOrigin && p.Key.Length >= 4 && p.Key.All(char.IsLetter)).Select(p => p.Key);
        foreach (var (term, k) in people.Select((p, k) => (p, k)))
        {
            var word = term + new[] { "tique", "rions", "mable", "sque" }[k % 4];
            var text = $"Paulette Girard, 514-555-0147, loves {word} things.";
            Sensitive(text).Should().NotContain(DataCategory.EthnicOrigin, text);
        }

        Sensitive("Paul Roy lit un roman.").Should().NotContain(DataCategory.EthnicOrigin);
        Sensitive("Paul Roy likes arabesque designs.").Should().NotContain(DataCategory.EthnicOrigin);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PeoplesNameInflected_EthnicOrigin()
    {
        var people = SensitiveLexicon.Terms.Where(p => p.Value == DataCategory.EthnicOrigin && p.Key.Length >= 4 && p.Key.All(char.IsLetter)).Select(p => p.Key);
        foreach (var (term, k) in people.Select((p, k) => (p, k)))
        {
            var word = term + new[] { "", "s", "e", "es" }[k % 4];
            var text = $"Paulette Girard ({word}), 514-555-0147.";
            Sensitive(text).Should().Contain(DataCategory.EthnicOrigin, text);
        }
    }

    [Theory]
    [InlineData("Penche vers nous", DataCategory.PoliticalOpinion)]
    [InlineData("strong no", DataCategory.PoliticalOpinion)]
    [InlineData("vote autonomiste", DataCategory.PoliticalOpinion)]
    [InlineData("we always vote Liberal", DataCategory.PoliticalOpinion)]
    [InlineData("appuient toutes les deux", DataCategory.PoliticalOpinion)]
    [InlineData("macular degeneration, needs large print", DataCategory.Health)]
    [InlineData("en rééducation après une chute", DataCategory.Health)]
    [InlineData("invite au souper de l'Aïd", DataCategory.Religion)]
    [InlineData("enrolled at the palm-vein scanner", DataCategory.Biometric)]
    [InlineData("Tibétaine arrivée en 2012", DataCategory.EthnicOrigin)]
    [Trait("Req", "R42")]
    public void Scan_RoundSixteenTermAboutAnIdentifiedPerson_Category(string phrase, DataCategory category)
    {
        foreach (var text in AboutListedPeople(phrase, 577, 2111))
        {
            Sensitive(text).Should().Contain(category, text);
        }
    }
}
