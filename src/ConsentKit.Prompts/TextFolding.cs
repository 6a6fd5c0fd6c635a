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
        if (text.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return (text, null);
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

            var folded = Fold(c);
            foreach (var f in folded)
            {
                sb.Append(f);
                map.Add(i);
            }
        }

        return (sb.ToString(), [.. map]);
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
        return sb.ToString();
    }
}
