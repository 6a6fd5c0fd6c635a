using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the twelfth session's second round: birth dates in English ordinal form ("the 19th of October 2008",
/// "the second of February, nineteen eighty") and in the Italian, Spanish and Portuguese forms a community's card or form
/// uses, after their own words for "born". Rules over every day, month and year written each way, not one example each.
/// </summary>
public sealed class ForeignAndOrdinalDateTests
{
    private static readonly string[] English = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string Ordinal(int day) => day + (day is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_EnglishOrdinalDayOfMonthAfterABirthCue_DateOfBirth()
    {
        for (var k = 0; k < 24; k++)
        {
            var (day, month, year) = (1 + (k * 7 % 28), English[k % 12], 1931 + (k * 3));
            foreach (var date in new[] { $"{Ordinal(day)} of {month} {year}", $"{Ordinal(day)} of {month}, {year}" })
            {
                var text = $"Isaac Kaur-Bhatt was born on the {date}.";
                Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);
                var meeting = $"The riding meeting is on the {date}.";
                Of(PersonalDataType.DateOfBirth, meeting).Should().BeEmpty(meeting);
            }
        }

        Of(PersonalDataType.DateOfBirth, "Payroll: Jordan Blackwood, DOB the second of February, nineteen eighty, 55 Carlton St")
            .Should().Equal("second of February, nineteen eighty");
    }

    public static TheoryData<string, string[]> Forms() => new()
    {
        { "Giuseppe Rinaldi, nato il {0} a Palermo", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"] },
        { "Luis Pérez, fecha de nacimiento: {0}", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"] },
        { "Ana Souza, nascida em {0}", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"] },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    [Trait("Req", "R42")]
    public void Scan_ItalianSpanishOrPortugueseDateAfterItsBirthWord_DateOfBirth(string template, string[] months)
    {
        for (var m = 0; m < months.Length; m++)
        {
            var day = 1 + (m * 5 % 28);
            var year = 1940 + (m * 4);
            var italian = template.Contains("nato", StringComparison.Ordinal);
            var date = italian ? $"{day} {months[m]} {year}" : $"{day} de {months[m]} de {year}";
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, date);
            Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);
        }
    }

    [Theory]
    [InlineData("Małgorzata Wójcik, ur. {0}, wolontariuszka")]
    [InlineData("Dieter Vogel, geboren am {0}")]
    [Trait("Req", "R42")]
    public void Scan_NumericDateAfterAPolishOrGermanBirthWord_DateOfBirth(string template)
    {
        foreach (var date in new[] { "12.03.1975", "01.11.1948", "30.06.2001" })
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, date);
            Of(PersonalDataType.DateOfBirth, text).Should().Equal([date], text);
        }
    }
}
