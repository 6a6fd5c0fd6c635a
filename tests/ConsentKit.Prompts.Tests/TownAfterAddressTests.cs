using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the nineteenth session (round 36, read from five spent blind sets and the first contacts of pp and qq:
/// "102 avenue Létourneau, Amos." read as a person): one word after a street address and its comma is the address's town,
/// whatever name lists hold it; two capitalized words there are still a person's name. Rules over towns that are also
/// given names and over generated addresses.
/// </summary>
public sealed class TownAfterAddressTests
{
    private static readonly string[] Towns = ["Amos", "Aurora", "Florence", "Milton", "Chester", "Beverly", "Austin", "Marion"];

    private static readonly string[] Addresses = ["102 avenue Létourneau", "41, 3e Rue Ouest", "330 Cameron Crt", "1450 Heron Rd", "12, rue Principale"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_OneWordAfterAnAddressAndItsComma_TheTownNoPerson()
    {
        foreach (var town in Towns)
        {
            foreach (var address in Addresses)
            {
                foreach (var text in new[] { $"Pancarte livrée au {address}, {town}.", $"Sign at {address}, {town}, QC J9T 2L8", $"{address}, {town}\nMembre depuis 2019." })
                {
                    Of(PersonalDataType.Person, text).Should().BeEmpty(text);
                    Of(PersonalDataType.StreetAddress, text).Should().ContainSingle(text);
                }
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GivenAndFamilyNameAfterAnAddress_ThePerson()
    {
        foreach (var (given, family) in Givens(7, 6).Zip(Families(11, 6)))
        {
            var name = $"{Capitalize(given)} {Capitalize(family)}";
            var text = $"Pancarte livrée au 102 avenue Létourneau, {name} (membre).";
            Of(PersonalDataType.Person, text).Should().Equal([name], text);
        }
    }
}
