namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19 (the thirty-first blind set): a reference's cue belongs to the nearest value, so a phone after a name or after
/// another number is a phone; and French Polynesia's eight-digit numbers are whole.
/// </summary>
public sealed class ReferenceCueAndOverseasPhoneTests
{
    private static readonly string[] Numbers = ["514-555-0123", "(819) 555-0165", "438.555.0188", "+1 450 555 0177", "06 12 34 56 78", "+33 7 98 76 54 32"];

    private static readonly string[] Cues = ["dossier", "commande", "facture", "ticket", "order", "invoice", "référence"];

    public static TheoryData<string, string> CueAndNumber()
    {
        var data = new TheoryData<string, string>();
        foreach (var cue in Cues)
        {
            foreach (var number in Numbers)
            {
                data.Add(cue, number);
            }
        }

        return data;
    }

    private static List<string> Phones(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Phone).Select(e => text[e.Start..e.End])];

    [Theory]
    [MemberData(nameof(CueAndNumber))]
    [Trait("Req", "R42")]
    public void Scan_ReferenceCueBeforeAName_PhoneAfterTheNameIsFound(string cue, string number)
    {
        Phones($"Résume ce {cue} : Lina Haddad, {number}, attend sa carte.").Should().Equal([number], cue);
        Phones($"About the {cue}: Ross Delorme, {number}.").Should().Equal([number], cue);
    }

    [Theory]
    [MemberData(nameof(CueAndNumber))]
    [Trait("Req", "R42")]
    public void Scan_ReferenceCueRightBeforeTheNumber_IsStillAReference(string cue, string number)
    {
        Phones($"Le {cue} {number} est prêt.").Should().BeEmpty(cue);
        Phones($"{cue} : {number}").Should().BeEmpty(cue);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("n°")]
    [InlineData("#")]
    [InlineData("dossier")]
    [InlineData("commande")]
    [Trait("Req", "R42")]
    public void Scan_ReferenceCueOfAnotherNumberBeforeThePhone_PhoneIsFound(string cue)
    {
        foreach (var number in Numbers)
        {
            Phones($"Moi-même : Laurence Vigneault, membre {cue} 40418, {number}.").Should().Equal([number], cue);
            Phones($"{cue} 2024118, {number}").Should().Equal([number], cue);
        }
    }

    [Theory]
    [InlineData("+689 87 21 45 63")]
    [InlineData("+689 40 12 34 56")]
    [InlineData("+689 89 50 11 22")]
    [InlineData("00689 87 21 45 63")]
    [InlineData("+68987214563")]
    [Trait("Req", "R42")]
    public void Scan_FrenchPolynesiaEightDigitNumber_IsOnePhoneOverAllItsDigits(string number)
    {
        Phones($"Papeete : Heimana fait l'accueil, {number}.").Should().Equal(number);
        Phones($"Tél. {number} (Faa'a)").Should().Equal(number);
    }
}
