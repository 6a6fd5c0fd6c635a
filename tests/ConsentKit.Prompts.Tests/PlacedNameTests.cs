using System.Globalization;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the fourth round: names that their place makes names. A given name the model is sure of in a
/// list, a name before its phone number, after a relative or a role, after a title in lower case, a word that is also
/// ordinary before a listed family name; and the places that are not names. Rules over held-out and listed words.
/// </summary>
public sealed class PlacedNameTests
{
    // Held-out words of the name model that it is sure of (no list holds them).
    private static List<string> SureNames() =>
        [.. UnlistedNameTests.Golden().Where(g => g.Word.Length >= 4 && g.Score >= 0.95).Select(g => g.Word).Take(20)];

    // Listed family names that no list calls ordinary, capitalized.
    private static List<string> Families() =>
        [.. NameLists.Family.Where(f => f.Length >= 5 && f.All(char.IsAsciiLetterLower) && !NameLists.NotNames.Contains(f) && !NameLists.Given.Contains(f)
            && !NameLists.PlaceCues.Contains(f)).Order(StringComparer.Ordinal).Where((_, k) => k % 97 == 0).Take(20)
            .Select(f => char.ToUpperInvariant(f[0]) + f[1..])];

    private static List<string> People(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Person).Select(e => text[e.Start..e.End])];

    private static List<(PersonalDataType Type, string Text)> Found(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    // Words that are places or words more than names, which family names often are.
    public static TheoryData<string> OrdinaryFamilyNames() => ["Bellevue", "Lachance", "Quispe", "Redcloud", "Petawabano", "Vollant", "Rivard"];

    [Theory]
    [MemberData(nameof(OrdinaryFamilyNames))]
    [Trait("Req", "R42")]
    public void Scan_SureGivenNameThenAnyCapitalizedWordSetApart_OnePerson(string family)
    {
        foreach (var given in SureNames())
        {
            var text = $"Écris un SMS à 0690 55 31 86 ({given} {family}, Basse-Terre) pour la remercier.";
            People(text).Should().Equal([$"{given} {family}"], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ListedFamilyNameThenAPlace_NoPerson()
    {
        // A listed family name is no given name: "Swift Current", "West Island" are places.
        People("Steve Morrison – farmer near Swift Current – not religious.").Should().Equal(["Steve Morrison"]);
        People("Sean Murphy, West Island, 15 Sunnyside Avenue").Should().Equal(["Sean Murphy"]);
        People("her address (302 Dundas Street, London N6B 1T6) as well.").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameAfterAPlaceWordAcrossAColon_Person()
    {
        foreach (var family in Families())
        {
            var text = $"Je confirme la salle. Contact sur place : Robert {family} 450 555 0124.";
            People(text).Should().Equal([$"Robert {family}"], text);
        }

        People("On se voit au parc Jarry, 514-555-0196.").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameLikeWordRightBeforeAPhoneNumber_Person()
    {
        var names = SureNames();
        var text = string.Join('\n', names.Select((n, k) => $"{n}\t418 555-01{k:00}\tmatin"));
        People(text).Should().Equal(names, text);

        foreach (var number in new[] { "Visa 4520 8812 3345 6785", "Purolator 3327 8891 0045 12", "Le Lamentin\t97232\t06 96 12 56 09", "Quick Vans Rental,(902) 555-0104" })
        {
            People($"Paiement : {number}.").Should().NotContain(p => p.Contains("Visa", StringComparison.Ordinal) || p.Contains("Purolator", StringComparison.Ordinal)
                || p.Contains("Lamentin", StringComparison.Ordinal) || p.Contains("Rental", StringComparison.Ordinal), number);
        }
    }

    [Theory]
    [InlineData("Fille : {0} 418-555-0196")]
    [InlineData("sa fille {0} gère ses dons")]
    [InlineData("Daughter {0} handles email")]
    [InlineData("mon mari {0} est à l'urgence")]
    [InlineData("Canvasser {0} reported Mrs. Liang")]
    [InlineData("Volunteer {0} asked for a quiet workspace")]
    [Trait("Req", "R42")]
    public void Scan_NameAfterARelativeOrARole_Person(string template)
    {
        // Held-out words, and given names that a list also calls ordinary words.
        foreach (var name in SureNames().Take(8).Concat(["Faith", "Grace", "Will", "Hope"]))
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, name);
            People(text).Should().Contain(p => p.StartsWith(name, StringComparison.Ordinal), text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_OrdinaryWordBeforeAListedFamilyName_Person()
    {
        foreach (var family in Families())
        {
            foreach (var given in new[] { "Grace", "Joy", "Réal", "Faith" })
            {
                var text = $"Event check-in: {given} {family} arrived with her sister.";
                People(text).Should().Contain($"{given} {family}", text);
            }

            People($"The {family} branch will cash the cheque.").Should().BeEmpty();
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CapitalizedNameAfterALowerCaseTitle_Person()
    {
        foreach (var name in SureNames().Concat(Families()))
        {
            People($"tu peux confirmer les 2 places de m. et mme {name}?").Should().Equal([name]);
            People($"can someone pick up mrs {name} at 10?").Should().Equal([name]);
        }

        People("Pizza on me Friday. — Bill").Should().NotContain("Friday");
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MinisterOfAnyFaith_TitleOutsideTheName()
    {
        foreach (var title in new[] { "Imam", "Rabbi", "Pastor", "Pandit", "Reverend", "Abbé" })
        {
            foreach (var family in Families().Take(5))
            {
                var text = $"Thank you {title} Yusuf {family} for the invitation.";
                People(text).Should().Equal([$"Yusuf {family}"], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_TimeBeforeANameThenAnAddress_NameAndAddressApart()
    {
        foreach (var family in Families())
        {
            var text = $"E-day rides\n9:30  Edna {family}, 12 Cherry Lane, (613) 555-0120";
            Found(text).Should().Contain((PersonalDataType.Person, $"Edna {family}"), text).And.Contain((PersonalDataType.StreetAddress, "12 Cherry Lane"), text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_BirthDatesOfAListAfterOneCue_EachDateIsABirthDate()
    {
        var names = SureNames();
        var dates = new[] { "1949-06-30", "3/4/85", "1985.11.23", "23-Nov-1985", "(1972-11-02)" };
        var items = names.Take(dates.Length).Select((n, k) => $"{n} {Families()[k]} {dates[k]}");
        var text = $"Aide-moi à classer ces membres par âge : {string.Join(", ", items)}.";
        Found(text).Where(f => f.Type == PersonalDataType.DateOfBirth).Select(f => f.Text)
            .Should().Equal(dates.Select(d => d.Trim('(', ')')), text);

        Found("Can you estimate the age? Sam Whitehorse b. 12/07/1987; Lena Brandt b. Aug 30 2002.").Where(f => f.Type == PersonalDataType.DateOfBirth)
            .Select(f => f.Text).Should().Equal("12/07/1987", "Aug 30 2002");

        // Without a cue, a list of dates is a list of dates.
        Found($"Réunions : {string.Join(", ", items)}.").Should().NotContain(f => f.Type == PersonalDataType.DateOfBirth);
    }
}
