using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fourteenth session's round: exports whose headers say whose name a column holds, civic numbers
/// and postal codes as people dictate and write them in France, and a canvasser's shorthand. Rules over generated values
/// and every form, not one example each.
/// </summary>
public sealed class DictationAndExportHeaderTests
{
    [Theory]
    [Trait("Req", "R42")]
    [InlineData("Donor First Name", "Donor Last Name")]
    [InlineData("Contact First Name", "Contact Last Name")]
    [InlineData("Member Given Name", "Member Family Name")]
    [InlineData("Volunteer First Name", "Volunteer Surname")]
    [InlineData("Prénom du donateur", "Nom du donateur")]
    [InlineData("Prénom du contact", "Nom de famille")]
    public void Scan_HeaderNamingWhoseNameAColumnHolds_EachCellIsAName(string givenHeader, string familyHeader)
    {
        var families = Families(stride: 41, count: 6);
        var givens = Givens(stride: 37, count: 6);
        var rows = givens.Zip(families, (g, f) => (Given: Capitalize(g), Family: Capitalize(f))).ToList();
        var text = $"{givenHeader},{familyHeader},Donor Email,City,Amount\n"
            + string.Join('\n', rows.Select((r, k) => $"{r.Given},{r.Family},d{k}@exemple.ca,Regina,{20 + k}.00"));

        People(text).Should().Equal(rows.SelectMany(r => new[] { r.Given, r.Family }), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_HeaderOfARoleAndAField_IsNoName()
    {
        foreach (var field in new[] { "Email", "Phone", "Address", "Status", "Notes" })
        {
            foreach (var role in new[] { "Donor", "Volunteer", "Canvasser", "Benevole" })
            {
                People($"{role} {field}").Should().BeEmpty($"{role} {field}");
            }
        }

        // A header that names no one: its cells are not read as names.
        People("Campaign Name,Room Name,Seats\nFall Gala,Salle Rouge,120\nSpring Brunch,Salle Verte,80").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CivicNumberInWordsAfterAPlaceCue_Address()
    {
        var numbers = new[] { "deux cent douze", "sept mille trois cent deux", "neuf cent dix", "dix-huit", "cinquante-deux", "trois cent quinze", "huit" };
        var streets = new[] { "rue Saint-Joseph", "boulevard Taché Ouest", "avenue Maricourt", "chemin du Quai" };
        foreach (var number in numbers)
        {
            foreach (var street in streets)
            {
                var address = $"{number} {street}";
                var text = $"dictée Lucette Blais au {address} elle veut une pancarte";
                Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
            }
        }

        foreach (var number in new[] { "two two one oh", "forty-five", "nine", "seven three" })
        {
            var address = $"{number} Dufferin Street";
            var text = $"voice memo Jamal Haddad lives at {address} supporter";
            Of(PersonalDataType.StreetAddress, text).Should().Equal([address], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NumberInWordsBeforeAStreetWithoutAPlaceCue_NoAddress()
    {
        foreach (var text in new[] { "We need five Main Street signs.", "Il reste trois rue Principale à couvrir.", "Les deux avenues du parc sont fermées." })
        {
            Of(PersonalDataType.StreetAddress, text).Should().BeEmpty(text);
        }
    }

    public static TheoryData<string> Communes => ["Nantes", "Montpellier", "Saint-Denis", "Pointe-à-Pitre", "Mamoudzou", "PARIS"];

    [Theory]
    [Trait("Req", "R42")]
    [MemberData(nameof(Communes))]
    public void Scan_FrenchPostalCodeBesideItsCommune_PostalCode(string commune)
    {
        foreach (var code in new[] { "44000", "34090", "93200", "97110", "97600", "20260", "75011" })
        {
            foreach (var text in new[] { $"Tractage {commune} ({code}), semaine du 14/11", $"Inscrits à {code} {commune}.", $"5 impasse des Capucins, {code} {commune}" })
            {
                Of(PersonalDataType.PostalCode, text).Should().Equal([code], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FiveDigitsBeforeACapitalizedWordThatIsNoCommune_NoPostalCode()
    {
        foreach (var text in new[]
        {
            "/*!40000 ALTER TABLE `donors` DISABLE KEYS */;",
            "openvpn[822]: kmorrison/203.0.113.140:51820 MULTI: Learn",
            "[pointage] MAJ fiche 11873 Brigitte Sauvé score 2->1",
            "Objectif : 15000 Euros avant Noël.",
            "Nous visons 12000 Habitants rejoints.",
            "Version 40000 ALTER est prête.",
        })
        {
            Of(PersonalDataType.PostalCode, text).Should().BeEmpty(text);
        }
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("says yes")]
    [InlineData("both yes")]
    [InlineData("hard no")]
    [InlineData("is switching to us")]
    [InlineData("took 40 door hangers")]
    [InlineData("is voting green")]
    [InlineData("vote libéral depuis toujours")]
    [InlineData("a demandé un lift pour voter")]
    [InlineData("wants anyone but the incumbent")]
    public void Scan_CanvassersShorthandAboutANamedPerson_PoliticalOpinion(string phrase)
    {
        Sensitive($"Whitehorse — Geraldine Smarch {phrase}. 867-555-0110").Should().Contain(DataCategory.PoliticalOpinion);
        // The words alone, about no one: a question about the jargon.
        Sensitive($"Explain what '{phrase}' means.").Should().NotContain(DataCategory.PoliticalOpinion);
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("uses a cane and can't do stairs")]
    [InlineData("has a walker")]
    [InlineData("had her knee replaced Thursday")]
    [InlineData("a de l'arthrose sévère")]
    [InlineData("est rentré à l'urgence")]
    [InlineData("wears a back brace")]
    public void Scan_MobilityAndCareOfANamedPerson_Health(string phrase)
    {
        Sensitive($"Edna Rutherford {phrase}. 519-555-0118").Should().Contain(DataCategory.Health);
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("Tomás Aguilar and his boyfriend Sean will host.")]
    [InlineData("Priya Nair and her girlfriend Dana will host.")]
    public void Scan_SameSexPartnerByPronoun_SexualOrientation(string text)
    {
        Sensitive(text).Should().Contain(DataCategory.SexualOrientation);
    }
}
