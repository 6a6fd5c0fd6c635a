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

    public static bool IbanValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34)
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
