using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the nineteenth session (round 37, read from pp's and qq's first contacts, then found in thirty spent
/// sets): digits read out as words joined by hyphens ("quatre-un-huit cinq-cinq-cinq zéro-un-six-deux", "six-one-three,
/// five-five-five") are the number they spell, as when spaces join them; and a phone after a dash between spaces that
/// follows another number ("LiUNA 837 — 905-555-0149", a list's fields) is the phone, not a longer run of digits. Rules
/// over generated numbers.
/// </summary>
public sealed class HyphenatedDigitWordAndDashedFieldTests
{
    private static readonly string[] French = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
    private static readonly string[] English = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static IEnumerable<string> Phones() => ["418-555-0162", "514-555-0146", "613-555-0122", "902-555-0161", "450-555-0199"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_DigitWordsJoinedByHyphens_ThePhone()
    {
        foreach (var phone in Phones())
        {
            foreach (var words in new[] { French, English })
            {
                var groups = phone.Split('-').Select(g => string.Join('-', g.Select(d => words[d - '0']))).ToArray();
                foreach (var joint in new[] { " ", ", ", " — " })
                {
                    var spelled = string.Join(joint, groups);
                    foreach (var text in new[] { $"Le numéro de Réjean : {spelled} (bénévole).", $"call her at {spelled}, she has the signs" })
                    {
                        Of(PersonalDataType.Phone, text).Should().Equal([spelled], text);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("quatre-vingt-dix-huit personnes, vingt-deux bénévoles, trois-quatre fois par semaine")]
    [InlineData("a one-two punch, two-three days, a four-five split")]
    [Trait("Req", "R42")]
    public void Scan_NumberWordsThatSpellNoNumber_NothingFound(string text) =>
        Found(text).Should().BeEmpty(text);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PhoneAfterADashedFieldWithANumber_ThePhone()
    {
        var k = 0;
        foreach (var (given, family) in Givens(13, 5).Zip(Families(19, 5)))
        {
            foreach (var field in new[] { "LiUNA 837", "OPSEU Local 240", "USW Local 1005", "CUPE 2316" })
            {
                var phone = Phones().ElementAt(k++ % 5);
                var text = $"{Capitalize(given)} {Capitalize(family)} — {field} — {phone}";
                Of(PersonalDataType.Phone, text).Should().Equal([phone], text);
            }
        }

        // A phone written with spaced dashes throughout, or a dash after its area code, stays whole.
        Of(PersonalDataType.Phone, "tél 450 - 555 - 0153").Should().Equal(["450 - 555 - 0153"]);
        Of(PersonalDataType.Phone, "tél 514 — 555-0142").Should().Equal(["514 — 555-0142"]);
    }
}
