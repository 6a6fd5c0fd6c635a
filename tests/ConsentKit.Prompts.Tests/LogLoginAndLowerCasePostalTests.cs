using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the nineteenth session (round 35, read from the forty-second blind set, pp, after its first contact,
/// and from the log lines of nineteen spent sets): an account name in a log's running text ("Accepted publickey for
/// mtremblay from…", "user kwhitebear connected", "utilisateur fgosselin a exporté", "logged in as mokoye", "scanned_by=")
/// names its holder when it is built from a person's names as logins are; a Canadian postal code typed in lower case, with
/// or without its space, is one; a phone before a dollar amount ("250-555-0112 $500") is a phone. Rules over generated
/// logins, codes and numbers.
/// </summary>
public sealed class LogLoginAndLowerCasePostalTests
{
    private static IEnumerable<string> Logins() =>
        Givens(11, 8).Zip(Families(17, 8)).SelectMany(p => new[] { $"{p.First[0]}{p.Second}", $"{p.First}{p.Second[0]}", $"{p.First}.{p.Second}", $"{p.First[0]}{p.Second}7" });

    private static readonly string[] Lines =
    [
        "sshd[2010]: Accepted publickey for {0} from 198.51.100.23 port 40112 ssh2",
        "Failed password for {0} from 203.0.113.88 port 52214 ssh2",
        "vpn: session opened for {0} from 2001:db8:4a::19",
        "VPN: user {0} connected from 192.0.2.240",
        "Disconnected from user {0} 10.20.4.12 port 55810",
        "audit: user {0} exported segment \"lawn-signs-ward4\"",
        "2026-09-29 10:41 — utilisateur {0} a exporté 1 204 fiches",
        "[.]51[.]100[.]88 logged in as {0} at 09:12.",
        "role=volunteer scanned_by={0}",
        "doc uploaded_by={0} ip=203.0.113.58",
        "fiche approuvé_par={0}",
    ];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PersonsLoginAfterALogsCue_ThePerson()
    {
        foreach (var login in Logins())
        {
            foreach (var line in Lines)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, line, login);
                Of(PersonalDataType.Person, text).Should().Equal([login], text);
            }
        }
    }

    [Theory]
    [InlineData("She is a wheelchair user since 2019 and votes by mail.")]
    [InlineData("A user friendly app for seniors from Laval.")]
    [InlineData("Thanks for voting from home; he served as mayor.")]
    [InlineData("Failed password for invalid user admin from 203.0.113.5 port 22")]
    [InlineData("session opened for user root by (uid=0)")]
    [InlineData("Le formulaire pour utilisateur avancé est prêt.")]
    [Trait("Req", "R42")]
    public void Scan_CueWordsBeforeAWordOrASystemAccount_NoPerson(string text) =>
        Of(PersonalDataType.Person, text).Should().BeEmpty(text);

    private static IEnumerable<string> PostalCodes() =>
        from first in "abceghjklmnprstvxy"
        from digit in "0471"
        select $"{first}{digit}{"hxrkpz"[(first + digit) % 6]}{(digit + 3) % 10}{"yjwtbn"[first % 6]}{digit}";

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PostalCodeInLowerCase_ThePostalCode()
    {
        foreach (var code in PostalCodes())
        {
            foreach (var written in new[] { code, $"{code[..3]} {code[3..]}", $"{code[..3]}-{code[3..]}" })
            {
                foreach (var text in new[] { $"Chicoutimi {written} (membre)", $"écrit en minuscules : {written}.", $"cp={written}&ville=Laval" })
                {
                    Of(PersonalDataType.PostalCode, text).Should().Equal([written], text);
                }
            }
        }
    }

    [Theory]
    [InlineData("ref abc-h2x1y4 in the log")]
    [InlineData("build d4f5a6 and k9z9z9z")]
    [InlineData("hash h2x1y4z7 seen")]
    [InlineData("token_h2x1y4 expired")]
    [Trait("Req", "R42")]
    public void Scan_LetterDigitRunsThatAreNoPostalCode_NoPostalCode(string text) =>
        Of(PersonalDataType.PostalCode, text).Should().BeEmpty(text);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PhoneBeforeADollarAmount_ThePhone()
    {
        foreach (var phone in new[] { "250-555-0112", "514 555 0142", "(438) 555-0199", "4185550133" })
        {
            foreach (var text in new[] { $"Philippa Hawthorne {phone} $500\nJun Nakashima 250-555-0145 $150", $"Total 150 $ {phone} à rappeler", $"Don: {phone} €75" })
            {
                Of(PersonalDataType.Phone, text).Should().Contain(phone, text);
            }
        }

        // A currency sign that holds to the number is still an amount's.
        Of(PersonalDataType.Phone, "Total : 5 145 550 142 $ cette année").Should().BeEmpty();
        Of(PersonalDataType.Phone, "Budget $ 5145550142 approved").Should().BeEmpty();
    }
}
