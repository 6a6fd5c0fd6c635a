namespace ConsentKit.Prompts.Tests;

/// <summary>Issue 19's phone misses and false alarms, as rules over every usual way of writing a number.</summary>
public sealed class PhoneRuleTests
{
    // Without parentheses of their own: North American and French, national and international.
    private static readonly string[] Numbers =
    [
        "514 555 0101", "514-555-0102", "514.555.0103", "+1 514 555 0104", "1-438-555-0105", "06 12 34 56 78", "07.98.76.54.32",
        "+33 6 12 34 56 79", "01 45 67 89 10",
    ];

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in Numbers)
        {
            foreach (var b in Numbers.Where(b => b != a))
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    private static List<string> Phones(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.Phone).Select(e => text[e.Start..e.End])];

    [Theory]
    [MemberData(nameof(Pairs))]
    [Trait("Req", "R42")]
    public void Scan_TwoNumbersSeparatedOnlyByASpace_FindsBothExactly(string a, string b)
    {
        Phones($"Numéros : {a} {b}").Should().Equal(a, b);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NumberAfterASentencesOpeningParenthesis_SpanLeavesTheParenthesisOut()
    {
        foreach (var number in Numbers)
        {
            Phones($"Elle rappellera ({number}, le soir) demain.").Should().Equal([number], number);
            Phones($"Elle rappellera ({number}) demain.").Should().Equal([number], number);
        }

        Phones("Bureau : (514) 555-0199.").Should().Equal("(514) 555-0199");
    }

    [Theory]
    [InlineData("2024-03-14 21")]
    [InlineData("2024-03-14 21:05")]
    [InlineData("2024-03-14 21 05 33")]
    [InlineData("14/03/2024 21:05")]
    [InlineData("14.03.2024 21 h 05")]
    [InlineData("2026/11/02 09 30")]
    [Trait("Req", "R42")]
    public void Scan_DateFollowedByATime_IsNeverAPhone(string timestamp)
    {
        Phones($"Journal : {timestamp} envoi terminé").Should().BeEmpty();
        Phones($"[{timestamp}] envoi au 514 555 0101").Should().Equal("514 555 0101");
    }
}

/// <summary>Issue 19: addresses written "defanged", as security notes write them, are still addresses.</summary>
public sealed class DefangedAddressTests
{
    [Theory]
    [InlineData("203.0.113.60")]
    [InlineData("198.51.100.7")]
    [InlineData("10.0.0.1")]
    [Trait("Req", "R42")]
    public void Scan_Ipv4WithAnyDotDefanged_IsOneAddressOverItsWholeWrittenForm(string address)
    {
        var parts = address.Split('.');
        // Every way of defanging some or all of the three dots, with brackets or parentheses.
        for (var mask = 1; mask < 8; mask++)
        {
            foreach (var (open, close) in new[] { ('[', ']'), ('(', ')') })
            {
                var written = parts[0];
                for (var k = 1; k < 4; k++)
                {
                    written += ((mask >> (k - 1)) & 1) == 1 ? $"{open}.{close}" : ".";
                    written += parts[k];
                }

                var text = $"Connexion suspecte depuis {written} hier soir.";
                var found = PersonalDataScanner.Default.Scan(text).Entities.Select(e => (e.Type, Text: text[e.Start..e.End])).ToList();
                found.Should().Equal([(PersonalDataType.IpAddress, written)], written);
            }
        }
    }
}

/// <summary>Issue 19: a birth date whose cue comes after it, in the same clause, is a birth date; another date is not.</summary>
public sealed class BirthCueAfterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var date in new[] { "12/03/1965", "1965-03-12", "12 mars 1965", "March 12, 1965" })
        {
            foreach (var cue in new[] { " (date de naissance)", " (DDN)", ", date of birth", " (DOB)", " — naissance", ", born" })
            {
                data.Add(date, cue);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Req", "R42")]
    public void Scan_DateWithItsBirthCueAfterIt_IsADateOfBirthOverTheDateOnly(string date, string cue)
    {
        var text = $"Dossier de Mme Roy : {date}{cue}. Rappeler lundi.";
        var found = PersonalDataScanner.Default.Scan(text).Entities.Where(e => e.Type == PersonalDataType.DateOfBirth).Select(e => text[e.Start..e.End]);
        found.Should().Equal(date);
    }

    [Theory]
    [InlineData("12/03/1965 (date du rendez-vous)")]
    [InlineData("1965-03-12, reunion day")]
    [InlineData("12 mars 1965. La naissance du club")]
    [Trait("Req", "R42")]
    public void Scan_DateWithAnotherCueOrTheCueInTheNextSentence_IsNoBirthDate(string text)
    {
        PersonalDataScanner.Default.Scan(text).Entities.Should().NotContain(e => e.Type == PersonalDataType.DateOfBirth);
    }
}
