using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts;

/// <summary>
/// One pass over the words of the text for everything that starts with a lower-case word: sensitive-category terms,
/// spelled-out numbers, "at"/"arobase" of obfuscated e-mails, the cues of a quick note's lower-case names ("chez gilberte")
/// and of a log's account names ("user kwhitebear"). Each word costs one or two loads from tables indexed by the classes
/// of its first four letters, so the pass is linear and allocation-free; only the rare hits run the detailed checks.
/// </summary>
internal static class WordPass
{
    private const byte NumberAnchor = 1;
    private const byte AtWord = 2;
    private const byte MonthWord = 4;
    private const byte NameCue = 8;
    private const byte LoginCue = 16;

    // Per UTF-16 unit: 0 not a letter, 1-26 a letter folding to a-z, 27 any other letter. One load per character.
    private static readonly byte[] Classes = BuildClasses();

    // The index, read by the classes of a word's first four letters: no hash of the word is made (issue 19).
    private static readonly ClassIndex Index = new(Build());

    public static void Run(string text, List<PersonalDataSpan> found, List<(int Start, int Length, DataCategory Category)> sensitive)
    {
        var t = text.AsSpan();
        var n = t.Length;
        // The class table has an entry for every UTF-16 unit, so indexing it by a char needs no bounds check; most of the
        // pass is these loads. A string ends with a null character, whose class is 0: a loop over a word's letters stops
        // there without a test of the length (nor a bounds check), and reads at most the terminator.
        ref var classes = ref MemoryMarshal.GetArrayDataReference(Classes);
        ref var chars = ref MemoryMarshal.GetReference(t);
        var (buckets, entries) = (Index.Buckets, Index.Entries);
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

            // The classes of the first three letters make the bucket's index as they are read (0 past the word's end): one
            // number kept, not three; the rest of the word is only skipped.
            var start = i;
            var prefix = Unsafe.Add(ref classes, Unsafe.Add(ref chars, i)) * 28 * 28;
            int second = Unsafe.Add(ref classes, Unsafe.Add(ref chars, ++i));
            if (second != 0)
            {
                prefix += second * 28;
                int third = Unsafe.Add(ref classes, Unsafe.Add(ref chars, ++i));
                if (third != 0)
                {
                    prefix += third;
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

            // A term that starts with digits ("2slgbt", "23andme", "1st choice"): the word's letters follow them directly.
            if (start > 0 && char.IsAsciiDigit(Unsafe.Add(ref chars, start - 1))
                && DigitTerm(t, start, covered, sensitive) is var termEnd and > 0)
            {
                covered = termEnd;
                i = Math.Max(i, termEnd);
                continue;
            }

            // Most words are dismissed by their bucket: no entry starts with their first three letters.
            var bucket = buckets[prefix];
            if (bucket != 0)
            {
                int fourth = length > 3 ? Unsafe.Add(ref classes, Unsafe.Add(ref chars, start + 3)) : 0;
                if (Index.SlotOf(bucket, fourth, t, start) is var slot and > 0)
                {
                    var end = Word(t, start, i, in entries[slot - 1], found, sensitive, covered);
                    covered = Math.Max(covered, end);
                    i = Math.Max(i, end);
                }
            }
        }
    }

    // The longest term that starts with the digits before the word at start, when they start a token and no term before
    // took them; its end, or 0.
    private static int DigitTerm(ReadOnlySpan<char> t, int start, int covered, List<(int Start, int Length, DataCategory Category)> sensitive)
    {
        var from = start - 1;
        while (from > 0 && char.IsAsciiDigit(t[from - 1]))
        {
            from--;
        }

        if (from < covered || (from > 0 && char.IsLetterOrDigit(t[from - 1])))
        {
            return 0;
        }

        var (length, category) = SensitiveLexicon.Match(t, from, Index.DigitTerms);
        if (length == 0)
        {
            return 0;
        }

        sensitive.Add((from, length, category));
        return from + length;
    }

    // The pass's lookup of the word [start, end), its classes read afresh, so that a test can hold the class index to the
    // index by key for any word.
    internal static bool TryLookUp(ReadOnlySpan<char> t, int start, int end, out Entry entry)
    {
        Span<int> classes = [0, 0, 0, 0];
        for (var k = 0; k < Math.Min(4, end - start); k++)
        {
            classes[k] = Classes[t[start + k]];
        }

        var bucket = Index.Buckets[(((classes[0] * 28) + classes[1]) * 28) + classes[2]];
        var slot = bucket == 0 ? 0 : Index.SlotOf(bucket, end - start > 3 ? classes[3] : 0, t, start);
        entry = slot > 0 ? Index.Entries[slot - 1] : default;
        return slot > 0;
    }

    internal static ulong KeyOf(ReadOnlySpan<char> t, int start) => Key(t, start, out _);

    // A word [start, end) and its entry: a lexicon term, a spelled-out number, an "at" of an obfuscated e-mail, a month of a date in words. Returns how far it reached.
    private static int Word(ReadOnlySpan<char> t, int start, int end, in Entry entry, List<PersonalDataSpan> found, List<(int Start, int Length, DataCategory Category)> sensitive, int covered)
    {
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

    // The index as tables read by the classes of a word's first four letters (see Classes): the first three choose a bucket
    // (0: no entry starts so), the fourth (0 for a word of three letters or fewer, whose classes already end in 0 when it is
    // shorter) a slot in it, which holds the entry's number plus one. A key holds letters as folded, and a letter that
    // folds to none of a-z has class 27 whatever it is: its slot is Other, and such a word is looked up by its key among
    // the few such entries. A word costs one load when no entry starts with its first three letters, two when one does,
    // where a hash table cost a hash and a comparison of keys (issue 19).
    internal sealed class ClassIndex
    {
        public const ushort Other = ushort.MaxValue;

        public ClassIndex(FrozenDictionary<ulong, Entry> index)
        {
            Buckets = new ushort[28 * 28 * 28];
            var slots = new List<ushort>(new ushort[28]);
            var entries = new List<Entry>();
            var others = new List<(ulong, Entry)>();
            foreach (var (key, entry) in index)
            {
                // The key's length comes from a word of its entry, not from the key's top bits: a word of four letters has
                // no mark there, and its first letter's top bits could read as one (a letter from U+1000 on).
                var source = entry.Terms.Length > 0 ? entry.Terms[0].Term : entry.Words[0].Word;
                if (Key(source, 0, out var length) != key)
                {
                    throw new InvalidOperationException("A key of the word pass's index is not its words' key.");
                }

                if (length == 0)
                {
                    // The terms that start with no letter ("2slgbt", "23andme", "1st choice"), which all start with digits:
                    // asked when a word follows digits (DigitTerm).
                    DigitTerms = entry.Terms;
                    continue;
                }

                var classes = new int[4];
                for (var k = 0; k < length; k++)
                {
                    var c = (char)((key >> (16 * (length - 1 - k))) & 0xFFFF);
                    classes[k] = c is >= 'a' and <= 'z' ? c - 'a' + 1 : 27;
                }

                var b = (((classes[0] * 28) + classes[1]) * 28) + classes[2];
                if (Buckets[b] == 0)
                {
                    Buckets[b] = (ushort)(slots.Count / 28);
                    slots.AddRange(new ushort[28]);
                }

                var slot = (Buckets[b] * 28) + classes[3];
                if (classes.Contains(27))
                {
                    slots[slot] = Other;
                    others.Add((key, entry));
                }
                else
                {
                    entries.Add(entry);
                    slots[slot] = checked((ushort)entries.Count);
                }
            }

            // Each Other key gets its own entry number, after the others, found by OtherSlot.
            foreach (var (_, entry) in others)
            {
                entries.Add(entry);
            }

            if (entries.Count >= Other || slots.Count / 28 > ushort.MaxValue)
            {
                throw new InvalidOperationException("The word pass's index has outgrown its tables.");
            }

            (Slots, Entries, _others) = ([.. slots], [.. entries], [.. others.Select(o => o.Item1)]);
            _firstOther = entries.Count - others.Count;
        }

        private readonly ulong[] _others;

        private readonly int _firstOther;

        public ushort[] Buckets { get; }

        public ushort[] Slots { get; }

        public Entry[] Entries { get; }

        // The terms that start with digits, longest first.
        public SensitiveLexicon.Candidate[] DigitTerms { get; } = [];

        // The entry's number plus one (0: none) of the word at start, in its bucket, by the class of its fourth letter (0 for
        // a word of three letters or fewer). A word whose slot is Other is found by its key among the keys with a letter
        // outside a-z.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int SlotOf(int bucket, int fourth, ReadOnlySpan<char> t, int start)
        {
            int slot = Slots[(bucket * 28) + fourth];
            return slot != Other ? slot : OtherSlot(t, start);
        }

        private int OtherSlot(ReadOnlySpan<char> t, int start)
        {
            var k = Array.IndexOf(_others, Key(t, start, out _));
            return k < 0 ? 0 : _firstOther + k + 1;
        }
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
