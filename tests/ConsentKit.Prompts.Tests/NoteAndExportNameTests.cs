namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the sixth round: a quick note's lower-case name before its phone number, a given name that owns
/// something or comes from somewhere, a family name in capitals and a comma, dot leaders, a nickname in quotes, a SQL dump's
/// rows, a header with a caption, a birth date that the RAMQ number on its line encodes or that "né en" introduces, places
/// and companies named after someone, "num" before a phone number, and the campaign's election-day roles. Rules over
/// listed names, not one example each.
/// </summary>
public sealed class NoteAndExportNameTests
{
    private static List<string> Givens() => ListedNames.Givens(233);

    private static List<string> Families() => ListedNames.Families(197);

    private static string Capitalize(string w) => ListedNames.Capitalize(w);

    private static List<(PersonalDataType Type, string Text)> Found(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static List<string> Of(PersonalDataType type, string text) => [.. Found(text).Where(f => f.Type == type).Select(f => f.Text)];

    private static List<string> People(string text) => Of(PersonalDataType.Person, text);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_LowerCaseGivenAndFamilyNameBeforeAPhoneNumber_OnePerson()
    {
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var text = $"file d'appels : {given} {family} 4185550160 ; pointage 1";
            People(text).Should().Equal([$"{given} {family}"], text);
        }

        // Ordinary words before a number are no name.
        People("appelle le 514 555 0101 demain, ou rappelle vendredi 418 555 0102").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GivenNameThatOwnsSomethingOrComesFromSomewhere_Person()
    {
        foreach (var given in Givens().Select(Capitalize))
        {
            People($"Block the logins on {given}'s account from yesterday.").Should().Equal([given]);
            People($"Hi all. {given} from poll 16: turnout looks low.").Should().Equal([given]);

            // A saint's church or town and a shop are not people.
            People($"the hall of St. {given}'s parish").Should().BeEmpty();
            People($"Ben & {given}'s were among the sponsors").Should().NotContain(given);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FamilyNameInCapitalsWithACommaOrDotLeaders_OnePerson()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families()))
        {
            var caps = family.ToUpperInvariant();
            People($"45514|{caps}, {given}|200.00 CAD|APPROVED").Should().Equal([$"{caps}, {given}"]);
            People($" 1. {caps} {given} ........ adhérent n° 91570 ........ signature: ✔").Should().Equal([$"{caps} {given}"]);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NicknameInQuotesBetweenGivenAndFamilyName_OnePerson()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)))
        {
            var text = $"Électeur {given} \"Ben\" {family} dit qu'il votera pour nous.";
            People(text).Should().Equal([$"{given} \"Ben\" {family}"], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SqlInsertRows_TheNamedColumnsValues()
    {
        var givens = Givens().Select(Capitalize).ToList();
        var families = Families().Select(Capitalize).ToList();
        var rows = string.Join(",\n", givens.Zip(families).Select((p, k) => $"({2800 + k}, '{p.First}', '{p.Second}', 'G1R1V{k % 10}', 10.00)"));
        var text = $"INSERT INTO membres (id, prenom, nom, code_postal, cotisation) VALUES\n{rows};";

        People(text).Should().Equal(givens.Zip(families).SelectMany(p => new[] { p.First, p.Second }), text);
        Of(PersonalDataType.PostalCode, text).Should().HaveCount(givens.Count);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DelimitedHeaderWithACaptionInItsLastCell_StillATable()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families()))
        {
            var text = $"NOM;PRENOM;PORTABLE;COTISATION — section de Mamoudzou\n{family.ToUpperInvariant()};{given};0639715881;à jour";
            People(text).Should().Equal([family.ToUpperInvariant(), given], text);
        }
    }

    [Theory]
    [InlineData(1961, 8, 12, false)]
    [InlineData(2010, 5, 12, false)]
    [InlineData(1975, 11, 3, true)]
    [InlineData(1990, 1, 30, true)]
    [Trait("Req", "R42")]
    public void Scan_DateThatTheRamqNumberOnItsLineEncodes_BirthDate(int year, int month, int day, bool woman)
    {
        var ramq = $"BOIM {year % 100:00}{(woman ? month + 50 : month):00} {day:00}27";
        var date = $"{day:00}/{month:00}/{year}";
        var text = $"Boisvert, Mathis | {date} | {ramq} | diabète type 1";
        Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);

        // Another day is an appointment, not the holder's birth.
        var other = $"{(day % 28) + 1:00}/{month:00}/{year}";
        var unrelated = $"Boisvert, Mathis | {other} | {ramq} | diabète type 1";
        Of(PersonalDataType.DateOfBirth, unrelated).Should().BeEmpty(unrelated);
    }

    [Theory]
    [InlineData("né en décembre 1995", "décembre 1995")]
    [InlineData("née en novembre 1984", "novembre 1984")]
    [InlineData("born in March 1961", "March 1961")]
    [Trait("Req", "R42")]
    public void Scan_MonthAndYearAfterABirthVerb_BirthDate(string phrase, string date)
    {
        Of(PersonalDataType.DateOfBirth, $"Cédric Payet, {phrase}, embauché comme assistant.").Should().Equal([date]);
        Of(PersonalDataType.DateOfBirth, $"Cédric Payet, embauché en {date}.").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameBeforeAPlaceWordOrACompanySuffix_NoPerson()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)))
        {
            foreach (var text in new[]
            {
                $"Meet at the {given} {family} Building for the photo op.",
                $"Fournisseur : Imprimerie {given} {family} inc., livraison mardi.",
                $"Le garage {given} {family} & fils ferme à 17 h.",
            })
            {
                People(text).Should().BeEmpty(text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NumBeforeAPhoneNumber_Phone()
    {
        Of(PersonalDataType.Phone, "c'est moi, nouveau num: 581 555 0127 garde-le").Should().Equal(["581 555 0127"]);
        Of(PersonalDataType.Phone, "commande n° 5815550127").Should().BeEmpty();
    }

    [Theory]
    [InlineData("{0} sera poll captain au bureau 47.")]
    [InlineData("{0} fera son quart de téléphoniste ce soir.")]
    [InlineData("{0} is confirmed as a delegate from Surrey-Newton.")]
    [InlineData("{0} sera représentante au bureau de vote 23.")]
    [InlineData("RDV devant le local avec {0}. Apporte les dépliants svp!")]
    [InlineData("{0} will hand out leaflets on Saturday.")]
    [InlineData("{0}: ride to the poll confirmed for 2 pm.")]
    [Trait("Req", "R42")]
    public void Scan_ElectionDayRoleOfANamedPerson_PoliticalOpinion(string template)
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(5))
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, $"{given} {family}");
            PersonalDataScanner.Default.Scan(text).Sensitive.Should().Contain(Targeting.DataCategory.PoliticalOpinion, text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_VoterGoingToThePollingStation_NoPoliticalOpinion()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(5))
        {
            var text = $"Traduis le message de {given} {family} : « Je ne pourrai pas venir au bureau de vote. »";
            PersonalDataScanner.Default.Scan(text).Sensitive.Should().NotContain(Targeting.DataCategory.PoliticalOpinion, text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GivenNameJoinedToACouplesFullName_BothPeople()
    {
        var givens = Givens().Select(Capitalize).ToList();
        foreach (var (family, k) in Families().Select(Capitalize).Select((f, k) => (f, k)).Take(12))
        {
            var (first, second) = (givens[k], givens[k + 12]);
            People($"souper — {first} et {second} {family} apportent 3 sauces.").Should().Equal([first, $"{second} {family}"]);
            People($"GOTV 7pm: {first} & {second} {family} still haven't voted.").Should().Equal([first, $"{second} {family}"]);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameLikeGivenNameOpeningASentenceBeforeALowerCaseWord_Person()
    {
        // Given names the model takes for names; the ones it takes for words ("Come", "General") stay words.
        foreach (var given in ListedNames.Givens(97, 60).Where(g => NameModel.Score(g) >= 0.5).Take(20).Select(Capitalize))
        {
            People($"{given} merci pour les 20 signatures.").Should().Equal([given]);
            People($"ok pour demain. {given} peut pas venir au local.").Should().Equal([given]);
        }

        People("Come to the General Assembly on Thursday.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Réal Côté a appelé pour sa pancarte.", "Réal Côté")]
    [InlineData("Réal Bouffard va garder les enfants samedi.", "Réal Bouffard")]
    [Trait("Req", "R42")]
    public void Scan_AccentedGivenNameThatFoldsToAnEnglishWord_Person(string text, string person)
    {
        People(text).Should().Equal([person]);
        People("It is a real problem for the Côte-des-Neiges office.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Table 6. 71, rue de la Falaise, G0A 3K0", PersonalDataType.StreetAddress, "71, rue de la Falaise")]
    [InlineData("Veut être assesseur au bureau 512. 04 65 71 22 90.", PersonalDataType.Phone, "04 65 71 22 90")]
    [InlineData("Pointage : (1) 31 rue Laval / (3) 35 rue Laval", PersonalDataType.StreetAddress, "31 rue Laval")]
    [InlineData("tel +33 (0)4 91 55 27 63, le soir", PersonalDataType.Phone, "+33 (0)4 91 55 27 63")]
    [InlineData("Donatrice, 45, rue de l'Église, Saint-Félicien", PersonalDataType.StreetAddress, "45, rue de l'Église")]
    [InlineData("Son adresse: 880, rang 4 Ouest. Pointage 1.", PersonalDataType.StreetAddress, "880, rang 4 Ouest")]
    [InlineData("Fiche militante : 9 lieu-dit Kerbrat, 29260 Ploudaniel.", PersonalDataType.StreetAddress, "9 lieu-dit Kerbrat")]
    [InlineData("Scrutineer, 1502-350 Bloor St E, Toronto M4W 3S5.", PersonalDataType.StreetAddress, "1502-350 Bloor St E")]
    [Trait("Req", "R42")]
    public void Scan_NumberAfterASentenceOrAListMarkerAndFrenchAddressForms_Found(string text, PersonalDataType type, string expected) =>
        Of(type, text).Should().Contain(expected);

    [Theory]
    [InlineData("2 88 12 971 20 044")]
    [InlineData("1 72 09 972 09 156")]
    [InlineData("2 90 06 974 15 909")]
    [Trait("Req", "R42")]
    public void Scan_OverseasNirWithAThreeDigitDepartment_FrNir(string first13)
    {
        var digits = new string([.. first13.Where(char.IsAsciiDigit)]);
        var key = 97 - (long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97);
        var nir = $"{first13} {key:00}";
        Of(PersonalDataType.FrNir, $"Assesseur : {nir}, né au Lamentin.").Should().Equal([nir]);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ExportHeaderWithNumberedColumnsAndACommentLine_StillATable()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            var text = $"nationbuilder_id,first_name,last_name,primary_address1,primary_zip\n# export du 3 octobre\n51683,{given},{family},\"Apt 14, 897 Bloor St W\",A1C 6G9";
            People(text).Should().Equal([given, family], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_VCardStructuredNameAndCapitalsNames_Persons()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            People($"BEGIN:VCARD\nVERSION:4.0\nN:{family};{given};;;\nEND:VCARD").Should().Equal([family, given]);

            var caps = $"{family.ToUpperInvariant()}, {given.ToUpperInvariant()}";
            People($"128 BLOOR ST W\n    {caps}   56   [1] Sup  [x] Sign").Should().Equal([caps]);

            var card = $"{family.ToUpperInvariant()}/{given.ToUpperInvariant()}";
            People($"001  PURCHASE  M  {card}  25.00  APPROVED").Should().Equal([card]);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_QuotedHeaderCellWithALabel_NoPerson() =>
        People("\"Contact: Full Name\",\"Mailing City\",\"Contact: Donor Level\"").Should().BeEmpty();

    [Theory]
    [InlineData("Membre : 1120, route 11, Shippagan E8S 1J3. Paie comptant.", "1120, route 11", "E8S 1J3")]
    [InlineData("Roy\tJean\t12 rue Roy\tG8P 5E9\t193274800", "12 rue Roy", "G8P 5E9")]
    [InlineData("au 12 rue de la Paix H2X 1Y4, Montréal", "12 rue de la Paix", "H2X 1Y4")]
    [Trait("Req", "R42")]
    public void Scan_StreetThenPostalCodeOrNextCell_StreetStopsBeforeIt(string text, string street, string postal)
    {
        Of(PersonalDataType.StreetAddress, text).Should().Equal([street], text);
        Of(PersonalDataType.PostalCode, text).Should().Equal([postal], text);
    }

    [Theory]
    [InlineData("born_at")]
    [InlineData("Birthdate")]
    [InlineData("date_of_birth")]
    [Trait("Req", "R42")]
    public void Scan_BirthDateColumnOfAnExport_BirthDates(string header)
    {
        var text = $"id,first_name,last_name,{header},primary_zip\n51683,Navdeep,Grewal,02/20/1983,A1C 6G9\n51684,Sarah,Roy,1968-12-02,H2X 1Y4";
        Of(PersonalDataType.DateOfBirth, text).Should().Equal(["02/20/1983", "1968-12-02"], text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_WalkSheetNameInCapitalsWithAnUnlistedGivenName_Person()
    {
        // Held-out words the name model is sure of, which no list holds, as given names.
        foreach (var (given, family) in UnlistedNameTests.Golden().Where(g => g.Word.Length >= 4 && g.Score >= 0.9).Select(g => g.Word).Take(10).Zip(Families()))
        {
            var caps = $"{family.ToUpperInvariant()}, {given.ToUpperInvariant()}";
            var text = $"60 BLOOR ST W\n    {caps}   41   [2] Sup  [ ] Sign  [ ] Vol  NH  ____";
            People(text).Should().Equal([caps], text);
        }

        // A heading in capitals is no name.
        People("NOTE, URGENT   voir le dossier").Should().BeEmpty();
    }
}
