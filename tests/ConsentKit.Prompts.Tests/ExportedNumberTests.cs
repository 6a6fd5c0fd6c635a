using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the thirteenth session's third round: numbers as exports, dialers and people give them. Rules over
/// generated numbers and every way of writing them, not one example each.
/// </summary>
public sealed class ExportedNumberTests
{
    // French numbers (geographic, mobile, VoIP) and North American ones, in international form without the "+".
    private static IEnumerable<string> International()
    {
        for (var k = 0; k < 20; k++)
        {
            yield return $"33{1 + (k % 7)}{(k * 7919 % 100000000):00000000}";
            yield return $"1{2 + (k % 8)}{k % 10}{(k * 3) % 10}{2 + (k % 8)}55{(k * 37) % 10000:0000}";
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_InternationalNumberWithoutItsPlusAsAWholeField_Phone()
    {
        foreach (var number in International())
        {
            foreach (var text in new[]
            {
                $"courriel;NOM;Prénom;SMS;CP\nx@exemple.fr;RICARD;Gwenaëlle;{number};35000",
                $"2026-10-28 18:33:05 agent=tnguyen dialed={number} result=CONTACT",
                $"{{\"id\":4,\"phone\":\"{number}\"}}",
            })
            {
                Of(PersonalDataType.Phone, text).Should().Equal([number], text);
            }

            // In a sentence, eleven digits are as likely a reference: not read as a phone without a field around them.
            Of(PersonalDataType.Phone, $"Le dossier {number} est clos.").Should().BeEmpty(number);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SinReadOutDigitByDigit_Sin()
    {
        string[] french = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
        foreach (var sin in new[] { "046454286", "503420374", "130692544", "419506811" }.Where(s => Checksums.Luhn(s)))
        {
            var spoken = string.Join(", ", sin.Chunk(3).Select(group => string.Join(' ', group.Select(c => french[c - '0']))));
            var text = $"NAS du travailleur d'élection : {spoken}. Nom : Sylvain Lacoursière.";
            Of(PersonalDataType.CaSin, text).Should().Equal([spoken], text);
            Of(PersonalDataType.Phone, text).Should().BeEmpty(text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PhoneAfterAQuestionOrAnExclamationNamingATicket_Phone()
    {
        foreach (var end in new[] { "?", "!", "?!" })
        {
            foreach (var number in new[] { "(709) 555-0124", "418 555-0122", "06 12 34 56 78" })
            {
                var text = $"Does he still want a ticket for next time{end} {number}";
                Of(PersonalDataType.Phone, text).Should().Equal([number], text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SinGivenByTelephoneAfterReceivedIt_Sin()
    {
        // "reçu" is a receipt and a past participle: with "téléphone" nearer the number, it is the second.
        foreach (var sin in new[] { "046 454 286", "130 692 544" })
        {
            var text = $"NAS reçu ensuite par téléphone : {sin}.";
            Of(PersonalDataType.CaSin, text).Should().Equal([sin], text);
        }
    }
}
