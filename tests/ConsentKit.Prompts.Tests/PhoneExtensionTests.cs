using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5: a phone number and its extension are one span however the extension is written, set apart by a space
/// or glued on ("514-555-0133x23" left the whole number in the text), in North American and French formats.
/// </summary>
public sealed class PhoneExtensionTests
{
    public static Arbitrary<(string Phone, string Text)> Written() =>
        (from line in Gen.Choose(100, 199)
         from number in Gen.Elements("514-555-0{0}", "514 555 0{0}", "(514) 555-0{0}", "514.555.0{0}", "+1 514 555 0{0}", "5145550{0}", "06 12 34 5{1} 78", "+33 6 12 34 5{1} 78")
         from extension in Gen.Elements("x23", "X23", "x 23", " x23", " ext. 4", "ext. 4", " poste 2345", " #12", "#12", "ext23")
         from context in Gen.Elements("Call {0} today.", "Tél. : {0}", "({0})", "{0}, merci.")
         let phone = string.Format(System.Globalization.CultureInfo.InvariantCulture, number, line, line % 10) + extension
         select (phone, string.Format(System.Globalization.CultureInfo.InvariantCulture, context, phone)))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(PhoneExtensionTests)], MaxTest = 2000)]
    [Trait("Req", "R42")]
    public bool Scan_AnyPhoneWithAnyExtension_OneSpanOverBoth((string Phone, string Text) a)
    {
        var start = a.Text.IndexOf(a.Phone, StringComparison.Ordinal);
        var end = start + a.Phone.Length;
        var digitsStart = a.Phone[0] is '(' ? start + 1 : start;
        return PersonalDataScanner.Default.Scan(a.Text).Entities.Any(e => e.Type == PersonalDataType.Phone && e.Start <= digitsStart && e.End == end);
    }
}
