using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts;

/// <summary>
/// One pass over the words of the text for everything that starts with a lower-case word: sensitive-category terms,
/// spelled-out numbers, "at"/"arobase" of obfuscated e-mails, the cues of a quick note's lower-case names ("chez gilberte")
/// and of a log's account names ("user kwhitebear"). Each word costs one probe of a table keyed by its first
/// four folded letters, so the pass is linear and allocation-free; only the rare hits run the detailed checks.
/// </summary>
internal static class WordPass
{
    private const byte NumberAnchor = 1;
    private const byte AtWord = 2;
    private const byte MonthWord = 4;
    private const byte NameCue = 8;
    private const byte LoginCue = 16;

    private static readonly KeyTable Index = new(Build());

    // Per UTF-16 unit: 0 not a letter, 1-26 a letter folding to a-z, 27 any other letter. One load per character.
    // Declared before the prefix tables, which are built from it.
    private static readonly byte[] Classes = BuildClasses();

    // Which classes of the first three letters (see Classes; 0 past the word's end) any entry starts with: most words are
    // dismissed by one array read, before any hashing.
    private static readonly bool[] Prefixes = BuildPrefixes(exactlyThree: false);

    // The same for words of exactly three letters: "des", "pas", "all" and "som" start many entries but are none, and a
    // three-letter word can only be an entry whose first word has three letters.
    private static readonly bool[] ThreeLetterWords = BuildPrefixes(exactlyThree: true);


    public static void Run(string text, List<PersonalDataSpan> found, List<(int Start, int Length, DataCategory Category)> sensitive)
    {
        var t = text.AsSpan();
        var n = t.Length;
        // The class table has an entry for every UTF-16 unit, so indexing it by a char needs no bounds check; most of the
        // pass is these loads. A string ends with a null character, whose class is 0: a loop over a word's letters stops
        // there without a test of the length (nor a bounds check), and reads at most the terminator.
        ref var classes = ref MemoryMarshal.GetArrayDataReference(Classes);
        ref var chars = ref MemoryMarshal.GetReference(t);
        var covered = 0;
        var i = 0;
        while (true)
        {
            while (Unsafe.Add(ref classes, Unsafe.Add(ref chars, i)) == 0)
            {
                if (++i >= n)
                {
                    return;
                }
            }

            // The first three letters make the prefix's index; the rest of the word is only skipped.
            var start = i;
            int first = Unsafe.Add(ref classes, Unsafe.Add(ref chars, i));
            int second = Unsafe.Add(ref classes, Unsafe.Add(ref chars, ++i));
            var third = 0;
            if (second != 0)
            {
                third = Unsafe.Add(ref classes, Unsafe.Add(ref chars, ++i));
                if (third != 0)
                {
                    while (Unsafe.Add(ref classes, Unsafe.Add(ref chars, ++i)) != 0)
                    {
                    }
                }
            }

            var length = i - start;

            // An IBAN in lower case ("fr76 3000 6000 …"): two letters and a digit; a postal code in lower case ("h2x 1y4",
            // "g7h1s2"): a letter and a digit. In capitals the scan itself finds them.
            if (length <= 2 && char.IsAsciiDigit(Unsafe.Add(ref chars, i)))
            {
                if (length == 2 && char.IsAsciiLetterLower(t[start]) && PersonalDataScanner.Iban(t, start) is var iban and > 0)
                {
                    found.Add(new(PersonalDataType.Iban, start, iban));
                    i = iban;
                    continue;
                }

                if (length == 1 && PersonalDataScanner.LowerCasePostalCode(t, start) is var postal and > 0)
                {
                    found.Add(new(PersonalDataType.PostalCode, start, postal));
                    i = postal;
                    continue;
                }
            }

            if (Candidate(first, second, third, length))
            {
                int fourth = length > 3 ? Unsafe.Add(ref classes, Unsafe.Add(ref chars, start + 3)) : 0;
                var end = Word(t, start, i, KeyOfClasses(first, second, third, fourth, length), found, sensitive, covered);
                covered = Math.Max(covered, end);
                i = Math.Max(i, end);
            }
        }
    }

    // Whether a word whose first three letters have these classes (0 past its end) may start an entry: one load from a
    // table indexed by the classes as read. A letter that folds to none of a-z (27) needs no test of its own: a key holds
    // the letter's fold, so a word the index holds has the classes of the entry's word that marked them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Candidate(int first, int second, int third, int length) =>
        (length == 3 ? ThreeLetterWords : Prefixes)[(((first * 28) + second) * 28) + third];

    // The pass's test of the word [start, end), its classes read afresh, so that a test can hold the tables to the index:
    // no word whose key the index holds is dismissed.
    internal static bool IsCandidate(ReadOnlySpan<char> t, int start, int end)
    {
        Span<int> classes = [0, 0, 0];
        for (var k = 0; k < Math.Min(3, end - start); k++)
        {
            classes[k] = Classes[t[start + k]];
        }

        return Candidate(classes[0], classes[1], classes[2], end - start);
    }

