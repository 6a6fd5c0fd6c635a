using System.Collections.Frozen;

namespace ConsentKit.Prompts;

/// <summary>
/// Personal data written to dodge filters: "jean [at] exemple [dot] com", "jean arobase exemple point com", and phone
/// numbers in words ("cinq un quatre…", "five one four…"), from the anchors the word pass finds.
/// </summary>
internal static class Obfuscations
{
    // Words that can start a spelled-out number ("un" and "one" only continue one: they are everywhere in prose).
    internal static readonly string[] NumberAnchors = ["zero", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "two", "three", "four", "five", "seven", "eight", "nine"];

    // The digit words of the scanner's one table of number words, and "oh"/"o" as English speakers read a zero in a number.
    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> NumberWords = PersonalDataScanner.NumberWordValues
        .Where(w => w.Value < 10)
        .Select(w => KeyValuePair.Create(w.Key, (char)('0' + w.Value)))
        .Concat([KeyValuePair.Create("oh", '0'), KeyValuePair.Create("o", '0')])
        .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The digit words, folded: the words <see cref="IsNumberWord"/> accepts.</summary>
    internal static IEnumerable<string> DigitWords => NumberWords.Dictionary.Keys;

    internal static readonly WordSet AtWords = NameLists.Words(new[] { "at", "arobase", "@" });
    private static readonly WordSet DotWords = NameLists.Words(new[] { "dot", "point", "." });
    private static readonly WordSet Tlds = NameLists.Words(new[] { "com", "ca", "fr", "org", "net", "info", "qc", "gouv", "be", "ch", "eu", "io", "co", "uk", "us", "edu", "gc" });

