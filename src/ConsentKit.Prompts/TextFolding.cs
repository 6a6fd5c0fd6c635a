using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConsentKit.Prompts;

/// <summary>
/// Undoes the usual evasions before scanning: zero-width and soft-hyphen characters removed, fullwidth and other
/// compatibility forms (NFKC) and Cyrillic or Greek look-alikes folded to ASCII, other decimal digits to 0-9. Keeps a map
/// from each folded position to the original one, so that spans always point into the original text. Most texts hold
/// none of these characters and are scanned as they are.
/// </summary>
internal static class TextFolding
{
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(BuildSuspicious());

    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ӏ'] = 'l', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
        ['ο'] = 'o', ['α'] = 'a', ['ν'] = 'v', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['ι'] = 'i', ['κ'] = 'k',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
        ['‐'] = '-', ['‑'] = '-', ['‒'] = '-', ['–'] = '-', ['—'] = '-', ['−'] = '-', ['․'] = '.', ['＠'] = '@',
    };

    /// <summary>The text to scan and, when it differs from the input, the original position of each of its characters.</summary>
    public static (string Text, int[]? Map) Fold(string text)
    {
        // The ASCII characters three of the checks below start from are searched once: most texts hold none, and then
        // none of those checks reads the text again.
        var marker = text.AsSpan().IndexOfAny(Markers);
        var plus = marker >= 0 && text.AsSpan(marker).Contains('+');
        if (!Suspect(text, marker))
        {
            return (DigitLookalikes(plus ? QueryPlusSpaces(text) : text), null);
        }

        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' or '\u180E')
            {
                continue;
            }

            // Mathematical alphanumeric symbols ("𝟓𝟏𝟒", "𝐉𝐞𝐚𝐧") are outside the BMP: the pair folds to its plain character.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && text.Substring(i, 2).Normalize(NormalizationForm.FormKC) is [var plain] && plain < 0x80)
            {
                sb.Append(plain);
                map.Add(i);
                i++;
                continue;
            }

            if (c == '%' && UrlEscape(text, i) is var decoded and not '\0')
            {
                sb.Append(decoded);
                map.Add(i);
                i += 2;
                continue;
            }

            if (c == '\\' && UnicodeEscape(text, i) is var letter and not '\0')
            {
                sb.Append(letter);
                map.Add(i);
                i += 5;
                continue;
            }

            var folded = Fold(c);
            foreach (var f in folded)
            {
                sb.Append(f);
                map.Add(i);
            }
        }

        return (DigitLookalikes(plus ? QueryPlusSpaces(sb.ToString()) : sb.ToString()), [.. map]);
    }

    /// <summary>
    /// A form's query string writes a space as "+" ("adresse=898+boulevard+Talbot&amp;cp=J8Y+4Y9"): in a token that holds both
    /// "=" and "&amp;", a "+" between letters or digits reads as a space. Same length, so the positions do not move. Each
    /// token is read once.
    /// </summary>
    internal static string QueryPlusSpaces(string text)
    {
        var t = text.AsSpan();
        char[]? copy = null;
        var at = t.IndexOf('+');
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(t[start - 1]))
            {
                start--;
            }

            var end = at;
            while (end < t.Length && !char.IsWhiteSpace(t[end]))
            {
                end++;
            }

            var token = t[start..end];
            if (token.Contains('=') && token.Contains('&'))
            {
                for (var k = start + 1; k < end - 1; k++)
                {
                    if (t[k] == '+' && char.IsLetterOrDigit(t[k - 1]) && char.IsLetterOrDigit(t[k + 1]))
                    {
                        (copy ??= text.ToCharArray())[k] = ' ';
                    }
                }
            }

            var next = end < t.Length ? t[end..].IndexOf('+') : -1;
            at = next < 0 ? -1 : end + next;
        }

        return copy is null ? text : new string(copy);
    }

    private static readonly SearchValues<char> Lookalikes = SearchValues.Create("OoIl");

    /// <summary>
    /// Letters typed for digits inside a number ("514 555 O1O1", "06 12 34 5l 78"): in a run of number groups that holds at
    /// least six digits, where every group has a digit of its own, O and o read as 0, I and l as 1. Same length, so the
    /// positions do not move. "Il a appelé le 514…" keeps its "Il": a group of letters only ends the run.
    /// </summary>
    internal static string DigitLookalikes(string text)
    {
        var t = text.AsSpan();
        char[]? copy = null;
        var i = t.IndexOfAnyInRange('0', '9');
        while (i >= 0 && i < t.Length)
        {
            // The run around this digit: groups of digits and look-alikes joined by one space, hyphen, dot or parenthesis.
            var start = i;
            while (start > 0 && (char.IsAsciiDigit(t[start - 1]) || Lookalikes.Contains(t[start - 1])))
            {
                start--;
            }

            int digits = 0, letters = 0;
            var groupHasDigit = false;
            var k = start;
            var runEnd = start;
            while (k < t.Length)
            {
                var c = t[k];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    groupHasDigit = true;
                }
                else if (Lookalikes.Contains(c))
                {
                    letters++;
                }
                else if (c is ' ' or '-' or '.' && groupHasDigit && k + 1 < t.Length && (char.IsAsciiDigit(t[k + 1]) || Lookalikes.Contains(t[k + 1])))
                {
                    runEnd = k;
                    groupHasDigit = false;
                }
                else
                {
                    break;
                }

                k++;
            }

            // The last group counts only when it has a digit and ends the word.
            var wordEnds = k >= t.Length || !char.IsLetter(t[k]);
            var startsWord = start == 0 || !char.IsLetter(t[start - 1]);
            var end = groupHasDigit && wordEnds ? k : runEnd;
            if (letters > 0 && digits >= 6 && startsWord && end > start)
            {
                copy ??= text.ToCharArray();
                for (var j = start; j < end; j++)
                {
                    copy[j] = t[j] switch { 'O' or 'o' => '0', 'I' or 'l' => '1', var same => same };
                }
            }

            var next = t[Math.Max(k, i + 1)..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : Math.Max(k, i + 1) + next;
        }

        return copy is null ? text : new string(copy);
    }

    private static string Fold(char c)
    {
        if (c < 0x80)
        {
            return c.ToString();
        }

        if (Homoglyphs.TryGetValue(c, out var ascii))
        {
            return ascii.ToString();
        }

        if (CharUnicodeInfo.GetDecimalDigitValue(c) is var digit and >= 0)
        {
            return ((char)('0' + digit)).ToString();
        }

        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        // Fullwidth forms, ligatures, circled and super/subscript characters: NFKC gives their plain form.
        var kc = c.ToString().Normalize(NormalizationForm.FormKC);
        return kc.Length is > 0 and <= 3 && kc.All(k => k < 0x250) ? kc : c.ToString();
    }

    // Every suspicious character but the soft hyphen is above U+0260: one vectorized range test over the text dismisses
    // nearly every French and English text, and only one that holds a character above it is searched with the full set.
    // A URL escape, a JSON escape, a query string's plus: ASCII only, so that the search is vectorized.
    private static readonly SearchValues<char> Markers = SearchValues.Create("%\\+");

    private static bool Suspect(ReadOnlySpan<char> text, int marker)
    {
        var above = text.IndexOfAnyExceptInRange('\0', '\u0260');
        return text.Contains('\u00AD') || (above >= 0 && text[above..].IndexOfAny(Suspicious) >= 0)
            || (marker >= 0 && (UrlEncoded(text, marker) || UnicodeEscaped(text[marker..])));
    }

    /// <summary>
    /// How many characters of the input the folded character that comes from <paramref name="i"/> stands for: a surrogate
    /// pair, a URL escape or a JSON escape is one folded character, so a span that ends on it ends after all of them.
    /// </summary>
    internal static int SourceLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2
        : text[i] == '%' && UrlEscape(text, i) != '\0' ? 3
        : text[i] == '\\' && UnicodeEscape(text, i) != '\0' ? 6
        : 1;

    // "M\u00e9lanie", "Wi\u015bniewski": JSON's escape of a letter, in a file or a log pasted as it was written. Only letters
    // are undone, so that no quote, backslash or line break appears that the text did not show. One search, for texts that
    // hold "\u".
    private static bool UnicodeEscaped(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("\\u", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (UnicodeEscape(text, at) != '\0')
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf("\\u", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static char UnicodeEscape(ReadOnlySpan<char> text, int at)
    {
        if (at + 6 > text.Length)
        {
            return '\0';
        }

        if (text[at + 1] != 'u' || !ushort.TryParse(text.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return '\0';
        }

        var c = (char)code;
        return char.IsLetter(c) && !char.IsSurrogate(c) ? c : '\0';
    }

    // "kwame%2Eosei%40gmail%2Ecom" from a form's query string: only "%40" and "%2E" are undone, between letters or digits,
    // so that a span never ends on a decoded character and keeps its end's mapping. One search, for texts that hold "%".
    private static bool UrlEncoded(ReadOnlySpan<char> text, int from)
    {
        var at = text[from..].IndexOf('%') is var first and >= 0 ? from + first : -1;
        while (at >= 0)
        {
            if (UrlEscape(text, at) != '\0')
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf('%');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static char UrlEscape(ReadOnlySpan<char> text, int at) =>
        at > 0 && at + 3 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 3]) && text[at + 1] is '4' or '2'
            ? (text[at + 1], text[at + 2]) switch { ('4', '0') => '@', ('2', 'E' or 'e') => '.', _ => '\0' }
            : '\0';

    private static string BuildSuspicious()
    {
        var sb = new StringBuilder("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u180E");
        void Range(int from, int to)
        {
            for (var c = from; c <= to; c++)
            {
                sb.Append((char)c);
            }
        }

        Range(0xFF01, 0xFF5E);   // fullwidth ASCII
        Range(0x0370, 0x03FF);   // Greek
        Range(0x0400, 0x052F);   // Cyrillic
        Range(0x2010, 0x2015);   // dashes
        Range(0x2024, 0x2024);
        Range(0x2212, 0x2212);
        Range(0x2070, 0x209F);   // super- and subscripts
        Range(0x2460, 0x24FF);   // circled
        Range(0xFB00, 0xFB06);   // ligatures
        Range(0x0660, 0x0669);   // Arabic-Indic digits
        Range(0x06F0, 0x06F9);
        Range(0x0966, 0x096F);   // Devanagari digits
        Range(0x0261, 0x0261);
        Range(0xD835, 0xD835);   // mathematical alphanumeric symbols (high surrogate)
        return sb.ToString();
    }
}
