using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ConsentKit.Prompts;

/// <summary>The shipped name lists (Prompts/Data, see their headers for sources and licences), loaded once.</summary>
internal static class NameLists
{
    // The full lists as sets, for the tests' samplers only: the scan asks the flags (one lookup for every list), and building
    // two more sets of 25,000 and 100,000 names at start-up cost a command-line run 50 ms.
    private static readonly Lazy<FrozenSet<string>> GivenSet = new(() => Load("given-names.txt"));
    private static readonly Lazy<FrozenSet<string>> FamilySet = new(() => Load("family-names.txt"));

    public static FrozenSet<string> Given => GivenSet.Value;

    public static FrozenSet<string> Family => FamilySet.Value;
    public static readonly FrozenSet<string> NotNames = Load("not-names.txt");

    /// <summary>What a folded capitalized word can be, from every list at once: one lookup per word in the scan's hot path.</summary>
    [Flags]
    public enum WordFlags : byte
    {
        None = 0,
        Given = 1,
        Family = 2,
        NotName = 4,
        Title = 8,
        Month = 16,
        Place = 32,
        Particle = 64,
        Determiner = 128,
    }

    // Titles and cues after which capitalized words are a name, whatever they are (R42: "nom :", "M.", "Dr").
    public static readonly FrozenSet<string> Titles = new[]
    {
        "m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "dr", "dre", "me", "madame", "monsieur", "mademoiselle",
        "sir", "prof", "professeur", "professeure", "maitre", "hon", "honorable", "depute", "deputee", "ministre", "minister",
        "candidat", "candidate", "senator", "senateur", "senatrice", "maire", "mairesse", "mayor", "sieur", "dame",
        // Ministers of every faith: the blind sets' convention keeps the title outside the name ("Imam Yusuf Hamdani").
        "pastor", "pasteur", "sister", "soeur", "imam", "rabbi", "rabbin", "rav", "abbe", "reverend", "rev", "pandit", "cure", "mgr", "monseigneur", "cheikh", "sheikh",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that make the next capitalized words a place, not a person: "rue Marie-Anne", "parc Jean-Drapeau".
    public static readonly FrozenSet<string> PlaceCues = new[]
    {
        "rue", "rues", "boul", "boulevard", "avenue", "av", "ave", "chemin", "ch", "route", "rang", "place", "pl", "allee", "impasse",
        "cours", "quai", "montee", "cote", "pont", "parc", "ecole", "college", "cegep", "universite", "hopital", "eglise",
        "station", "metro", "centre", "aréna", "arena", "quartier", "circonscription", "riding", "lac", "mont", "ile", "pavillon",
        "street", "streets", "st", "road", "rd", "drive", "dr", "lane", "crescent", "court", "park", "school", "saint", "sainte", "ste",
        "fondation", "foundation", "prix", "award", "salle", "hall", "square", "autoroute", "highway", "hwy", "stade", "ville", "marche", "market",
        "lycee", "polyvalente", "gymnase", "bibliotheque", "library", "musee", "museum", "hotel", "building", "edifice", "aeroport", "airport", "campus",
        "church", "mosque", "mosquee", "synagogue", "cathedral", "cathedrale", "parish", "paroisse",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Lower case without accents for Latin letters, by table: folding a word for a lookup allocates nothing.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Folds <paramref name="word"/> into <paramref name="buffer"/> (same length): lower case, Latin accents removed.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            buffer[k] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
        }

        return buffer[..word.Length];
    }

    /// <summary>One character folded: lower case, Latin accents removed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>Whether the folded <paramref name="word"/> is in <paramref name="set"/>, without allocating.</summary>
    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 48)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Fold(word, buffer));
    }

    /// <summary>Whether an already folded word is in <paramref name="set"/>.</summary>
    public static bool ContainsFolded(FrozenSet<string> set, ReadOnlySpan<char> folded) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    // Whether a character of the fold table decomposes to one letter and marks only (not "Ǆ", which is two letters).
    private static readonly bool[] SingleFold = BuildSingleFold();

    private static bool[] BuildSingleFold()
    {
        var single = new bool[0x250];
        for (var c = 0; c < single.Length; c++)
        {
            var s = ((char)c).ToString();
            var d = char.IsSurrogate((char)c) ? s : s.Normalize(NormalizationForm.FormD);
            single[c] = d.Count(x => CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark) == 1;
        }

        return single;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var s = ((char)c).ToString();
            var d = char.IsSurrogate((char)c) ? s : s.Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(d.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark ? d[0] : (char)c);
        }

        return table;
    }

    /// <summary>The flags of an already folded word.</summary>
    public static WordFlags FlagsOf(ReadOnlySpan<char> folded) =>
        FlagsHolder.Lookup.TryGetValue(folded, out var flags) ? flags : WordFlags.None;

    // Built on first use, after the lists and the scanner's month names exist; the span lookup is made once (asking the
    // dictionary for it costs type checks, and every capitalized word of a text asks for its flags). A plain dictionary:
    // freezing 125,000 names cost more at start-up (60 ms) than its faster lookups save on a 5 MB scan.
    private static class FlagsHolder
    {
        public static readonly Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> Lookup = BuildFlags().GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Dictionary<string, WordFlags> BuildFlags()
    {
        var flags = new Dictionary<string, WordFlags>(140_000, StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordFlags flag)
        {
            foreach (var w in words)
            {
                flags[w] = flags.GetValueOrDefault(w) | flag;
            }
        }

        Mark(Lines("given-names.txt"), WordFlags.Given);
        Mark(Lines("family-names.txt"), WordFlags.Family);
        Mark(NotNames, WordFlags.NotName);
        Mark(Titles, WordFlags.Title);
        Mark(PersonalDataScanner.MonthNames, WordFlags.Month);
        Mark(PlaceCues, WordFlags.Place);
        Mark(PersonalDataScanner.EnglishStreetTypes, WordFlags.Place);
        Mark(PersonalDataScanner.NameParticleWords, WordFlags.Particle);
        Mark(PersonalDataScanner.DeterminerWords, WordFlags.Determiner);
        return flags;
    }

    /// <summary>
    /// <see cref="FoldWord"/> into <paramref name="buffer"/> (at least as long as the word), without allocating, when the word
    /// is ASCII or plain Latin letters with accents (nearly every word of a note); false for the rest, which FoldWord
    /// normalizes.
    /// </summary>
    public static bool TryFoldWord(ReadOnlySpan<char> word, Span<char> buffer, out int length)
    {
        var n = 0;
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        if (ascii)
        {
            length = n;
            return true;
        }

        // Latin letters with accents fold by the table built once from the same normalization: normalizing each word through
        // ICU cost more than the whole scan on dense French text (issue 19).
        n = 0;
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            if (c >= FoldTable.Length || !SingleFold[c])
            {
                length = 0;
                return false;
            }

            buffer[n++] = FoldTable[c];
        }

        length = n;
        return true;
    }

    public static string FoldWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        if (TryFoldWord(word, buffer, out var length))
        {
            return new string(buffer[..length]);
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>The lines of a shipped list as written (comments and blank lines left out).</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(NameLists).Assembly.GetManifestResourceStream("ConsentKit.Prompts.Data." + name)
            ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static FrozenSet<string> Load(string name) => Lines(name).ToFrozenSet(StringComparer.Ordinal);
}
