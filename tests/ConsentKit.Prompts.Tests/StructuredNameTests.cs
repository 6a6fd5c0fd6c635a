namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the fifth round: names that an export's structure or a register's order makes names (a
/// fixed-width table's name columns, a YAML, JSON, XML or vCard name field, a family name in capitals before the given
/// name), Québec's "Ti-" nicknames, the words a greeting or a vocative names, and the acronyms that are not names. Rules
/// over listed names, not one example each.
/// </summary>
public sealed class StructuredNameTests
{
    private static List<string> Givens() => [.. ListedNames.Givens(211).Select(ListedNames.Capitalize)];

    private static List<string> Families() => [.. ListedNames.Families(173).Select(ListedNames.Capitalize)];

    private static string Capitalize(string w) => ListedNames.Capitalize(w);

    private static List<string> People(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Person).Select(e => text[e.Start..e.End])];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FixedWidthTableWithNameColumns_EveryNameCell()
    {
        var givens = Givens();
        var families = Families();
        var rows = string.Join('\n', families.Select((f, k) => $"{f.ToUpperInvariant(),-20}{givens[k].ToUpperInvariant(),-16}514 555 01{k:00}    H2X 1Y{k % 10}  2024-11"));
        var text = "NOM                 PRENOM          TEL             CP       ADHESION\n" + new string('-', 68) + "\n" + rows;

        People(text).Should().Equal(families.SelectMany((f, k) => new[] { f.ToUpperInvariant(), givens[k].ToUpperInvariant() }), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameFieldsOfYamlJsonXmlAndVCard_EveryValue()
    {
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var yaml = $"adherents:\n  - nom: \"{family}\"\n    prenom: {given}\n    ville: Bordeaux\n    membre: Oui";
            People(yaml).Should().Equal([family, given], yaml);

            var json = $"{{\"merge_fields\": {{\"FNAME\": \"{given}\", \"LNAME\": \"{family}\"}}, \"tags\": [\"donor\"]}}";
            People(json).Should().Equal([given, family], json);

            var xml = $"<Dbtr><Nm>{family.ToUpperInvariant()} {given}</Nm></Dbtr><RmtInf><Ustrd>Cotisation</Ustrd></RmtInf>";
            People(xml).Should().Equal([$"{family.ToUpperInvariant()} {given}"], xml);

            var vcard = $"BEGIN:VCARD\nVERSION:3.0\nFN:{given} {family}\nNOTE:bénévole\nEND:VCARD";
            People(vcard).Should().Equal([$"{given} {family}"], vcard);
        }
    }

    [Theory]
    [InlineData("membre: Oui\nContact: Par courriel\nName: call back tomorrow")]
    [InlineData("donor: Yes\nvolunteer: No")]
    [Trait("Req", "R42")]
    public void Scan_LabelledAnswerThatIsNoName_NoPerson(string text) => People(text).Should().BeEmpty();

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FamilyNameInCapitalsThenListedGivenName_OnePerson()
    {
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var text = $"1. {family.ToUpperInvariant()} {given}, née le 26/02/1962 — domicile : 34 avenue Jean-Jaurès, 67000 Strasbourg";
            People(text).Should().Equal([$"{family.ToUpperInvariant()} {given}"], text);

            var particle = $"2. DE LA {family.ToUpperInvariant()} {given}, né le 18/04/1999";
            People(particle).Should().Equal([$"DE LA {family.ToUpperInvariant()} {given}"], particle);
        }
    }

    [Theory]
    [InlineData("URGENT")]
    [InlineData("NOTE")]
    [Trait("Req", "R42")]
    public void Scan_HeadingInCapitalsBeforeAGivenNameInASentence_NotPartOfTheName(string heading)
    {
        foreach (var given in Givens())
        {
            var text = $"{heading} {given} doit rappeler le bureau demain.";
            People(text).Should().NotContain(p => p.Contains(heading, StringComparison.Ordinal), text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_QuebecTiNickname_Person()
    {
        foreach (var given in Givens())
        {
            foreach (var prefix in new[] { "Ti-", "ti-", "tite-" })
            {
                var text = $"Trouve une façon polie de dire à {prefix}{given} que sa pancarte est trop proche du bureau de vote.";
                People(text).Should().Equal([$"{prefix}{given}"], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ShortAcronymInCapitals_NoPerson()
    {
        // Listed given names written as acronyms, and three-letter codes.
        foreach (var acronym in new[] { "DAN", "MAC", "FAE", "LOT", "ONA", "TED", "AMY" })
        {
            var text = $"Voir la note {acronym} dans le dossier du terminal avant lundi.";
            People(text).Should().BeEmpty(text);
        }

        // An initial stays an initial.
        foreach (var family in Families())
        {
            var text = $"Le chèque de M. {family} est dans ton casier.";
            People(text).Should().Equal([family], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GreetedVocativeOrSignedAfterAClosing_Person()
    {
        foreach (var given in Givens())
        {
            foreach (var text in new[]
            {
                $"sorry {given} je peux pas ce soir, demain OK",
                $"Thanks for your donation, {given}! Receipt will follow.",
                $"coucou, pas dispo pour le tractage ce soir. bisous {given}",
            })
            {
                People(text).Should().Equal([given], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ListOfFullNamesSeparatedByCommas_NoFamilyCommaGivenPairAcrossTwoPeople()
    {
        var givens = Givens();
        var families = Families();
        var people = givens.Zip(families, (g, f) => $"{g} {f}").Take(6).ToList();
        var text = "Présents : " + string.Join(", ", people) + ".";
        People(text).Should().NotContain(p => p.Contains(',', StringComparison.Ordinal), text);
    }
}
