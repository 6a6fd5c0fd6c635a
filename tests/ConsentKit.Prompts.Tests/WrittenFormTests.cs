using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19, item 5: personal data in the written forms people type, as rules over generated values.</summary>
public sealed class WrittenFormTests
{
    private static List<string> Found(string text, PersonalDataType type) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == type).Select(e => text[e.Start..e.End])];

    // An IBAN of a country and account digits, with the check digits that make it valid (ISO 13616, mod 97).
    private static string Iban(string country, string bban)
    {
        var digits = string.Concat((bban + country + "00").Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97);
        return $"{country}{check:00}{bban}";
    }

    public static Arbitrary<(string Country, string Bban, bool Grouped)> Accounts() =>
        (from country in Gen.Elements(("FR", 23), ("DE", 18), ("BE", 12), ("CH", 17), ("ES", 20))
         from digits in Gen.Choose(0, 9).ArrayOf(country.Item2)
         from grouped in Gen.Elements(true, false)
         select (country.Item1, string.Concat(digits), grouped))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(WrittenFormTests)], MaxTest = 300)]
    [Trait("Req", "R42")]
    public bool Scan_IbanInLowerCase_FoundWhole((string Country, string Bban, bool Grouped) a)
    {
        var iban = Iban(a.Country, a.Bban).ToLowerInvariant();
        var written = a.Grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
        return Found($"virement depuis {written} hier", PersonalDataType.Iban).SequenceEqual([written]);
    }

    [Property(Arbitrary = [typeof(WrittenFormTests)], MaxTest = 100)]
    [Trait("Req", "R42")]
    public bool Scan_LowerCaseLettersAndDigitsWithWrongCheckDigits_NotAnIban((string Country, string Bban, bool Grouped) a)
    {
        var iban = Iban(a.Country, a.Bban);
        var wrong = iban[..2] + ((int.Parse(iban[2..4], System.Globalization.CultureInfo.InvariantCulture) + 1) % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + iban[4..];
        return Found($"ref {wrong.ToLowerInvariant()} hier", PersonalDataType.Iban).Count == 0;
    }

    public static TheoryData<string> PostalCodes() => ["H2X 1Y4", "K1A 0B1", "G1R 4P5", "M5V 3L9", "V6B 4Y8", "T2P 1J9"];

    [Theory]
    [MemberData(nameof(PostalCodes))]
    [Trait("Req", "R42")]
    public void Scan_PostalCodeSpelledCharacterByCharacter_FoundWhole(string code)
    {
        var chars = code.Replace(" ", "", StringComparison.Ordinal);
        foreach (var separator in new[] { " ", "-", "." })
        {
            var spelled = string.Join(separator, chars.ToCharArray());
            Found($"Code postal : {spelled}, merci.", PersonalDataType.PostalCode).Should().Equal([spelled], spelled);
        }
    }

    [Theory]
    [InlineData("Réponses : A B C D E F")]
    [InlineData("Grille A 1 B 2 C 3 D 4")]
    [InlineData("Section D 1 F 2 I 3")]
    [Trait("Req", "R42")]
    public void Scan_SpacedLettersAndDigitsThatAreNoPostalCode_NothingFound(string text)
    {
        Found(text, PersonalDataType.PostalCode).Should().BeEmpty();
    }
}
