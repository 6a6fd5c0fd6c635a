namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19: birth dates written in words, as a rule over generated dates (French and English spellers written here,
/// independently of the scanner's parser).</summary>
public sealed class SpelledDateTests
{
    private static readonly string[] FrUnits =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
        "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] FrTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    private static readonly string[] EnOnes =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] EnOrdinalOnes =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] FrMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    internal static string Fr(int n) => n switch
    {
        < 20 => FrUnits[n],
        < 70 => FrTens[n / 10] + (n % 10 == 1 ? " et un" : n % 10 > 0 ? "-" + FrUnits[n % 10] : ""),
        71 => "soixante et onze",
        < 80 => "soixante-" + FrUnits[n - 60],
        80 => "quatre-vingts",
        _ => "quatre-vingt-" + FrUnits[n - 80],
    };

    private static string En(int n) => n < 20 ? EnOnes[n] : EnTens[n / 10] + (n % 10 > 0 ? "-" + EnOnes[n % 10] : "");

    private static string EnOrdinal(int n) => n < 20 ? EnOrdinalOnes[n]
        : n % 10 == 0 ? EnTens[n / 10][..^1] + "ieth"
        : EnTens[n / 10] + "-" + EnOrdinalOnes[n % 10];

    private static string FrYear(int year) => year < 2000 ? "mille neuf cent " + Fr(year - 1900) : "deux mille" + (year > 2000 ? " " + Fr(year - 2000) : "");

    private static string EnYear(int year) => year < 2000
        ? "nineteen " + (year % 100 < 10 ? "oh " + EnOnes[year % 100] : En(year % 100))
        : "two thousand" + (year > 2000 ? " " + En(year - 2000) : "");

    // Every day, every month and a spread of years, crossed without testing all 31 x 12 x 90.
    public static TheoryData<int, int, int> Dates()
    {
        var data = new TheoryData<int, int, int>();
        for (var day = 1; day <= 31; day++)
        {
            data.Add(day, ((day * 5) % 12) + 1, 1921 + ((day * 7) % 85));
        }

        return data;
    }

    private static List<string> Births(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.DateOfBirth).Select(e => text[e.Start..e.End])];

    [Theory]
    [MemberData(nameof(Dates))]
    [Trait("Req", "R42")]
    public void Scan_FrenchBirthDateInWords_FoundWhole(int day, int month, int year)
    {
        var date = $"{(day == 1 ? "premier" : Fr(day))} {FrMonths[month - 1]} {FrYear(year)}";
        Births($"Elle est née le {date}, à Jonquière.").Should().Equal([date], date);
        Births($"Date de naissance : {day} {FrMonths[month - 1]} {FrYear(year)}").Should().Equal([$"{day} {FrMonths[month - 1]} {FrYear(year)}"]);
        Births($"Réunion du comité le {date}.").Should().BeEmpty("a date without a birth cue is not a birth date");
    }

    [Theory]
    [MemberData(nameof(Dates))]
    [Trait("Req", "R42")]
    public void Scan_EnglishBirthDateInWords_FoundWhole(int day, int month, int year)
    {
        var monthFirst = $"{EnMonths[month - 1]} {EnOrdinal(day)}, {EnYear(year)}";
        var dayFirst = $"the {EnOrdinal(day)} of {EnMonths[month - 1]} {EnYear(year)}";
        Births($"He was born on {monthFirst} in Halifax.").Should().Equal([monthFirst], monthFirst);
        Births($"DOB: {dayFirst}.").Should().Equal([dayFirst[4..]], dayFirst);
        Births($"The meeting is on {monthFirst}.").Should().BeEmpty();
    }
}
