using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the twelfth session's second round: names and addresses in the exports people paste (tab-
/// delimited mail merges, form exports, vCard 2.1, mysqldump rows, JSON escapes, query strings) and the lower-case names of
/// quick notes. Rules over listed names, not one example each.
/// </summary>
public sealed class ExportAndEscapeNameTests
{
    private static List<string> Givens() => ListedNames.Givens(389, 20);

    private static List<string> Families() => ListedNames.Families(1933, 20);

    private static IEnumerable<(string Given, string Family)> Pairs() => Givens().Zip(Families()).Select(p => (Capitalize(p.First), Capitalize(p.Second)));

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_TabBetweenCells_NeverJoinsTheWordsOfOneName()
    {
        foreach (var (given, family) in Pairs())
        {
            var row = $"Madame\t{given}\t{family}\tRésidence Les Alizés, bât. A, 6 rue des Tanneurs\t64500\tSaint-Jean-de-Luz\t30";
            People(row).Should().NotContain(p => p.Contains('\t'), row);
            var export = $"Civilité\tPrénom\tNom\tAdresse_1\tCP\tVille\tMontant\n{row}\n";
            People(export).Should().Equal([given, family], export);
        }
    }

    [Theory]
    [InlineData("Prénom\tNom\tAdresse_1\tTel 2")]
    [InlineData("Horodateur\tPrénom\tNom\tCourriel\tCommentaire (pétition Bus 11)")]
    [Trait("Req", "R42")]
    public void Scan_HeaderWithANumberedCellOrALastCaption_NameColumnsTyped(string header)
    {
        // A header cell may end with a column's number after a separator, and the last one may carry a caption.
        foreach (var (given, family) in Pairs())
        {
            var cells = header.Split('\t').Length;
            var prefix = header.StartsWith("Horodateur", StringComparison.Ordinal) ? "2026-09-21 11:23:34\t" : "";
            var row = prefix + $"{given}\t{family}" + string.Concat(Enumerable.Repeat("\tx", cells - 2 - (prefix.Length > 0 ? 1 : 0)));
            var text = $"{header}\n{row}\n";
            People(text).Should().Equal([given, family], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_VCardPropertiesWithParameters_StructuredAndFormattedName()
    {
        foreach (var (given, family) in Pairs())
        {
            var text = $"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{family};{given};;;\nFN;CHARSET=UTF-8:{given} {family}\nEND:VCARD";
            People(text).Should().Equal([family, given, $"{given} {family}"], text);
        }
    }

    [Theory]
    [InlineData("Mélanie")]
    [InlineData("Aimé")]
    [InlineData("Rémi")]
    [InlineData("Hélène")]
    [InlineData("Jérôme")]
    [InlineData("Gaëlle")]
    [InlineData("Céline")]
    [Trait("Req", "R42")]
    public void Scan_LettersWrittenAsJsonEscapes_NameFoundOverTheWholeEscape(string given)
    {
        // "M\u00e9lanie": a file or a log pasted as JSON wrote it. The span covers every character of the escape.
        var escaped = string.Concat(given.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:x4}"));
        foreach (var family in Families().Take(6).Select(Capitalize))
        {
            var text = $"donateur.1.prenom={escaped}\ndonateur.1.nom={family}\n";
            People(text).Should().Equal([escaped, family], text);
        }

        People("chemin C:\\users\\marc\\notes.txt, unicode \\u0031\\u0032").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_MysqldumpRowsWithoutColumns_FamilyAndGivenCells()
    {
        var rows = Pairs().Select((p, k) => $"({700 + k},'{p.Family}','{p.Given}','x{k}@exemple.org','4375550134',100.00,NULL)");
        var text = $"INSERT INTO `donors` VALUES {string.Join(',', rows)};";
        People(text).Should().Equal(Pairs().SelectMany(p => new[] { p.Family, p.Given }), text);
        Of(PersonalDataType.Email, text).Should().OnlyContain(e => !e.StartsWith('\''));

        // Cells that are no pair of names: cities, colours.
        People("INSERT INTO villes VALUES ('Paris','Lyon','Marseille'),('Blue','Green');").Should().BeEmpty();
    }

    [Theory]
    [InlineData("appelé {g} {f} pour le lift du jour J, il dit oui")]
    [InlineData("frank veut pas de pancarte, his wife {g} {f} wants one tho")]
    [InlineData("c {g} {f}, j'ai oublié mes clés au local")]
    [InlineData("merci au bénévole {g} {f} pour hier")]
    [InlineData("receipt for donor {g} {f}, 45 $")]
    [Trait("Req", "R42")]
    public void Scan_LowerCaseNameAfterACallOrAPartner_NameWithItsJoinedFamilyName(string template)
    {
        // The rule's given names: listed and name-like to the model, as a lower-case word must be to count.
        foreach (var (given, family) in Givens().Where(g => NameModel.Score(g) >= 0.5).Zip(Families()))
        {
            var joined = $"{family}-{Families()[^1]}";
            var text = template.Replace("{g}", given, StringComparison.Ordinal).Replace("{f}", joined, StringComparison.Ordinal);
            People(text).Should().Contain($"{given} {joined}", text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GivenNamesEnumeratedBeforeAFullName_EachItsOwnPerson()
    {
        // "Zineb, Marc-Antoine et Laurie-Anne Cyr": a given name, a comma, a given name and the enumeration going on are two
        // items, not "family name, given name"; "Tremblay, Élise" alone stays one person.
        var givens = Givens().Select(Capitalize).ToList();
        for (var k = 0; k + 2 < givens.Count; k += 3)
        {
            var family = Capitalize(Families()[k]);
            var text = $"Les bénévoles : {givens[k]}, {givens[k + 1]} et {givens[k + 2]} {family}.";
            People(text).Should().Equal([givens[k], givens[k + 1], $"{givens[k + 2]} {family}"], text);
            var single = $"{family}, {givens[k]}, 514-555-0101";
            People(single).Should().Equal([$"{family}, {givens[k]}"], single);
        }
    }

    [Theory]
    [InlineData("qu'un bénévole ira la chercher à 10 h")]
    [InlineData("Donor line: 418 555 0146, pledged $250")]
    [InlineData("a, b, c marie les deux listes")]
    [Trait("Req", "R42")]
    public void Scan_VerbOrWordAfterARoleOrALetter_NoPerson(string text)
    {
        // After a role, one lower-case word is as often a verb: only a given name with its family name counts there; "c"
        // stands for "c'est" only opening a line or a sentence.
        People(text).Should().BeEmpty(text);
    }

    [Theory]
    [InlineData("signe le {0}")]
    [InlineData("signe_le=\"{0}\"")]
    [InlineData("connaissance depuis le {0}")]
    [Trait("Req", "R42")]
    public void Scan_BirthCueInsideAnotherWord_NoBirthDate(string template)
    {
        foreach (var date in new[] { "2026-09-02", "1966-09-02", "02/09/1966" })
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, date);
            Of(PersonalDataType.DateOfBirth, text).Should().BeEmpty(text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_QueryStringWithPlusForSpaces_AddressAndPostalCode()
    {
        foreach (var (street, postal) in new[] { ("898+boulevard+Talbot", "J8Y+4Y9"), ("3817+rue+des+Érables", "G6P+1X4"), ("45+avenue+Laurier+Ouest", "H2T+2N8") })
        {
            var text = $"GET /don?nom=Roy&adresse={street}&cp={postal}&montant=50 HTTP/1.1";
            Of(PersonalDataType.StreetAddress, text).Should().Equal([street], text);
            Of(PersonalDataType.PostalCode, text).Should().Equal([postal], text);
        }

        // Outside a query string a plus is a plus.
        Found("C++ et 1+1=2 & plus").Should().BeEmpty();
    }
}
