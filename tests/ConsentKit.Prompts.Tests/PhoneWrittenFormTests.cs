namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19: phone numbers as people write them when they dodge a filter or dictate, as rules over generated numbers.</summary>
public sealed class PhoneWrittenFormTests
{
    private static List<string> Phones(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Phone).Select(e => text[e.Start..e.End])];

    // Ten-digit French numbers from a seed: 0, a first digit 1-9, then four pairs.
    private static IEnumerable<int[]> FrenchNumbers()
    {
        for (var k = 0; k < 60; k++)
        {
            yield return [0, 1 + (k % 9), (k * 37) % 100, (k * 53 + 11) % 100, (k * 71 + 29) % 100, (k * 13 + 7) % 100];
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FrenchNumberDictatedInPairs_FoundWhole()
    {
        foreach (var n in FrenchNumbers())
        {
            var spoken = $"zéro {SpelledDateTests.Fr(n[1])}, {SpelledDateTests.Fr(n[2])}, {SpelledDateTests.Fr(n[3])}, {SpelledDateTests.Fr(n[4])}, {SpelledDateTests.Fr(n[5])}";
            Phones($"Son numéro : {spoken}. Merci!").Should().Equal([spoken], spoken);
        }
    }

    public static TheoryData<string, string> Overseas() => new()
    {
        { "+262", "692" }, { "+262", "639" }, { "+590", "690" }, { "+594", "694" }, { "+596", "696" },
    };

    [Theory]
    [MemberData(nameof(Overseas))]
    [Trait("Req", "R42")]
    public void Scan_FrenchOverseasMobileInInternationalForm_FoundWhole(string code, string prefix)
    {
        foreach (var written in new[] { $"{code} {prefix} 12 34 56", $"{code} {prefix[0]} {prefix[1..]} 12 34 56", $"00 {code[1..]} {prefix} 12 34 56", $"{code}{prefix}123456" })
        {
            Phones($"Joindre au {written} après 18 h.").Should().Equal([written], written);
        }
    }

    private static readonly string[] Numbers = ["514 555 0101", "514-555-0123", "06 12 34 56 78", "07.98.76.54.30", "+33 6 12 34 56 70"];

    [Theory]
    [InlineData('0', 'O')]
    [InlineData('0', 'o')]
    [InlineData('1', 'l')]
    [InlineData('1', 'I')]
    [Trait("Req", "R42")]
    public void Scan_LettersTypedForDigits_FoundWhole(char digit, char letter)
    {
        foreach (var number in Numbers.Where(n => n.Contains(digit, StringComparison.Ordinal)))
        {
            var written = number.Replace(digit, letter);
            Phones($"Il a laissé le {written} pour le rappel.").Should().Equal([written], written);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MathematicalDigits_FoundWithTheWholeCharacters()
    {
        foreach (var number in Numbers)
        {
            // Mathematical bold digits, U+1D7CE to U+1D7D7: two UTF-16 units each.
            var written = string.Concat(number.Select(c => char.IsAsciiDigit(c) ? char.ConvertFromUtf32(0x1D7CE + (c - '0')) : c.ToString()));
            var text = $"Tél. : {written}. Merci.";
            Phones(text).Should().Equal([written], written);
        }
    }

    [Theory]
    [InlineData("Il a appelé le 514 555 0101 hier.", "514 555 0101")]
    [InlineData("Lot 4501, salle 12: total 1 200,00 $.", null)]
    [Trait("Req", "R42")]
    public void Scan_WordsBesideNumbers_KeepTheirLetters(string text, string? phone)
    {
        var folded = TextFolding.DigitLookalikes(text);
        folded[..3].Should().Be(text[..3]);
        Phones(text).Should().Equal(phone is null ? [] : [phone]);
    }
}
