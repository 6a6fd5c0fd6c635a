using System.Globalization;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5: names that only their place says are names. A table's name columns, a log's name field, a
/// greeting, a signature and a pair set apart in a list: rules written over held-out words of every community, not examples.
/// </summary>
public sealed class ContextNameTests
{
    // Held-out words of the name model (not in any shipped list), capitalized, of four letters or more.
    private static List<(string Word, double Score)> Golden() => [.. UnlistedNameTests.Golden().Where(g => g.Word.Length >= 4)];

    private static List<string> Names() => [.. Golden().Where(g => g.Score >= 0.9).Select(g => g.Word).Take(40)];

    private static List<string> People(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Person).Select(e => text[e.Start..e.End])];

    public static TheoryData<string, string> Headers() => new()
    {
        { ",", "prenom,nom,telephone" },
        { ";", "Prénom;Nom;Téléphone" },
        { "\t", "First Name\tLast Name\tPhone" },
        { " | ", "first_name | last_name | phone" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    [Trait("Req", "R42")]
    public void Scan_TableUnderANameHeader_EveryNameCellIsAPerson(string delimiter, string header)
    {
        var names = Names();
        var rows = Enumerable.Range(0, 10).Select(k => string.Join(delimiter, names[2 * k], names[(2 * k) + 1], $"514 555 01{k:00}"));
        var text = $"Export du 3 mars\n{header}\n{string.Join('\n', rows)}";

        People(text).Should().Equal(names.Take(20), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_TableWithoutANameColumn_CellsAreNotPeople()
    {
        var names = Names();
        var text = "produit,quantite,couleur\n" + string.Join('\n', Enumerable.Range(0, 10).Select(k => $"{names[k]},{k},{names[k + 10]}"));

        People(text).Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameCellHoldingDigitsOrAnAddress_NotAPerson()
    {
        var text = "nom,courriel\n12 Main Street,a@b.ca\nR2-D2,c@d.ca";

        People(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("{{\"contact\":{{\"id\":1,\"name\":\"{0} {1}\",\"phone\":\"+1-514-555-0147\"}}}}")]
    [InlineData("charge.failed amount=5000 name=\"{0} {1}\" decline_code=insufficient_funds")]
    [InlineData("POST /benevoles form={{\"nom\":\"{0}+{1}\",\"tel\":\"0639984412\"}}")]
    [InlineData("call_id=88213 electeur=\"{1}, {0}\" agent=poste-14")]
    [Trait("Req", "R42")]
    public void Scan_NameFieldOfALogOrForm_ValueIsAPerson(string template)
    {
        foreach (var pair in Names().Chunk(2).Take(10))
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, pair[0], pair[1]);
            var people = People(text);
            people.Should().ContainSingle(text);
            people[0].Should().Contain(pair[0]).And.Contain(pair[1]);
        }
    }

    [Theory]
    [InlineData("Hi {0}, your sign goes up tomorrow.")]
    [InlineData("Salut {0}, on a besoin de toi samedi.")]
    [InlineData("Merci {0} pour ton aide!")]
    [InlineData("Allo c'est {0}, ma nouvelle adresse suit.")]
    [InlineData("Bonjour, je suis {0} et je vous écris pour la soirée.")]
    [InlineData("Can someone cover my shift? -{0}")]
    [InlineData("On se voit samedi. - {0}")]
    [InlineData("Je serai là jeudi.\n\nMerci,\n{0}")]
    [InlineData("See you at the hall.\n\nIn solidarity,\n{0}")]
    [Trait("Req", "R42")]
    public void Scan_OneUnlistedNameGreetedSignedOrIntroduced_Person(string template)
    {
        foreach (var name in Names())
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, name);
            People(text).Should().Equal([name], text);
        }
    }

    [Theory]
    [InlineData("Hi all, the hall is booked.")]
    [InlineData("Hi there, the hall is booked.")]
    [InlineData("Bonjour Madame, la salle est réservée.")]
    [InlineData("Thanks Team, see you Saturday.")]
    [InlineData("Prix: 12 $ - Taxes incluses")]
    [Trait("Req", "R42")]
    public void Scan_GreetingOrDashBeforeAnOrdinaryWord_NoPerson(string text)
    {
        People(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("{0} {1} — ne pas appeler avant 11 h.")]
    [InlineData("{0} {1}, de Uashat, accepte d'être bénévole.")]
    [InlineData("Liste :\n{0} {1}\n")]
    [Trait("Req", "R42")]
    public void Scan_TwoNameLikeWordsSetApartInAList_Person(string template)
    {
        // Words the model finds fairly name-like (0.5 to 0.8): in prose not enough, set apart by a list's punctuation a name.
        // Since the lists took in the census surnames, only six to nine golden words in that band are unlisted: three pairs at least.
        var fair = Golden().Where(g => g.Score is >= 0.5 and < 0.8).Select(g => g.Word).Take(20).ToList();
        fair = fair.Take(fair.Count / 2 * 2).ToList();
        fair.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var pair in fair.Chunk(2))
        {
            var text = string.Format(CultureInfo.InvariantCulture, template, pair[0], pair[1]);
            People(text).Should().Equal([$"{pair[0]} {pair[1]}"], text);
        }
    }
}

/// <summary>Issue 19, items 1 and 5: a table's birth-date and postal-code columns, whatever the dates' and codes' form.</summary>
public sealed class TableColumnTests
{
    private static List<(PersonalDataType Type, string Text)> Found(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type is PersonalDataType.DateOfBirth or PersonalDataType.PostalCode).Select(e => (e.Type, text[e.Start..e.End]))];

    public static TheoryData<string, string> Layouts() => new()
    {
        { ",", "nom,prenom,ddn,cp" },
        { ";", "NOM;Prénom;Date de naissance;Code postal" },
        { "\t", "Name\tDOB\tPostal code" },
        { " | ", "Contact | Birth date | Postal" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    [Trait("Req", "R42")]
    public void Scan_BirthDateAndPostalColumns_EveryCellFound(string delimiter, string header)
    {
        var random = new Random(42);
        string[] months = ["janvier", "mars", "octobre", "May", "September"];
        var rows = new List<(string Date, string Postal)>();
        for (var k = 0; k < 12; k++)
        {
            var (year, month, day) = (1930 + random.Next(80), 1 + random.Next(12), 1 + random.Next(28));
            var date = (k % 4) switch
            {
                0 => $"{year:0000}-{month:00}-{day:00}",
                1 => $"{day:00}/{month:00}/{year:0000}",
                2 => $"{day} {months[k % months.Length]} {year}",
                _ => $"{day:00}.{month:00}.{year:0000}",
            };
            var postal = (k % 3) switch { 0 => $"{random.Next(10000, 99999)}", 1 => "h2x 1y4", _ => "G6V2Z4" };
            rows.Add((date, postal));
        }

        var columns = header.Split(delimiter.Trim() is { Length: > 0 } d ? d : delimiter).Length;
        var lines = rows.Select(r => string.Join(delimiter, new[] { "Xyz", "Abc", r.Date, r.Postal }.TakeLast(columns)));
        var text = $"{header}\n{string.Join('\n', lines)}";

        var found = Found(text);
        found.Where(f => f.Type == PersonalDataType.DateOfBirth).Select(f => f.Text).Should().Equal(rows.Select(r => r.Date), text);
        found.Where(f => f.Type == PersonalDataType.PostalCode).Select(f => f.Text).Should().Equal(rows.Select(r => r.Postal), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DatesAndNumbersUnderOtherHeaders_NotBirthDatesNorPostalCodes()
    {
        var text = "commande,date,montant\nA-1,2025-03-14,12345\nA-2,14/03/2025,54321";

        Found(text).Should().BeEmpty();
    }
}

/// <summary>Issue 19, item 5: a sensitive term inside a name, a street or a language is about no one.</summary>
public sealed class TermInANameTests
{
    [Theory]
    [InlineData("Mme Lapointe vote à l'école Saint-Jean-Baptiste.", DataCategory.Religion)]
    [InlineData("Karim Benali habite au 12 Church Street.", DataCategory.Religion)]
    [InlineData("Karim Benali, 44 church st, leaning yes.", DataCategory.Religion)]
    [InlineData("Karim Benali fera la traduction en vietnamien.", DataCategory.EthnicOrigin)]
    [InlineData("Karim Benali a perdu sa carte d'assurance maladie.", DataCategory.Health)]
    [Trait("Req", "R42")]
    public void Scan_TermInsideANameOrALanguage_NoCategory(string text, DataCategory category)
    {
        PersonalDataScanner.Default.Scan(text).Sensitive.Should().NotContain(category);
    }

    [Theory]
    [InlineData("Karim Benali va à l'église tous les dimanches.", DataCategory.Religion)]
    [InlineData("Karim Benali est d'origine vietnamienne.", DataCategory.EthnicOrigin)]
    [InlineData("Karim Benali — ne pas appeler avant 11 h (dialyse le matin).", DataCategory.Health)]
    [Trait("Req", "R42")]
    public void Scan_TermAboutThePerson_Category(string text, DataCategory category)
    {
        PersonalDataScanner.Default.Scan(text).Sensitive.Should().Contain(category);
    }
}

/// <summary>Issue 19, item 5: in a list of members, a health-card number is checked against its own holder's birth date.</summary>
public sealed class RamqInAListTests
{
    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MembersTableWithBirthDatesAndHealthCards_EachCardCheckedAgainstItsOwnRow()
    {
        var random = new Random(5);
        var rows = new List<(string Line, string Card, bool Agrees)>();
        for (var k = 0; k < 8; k++)
        {
            var (year, month, day) = (1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28));
            var agrees = k != 5;
            var cardDay = agrees ? day : (day % 28) + 1;
            var card = $"TREM {year % 100:00}{month:00} {cardDay:00}{k:00}";
            rows.Add(($"Tremblay, Marc{(char)('a' + k)}, {year:0000}-{month:00}-{day:00}, {card}", card, agrees));
        }

        var text = "nom, prénom, ddn, RAMQ\n" + string.Join('\n', rows.Select(r => r.Line));
        var cards = PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.QcRamq).Select(e => text[e.Start..e.End]);

        cards.Should().Equal(rows.Where(r => r.Agrees).Select(r => r.Card), text);
    }
}
