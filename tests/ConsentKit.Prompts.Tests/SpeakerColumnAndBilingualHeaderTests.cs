using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the eighteenth session (read from the thirty-sixth blind set, an oral-history project's rosters): a
/// column of speakers, interviewees, witnesses or panellists holds names however rare they are to the model; a bilingual
/// header cell ("DOB / né(e) le", "Prénom / First name") says what its column holds in either language, and a qualifier
/// in parentheses ("CP (France)", read from the thirty-ninth set) leaves the header it qualifies. Rules over generated rows.
/// </summary>
public sealed class SpeakerColumnAndBilingualHeaderTests
{
    // Given and family names that no list holds and the model scores low.
    private static readonly string[] RareNames = ["Onésime Tetuanui", "Heimana Quispe", "Mirela Nkurunziza", "Kwabena Hrytsenko", "Oksana Dragomir"];

    public static TheoryData<string, string> SpeakerHeaderAndDelimiter()
    {
        var data = new TheoryData<string, string>();
        foreach (var header in new[] { "Speaker", "Intervenant·e", "Intervenante", "Interviewee", "Témoin", "Witness", "Panelist", "Conférencier" })
        {
            foreach (var delimiter in new[] { ",", ";", " | ", "\t" })
            {
                data.Add(header, delimiter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpeakerHeaderAndDelimiter))]
    [Trait("Req", "R42")]
    public void Scan_SpeakerOrWitnessColumn_EveryCellIsAName(string header, string delimiter)
    {
        var rows = RareNames.Select((name, k) => string.Join(delimiter, name, $"19{40 + k}", $"418-555-01{k:00}"));
        var text = $"Projet d'histoire orale\n{string.Join(delimiter, header, "Militant depuis", "Téléphone")}\n{string.Join('\n', rows)}";
        People(text).Should().Equal(RareNames, text);
    }

    [Theory]
    [InlineData("DOB / né(e) le")]
    [InlineData("Date de naissance / Date of birth")]
    [InlineData("Naissance/Birth")]
    [Trait("Req", "R42")]
    public void Scan_BilingualBirthHeader_EveryCellIsABirthDate(string header)
    {
        string[] dates = ["1945-06-19", "1943-11-16", "1937-09-13", "1951-02-28", "1948-12-01"];
        var rows = RareNames.Zip(dates, (name, date) => $"{name}, {date}, 506-555-0187");
        var text = $"Liste des intervenants\nNom / Name, {header}, Téléphone / Phone\n{string.Join('\n', rows)}";
        var result = PersonalDataScanner.Default.Scan(text);
        result.Entities.Where(e => e.Type == PersonalDataType.DateOfBirth).Select(e => text[e.Start..e.End]).Should().Equal(dates, text);
        People(text).Should().Equal(RareNames, text);
    }

    [Theory]
    [InlineData("Prénom / First name", "Nom / Last name")]
    [InlineData("First name/Prénom", "Last name/Nom")]
    [Trait("Req", "R42")]
    public void Scan_BilingualNameHeaders_EveryCellIsAName(string given, string family)
    {
        var rows = RareNames.Select(name => name.Split(' ')).Select(p => $"{p[0]};{p[1]};oui");
        var text = $"{given};{family};Bénévole / Volunteer\n{string.Join('\n', rows)}";
        People(text).Should().Equal(RareNames.SelectMany(n => n.Split(' ')), text);
    }

    [Theory]
    [InlineData("CP (France)")]
    [InlineData("Code postal (domicile)")]
    [InlineData("Postal code (home)")]
    [Trait("Req", "R42")]
    public void Scan_PostalHeaderWithAQualifierInParentheses_EveryCellIsAPostalCode(string header)
    {
        string[] codes = ["44100", "59800", "35000", "69007", "13006"];
        var rows = RareNames.Zip(codes, (name, code) => $"{name};06 39 98 82 27;{code}");
        var text = $"Expéditions aux adhérents\nAdhérent;Mobile;{header}\n{string.Join('\n', rows)}";
        Of(PersonalDataType.PostalCode, text).Should().Equal(codes, text);
    }

    [Theory]
    [InlineData("Date de naissance (jj/mm/aaaa)")]
    [InlineData("DOB (yyyy-mm-dd)")]
    [Trait("Req", "R42")]
    public void Scan_BirthHeaderWithAFormatInParentheses_EveryCellIsABirthDate(string header)
    {
        string[] dates = ["1945-06-19", "1943-11-16", "1937-09-13", "1951-02-28", "1948-12-01"];
        var rows = RareNames.Zip(dates, (name, date) => $"{name}, {date}, 506-555-0187");
        var text = $"Liste des intervenants\nNom, {header}, Téléphone\n{string.Join('\n', rows)}";
        Of(PersonalDataType.DateOfBirth, text).Should().Equal(dates, text);
    }

    [Theory]
    [InlineData("Ville / City")]
    [InlineData("Salle / Room")]
    [Trait("Req", "R42")]
    public void Scan_BilingualHeaderOfNoNameColumn_FindsNoName(string header)
    {
        var text = $"Date, {header}, Places\n2026-03-14, Florence, 40\n2026-03-21, Laval, 35";
        People(text).Should().BeEmpty(text);
    }
}