    // The index's key of the word [start, end) from the class table: its first four letters when each folds to a-z, as Key
    // makes it; 0 when one does not (Key folds the word's letters again). The pass itself packs the classes its walk has
    // read (KeyOfClasses); this reads them afresh, so that a test can hold that packing to Key for any word.
    internal static ulong ClassKey(ReadOnlySpan<char> t, int start, int end)
    {
        Span<int> classes = [0, 0, 0, 0];
        for (var k = 0; k < Math.Min(4, end - start); k++)
        {
            classes[k] = Classes[t[start + k]];
        }

        return KeyOfClasses(classes[0], classes[1], classes[2], classes[3], end - start);
    }

    // The key from the classes of a word's first four letters (0 past its end), which the pass has read already.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyOfClasses(int first, int second, int third, int fourth, int length)
    {
        if ((first == 27) | (second == 27) | (third == 27) | (fourth == 27))
        {
            return 0;
        }

        // Packed as four letters, then shifted down to the word's own when it is shorter, and marked with its length.
        var key = ((ulong)(uint)(first + 'a' - 1) << 48) | ((ulong)(uint)(second + 'a' - 1) << 32) | ((ulong)(uint)(third + 'a' - 1) << 16) | (uint)(fourth + 'a' - 1);
        return length >= 4 ? key : (key >> (16 * (4 - length))) | ((ulong)(8 - length) << 60);
    }

    internal static ulong KeyOf(ReadOnlySpan<char> t, int start) => Key(t, start, out _);

    // A candidate word [start, end) and its key (0: not yet made): a lexicon term, a spelled-out number, an "at" of an obfuscated e-mail, a month of a date in words. Returns how far it reached.
    private static int Word(ReadOnlySpan<char> t, int start, int end, ulong key, List<PersonalDataSpan> found, List<(int Start, int Length, DataCategory Category)> sensitive, int covered)
    {
        if (key == 0)
        {
            key = Key(t, start, out _);
        }

        if (!Index.TryGetValue(key, out var entry))
        {
            return end;
        }

        var termEnd = end;
        if (entry.Terms.Length > 0)
        {
            var (termLength, category) = SensitiveLexicon.Match(t, start, entry.Terms);
            if (termLength > 0)
            {
                // The words of a matched term are not read again: "conversion therapy" is not also "therapy".
                sensitive.Add((start, termLength, category));
                termEnd = Math.Max(end, start + termLength);
            }
        }

        if (start < covered)
        {
            return termEnd;
        }

        // The entry's words of each kind are the few that share its key: the word, folded once, is compared with them, not
        // hashed again for each kind's set.
        var kinds = entry.Words.Length == 0 ? (byte)0 : KindsOf(t[start..end], entry.Words);
        var reached = -1;
        if ((kinds & NumberAnchor) != 0)
        {
            reached = Obfuscations.NumberRun(t, start, found);
            if (reached < 0)
            {
                reached = PersonalDataScanner.PhoneInPairs(t, start, found);
            }

            if (reached < 0)
            {
                reached = PersonalDataScanner.SpelledAddress(t, start, found);
            }
        }

        if (reached < 0 && (kinds & AtWord) != 0)
        {
            reached = Obfuscations.ObfuscatedEmail(t, start, found);
        }

        if (reached < 0 && (kinds & MonthWord) != 0)
        {
            reached = PersonalDataScanner.SpelledDate(t, start, end, found);
        }

        if (reached < 0 && (kinds & NameCue) != 0)
        {
            reached = PersonalDataScanner.LowerCaseNameAfter(t, end, found);
        }

        if (reached < 0 && (kinds & LoginCue) != 0)
        {
            reached = Tables.LoginAfter(t, start, end, found);
        }

        return Math.Max(termEnd, reached);
    }

    // The kinds of the word among the words of its entry (folded, as the kinds' sets hold them). Compared character by
    // character, folding each as it goes, with the words of the same length only: no buffer is folded whole first.
    internal static byte KindsOf(ReadOnlySpan<char> word, (string Word, byte Kinds)[] words)
    {
        byte kinds = 0;
        foreach (var (w, k) in words)
        {
            if (w.Length == word.Length && FoldsTo(word, w))
            {
                kinds |= k;
            }
        }

        return kinds;
    }

