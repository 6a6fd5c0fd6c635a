using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5: an IBAN is found whole however its groups of four are set apart, by spaces, hyphens or dots (as the
/// scanner reads the groups of a SIN, a card or a phone), or not at all, in any of the countries whose account numbers are
/// digits, in a sentence or alone.
/// </summary>
public sealed class IbanGroupTests
{
    // Country and IBAN length (the registry's), for countries whose basic account number is all digits.
    private static readonly (string Country, int Length)[] Countries = [("FR", 27), ("DE", 22), ("BE", 16), ("ES", 24), ("CH", 21), ("PT", 25)];

    public static Arbitrary<(string Iban, string Text)> Written() =>
        (from country in Gen.Elements(Countries)
         from digits in Gen.Choose(0, 9).ArrayOf(country.Length - 4)
         from separator in Gen.Elements("", " ", "-", ".")
         from context in Gen.Elements("IBAN : {0}.", "{0}", "Virement sur le {0} demain", "Please wire it to {0}, thanks.")
         let bban = string.Concat(digits)
         let check = (98 - Mod97(bban + country.Country + "00")).ToString("00", System.Globalization.CultureInfo.InvariantCulture)
         let plain = country.Country + check + bban
         let iban = string.Join(separator, plain.Chunk(4).Select(g => new string(g)))
         select (iban, string.Format(System.Globalization.CultureInfo.InvariantCulture, context, iban)))
        .ToArbitrary();

    private static int Mod97(string s) =>
        (int)(BigInteger.Parse(string.Concat(s.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString())), System.Globalization.CultureInfo.InvariantCulture) % 97);

    [Property(Arbitrary = [typeof(IbanGroupTests)], MaxTest = 2000)]
    [Trait("Req", "R42")]
    public bool Scan_AnyValidIbanInGroupsOfFour_FoundWhole((string Iban, string Text) a)
    {
        var start = a.Text.IndexOf(a.Iban, StringComparison.Ordinal);
        return PersonalDataScanner.Default.Scan(a.Text).Entities.Contains(new PersonalDataSpan(PersonalDataType.Iban, start, start + a.Iban.Length));
    }
}
