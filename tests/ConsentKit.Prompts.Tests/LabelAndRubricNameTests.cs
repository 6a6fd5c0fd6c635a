using System.Globalization;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the fourth round: surnames from the census lists, a quick note's lower-case names after their
/// cue, CSV records whose quoted cells hold line breaks, DSN rubrics, a birth date in parentheses after a name, a donation
/// verb before an amount, mailing labels in capitals, streets named in the plural and a religious sister's title. Rules over
/// listed names, not one example each.
/// </summary>
public sealed class LabelAndRubricNameTests
{
    // Spread over the whole family list, which the census surnames made eight times larger.
    private static List<string> Givens() => ListedNames.Givens(311);

    private static List<string> Families() => ListedNames.Families(1999, 40);

    [Theory]
    [InlineData("{0} {1} me remplace pour le compte rendu.")]
    [InlineData("Thanks for the chat. — {0} {1}, Edmonton Journal")]
    [InlineData("Her number is on file — {0} {1}, she wants a sign.")]
    [Trait("Req", "R42")]
    public void Scan_ListedGivenNameThenAnyListedSurname_OnePerson(string template)
    {
        var pairs = Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).ToList();
        pairs.Should().HaveCountGreaterThanOrEqualTo(20);
        foreach (var (given, family) in pairs)
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, given, family);
            People(text).Should().Equal([$"{given} {family}"], text);
        }
    }

    [Theory]
    [InlineData("c'est {0} de la circo, appelle-moi")]
    [InlineData("pancarte arrachée (chez {0}). 2e fois")]
    [InlineData("rappeler {0} après le débat")]
    [InlineData("son frère {0} va voter pour nous")]
    [Trait("Req", "R42")]
    public void Scan_LowerCaseGivenNameAfterItsCue_Person(string template)
    {
        var names = Givens().Where(g => NameModelScore(g) >= 0.5).ToList();
        names.Should().HaveCountGreaterThanOrEqualTo(10);
        foreach (var given in names)
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, given);
            People(text).Should().Equal([given], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_LowerCaseGivenAndFamilyNameOrInitialAfterACue_OnePerson()
    {
        foreach (var (given, family) in Givens().Where(g => NameModelScore(g) >= 0.5).Zip(Families()))
        {
            People($"c'est {given} {family} au quatre un huit").Should().Equal([$"{given} {family}"]);
            People($"ptg: rappeler {given} b. (dépanneur)").Should().Equal([$"{given} b."]);
        }

        // The cue words before ordinary words name no one.
        People("c'est bon, on appelle demain; chez nous; call me back; rappeler plus tard; sa mère aussi").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CsvRecordWithLineBreaksInQuotedCells_NamedColumnsFound()
    {
        var rows = Families().Zip(Givens().Select(Capitalize)).Take(12).ToList();
        var lines = rows.Select((r, k) => $"\"{r.First.ToUpperInvariant()}\";\"{r.Second}\";\"Bât. A, {k + 3} allée des Camélias\n87000 Limoges\";\"A signé la pétition\npas de SMS\"");
        var text = "\"Nom\";\"Prénom\";\"Adresse\";\"Commentaire\"\n" + string.Join('\n', lines);
        People(text).Should().Equal(rows.SelectMany(r => new[] { r.First.ToUpperInvariant(), r.Second }), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DsnIndividualRubrics_TheirValuesByRubric()
    {
        foreach (var (family, given) in Families().Zip(Givens().Select(Capitalize)).Take(10))
        {
            var text = $"S21.G00.30.002,'{family.ToUpperInvariant()}'\nS21.G00.30.004,'{given}'\nS21.G00.30.006,'02031981'\n"
                + "S21.G00.30.008,'32 rue des Lilas'\nS21.G00.30.009,'93100'\nS21.G00.30.010,'MONTREUIL'\nS21.G00.40.001,'01012024'";
            Found(text).Should().Equal(
                [
                    (PersonalDataType.Person, family.ToUpperInvariant()), (PersonalDataType.Person, given), (PersonalDataType.DateOfBirth, "02031981"),
                    (PersonalDataType.StreetAddress, "32 rue des Lilas"), (PersonalDataType.PostalCode, "93100"),
                ],
                text);
        }
    }

    [Theory]
    [InlineData("14/09/1933")]
    [InlineData("11-11-1940")]
    [InlineData("1974-06-02")]
    [InlineData("3 mars 1938")]
    [InlineData("March 3, 1938")]
    [Trait("Req", "R42")]
    public void Scan_WholeDateInParenthesesAfterAName_BirthDate(string date)
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            var text = $"Mme {given} {family} ({date}) demande un transport.";
            Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);
        }

        // After no name, or after a name but not alone in its parentheses, a date is an event's.
        Of(PersonalDataType.DateOfBirth, $"Réunion du comité ({date}) au local.").Should().BeEmpty();
        Of(PersonalDataType.DateOfBirth, $"Appel à Luc Roy (le {date}) sans réponse.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("donne 75 $")]
    [InlineData("donnera 1 200 € au parti")]
    [InlineData("gives $25 a month")]
    [Trait("Req", "R42")]
    public void Scan_DonationVerbBeforeAnAmount_PoliticalOpinion(string act)
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(5))
        {
            var text = $"{given} {family} {act}.";
            PersonalDataScanner.Default.Scan(text).Sensitive.Should().Equal([Targeting.DataCategory.PoliticalOpinion], text);
        }

        PersonalDataScanner.Default.Scan("Ça donne 3 options pour Luc Roy.").Sensitive.Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MailingLabelFamilyInCapitalsThenAGivenNameThatIsAWord_OnePerson()
    {
        foreach (var family in Families().Take(15))
        {
            var caps = family.ToUpperInvariant();
            foreach (var given in new[] { "Lorraine", "Rose", "Iris" })
            {
                var text = $"Étiquettes : {caps} {given} 14 RUE DES ORMES G0A 4V0 ST-RAYMOND";
                People(text).Should().Equal([$"{caps} {given}"], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_StreetsNamedInThePluralOrATerraceAbbreviation_NoPerson()
    {
        foreach (var (a, b) in Families().Select(Capitalize).Zip(Families().Skip(1).Select(Capitalize)).Take(10))
        {
            People($"Les rues {a}, {b} et Frontenac seront couvertes samedi.").Should().BeEmpty();
            Of(PersonalDataType.StreetAddress, $"Confirm in writing to 6 {a} Terr, Halifax.").Should().Equal([$"6 {a} Terr"]);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SisterBeforeAName_TitleOutsideThePerson()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            People($"Sister {given} {family} signed our petition.").Should().Equal([$"{given} {family}"]);
            People($"Sœur {given} {family} a signé la pétition.").Should().Equal([$"{given} {family}"]);
        }
    }

    private static double NameModelScore(string word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        return NameModel.Score(NameLists.Fold(word, buffer));
    }
}
