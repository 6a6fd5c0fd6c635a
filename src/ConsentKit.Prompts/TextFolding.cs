using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ConsentKit.Prompts;

/// <summary>
/// Undoes the usual evasions before scanning: zero-width and soft-hyphen characters removed, fullwidth and other
/// compatibility forms (NFKC) and Cyrillic or Greek look-alikes folded to ASCII, other decimal digits to 0-9, text spelled
/// out one character at a time ("J o h n   K a r a s", "B.E.N. T.A.L.L.B.O.Y") joined again. Keeps a map
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
        // The characters the checks below start from are found once: most texts hold none, and then none of those checks
        // reads the text again. The suspicious characters matter only to a text that is not spelled out.
        var spacedOut = SpacedOut(text);
        var survey = Survey(text, suspects: spacedOut is null);
        if (spacedOut is null && !Suspect(text, survey))
        {
            return (DigitLookalikes(survey.Plus ? QueryPlusSpaces(text) : text), null);
        }

        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var dropped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (spacedOut is not null && dropped < spacedOut.Count && spacedOut[dropped] == i)
            {
                dropped++;
                continue;
            }

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

        return (DigitLookalikes(survey.Plus ? QueryPlusSpaces(sb.ToString()) : sb.ToString()), [.. map]);
    }

    /// <summary>
    /// The positions of the separators to drop from text spelled out one character at a time, in ascending order, or null
    /// when the text holds none: "D e s t i n y   H a r p e r", "4 5 0 - 5 5 5 - 0 1 5 3" (one space between characters,
    /// two or three between words) and "J.o.s.é.e L.a.b.e.r.g.e", "B.E.N.  T.A.L.L.B.O.Y" (a dot between letters or digits,
    /// a space between words). The separators inside a word go, a word break keeps one space, so the recognizers read
    /// "Destiny Harper" and "450-555-0153" and each span maps back onto the spaced-out characters. Six characters at least
    /// (five dotted), four of them letters or digits: "il y a à" and "U.S.A." stay as they are.
    /// </summary>
    internal static List<int>? SpacedOut(string text)
    {
        List<int>? drops = null;
        var t = text.AsSpan();
        var done = 0;
        for (var at = ThreeSingles(t, 0); at >= 0; at = ThreeSingles(t, Math.Max(done, at + 1)))
        {
            // A candidate is three single characters between separators; the run it belongs to starts a few words before
            // at most. Every character is parsed once: the next window starts where this one ended.
            var from = Math.Max(done, at - 64);
            var line = t[from..at].LastIndexOf('\n');
            from = line >= 0 ? from + line + 1 : from;
            var k = from;
            while (k <= at + 7 && k < t.Length)
            {
                var end = Run(t, k, ' ', ref drops, out var spaced);
                end = end > k ? end : Run(t, k, '.', ref drops, out var dotted) is var e && e > k ? e : -Math.Min(spaced, dotted);

                // A chain that is no run holds none from any of its later characters either (each would be a shorter
                // part of it), so the reading goes on from its last character: each character is read once or twice.
                k = end > k ? end : Math.Max(k + 1, -end);
            }

            ScanWork.Add(k - from);
            done = k;
        }

        return drops;
    }

    // The run of single characters that starts at k, separated by sep; its end (k when none), its drops added, and the last
    // character of the chain read (reached). It ends on a letter or a digit: "5 — Blanchette" and "4 S 5 , rue" keep the
    // dash and the comma apart from the value before them.
    private static int Run(ReadOnlySpan<char> t, int k, char sep, ref List<int>? drops, out int reached)
    {
        reached = k;
        if (!Single(t, k, sep) || !char.IsLetterOrDigit(t[k]) || (k > 0 && (char.IsLetterOrDigit(t[k - 1]) || (sep == '.' && t[k - 1] == '.'))))
        {
            return k;
        }

        // A longer run is cut after 256 separators and its rest read as a run of its own.
        Span<int> buffer = stackalloc int[256];
        var pending = 0;
        int tokens = 1, alnum = 1, inWord = 0;
        var last = k;
        (int Pending, int Last, int Tokens, int InWord) lastAlnum = (0, k, 1, 0);
        while (true)
        {
            // After a character: one separator inside a word; or a word break, two or three spaces (", " and "  " with dots).
            var g = last + 1;
            var spaces = 0;
            var dot = sep == '.' && g < t.Length && t[g] == '.';
            var s = dot ? g + 1 : g;
            while (s < t.Length && t[s] == ' ' && spaces < 4)
            {
                spaces++;
                s++;
            }

            if (sep == '.' && spaces > 0 && s < t.Length && t[s] == '.')
            {
                s++;
            }

            var inside = sep == ' ' ? spaces == 1 : dot && spaces == 0;
            var wordBreak = spaces is 2 or 3 || (sep == '.' && spaces == 1);
            if (!(inside || wordBreak) || s >= t.Length || !Single(t, s, sep) || pending + (s - g) > buffer.Length)
            {
                break;
            }

            // Inside a word every separator goes; at a break the first space stays (after the dot, with dots).
            var keep = inside ? -1 : (dot ? g + 1 : g);
            for (var d = g; d < s; d++)
            {
                if (d != keep)
                {
                    buffer[pending++] = d;
                }
            }

            inWord += inside ? 1 : 0;
            tokens++;
            last = s;
            if (char.IsLetterOrDigit(t[s]))
            {
                alnum++;
                lastAlnum = (pending, s, tokens, inWord);
            }
        }

        reached = last;
        (pending, last, tokens, inWord) = lastAlnum;
        if (tokens < (sep == '.' ? 5 : 6) || alnum < 4 || inWord < 3)
        {
            return k;
        }

        drops ??= [];
        foreach (var p in buffer[..pending])
        {
            drops.Add(p);
        }

        return last + 1;
    }

    // One character standing alone: not a space or the separator, and no letter or digit right after it ("9," is one,
    // "bénévole" is none). Dotted runs hold letters and digits only.
    private static bool Single(ReadOnlySpan<char> t, int k, char sep)
    {
        var c = t[k];
        if (char.IsWhiteSpace(c) || c == sep || (sep == '.' && !char.IsLetterOrDigit(c)) || char.IsSurrogate(c))
        {
            return false;
        }

        return k + 1 >= t.Length || !char.IsLetterOrDigit(t[k + 1]);
    }

    // The first character at or after `from` that starts three single characters between spaces (" J O H ", the text's
    // start and end count as spaces), a single character and another after a word break ("  1 Y"), or three characters
    // joined by dots ("a.r.c", "G.0.L"); or -1. Thirty-two characters per step (one 512-bit compare each for spaces and
    // dots where the processor has them, else four 128-bit ones, as in the ahead-of-time tool), with the previous
    // thirty-two's masks carried so that a pattern across two steps is seen; most texts have none and pay this one pass.
    internal static int ThreeSingles(ReadOnlySpan<char> t, int from) => ThreeSingles(t, from, Vector512.IsHardwareAccelerated);

    // wide: the thirty-two characters of a step in one 512-bit compare each for spaces and dots, where the processor has
    // it; the same masks either way, and a test holds both to the rule.
    internal static int ThreeSingles(ReadOnlySpan<char> t, int from, bool wide)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
        var spaceChars = Vector128.Create((ushort)' ');
        var dotChars = Vector128.Create((ushort)'.');

        // The search reads from two characters before `from`, the separators a pattern's first character needs; before the
        // text's start and after its end stands a space.
        var i = Math.Max(0, from - 2);
        ulong spaces = i == 0 ? 1UL << 63 : 0, dots = 0, plain = 0;
        while (true)
        {
            ulong s, d, real;
            if (wide && i + 32 <= t.Length)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)i);
                s = Vector512.Equals(v, Vector512.Create((ushort)' ')).ExtractMostSignificantBits();
                d = Vector512.Equals(v, Vector512.Create((ushort)'.')).ExtractMostSignificantBits();
                real = 0xFFFF_FFFF;
            }
            else if (i + 32 <= t.Length)
            {
                // Compared as characters, then narrowed: narrowing first would let U+0120 pass for a space.
                var a = Vector128.LoadUnsafe(ref start, (nuint)i);
                var b = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
                var c = Vector128.LoadUnsafe(ref start, (nuint)(i + 16));
                var e = Vector128.LoadUnsafe(ref start, (nuint)(i + 24));
                s = Vector128.Narrow(Vector128.Equals(a, spaceChars), Vector128.Equals(b, spaceChars)).ExtractMostSignificantBits()
                    | ((ulong)Vector128.Narrow(Vector128.Equals(c, spaceChars), Vector128.Equals(e, spaceChars)).ExtractMostSignificantBits() << 16);
                d = Vector128.Narrow(Vector128.Equals(a, dotChars), Vector128.Equals(b, dotChars)).ExtractMostSignificantBits()
                    | ((ulong)Vector128.Narrow(Vector128.Equals(c, dotChars), Vector128.Equals(e, dotChars)).ExtractMostSignificantBits() << 16);
                real = 0xFFFF_FFFF;
            }
            else
            {
                // The last characters, fewer than thirty-two, one at a time, and the space after the end: one step more.
                s = d = 0;
                for (var k = 0; k < t.Length - i; k++)
                {
                    s |= t[i + k] == ' ' ? 1UL << k : 0;
                    d |= t[i + k] == '.' ? 1UL << k : 0;
                }

                real = (1UL << (t.Length - i)) - 1;
                s |= 1UL << (t.Length - i);
            }

            spaces = (spaces >> 32) | (s << 32);
            dots = (dots >> 32) | (d << 32);
            plain = (plain >> 32) | ((~(s | d) & real) << 32);
            var chars = plain | dots;

            // Three characters between spaces (the first at p + 1 after the space at p); after a word break of two spaces,
            // a character, a space and a character ("(H 2 X  1 Y 4)"'s second word; at p + 2); three plain characters joined
            // by dots (at p). Bit p stands for character i - 32 + p.
            // Each pattern alternates a separator and a character, so it is built from its pairs: a third fewer operations
            // a step than testing each position.
            var spaceThenChar = spaces & (chars >> 1);
            var plainThenDot = plain & (dots >> 1);
            var spaced = spaceThenChar & (spaceThenChar >> 2) & (spaceThenChar >> 4) & (spaces >> 6);
            var broken = spaces & (spaceThenChar >> 1) & (spaceThenChar >> 3);
            var dotted = plainThenDot & (plainThenDot >> 2) & (plain >> 4);
            var found = (spaced << 1) | (broken << 2) | dotted;
            if (from > i - 32)
            {
                found &= ~0UL << (from - i + 32);
            }

            if (found != 0)
            {
                return i - 32 + System.Numerics.BitOperations.TrailingZeroCount(found);
            }

            if (i + 32 > t.Length)
            {
                return -1;
            }

            i += 32;
        }
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

    // The letters typed for digits: a comparison, where a set's lookup per character of every number cost more.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Lookalike(char c) => c is 'O' or 'o' or 'I' or 'l';

    /// <summary>
    /// Letters typed for digits inside a number ("514 555 O1O1", "06 12 34 5l 78"): in a run of number groups that holds at
    /// least six digits, where every group has a digit of its own, O and o read as 0, I and l as 1. Same length, so the
    /// positions do not move. "Il a appelé le 514…" keeps its "Il": a group of letters only ends the run.
    /// </summary>
    internal static string DigitLookalikes(string text) => LookalikeBesideDigit(text) ? RewriteLookalikes(text) : text;

    // The rewriting itself, which follows every number's digits; internal so that a test can hold the gate to it.
    internal static string RewriteLookalikes(string text)
    {
        var t = text.AsSpan();
        char[]? copy = null;
        var i = t.IndexOfAnyInRange('0', '9');
        while (i >= 0 && i < t.Length)
        {
            // The run around this digit: groups of digits and look-alikes joined by one space, hyphen, dot or parenthesis.
            var start = i;
            while (start > 0 && (char.IsAsciiDigit(t[start - 1]) || Lookalike(t[start - 1])))
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
                else if (Lookalike(c))
                {
                    letters++;
                }
                else if (c is ' ' or '-' or '.' && groupHasDigit && k + 1 < t.Length && (char.IsAsciiDigit(t[k + 1]) || Lookalike(t[k + 1])))
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

    /// <summary>
    /// Whether a look-alike letter stands right beside a digit anywhere in the text ("O1", "5l"): every group that
    /// <see cref="DigitLookalikes"/> rewrites holds a digit and a look-alike without a separator between them, so a text
    /// with no such pair has nothing to rewrite. One vectorized pass, where following every number's digits cost a scan's
    /// twentieth on prose.
    /// </summary>
    internal static bool LookalikeBesideDigit(ReadOnlySpan<char> t) => LookalikeBesideDigit(t, Vector512.IsHardwareAccelerated);

    // wide: thirty-two whole characters a step first, where the processor compares 512 bits at once; a test holds both
    // widths to the rule.
    internal static bool LookalikeBesideDigit(ReadOnlySpan<char> t, bool wide)
    {
        // The last character of a step is carried to the next, whatever the widths of the two.
        var i = 0;
        uint carriedDigit = 0, carriedLookalike = 0;
        if (wide)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
            for (; i + 32 <= t.Length; i += 32)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)i);
                var digit = (uint)Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10)).ExtractMostSignificantBits();
                var lookalike = (uint)(Vector512.Equals(v | Vector512.Create((ushort)0x20), Vector512.Create((ushort)'o'))
                    | Vector512.Equals(v, Vector512.Create((ushort)'I')) | Vector512.Equals(v, Vector512.Create((ushort)'l'))).ExtractMostSignificantBits();
                if (((((digit << 1) | carriedDigit) & lookalike) | (((lookalike << 1) | carriedLookalike) & digit)) != 0)
                {
                    return true;
                }

                (carriedDigit, carriedLookalike) = (digit >> 31, lookalike >> 31);
            }
        }

        // Sixteen characters a step, narrowed to bytes: a character past U+00FF may then pass for a digit or a look-alike,
        // which only sends the text to the full reading.
        for (; i + 16 <= t.Length; i += 16)
        {
            var bytes = LowBytes.At(t, i);
            var digit = Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits();
            var lookalike = (Vector128.Equals(bytes | Vector128.Create((byte)0x20), Vector128.Create((byte)'o'))
                | Vector128.Equals(bytes, Vector128.Create((byte)'I')) | Vector128.Equals(bytes, Vector128.Create((byte)'l'))).ExtractMostSignificantBits();
            var before = (digit << 1) | carriedDigit;
            var lookBefore = (lookalike << 1) | carriedLookalike;
            if (((before & lookalike) | (lookBefore & digit)) != 0)
            {
                return true;
            }

            (carriedDigit, carriedLookalike) = (digit >> 15, lookalike >> 15);
        }

        for (i = Math.Max(0, i - 1); i + 1 < t.Length; i++)
        {
            if ((char.IsAsciiDigit(t[i]) && Lookalike(t[i + 1])) || (Lookalike(t[i]) && char.IsAsciiDigit(t[i + 1])))
            {
                return true;
            }
        }

        return false;
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

    private static bool Suspect(ReadOnlySpan<char> text, in Landmarks survey) =>
        survey.SoftHyphen || (survey.Above >= 0 && text[survey.Above..].IndexOfAny(Suspicious) >= 0)
        || (survey.Marker >= 0 && (UrlEncoded(text, survey.Marker) || UnicodeEscaped(text[survey.Marker..])));

    /// <summary>Where the folding's checks start: the first "%", "\" or "+" (an escape's or a query string's), whether a
    /// "+" and a soft hyphen occur, and the first character past U+0260 (from which the suspicious characters are
    /// searched); -1 for none.</summary>
    internal readonly record struct Landmarks(int Marker, bool Plus, bool SoftHyphen, int Above);

    /// <summary>The landmarks of <paramref name="text"/>; without <paramref name="suspects"/>, the soft hyphen and the first
    /// character past U+0260 may be left unread (false and -1).</summary>
    internal static Landmarks Survey(ReadOnlySpan<char> text, bool suspects) => Survey(text, suspects, Vector512.IsHardwareAccelerated);

    // wide: the four answers from one reading, thirty-two whole characters a step, where the processor compares 512 bits
    // at once (three searches read a sparse text three times, a fiftieth of its scan); else the library's searches, as
    // before: the "+" only from the first marker, the soft hyphen and the characters past U+0260 only when asked. A test
    // holds both to the same answers.
    internal static Landmarks Survey(ReadOnlySpan<char> text, bool suspects, bool wide)
    {
        if (!wide)
        {
            var first = text.IndexOfAny(Markers);
            return new(
                first,
                first >= 0 && text[first..].Contains('+'),
                suspects && text.Contains('\u00AD'),
                suspects ? text.IndexOfAnyExceptInRange('\0', '\u0260') : -1);
        }

        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int marker = -1, above = -1;
        bool plus = false, softHyphen = false;
        var i = 0;
        for (; i + 32 <= text.Length; i += 32)
        {
            var v = Vector512.LoadUnsafe(ref start, (nuint)i);
            var plusSign = Vector512.Equals(v, Vector512.Create((ushort)'+'));
            var markers = plusSign | Vector512.Equals(v, Vector512.Create((ushort)'%')) | Vector512.Equals(v, Vector512.Create((ushort)'\\'));
            var soft = Vector512.Equals(v, Vector512.Create((ushort)0xAD));
            var high = Vector512.GreaterThan(v, Vector512.Create((ushort)0x260));
            if ((markers | soft | high) == Vector512<ushort>.Zero)
            {
                continue;
            }

            var m = markers.ExtractMostSignificantBits();
            var h = high.ExtractMostSignificantBits();
            marker = marker < 0 && m != 0 ? i + System.Numerics.BitOperations.TrailingZeroCount(m) : marker;
            above = above < 0 && h != 0 ? i + System.Numerics.BitOperations.TrailingZeroCount(h) : above;
            plus |= plusSign != Vector512<ushort>.Zero;
            softHyphen |= soft != Vector512<ushort>.Zero;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            marker = marker < 0 && c is '%' or '\\' or '+' ? i : marker;
            above = above < 0 && c > '\u0260' ? i : above;
            plus |= c == '+';
            softHyphen |= c == '\u00AD';
        }

        return new(marker, plus, softHyphen, above);
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
