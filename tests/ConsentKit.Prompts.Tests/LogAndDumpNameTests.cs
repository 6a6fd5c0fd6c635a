using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, items 2 and 5, the fifth round: account names in logs and directories, LDIF entries, Python and pandas
/// prints, URL-encoded e-mail addresses, a SIN typed digit by digit or followed by a parenthesis, and a year of birth alone.
/// Rules over listed names and generated values, not one example each.
/// </summary>
public sealed class LogAndDumpNameTests
{
    private static List<string> Givens() => ListedNames.Givens(401);

    private static List<string> Families() => ListedNames.Families(2503, 30);

    [Theory]
    [InlineData("[phonebank] agent={0} call=+18195550114 result=SUPPORTER(1)")]
    [InlineData("crm-api PATCH /contacts/88213 200 OK user={0}")]
    [InlineData("dn: uid={0},ou=benevoles,dc=circo,dc=example")]
    [InlineData("login: {0}\nlast seen: 2026-10-02")]
    [Trait("Req", "R42")]
    public void Scan_AccountNameAfterItsKey_Person(string template)
    {
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var login = given[0] + family;
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, login);
            People(text).Should().Equal([login], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SystemAccountsWorkstationsAndChatSpeakers_NoPerson()
    {
        People("sshd: user=root from 192.0.2.4; login=admin; uid=1000; agent=poste-14; user=postgres; agent=Mozilla/5.0").Should().BeEmpty();
        People("USER: members to call tomorrow\nASSISTANT: sure").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_LdifEntry_CommonNameSurnameAndGivenName()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            var text = $"dn: uid=x{family.ToLowerInvariant()},ou=membres\ncn: {given} {family}\nsn: {family}\ngivenName: {given}\nmobile: 236-555-0157";
            People(text).Should().Equal([$"x{family.ToLowerInvariant()}", $"{given} {family}", family, given], text);
        }

        // A certificate's subject names a host.
        People("subject: CN=portail.circo.example, O=Parti").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PythonDictPrint_NamedKeysValues()
    {
        foreach (var (given, family) in Givens().Select(Capitalize).Zip(Families().Select(Capitalize)).Take(10))
        {
            var text = $"[{{'id': 3087, 'prenom': '{given}', 'nom': '{family}', 'ddn': '1998-04-18', 'membre': True}}]";
            Found(text).Should().Equal([(PersonalDataType.Person, given), (PersonalDataType.Person, family), (PersonalDataType.DateOfBirth, "1998-04-18")], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DataFramePrintWithARowIndex_NamedColumns()
    {
        var rows = Families().Zip(Givens().Select(Capitalize)).Take(8).ToList();
        var lines = rows.Select((r, k) => $"{k}  {r.First.ToUpperInvariant()}  {r.Second}  {10 + k:00}/07/1964  Lyon");
        var text = "    nom  prenom  date_naiss  commune\n" + string.Join('\n', lines) + "\n\n[8 rows x 4 columns]";
        People(text).Should().Equal(rows.SelectMany(r => new[] { r.First.ToUpperInvariant(), r.Second }), text);
        Of(PersonalDataType.DateOfBirth, text).Should().HaveCount(8);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NameValueThatReadsAsATitle_NoPerson()
    {
        People("{\"name\": \"Section — militants municipales\", \"type\": \"private_group\"}").Should().BeEmpty();
        People("{\"name\": \"Comité des bénévoles du secteur\"}").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_UrlEncodedEmail_EmailOverTheWrittenForm()
    {
        foreach (var family in Families().Take(10))
        {
            var written = $"{family}%2Ej%40gmail%2Ecom";
            Of(PersonalDataType.Email, $"-d 'courriel={written}' -d 'don=50'").Should().Equal([written]);
        }

        Of(PersonalDataType.Email, "taux de 61,4 % contre 58 %").Should().BeEmpty();
    }

    [Theory]
    [InlineData("046 454 286")]
    [InlineData("997 680 418")]
    [Trait("Req", "R42")]
    public void Scan_SinBeforeAParenthesisOrTypedDigitByDigit_Sin(string sin)
    {
        Of(PersonalDataType.CaSin, $"Diego Castillo, SIN {sin} (9-series), start Monday.").Should().Equal([sin]);
        var spaced = string.Join(' ', sin.Where(char.IsAsciiDigit));
        Of(PersonalDataType.CaSin, $"NAS {spaced} (tapé avec des espaces)").Should().Equal([spaced]);

        // Digit by digit without its cue, nine digits read as the same digits written together (the nineteenth session:
        // a value spelled out one character at a time is the value it spells; before, these were nothing, while the
        // written-together number was a SIN).
        var together = sin.Replace(" ", "", StringComparison.Ordinal);
        Found($"Tirage {spaced}").Select(f => f.Type).Should().Equal(Found($"Tirage {together}").Select(f => f.Type));
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_LowerCaseNameBeforeAPhoneAfterAListSeparator_OnePerson()
    {
        foreach (var (given, family) in Givens().Zip(Families()).Take(10))
        {
            People($"      4 {given} {family};05.36.49.55.99").Should().Equal([$"{given} {family}"]);
            People($"fiche : {given}-{given} {family} / 418 555 01 44 / 2e don").Should().Equal([$"{given}-{given} {family}"]);
        }

        People("rappelle le 514 555 0101 demain; le bureau / 418 555 0102").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Né en {0} selon le fichier.")]
    [InlineData("Garnet Sloan. Born {0}. Lifelong supporter.")]
    [InlineData("born in {0} in Corner Brook")]
    [Trait("Req", "R42")]
    public void Scan_YearAloneAfterTheVerbOfBirth_BirthDate(string template)
    {
        foreach (var year in new[] { 1931, 1947, 1968, 2001 })
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, year);
            Of(PersonalDataType.DateOfBirth, text).Should().Equal([$"{year}"], text);
            Of(PersonalDataType.DateOfBirth, $"Ouvert en {year}, le local a déménagé.").Should().BeEmpty();
        }
    }
}

/// <summary>
/// Issue 19, items 2 and 5, the sixth round: a JSON "name" that names a field, places named after a saint or a faith's
/// building, numbered streets, and the ordinary words after "c'est". Rules over listed names and generated values.
/// </summary>
public sealed class FieldAndStreetNameTests
{
    private static List<string> Givens() => ListedNames.Givens(503, 15);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_GenericJsonNameOfAFieldOrProgram_NoPerson()
    {
        People("{\"creator\": {\"name\": \"Firefox\"}, \"params\": [{\"name\": \"email\"}, {\"name\": \"postal\"}], \"name\": \"stdout\"}").Should().BeEmpty();
        foreach (var given in Givens().Select(Capitalize))
        {
            People($"{{\"name\": \"{given}\", \"type\": \"member\"}}").Should().Equal([given]);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SaintAbbreviatedOrAFaithsBuildingAfterAGivenName_NoPerson()
    {
        foreach (var given in Givens().Select(Capitalize))
        {
            People($"Meet at 1870 St. {given} Blvd at noon.").Should().BeEmpty();
            People($"The hall of the Redeemed {given} Church is booked.").Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("6417", "4e Avenue")]
    [InlineData("220", "3e Rue")]
    [InlineData("14588", "72 Ave")]
    [InlineData("1200", "1re Avenue Est")]
    [Trait("Req", "R42")]
    public void Scan_CivicNumberThenANumberedStreet_StreetAddress(string civic, string street)
    {
        var text = $"Pancarte au {civic} {street}, Shawinigan, s.v.p.";
        Found(text).Where(f => f.Type == PersonalDataType.StreetAddress).Select(f => f.Text).Should().Equal([$"{civic} {street}"], text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_OrdinaryWordAfterCest_NoPerson()
    {
        People("c'est bon, c'est clair, c'est parfait, c'est juste un test, c'est beau").Should().BeEmpty();
    }
}
