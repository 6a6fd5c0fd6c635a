using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ConsentKit.Prompts;

/// <summary>
/// Finds personal data in French, English and mixed text (R42), in one left-to-right pass: the scan jumps with a
/// vectorized search to the few characters that can start personal data (digits, capitals, <c>@</c>), then runs bounded
/// recognizers there, so the time is linear in the input and no pattern can backtrack. Thread-safe and stateless but for
/// the optional dictionary of the integrator's own contact names.
/// </summary>
public sealed partial class PersonalDataScanner
{
    private readonly NameDictionary? _knownNames;

    /// <summary>A scanner with the shipped name lists.</summary>
    public PersonalDataScanner()
    {
    }

    /// <summary>A scanner that also finds the given full names (the integrator's contacts), matched in linear time.</summary>
    public PersonalDataScanner(IEnumerable<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(knownNames);
        _knownNames = new NameDictionary(knownNames);
    }

    /// <summary>A shared scanner with the shipped lists.</summary>
    public static PersonalDataScanner Default { get; } = new();

    /// <summary>Scans <paramref name="text"/>: the personal data spans (UTF-16 offsets into it) and the special categories revealed.</summary>
    public ScanResult Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var activity = ConsentKitActivitySource.Instance.StartActivity("consentkit.prompts.scan");
        ScanWork.Add(text.Length);
        var (folded, map) = TextFolding.Fold(text);
        // The working lists are the thread's from its last scan: a long text's lists grow to megabytes, and growing them
        // anew at each scan was a fresh large-object allocation, zeroed and faulted in page by page. A scan that somehow
        // ran inside another on the same thread would find none and make its own.
        var found = t_found ?? [];
        var hits = t_hits ?? [];
        (t_found, t_hits) = (null, null);
        ScanCore(folded, found);
        Tables.Find(folded, found);
        Ipv6Compressed(folded, found);
        WordPass.Run(folded, found, hits);
        var entities = Resolve(found);
        PlacesNotPersons(folded, entities);
        BirthDatesBesideNames(folded, entities);
        RamqConsistency.Apply(folded, entities);
        var sensitive = SensitiveLexicon.Evaluate(folded, hits, entities);
        (t_found, t_hits) = (Reusable(found), Reusable(hits));
        if (map is not null)
        {
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                // The last character may stand for several ("𝟑", "%40", "\u00e9"): the span ends after all of them.
                var last = map[e.End - 1];
                entities[i] = e with { Start = map[e.Start], End = last + TextFolding.SourceLength(text, last) };
            }
        }

        activity?.SetTag("consentkit.entities", entities.Count);
        activity?.SetTag("consentkit.sensitive", sensitive.Count);
        return new ScanResult(entities, sensitive);
    }

    [ThreadStatic]
    private static List<PersonalDataSpan>? t_found;

    [ThreadStatic]
    private static List<(int, int, Targeting.DataCategory)>? t_hits;

    // A list kept for the thread's next scan, emptied; one grown past a 5 MB text's needs is left to the collector, so a
    // thread holds at most a few megabytes between scans.
    private static List<T>? Reusable<T>(List<T> list)
    {
        if (list.Capacity > 1 << 17)
        {
            return null;
        }

        list.Clear();
        return list;
    }

    private void ScanCore(string text, List<PersonalDataSpan> found)
    {
        var t = text.AsSpan();
        var i = 0;
        while (i < t.Length)
        {
            i = NextTrigger(t, i);
            if (i < 0)
            {
                break;
            }

            var c = t[i];
            if (c >= 0x80 && c is not (>= 'À' and <= 'Þ') or '×')
            {
                i++;
                continue;
            }

            if (c == '@')
            {
                // "jean @ exemple.com" with spaces is an obfuscation; the word pass finds "at" and "arobase".
                i = Email(t, i, found) is var e and > 0 ? e : Obfuscations.ObfuscatedEmail(t, i, found) is var o and > 0 ? o : i + 1;
                continue;
            }

            // Inside a word or a code such as "INV-2025-000123" or "AB_12": not the start of personal data.
            if (i > 0 && (IsWordChar(t[i - 1]) || (t[i - 1] is '-' or '_' or '/' && i > 1 && char.IsLetter(t[i - 2]) && IsDigit(t[i]))))
            {
                i = SkipCode(t, i);
                continue;
            }

            var end = IsDigit(c) ? Numeric(t, i, found) : Upper(t, i, found);
            i = end > i ? end : SkipWord(t, i);
        }
    }

    /// <summary>
    /// The first character at or after <paramref name="from"/> that can start personal data: a digit, a capital (ASCII or
    /// Latin-1 but "×") or "@"; or -1. Sixteen characters a step, narrowed to bytes: a character past U+00FF may pass for
    /// one by its low byte, and the scan's own test of the character dismisses it. A lower-case accented letter, on
    /// the other hand, no longer stops the search (a SearchValues of ASCII characters stopped at every "é" of French prose).
    /// Where the processor compares 512 bits at once, thirty-two whole characters a step first, in which a character past
    /// U+00FF no longer stops it (the last sixteen to thirty-one characters go on sixteen a step; issue 19).
    /// </summary>
    internal static int NextTrigger(ReadOnlySpan<char> t, int from) => NextTrigger(t, from, Vector512.IsHardwareAccelerated);

    // wide: thirty-two characters a step, compared whole, then sixteen a step for the rest; a test holds both to the rule.
    internal static int NextTrigger(ReadOnlySpan<char> t, int from, bool wide)
    {
        var i = from;
        if (wide)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
            for (; i + 32 <= t.Length; i += 32)
            {
                var v = Vector512.LoadUnsafe(ref start, (nuint)i);
                var triggers = Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10))
                    | Vector512.LessThan(v - Vector512.Create((ushort)'A'), Vector512.Create((ushort)26))
                    | Vector512.Equals(v, Vector512.Create((ushort)'@'))
                    | (Vector512.LessThan(v - Vector512.Create((ushort)0xC0), Vector512.Create((ushort)0x1F)) & ~Vector512.Equals(v, Vector512.Create((ushort)0xD7)));
                var mask = triggers.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    return i + System.Numerics.BitOperations.TrailingZeroCount(mask);
                }
            }
        }

        for (; i + 16 <= t.Length; i += 16)
        {
            var bytes = LowBytes.At(t, i);
            var triggers = Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10))
                | Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26))
                | Vector128.Equals(bytes, Vector128.Create((byte)'@'))
                | (Vector128.LessThan(bytes - Vector128.Create((byte)0xC0), Vector128.Create((byte)0x1F)) & ~Vector128.Equals(bytes, Vector128.Create((byte)0xD7)));
            var mask = triggers.ExtractMostSignificantBits();
            if (mask != 0)
            {
                return i + System.Numerics.BitOperations.TrailingZeroCount(mask);
            }
        }

        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (IsDigit(c) || char.IsAsciiLetterUpper(c) || c == '@' || (c is >= 'À' and <= 'Þ' && c != '×'))
            {
                return i;
            }
        }

        return -1;
    }

    // IPv6 addresses that start with a letter ("fe80::1") are found from their "::"; the others start with a digit.
    private static void Ipv6Compressed(string text, List<PersonalDataSpan> found)
    {
        var t = text.AsSpan();
        var at = t.IndexOf("::", StringComparison.Ordinal);
        while (at >= 0)
        {
            var s = at;
            while (s > 0 && (char.IsAsciiHexDigit(t[s - 1]) || t[s - 1] == ':') && at - s < 40)
            {
                s--;
            }

            var end = (s == 0 || !char.IsLetterOrDigit(t[s - 1])) ? Ipv6At(t, s) : -1;
            if (end > 0)
            {
                found.Add(new(PersonalDataType.IpAddress, s, end));
            }

            var next = t[(Math.Max(end, at + 2))..].IndexOf("::", StringComparison.Ordinal);
            at = next < 0 ? -1 : Math.Max(end, at + 2) + next;
        }
    }

    // Not a type: a reference's digits (an order's, a booking's number in its column), which hide the phone or SIN the scan
    // read in them; Resolve keeps it over them and then drops it.
    internal const PersonalDataType NotPersonal = (PersonalDataType)255;

    // Keeps the longest of overlapping spans (an e-mail over the name inside it, an address over its number); a reference
    // wins a tie.
    private static List<PersonalDataSpan> Resolve(List<PersonalDataSpan> found)
    {
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : (b.Type == NotPersonal).CompareTo(a.Type == NotPersonal));
        var kept = new List<PersonalDataSpan>(found.Count);
        foreach (var span in found)
        {
            if (kept.Count > 0 && span.Start < kept[^1].End)
            {
                if (span.Length > kept[^1].Length)
                {
                    kept[^1] = span;
                }

                continue;
            }

            kept.Add(span);
        }

        kept.RemoveAll(span => span.Type == NotPersonal);
        return kept;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // Asked for nearly every character of a number and a name: the ahead-of-time compiler left it a call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    internal static int SkipWord(ReadOnlySpan<char> t, int i)
    {
        var j = i + 1;
        while (j < t.Length && IsWordChar(t[j]))
        {
            j++;
        }

        return j;
    }

    private static int SkipCode(ReadOnlySpan<char> t, int i)
    {
        var j = i + 1;
        while (j < t.Length && (IsWordChar(t[j]) || (t[j] is '-' or '_' && j + 1 < t.Length && IsWordChar(t[j + 1]))))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// Whether one of <paramref name="cues"/> (folded words) is among the <paramref name="words"/> words before
    /// <paramref name="i"/>, without crossing any of <paramref name="stops"/> (the end of a sentence or clause).
    /// </summary>
    internal static bool CueBefore(ReadOnlySpan<char> t, int i, int words, WordSet cues, string stops = ".\n;!?") =>
        CueBefore(t, i, words, cues, NameLists.WordFlags.None, stops);

    /// <summary>
    /// Whether a word marked <paramref name="cue"/> in the name lists' flags (a title, a place's cue) is among the
    /// <paramref name="words"/> words before <paramref name="i"/>: one lookup that every capitalized word already makes.
    /// </summary>
    internal static bool CueBefore(ReadOnlySpan<char> t, int i, int words, NameLists.WordFlags cue, string stops) =>
        CueBefore(t, i, words, null, cue, stops);

    private static bool CueBefore(ReadOnlySpan<char> t, int i, int words, WordSet? cues, NameLists.WordFlags cue, string stops)
    {
        // Gaps and words are bounded so that a long run of digits or letters costs the same for every number in it:
        // without the bounds, each of a million "1 1 1 ..." groups would walk back to the start of the text.
        const int MaxGap = 24;
        const int MaxWord = 32;
        var j = i;
        for (var w = 0; w < words; w++)
        {
            var gapEnd = j;
            while (j > 0 && !char.IsLetter(t[j - 1]))
            {
                if (stops.Contains(t[j - 1], StringComparison.Ordinal) || gapEnd - j >= MaxGap)
                {
                    return false;
                }

                j--;
            }

            var end = j;
            while (j > 0 && char.IsLetter(t[j - 1]))
            {
                if (end - j >= MaxWord)
                {
                    return false;
                }

                j--;
            }

            if (end == j)
            {
                return false;
            }

            if (cues is { } set ? NameLists.Contains(set, t[j..end]) : Flagged(t[j..end], cue))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Flagged(ReadOnlySpan<char> word, NameLists.WordFlags cue)
    {
        Span<char> buffer = stackalloc char[word.Length];
        return (NameLists.FlagsOf(NameLists.Fold(word, buffer)) & cue) != 0;
    }

    /// <summary>The <paramref name="chars"/> characters before <paramref name="i"/>, folded (lower case, no accents), into
    /// <paramref name="buffer"/> (at least <paramref name="chars"/> long) when that needs no allocation.</summary>
    internal static ReadOnlySpan<char> Before(ReadOnlySpan<char> t, int i, int chars, Span<char> buffer)
    {
        var window = t[Math.Max(0, i - chars)..i];
        return NameLists.TryFoldWord(window, buffer, out var length) ? buffer[..length] : NameLists.FoldWord(window);
    }
}