    private static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (NameLists.Fold(word[k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    // No word of any kind is longer ("utilisateur" is the longest); the sets' lookups refused longer words too.
    private const int MaxKindWord = 16;

    private static byte[] BuildClasses()
    {
        var classes = new byte[65536];
        for (var c = 0; c < classes.Length; c++)
        {
            if (!char.IsLetter((char)c))
            {
                continue;
            }

            var f = NameLists.Fold((char)c);
            classes[c] = f is >= 'a' and <= 'z' ? (byte)(f - 'a' + 1) : (byte)27;
        }

        return classes;
    }

    private static bool[] BuildPrefixes(bool exactlyThree)
    {
        var table = new bool[28 * 28 * 28];
        IEnumerable<string> words = [.. SensitiveLexicon.Terms.Keys, .. Obfuscations.NumberAnchors, "zéro", .. Obfuscations.AtWords.Set.Where(w => char.IsLetter(w[0])), .. PersonalDataScanner.SpelledMonths.Set, .. PersonalDataScanner.LowerCaseNameCues.Set, .. Tables.LoginCues.Set];
        foreach (var word in words)
        {
            // The entry's first word: shorter than three letters is marked by its padding in both tables; otherwise in the table
            // of its length class only.
            var run = 0;
            while (run < word.Length && char.IsLetter(word[run]))
            {
                run++;
            }

            if (run >= 3 && (run == 3) != exactlyThree)
            {
                continue;
            }

            var index = 0;
            for (var k = 0; k < 3; k++)
            {
                index = (index * 28) + (k < run ? Classes[word[k]] : 0);
            }

            table[index] = true;
        }

        return table;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    // The first four letters, folded, packed 16 bits each; a shorter word is marked with its length so "don" never matches "done".
    private static ulong Key(ReadOnlySpan<char> t, int start, out int length)
    {
        ulong key = 0;
        length = 0;
        while (length < 4 && start + length < t.Length && IsLetter(t[start + length]))
        {
            key = (key << 16) | NameLists.Fold(t[start + length]);
            length++;
        }

        if (length < 4 && (start + length >= t.Length || !IsLetter(t[start + length])))
        {
            key |= (ulong)(8 - length) << 60;
        }

        return key;
    }

    /// <summary>An index entry: the lexicon terms that start with its key (longest first) and the words of each kind
    /// (folded) that share it.</summary>
    internal readonly record struct Entry(SensitiveLexicon.Candidate[] Terms, (string Word, byte Kinds)[] Words);

    // The index as an open-addressing table of its keys beside their entries: a frozen dictionary's lookup of a ulong went
    // through an interface call to its comparer in the ahead-of-time compiled tool, 2% of a dense run (issue 19).
    internal sealed class KeyTable
    {
        private readonly ulong[] _keys;
        private readonly Entry[] _entries;
        private readonly int _mask;

        public KeyTable(FrozenDictionary<ulong, Entry> index)
        {
            _keys = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, index.Count * 2))];
            _entries = new Entry[_keys.Length];
            _mask = _keys.Length - 1;
            foreach (var (key, entry) in index)
            {
                // A key always holds a letter (never 0), so 0 marks an empty slot.
                var i = Slot(key);
                while (_keys[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                (_keys[i], _entries[i]) = (key, entry);
            }
        }

        public bool TryGetValue(ulong key, out Entry entry)
        {
            for (var i = Slot(key); _keys[i] != 0; i = (i + 1) & _mask)
            {
                if (_keys[i] == key)
                {
                    entry = _entries[i];
                    return true;
                }
            }

            entry = default;
            return false;
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;
    }

    internal static FrozenDictionary<ulong, Entry> Build()
    {
        var terms = new Dictionary<ulong, List<(string Term, DataCategory Category)>>();
        foreach (var (term, category) in SensitiveLexicon.Terms)
        {
            var key = Key(term, 0, out _);
            (terms.TryGetValue(key, out var list) ? list : terms[key] = []).Add((term, category));
        }

        // A spelled-out number starts at a digit word that shares an anchor's key ("un" and "one" are digit words, not anchors).
        var anchors = Obfuscations.NumberAnchors.Concat(["zéro"]).Select(w => Key(w, 0, out _)).ToHashSet();
        (IEnumerable<string> Words, byte Kind)[] sources =
        [
            (Obfuscations.DigitWords.Where(w => anchors.Contains(Key(w, 0, out _))), NumberAnchor),
            (Obfuscations.AtWords.Set, AtWord),
            (PersonalDataScanner.SpelledMonths.Set, MonthWord),
            (PersonalDataScanner.LowerCaseNameCues.Set, NameCue),
            (Tables.LoginCues.Set, LoginCue),
        ];
        var words = new Dictionary<ulong, List<(string, byte)>>();
        foreach (var (source, kind) in sources)
        {
            // Only a word of letters can be one the pass reads ("@" is found by the scan itself).
            foreach (var word in source.Where(w => w.All(char.IsLetter)))
            {
                if (word.Length > MaxKindWord)
                {
                    throw new InvalidOperationException($"A word of a kind is longer than {MaxKindWord} characters.");
                }

                var key = Key(word, 0, out _);
                (words.TryGetValue(key, out var list) ? list : words[key] = []).Add((word, kind));
            }
        }

        return words.Keys.Union(terms.Keys).ToFrozenDictionary(
            k => k,
            k => new Entry(
                terms.TryGetValue(k, out var list) ? [.. list.OrderByDescending(x => x.Term.Length).Select(x => SensitiveLexicon.Candidate.Of(x.Term, x.Category))] : [],
                words.TryGetValue(k, out var kindWords) ? [.. kindWords] : []));
    }
}
