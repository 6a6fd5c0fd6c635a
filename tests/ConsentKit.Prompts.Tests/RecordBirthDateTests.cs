using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the twelfth session's round: a list's or an export's record gives a person's birth date with no cue,
/// right after the name. Rules over listed names, every written form of a date and every birth year, not one example each.
/// </summary>
public sealed class RecordBirthDateTests
{
    private static List<string> Givens() => ListedNames.Givens(433, 20);

    private static List<string> Families() => ListedNames.Families(2111, 20);

    private static readonly string[] Records =
    [
        "Transforme cette liste en JSON : {F} {G} {D} membre; Paul Gendron 2001-2003 bénévole.",
        "INSERT INTO adherents (nom, prenom, d, tel) VALUES ('{F}','{G}','{D}','418 555 0139');",
        "4521\t{G} {F}\t{D}\t8699, rue Ontario Est\tJonquière",
        "| {G} {F} | {D} | Fort-de-France |",
        "{G} {F}, {D}, district 12",
        "Liste des aînés :\n{F}, {G};{D};418-555-0122",
    ];

    // Day-month-year with each separator, year-month-day, and a day and a month in words.
    private static IEnumerable<string> Dates(int year, int month, int day) =>
    [
        $"{day:00}/{month:00}/{year}", $"{day:00}.{month:00}.{year}", $"{day}-{month}-{year}", $"{year}-{month:00}-{day:00}",
        $"{year}/{month:00}/{day:00}", $"{day} {Months[month - 1]} {year}",
    ];

    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_WholeDateOfABirthYearRightAfterANameInARecord_DateOfBirth()
    {
        var k = 0;
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var year = 1920 + (k * 7 % 90);
            foreach (var date in Dates(year, 1 + (k % 12), 1 + (k * 5 % 28)))
            {
                var template = Records[k++ % Records.Length];
                var text = template.Replace("{G}", Capitalize(given), StringComparison.Ordinal)
                    .Replace("{F}", family.ToUpperInvariant(), StringComparison.Ordinal).Replace("{D}", date, StringComparison.Ordinal);
                Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PostgreSqlCopyRows_CellsOfTheNamedColumns()
    {
        // pg_dump writes a table as "COPY … (columns) FROM stdin;", then one row per line, cells between tabs, "\N" for null.
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var (g, f) = (Capitalize(given), Capitalize(family));
            var text = $"COPY public.membres (id, nom, prenom, date_naissance, adresse, code_postal) FROM stdin;\n"
                + $"4521\t{f}\t{g}\t1959-06-08\t8699, rue Ontario Est\tG7X0M3\n4522\t{f}-{f}\t{g}\t\\N\t\\N\t\\N\n\\.\n";
            People(text).Should().Equal([f, g, $"{f}-{f}", g], text);
            Of(PersonalDataType.DateOfBirth, text).Should().Equal(["1959-06-08"], text);
            Of(PersonalDataType.PostalCode, text).Should().Equal(["G7X0M3"], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NumbersInColumnsThreeSpacesApart_NeverOneNumber()
    {
        // A fixed-width print sets its columns three spaces apart or more: a SIN and the date beside it are two cells.
        foreach (var sin in new[] { "756006037", "197749476", "046454286" })
        {
            var row = $"Okonkwo           Ngozi         {sin}   1978-03-01 Scrutineer";
            Of(PersonalDataType.CaSin, row).Should().Equal([sin], row);
        }

        Of(PersonalDataType.Phone, "514 555   0101").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Rappeler {G} {F} {D} pour le pointage.")]
    [InlineData("| {G} {F} | {D} | appel fait |")]
    [Trait("Req", "R42")]
    public void Scan_DateOfARecentYearAfterAName_NoBirthDate(string template)
    {
        // A date after the latest birth year a campaign's records hold is a contact's or an event's.
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            foreach (var year in new[] { 2011, 2019, 2026 })
            {
                var text = template.Replace("{G}", Capitalize(given), StringComparison.Ordinal)
                    .Replace("{F}", Capitalize(family), StringComparison.Ordinal).Replace("{D}", $"{year}-03-14", StringComparison.Ordinal);
                Of(PersonalDataType.DateOfBirth, text).Should().BeEmpty(text);
            }
        }
    }

    [Theory]
    [InlineData("{G} {F} a été rencontré le {D}.")]
    [InlineData("{G} {F}. {D} : début du mandat.")]
    [InlineData("{G} {F}\n{D} réunion du comité")]
    [InlineData("{G} {F} (dossier 4521) {D}")]
    [Trait("Req", "R42")]
    public void Scan_DateAfterANameWithTheSentenceOrTheRecordBetween_NoBirthDate(string template)
    {
        // A verb, a sentence's end, a new line or another field's digits between the name and the date: not its record's cell.
        foreach (var (given, family) in Givens().Zip(Families()))
        {
            var text = template.Replace("{G}", Capitalize(given), StringComparison.Ordinal)
                .Replace("{F}", Capitalize(family), StringComparison.Ordinal).Replace("{D}", "1987-05-12", StringComparison.Ordinal);
            Of(PersonalDataType.DateOfBirth, text).Should().BeEmpty(text);
        }
    }
}
