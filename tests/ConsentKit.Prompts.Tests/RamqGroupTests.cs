using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5: a Québec health insurance number (RAMQ: four letters, then year, month (+50 for women), day and two
/// digits) is found whole however its digits are grouped: as the card prints them (4-4), in pairs, or together, apart by
/// spaces or hyphens, in a sentence or alone.
/// </summary>
public sealed class RamqGroupTests
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    public static Arbitrary<(string Number, string Text)> Written() =>
        (from letters in Gen.Elements("ABCDEFGHJKLMNPRSTVWXYZ".ToCharArray()).ArrayOf(4)
         from year in Gen.Choose(0, 99)
         from month in Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(51, 62))
         from day in Gen.Choose(1, 28)
         from last in Gen.Choose(0, 99)
         from grouping in Gen.Elements("4-4", "pairs", "together", "2-2-4")
         from separator in Gen.Elements(" ", "-")
         from context in Gen.Elements("RAMQ : {0}.", "{0}", "carte soleil {0} à renouveler", "health card {0}, exp. 2027")
         let d = year.ToString("00", Inv) + month.ToString("00", Inv) + day.ToString("00", Inv) + last.ToString("00", Inv)
         let digits = grouping switch
         {
             "4-4" => d[..4] + separator + d[4..],
             "pairs" => string.Join(separator, d.Chunk(2).Select(p => new string(p))),
             "2-2-4" => d[..2] + separator + d[2..4] + separator + d[4..],
             _ => d,
         }
         let number = new string(letters) + (grouping == "together" ? "" : separator) + digits
         select (number, string.Format(Inv, context, number)))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(RamqGroupTests)], MaxTest = 2000)]
    [Trait("Req", "R42")]
    public bool Scan_AnyValidRamqInAnyGrouping_FoundWhole((string Number, string Text) a)
    {
        var start = a.Text.IndexOf(a.Number, StringComparison.Ordinal);
        return PersonalDataScanner.Default.Scan(a.Text).Entities.Contains(new PersonalDataSpan(PersonalDataType.QcRamq, start, start + a.Number.Length));
    }
}
