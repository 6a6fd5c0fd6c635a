using System.Collections.Frozen;

namespace ConsentKit.Prompts;

/// <summary>The check digits that tell a real identifier from a number that merely looks like one.</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            var d = digits[k] - '0';
            if (doubled)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    // Visa 4; Mastercard 51-55, 2221-2720; Amex 34, 37; Discover 6011, 644-649, 65; Diners 36, 38, 300-305; JCB 3528-3589;
    // UnionPay 62; Maestro 50, 56-58, 63, 67; UATP 1 (15 digits).
    public static bool CardBrand(ReadOnlySpan<char> d)
    {
        if (d[0] == '1')
        {
            return d.Length == 15;
        }

        var two = ((d[0] - '0') * 10) + (d[1] - '0');
        var three = (two * 10) + (d[2] - '0');
        var four = (three * 10) + (d[3] - '0');
        return d[0] == '4'
            || two is (>= 50 and <= 58) or 34 or 37 or 36 or 38 or 65 or 62 or 63 or 67
            || four is (>= 2221 and <= 2720) or 6011 or (>= 3528 and <= 3589)
            || three is (>= 644 and <= 649) or (>= 300 and <= 305);
    }

    /// <summary>NIR: key = 97 - (first 13 digits mod 97), Corsica's 2A and 2B read as 19 and 18.</summary>
    public static bool NirKey(ReadOnlySpan<char> nir)
    {
        long number = 0;
        for (var k = 0; k < 13; k++)
        {
            var c = nir[k];
            int digit;
            if (c is 'A' or 'B')
            {
                // The department "2A" becomes 19 and "2B" 18: replace the preceding 2 as well.
                number = (number - 2) / 10 * 100 + (c == 'A' ? 19 : 18);
                continue;
            }

            digit = c - '0';
            number = (number * 10) + digit;
        }

        var key = ((nir[13] - '0') * 10) + (nir[14] - '0');
        return key == 97 - (int)(number % 97);
    }

    // IBAN lengths by country (SWIFT's IBAN registry), so that the word after an IBAN never passes for part of it when the
    // check digits happen to hold (one chance in 97). A country not listed here keeps the general 15-34.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IbanLengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["BR"] = 29,
        ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24,
        ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21,
        ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28,
        ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27,
        ["MT"] = 31, ["MU"] = 30, ["NL"] = 18, ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24,
        ["RS"] = 22, ["SA"] = 24, ["SC"] = 31, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23,
        ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IbanValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34
            || (IbanLengths.TryGetValue(iban[..2], out var length) && iban.Length != length))
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                var value = c - 'A' + 10;
                remainder = ((remainder * 100) + value) % 97;
            }
        }

        return remainder == 1;
    }
}
