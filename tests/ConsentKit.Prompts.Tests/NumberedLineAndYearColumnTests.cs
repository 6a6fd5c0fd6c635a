using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fourteenth session's third round: a phone after a line's or a table's number, a column per year
/// in an export's header, and more words of care, biometrics and origin. Rules over generated values and every form.
/// </summary>
public sealed class NumberedLineAndYearColumnTests
{
    private static IEnumerable<string> Phones()
    {
        for (var k = 0; k < 12; k++)
        {
            var area = 204 + (k * 37 % 600);
            yield return $"{area}-555-01{k:00}";
            yield return $"({area}) 555-01{k + 20:00}";
            yield return $"{area} 555 01{k + 40:00}";
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PhoneAfterALabelsShortNumber_ThePhone()
    {
        var k = 0;
        foreach (var phone in Phones())
        {
            var label = new[] { "Line", "Table", "Poste", "Ligne" }[k % 4];
            var number = 2 + (k++ % 30);
            var text = $"Phone bank: {label} {number} {phone} (Kristin), call list attached.";
            Of(PersonalDataType.Phone, text).Should().Equal([phone], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameBeforeAFrenchNumberInPairs_StillTheNumbersOwner()
    {
        // A French number opens with its trunk zero and two digits, as a label's number never does: the word before it is
        // still the number's owner, as in every contact list.
        foreach (var given in new[] { "Gab", "Yossi", "Harinder", "Wilner", "Nour" })
        {
            foreach (var number in new[] { "07 00 11 93 40", "01 45 67 89 10", "06 39 98 52 16" })
            {
                var text = $"{given} {number}";
                People(text).Should().Equal([given], text);
                Of(PersonalDataType.Phone, text).Should().Equal([number], text);
            }
        }
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("Cotisation 2026")]
    [InlineData("Don 2025")]
    [InlineData("Membre 1999")]
    public void Scan_HeaderWithAColumnPerYear_NamesUnderTheNameColumns(string yearColumn)
    {
        var families = Families(stride: 43, count: 5).Select(Capitalize).ToList();
        var givens = Givens(stride: 47, count: 5).Select(Capitalize).ToList();
        var text = $"Nom;Prénom;Ville;{yearColumn};Statut\n"
            + string.Join('\n', families.Zip(givens, (f, g) => $"{f};{g};Amiens;30 €;À jour"));

        People(text).Should().Equal(families.Zip(givens, (f, g) => new[] { f, g }).SelectMany(p => p), text);
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("a rendez-vous chez le cardiologue", DataCategory.Health)]
    [InlineData("is back on infusions", DataCategory.Health)]
    [InlineData("sort d'une opération au genou", DataCategory.Health)]
    [InlineData("can't drive, his back went out again", DataCategory.Health)]
    [InlineData("was matched by the facial-recognition gate", DataCategory.Biometric)]
    [InlineData("est enrôlée sur le lecteur de paume", DataCategory.Biometric)]
    [InlineData("juive séfarade née à Casablanca", DataCategory.EthnicOrigin)]
    public void Scan_WordOfCareBiometricsOrOriginAboutANamedPerson_TheCategory(string phrase, DataCategory category)
    {
        Sensitive($"Esther Weinberg {phrase}. 514-555-0134").Should().Contain(category);
    }
}