    internal static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        return NumberWords.ContainsKey(NameLists.Fold(word, buffer));
    }

    // Tokens: words, or single punctuation in brackets "[at]" "(dot)", or "@"/".".
    private static (int Start, int End) Token(ReadOnlySpan<char> t, int j)
    {
        while (j < t.Length && (PersonalDataScanner.IsSpace(t[j]) || t[j] is '[' or ']' or '(' or ')' or '{' or '}'))
        {
            j++;
        }

        if (j >= t.Length)
        {
            return (-1, -1);
        }

        if (t[j] is '@' or '.')
        {
            return (j, j + 1);
        }

        var s = j;
        while (j < t.Length && (char.IsLetterOrDigit(t[j]) || t[j] is '-' or '_'))
        {
            j++;
        }

        return j == s ? (-1, -1) : (s, j);
    }

    // A digit's word read out: letters only, so that "quatre-un-huit" is three words (an e-mail's tokens keep their hyphens).
    private static (int Start, int End) DigitWord(ReadOnlySpan<char> t, int j)
    {
        while (j < t.Length && (PersonalDataScanner.IsSpace(t[j]) || t[j] is '[' or ']' or '(' or ')' or '{' or '}'))
        {
            j++;
        }

        var s = j;
        while (j < t.Length && char.IsLetter(t[j]))
        {
            j++;
        }

        return j == s ? (-1, -1) : (s, j);
    }

    internal static int ObfuscatedEmail(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        // The local part: the word (with dots) just before the anchor.
        var l = i;
        while (l > 0 && (PersonalDataScanner.IsSpace(t[l - 1]) || t[l - 1] is '[' or '(' or '{'))
        {
            l--;
        }

        var localEnd = l;
        while (l > 0 && (char.IsLetterOrDigit(t[l - 1]) || t[l - 1] is '.' or '_' or '-'))
        {
            l--;
        }

        if (l == localEnd)
        {
            return -1;
        }

        var (atStart, atEnd) = Token(t, i);
        if (atStart < 0 || !NameLists.Contains(AtWords, t[atStart..atEnd]))
        {
            return -1;
        }

        // The domain: labels joined by "dot", "point" or ".", ending in a known top-level domain.
        var j = atEnd;
        var labels = 0;
        var end = -1;
        var expectLabel = true;
        for (var steps = 0; steps < 12; steps++)
        {
            var (ws, we) = Token(t, j);
            if (ws < 0)
            {
                break;
            }

            var word = t[ws..we];
            if (expectLabel)
            {
                if (word is "@" or ".")
                {
                    break;
                }

                labels++;
                if (labels >= 2 && NameLists.Contains(Tlds, word))
                {
                    end = we;
                }

                expectLabel = false;
            }
            else if (NameLists.Contains(DotWords, word))
            {
                expectLabel = true;
            }
            else
            {
                break;
            }

            j = we;
            if (j < t.Length && t[j] is ']' or ')' or '}')
            {
                j++;
            }
        }

        if (end < 0)
        {
            return -1;
        }

        found.Add(new(PersonalDataType.Email, l, end));
        return end;
    }

    // The two letters of a country code just before a spelled-out number: "FR" or "F R" (either case), or none (Start -1).
    private static (int Start, char First, char Second) CountryBefore(ReadOnlySpan<char> t, int start)
    {
        var k = start;
        while (k > 0 && t[k - 1] is ' ' or ',' or ':' or '-' && start - k < 4)
        {
            k--;
        }

        if (k >= 2 && char.IsAsciiLetter(t[k - 1]) && char.IsAsciiLetter(t[k - 2]) && (k == 2 || !char.IsLetter(t[k - 3])))
        {
            return (k - 2, char.ToUpperInvariant(t[k - 2]), char.ToUpperInvariant(t[k - 1]));
        }

        if (k >= 3 && char.IsAsciiLetter(t[k - 1]) && t[k - 2] == ' ' && char.IsAsciiLetter(t[k - 3]) && (k == 3 || !char.IsLetter(t[k - 4])))
        {
            return (k - 3, char.ToUpperInvariant(t[k - 3]), char.ToUpperInvariant(t[k - 1]));
        }

        return (-1, ' ', ' ');
    }

    // Seven or more digits spelled out ("cinq un quatre, cinq cinq cinq…") read as a phone number.
    internal static int NumberRun(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        // Back up to the first number word of the run ("un" and "one" are not anchors).
        var start = i;
        while (true)
        {
            var p = start;
            while (p > 0 && (PersonalDataScanner.IsSpace(t[p - 1]) || t[p - 1] is ',' or '-'))
            {
                p--;
            }

            var ws = p;
            while (ws > 0 && char.IsLetter(t[ws - 1]))
            {
                ws--;
            }

            if (ws == p || p == start || !IsNumberWord(t[ws..p]))
            {
                break;
            }

            start = ws;
        }

        var j = start;
        var digits = 0;
        var end = -1;
        Span<char> value = stackalloc char[34];
        Span<char> buffer = stackalloc char[8];
        while (true)
        {
            var (ws, we) = DigitWord(t, j);
            if (ws < 0 || !IsNumberWord(t[ws..we]) || ws - j > 3)
            {
                break;
            }

            if (digits < value.Length)
            {
                value[digits] = NumberWords[NameLists.Fold(t[ws..we], buffer[..(we - ws)])];
            }

            digits++;
            end = we;
            j = we;
            // "cinq, cinq", "quatre-un-huit", "huit - cinq": a comma, a hyphen or a dash between spaces joins the digits.
            while (j < t.Length && j - we < 3 && (t[j] is ',' or '-' || (PersonalDataScanner.IsSpace(t[j]) && j + 1 < t.Length && t[j + 1] == '-')))
            {
                j++;
            }
        }

        // "F R sept six trois zéro …": an IBAN read out, its country's letters before the digits, valid by its check digits.
        if (digits is >= 13 and <= 32 && CountryBefore(t, start) is { Start: >= 0 } country)
        {
            Span<char> iban = stackalloc char[34];
            iban[0] = country.First;
            iban[1] = country.Second;
            value[..digits].CopyTo(iban[2..]);
            if (Checksums.IbanValid(iban[..(digits + 2)]))
            {
                found.Add(new(PersonalDataType.Iban, country.Start, end));
                return end;
            }
        }

        // Sixteen digits that pass the Luhn check are a card read out digit by digit, not a phone.
        if (digits is >= 13 and <= 19 && Checksums.Luhn(value[..digits]))
        {
            found.Add(new(PersonalDataType.CreditCard, start, end));
            return end;
        }

        // Nine digits that pass it are a SIN read out ("cinq zéro trois, quatre deux zéro, trois sept quatre"), as when written.
        if (digits == 9 && value[0] != '8' && Checksums.Luhn(value[..digits]))
        {
            found.Add(new(PersonalDataType.CaSin, start, end));
            return end;
        }

        if (digits >= 7)
        {
            found.Add(new(PersonalDataType.Phone, start, end));
            return end;
        }

        return -1;
    }
}
