namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19: a birth cue reaches every date of a list after it, and no date that other words separate from it.</summary>
public sealed class BirthCueReachTests
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "yyyy-MM-dd", "d MMMM yyyy"];

    private static readonly string[] Cues = ["Née le", "Nés le", "Date de naissance :", "DOB:", "Born on"];

    private static readonly string[] OtherEvents = ["inscrite le", "don reçu le", "carte expirée le", "registered on", "last call on"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var format in Formats)
        {
            foreach (var cue in Cues)
            {
                data.Add(format, cue, OtherEvents[(cue.Length + format.Length) % OtherEvents.Length]);
            }
        }

        return data;
    }

    private static string Date(int k, string format) =>
        new DateOnly(1940 + (k * 7), 1 + (k % 12), 1 + ((k * 5) % 28)).ToString(format, format.Contains("MMMM", StringComparison.Ordinal)
            ? System.Globalization.CultureInfo.GetCultureInfo("fr-CA") : System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Births(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.DateOfBirth).Select(e => text[e.Start..e.End])];

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Req", "R42")]
    public void Scan_DateAfterABirthDateAndAnotherEvent_NotABirthDate(string format, string cue, string other)
    {
        var (birth, later) = (Date(1, format), Date(9, format));
        Births($"{cue} {birth} à Laval, {other} {later}.").Should().Equal(birth);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Req", "R42")]
    public void Scan_SeveralBirthDatesListedAfterOneCue_AllBirthDates(string format, string cue, string other)
    {
        _ = other;
        var dates = new[] { Date(2, format), Date(3, format), Date(4, format) };
        Births($"{cue} {dates[0]}, {dates[1]} et {dates[2]}.").Should().Equal(dates);
    }
}
