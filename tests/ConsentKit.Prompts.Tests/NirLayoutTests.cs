using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the French social security number (NIR) is read only where fifteen digits can stand, so a phone or an
/// amount is dismissed before either layout is tried; every valid number, in either layout and with any separators between
/// its parts, is still found whole.
/// </summary>
public sealed class NirLayoutTests
{
    private static readonly string[] Separators = ["", " ", "-", ".", "\u00A0"];

    public static Arbitrary<(string Nir, string Text)> Numbers() =>
        (from sex in Gen.Elements("1", "2")
         from year in Gen.Choose(0, 99)
         from month in Gen.Choose(1, 12)
         from overseas in Gen.Elements(true, false)
         from department in overseas ? Gen.Choose(971, 976).Select(d => d.ToString(Inv)) : Gen.OneOf(Gen.Choose(1, 95).Select(d => d.ToString("00", Inv)), Gen.Elements("2A", "2B"))
         from commune in overseas ? Gen.Choose(1, 99).Select(c => c.ToString("00", Inv)) : Gen.Choose(1, 999).Select(c => c.ToString("000", Inv))
         from order in Gen.Choose(1, 999)
         from separators in Gen.Elements(Separators).ArrayOf(6)
         from before in Gen.Elements("NIR : ", "n° sécu ", "", "Numéro de sécurité sociale ")
         let body = sex + year.ToString("00", Inv) + month.ToString("00", Inv) + department + commune + order.ToString("000", Inv)
         let key = (97 - (long.Parse(body.Replace("2A", "19", StringComparison.Ordinal).Replace("2B", "18", StringComparison.Ordinal), Inv) % 97)).ToString("00", Inv)
         let parts = new[] { sex, year.ToString("00", Inv), month.ToString("00", Inv), department, commune, order.ToString("000", Inv), key }
         let nir = parts[0] + string.Concat(parts.Skip(1).Select((p, k) => separators[k] + p))
         select (nir, before + nir + ", à vérifier."))
        .ToArbitrary();

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    [Property(Arbitrary = [typeof(NirLayoutTests)], MaxTest = 2000)]
    [Trait("Req", "R42")]
    public bool Scan_AnyValidNirWithAnySeparators_FoundWhole((string Nir, string Text) a)
    {
        var start = a.Text.IndexOf(a.Nir, StringComparison.Ordinal);
        return PersonalDataScanner.Default.Scan(a.Text).Entities.Contains(new PersonalDataSpan(PersonalDataType.FrNir, start, start + a.Nir.Length));
    }
}
