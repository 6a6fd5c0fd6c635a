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
    public static readonly WordSet NotNames = Words(Load("not-names.txt"));

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
    public static readonly WordSet Titles = Words(new[]
    {
        "m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "dr", "dre", "me", "madame", "monsieur", "mademoiselle",
        "sir", "prof", "professeur", "professeure", "maitre", "hon", "honorable", "depute", "deputee", "ministre", "minister",
        "candidat", "candidate", "senator", "senateur", "senatrice", "maire", "mairesse", "mayor", "sieur", "dame",
        // Ministers of every faith: the blind sets' convention keeps the title outside the name ("Imam Yusuf Hamdani").
        "pastor", "pasteur", "sister", "soeur", "imam", "rabbi", "rabbin", "rav", "abbe", "reverend", "rev", "pandit", "cure", "mgr", "monseigneur", "cheikh", "sheikh",
    });

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

    /// <summary>A set of folded words, looked up by span (see <see cref="WordSet"/>).</summary>
    public static WordSet Words(IEnumerable<string> words, StringComparer? comparer = null) =>
        new(words, comparer ?? StringComparer.Ordinal);

    /// <summary>Whether the folded <paramref name="word"/> is in <paramref name="set"/>, without allocating.</summary>
    public static bool Contains(WordSet set, ReadOnlySpan<char> word)
    {
        // Most words are answered by their length and folded first letter, before the whole word is folded.
        if (word.Length is 0 or > 48 || !set.MayHold(word.Length, Fold(word[0])))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        return set.Contains(Fold(word, buffer));
    }

    /// <summary>Whether an already folded word is in <paramref name="set"/>.</summary>
    public static bool ContainsFolded(WordSet set, ReadOnlySpan<char> folded) => set.Contains(folded);

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
    public static WordFlags FlagsOf(ReadOnlySpan<char> folded) => FlagsHolder.Table.Get(folded);

    // Built on first use, after the lists and the scanner's month names exist.
    private static class FlagsHolder
    {
        public static readonly FlagTable Table = BuildFlags();
    }

    private static FlagTable BuildFlags()
    {
        string[][] small =
        [
            [.. NotNames.Set], [.. Titles.Set], [.. PersonalDataScanner.MonthNames], [.. PlaceCues], [.. PersonalDataScanner.EnglishStreetTypes],
            [.. PersonalDataScanner.NameParticleWords], [.. PersonalDataScanner.DeterminerWords],
        ];
        WordFlags[] smallFlags = [WordFlags.NotName, WordFlags.Title, WordFlags.Month, WordFlags.Place, WordFlags.Place, WordFlags.Particle, WordFlags.Determiner];
        using var given = Resource("given-names.txt");
        using var family = Resource("family-names.txt");
        // A UTF-8 byte is at most one character: the lists' sizes in bytes bound their characters.
        var chars = new char[given.Length + family.Length + small.Sum(words => words.Sum(w => w.Length))];
        var table = new FlagTable(chars, 140_000);
        var at = table.AddLines(given, 0, WordFlags.Given);
        at = table.AddLines(family, at, WordFlags.Family);
        for (var k = 0; k < small.Length; k++)
        {
            foreach (var word in small[k])
            {
                word.CopyTo(chars.AsSpan(at));
                table.Add(at, word.Length, smallFlags[k]);
                at += word.Length;
            }
        }

        return table;
    }

    private static Stream Resource(string name) =>
        typeof(NameLists).Assembly.GetManifestResourceStream("ConsentKit.Prompts.Data." + name) ?? throw new InvalidOperationException($"Missing resource {name}.");

    /// <summary>
    /// Every listed word's flags, in one character array and one open-addressing table: building it makes no string per
    /// name and touches little memory. A dictionary of 125,000 strings cost a command-line run 50 ms at start-up, a
    /// twelfth of a 56 MB dense scan's whole process (issue 19); on this kind of machine each fresh page of memory costs a
    /// fault, so the table holds 4-byte slots and the lists are decoded through a small buffer.
    /// </summary>
    internal sealed class FlagTable
    {
        // A slot: 0 when empty, else the word's offset in the characters (bits 0-20), its length (21-25) and 6 bits of its
        // hash (26-31), which settle nearly every mismatch without reading the characters. Its flags are beside it.
        private const int OffsetBits = 21;
        private const int MaxLength = 31;
        private readonly char[] _chars;
        private readonly uint[] _slots;
        private readonly WordFlags[] _flags;
        private readonly int _mask;

        public FlagTable(char[] chars, int capacity)
        {
            if (chars.Length >= 1 << OffsetBits)
            {
                throw new InvalidOperationException($"The name lists hold {chars.Length} characters: at most {(1 << OffsetBits) - 1}.");
            }

            _chars = chars;
            _slots = new uint[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
            _flags = new WordFlags[_slots.Length];
            _mask = _slots.Length - 1;
        }

        /// <summary>
        /// Decodes <paramref name="utf8"/> into the characters from <paramref name="at"/> and adds each of its lines (blank
        /// lines and <c>#</c> comments left out); returns where its characters end.
        /// </summary>
        public int AddLines(Stream utf8, int at, WordFlags flags)
        {
            var start = at;
            var decoder = Encoding.UTF8.GetDecoder();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = utf8.Read(buffer)) > 0)
            {
                at += decoder.GetChars(buffer.AsSpan(0, read), _chars.AsSpan(at), flush: false);
            }

            at += decoder.GetChars([], _chars.AsSpan(at), flush: true);
            while (start < at)
            {
                var n = _chars.AsSpan(start, at - start).IndexOf('\n');
                var lineEnd = n < 0 ? at : start + n;
                var wordEnd = lineEnd > start && _chars[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (wordEnd > start && _chars[start] != '#')
                {
                    Add(start, wordEnd - start, flags);
                }

                start = lineEnd + 1;
            }

            return at;
        }

        public void Add(int offset, int length, WordFlags flags)
        {
            if (length is 0 or > MaxLength)
            {
                throw new InvalidOperationException($"A listed word of {length} characters at {offset}: 1 to {MaxLength} allowed.");
            }

            var word = _chars.AsSpan(offset, length);
            var hash = Hash(word);
            for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
            {
                var slot = _slots[i];
                if (slot == 0)
                {
                    _slots[i] = (uint)offset | ((uint)length << OffsetBits) | (uint)(hash >> 58 << 26);
                    _flags[i] = flags;
                    return;
                }

                if (Same(slot, hash, word))
                {
                    _flags[i] |= flags;
                    return;
                }
            }
        }

        public WordFlags Get(ReadOnlySpan<char> word)
        {
            if (word.Length is 0 or > MaxLength)
            {
                return WordFlags.None;
            }

            var hash = Hash(word);
            for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
            {
                var slot = _slots[i];
                if (slot == 0)
                {
                    return WordFlags.None;
                }

                if (Same(slot, hash, word))
                {
                    return _flags[i];
                }
            }
        }

        private bool Same(uint slot, ulong hash, ReadOnlySpan<char> word) =>
            slot >> 26 == (uint)(hash >> 58) && ((slot >> OffsetBits) & MaxLength) == word.Length
            && _chars.AsSpan((int)(slot & ((1u << OffsetBits) - 1)), word.Length).SequenceEqual(word);

        // FNV-1a over the characters, then a multiply that spreads it to the top bits.
        private static ulong Hash(ReadOnlySpan<char> word)
        {
            var h = 0xCBF29CE484222325UL;
            foreach (var c in word)
            {
                h = (h ^ c) * 0x100000001B3UL;
            }

            return (h ^ (h >> 31)) * 0x9E3779B97F4A7C15UL;
        }
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
