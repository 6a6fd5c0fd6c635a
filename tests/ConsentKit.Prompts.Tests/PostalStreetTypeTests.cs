using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the eighteenth session (read from the thirty-sixth and thirty-eighth blind sets: "45 Elm Row",
/// "2766 Waterloo Row", "7 traverse de la Buzine"): an address's street type is any of the postal services' own, not only
/// the commonest. Canada Post's street types that are not also everyday words after a number (Row, Close, Mews, Grove,
/// Heights, Gardens, Landing, Crossing...; not Bay, Walk, Parade, Chase or Gate, which name events, places and things as often) and La Poste's kinds of way (traverse, chaussée, ruelle, venelle, corniche,
/// résidence...). Rules over generated civic numbers and street names.
/// </summary>
public sealed class PostalStreetTypeTests
{
    private static readonly string[] EnglishTypes =
    [
        "Row", "Close", "Mews", "Grove", "Heights", "Gardens", "Landing", "Crossing", "Cove", "Glen", "Manor",
        "Path", "Plaza", "Rise", "Vale", "Alley", "Bend", "Esplanade", "Estates", "Hollow", "Knoll", "Meadows", "Promenade",
        "Quay", "Ridge", "Villas", "Wynd",
    ];

    private static readonly string[] FrenchTypes = ["traverse", "chaussée", "ruelle", "venelle", "corniche", "résidence", "carrefour", "descente", "rocade", "clos", "villa"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CivicNumberStreetNameAndACanadaPostType_TheAddress()
    {
        var k = 0;
        foreach (var type in EnglishTypes)
        {
            foreach (var name in new[] { "Waterloo", "Elm", "Kingsway", "Bedford Basin" })
            {
                var address = $"{new[] { 7, 45, 312, 2766 }[k++ % 4]} {name} {type}";
                var text = $"Postcard kits go to {address}, Fredericton E3B 5A8.";
                Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CivicNumberAndALaPosteKindOfWay_TheAddress()
    {
        var k = 0;
        foreach (var type in FrenchTypes)
        {
            foreach (var name in new[] { "de la Buzine", "des Tilleuls", "du Moulin", "Saint-Roch" })
            {
                var address = $"{new[] { 7, 14, 120, 3 }[k++ % 4]} {type} {name}";
                var text = $"Matériel à déposer au {address}, 13011 Marseille.";
                Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
            }
        }
    }

    [Theory]
    [InlineData("Drop the kit at 199 Elm Grove Dr Unit 1, Oshawa.", "199 Elm Grove Dr Unit 1")]
    [InlineData("Sign at 214 Maple Ridge Rd, Maple Ridge.", "214 Maple Ridge Rd")]
    [InlineData("Door hangers to 88 Cedar Hollow Rd East please", "88 Cedar Hollow Rd East")]
    [InlineData("Meet at 40 Oak Heights Blvd.", "40 Oak Heights Blvd")]
    [Trait("Req", "R42")]
    public void Scan_TypeWordInsideTheStreetsName_TheWholeAddress(string text, string address)
    {
        Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
    }

    [Theory]
    [InlineData("We need 3 Close friends to help.")]
    [InlineData("Order 12 Gardens of Eden seed packs.")]
    [InlineData("Il reste 4 villa à visiter au quartier.")]
    [InlineData("Chapter 7 Rise of the North is the best.")]
    [Trait("Req", "R42")]
    public void Scan_NumberBeforeACapitalizedWordAndAType_NoAddressWithoutAStreetName(string text)
    {
        Of(PersonalDataType.StreetAddress, text).Should().BeEmpty(text);
    }
}
