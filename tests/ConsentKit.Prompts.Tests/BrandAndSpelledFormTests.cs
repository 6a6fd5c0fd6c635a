namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19: brands named after people, cards read digit by digit, birth cues far back in the sentence.</summary>
public sealed class BrandAndSpelledFormTests
{
    private static IReadOnlyList<PersonalDataSpan> Entities(string text) => PersonalDataScanner.Default.Scan(text).Entities;

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_EveryShippedBrandNamedAfterSomeone_NoPerson()
    {
        var brands = NameLists.Lines("brand-names.txt").ToList();
        brands.Should().HaveCountGreaterThan(30);
        foreach (var brand in brands)
        {
            var text = $"Rendez-vous devant {brand} à 9 h, puis on va chez {brand} pour le café.";
            Entities(text).Where(e => e.Type == PersonalDataType.Person).Should().BeEmpty(brand);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_BrandNextToAPerson_ThePersonStillFound()
    {
        const string text = "Karim Benali travaille chez Tim Hortons depuis mars.";
        Entities(text).Where(e => e.Type == PersonalDataType.Person).Select(e => text[e.Start..e.End]).Should().Equal("Karim Benali");
    }

    private static readonly string[] Digits = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    [InlineData("4012888888881881")]
    [Trait("Req", "R42")]
    public void Scan_CardReadDigitByDigit_ACardNotAPhone(string card)
    {
        var spoken = string.Join(' ', card.Select(c => Digits[c - '0']));
        var text = $"Le numéro de sa carte : {spoken}, expiration en mai.";
        Entities(text).Select(e => (e.Type, text[e.Start..e.End])).Should().Equal((PersonalDataType.CreditCard, spoken));
    }

    [Theory]
    [InlineData("Date de naissance, telle qu'elle est inscrite au formulaire d'adhésion rempli au sous-sol de l'église : 12/03/1965")]
    [InlineData("Born (according to the membership form he filled in at the rally downtown last spring) on 1965-03-12")]
    [Trait("Req", "R42")]
    public void Scan_BirthCueFarBackInTheSameSentence_BirthDate(string text)
    {
        Entities(text).Should().Contain(e => e.Type == PersonalDataType.DateOfBirth);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_BirthCueInThePreviousSentence_NotABirthDate()
    {
        const string text = "Date de naissance vérifiée par le bénévole sur place. Prochaine réunion du comité : 12/03/2027";
        Entities(text).Should().NotContain(e => e.Type == PersonalDataType.DateOfBirth);
    }
}

/// <summary>Issue 19: an IBAN read out digit by digit in words, after its country's letters.</summary>
public sealed class SpelledIbanTests
{
    private static readonly string[] Digits = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

    [Theory]
    [InlineData("FR7630006000011234567890189")]
    [InlineData("DE89370400440532013000")]
    [InlineData("BE68539007547034")]
    [Trait("Req", "R42")]
    public void Scan_IbanReadOutDigitByDigit_OneIban(string iban)
    {
        foreach (var letters in new[] { iban[..2], $"{iban[0]} {iban[1]}", iban[..2].ToLowerInvariant() })
        {
            var spoken = $"{letters} {string.Join(' ', iban[2..].Select(c => Digits[c - '0']))}";
            var text = $"Son IBAN : {spoken}, merci.";
            PersonalDataScanner.Default.Scan(text).Entities.Select(e => (e.Type, text[e.Start..e.End])).Should().Equal((PersonalDataType.Iban, spoken));
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_LettersBeforeSpelledDigitsWithWrongCheckDigits_NotAnIban()
    {
        var spoken = "FR sept sept " + string.Join(' ', "30006000011234567890189".Select(c => Digits[c - '0']));
        PersonalDataScanner.Default.Scan($"Réf : {spoken}.").Entities.Should().NotContain(e => e.Type == PersonalDataType.Iban);
    }
}
