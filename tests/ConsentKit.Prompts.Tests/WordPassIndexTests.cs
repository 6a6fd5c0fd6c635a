using System.Collections.Frozen;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the word pass reads its index by the classes of a word's first four letters (one load dismisses most
/// words, a second finds the entry), built from the dictionary keyed by the folded letters; for any word it answers what
/// the dictionary answers for the word's key.
/// </summary>
public sealed class WordPassIndexTests
{
    private static readonly System.Collections.Frozen.FrozenDictionary<ulong, WordPass.Entry> Dictionary = WordPass.Build();

    // Letters the pass meets: ASCII of both cases, accented ones that fold to a-z, and ones that do not (œ, ß, ñ folds, Greek).
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâîïôöùûüçÉÈÀÇœŒßñÑαΩ";

    // Each kind's words, as the word pass asked its sets before it kept them in the index: a word whose key is that of a
    // kind's word (an anchor's for the digit words) and that the kind's set holds.
    private static readonly (string[] Keyed, Func<string, bool> Holds, byte Kind)[] Kinds =
    [
        ([.. Obfuscations.NumberAnchors, "zéro"], w => Obfuscations.IsNumberWord(w), 1),
        ([.. Obfuscations.AtWords.Set.Where(w => char.IsLetter(w[0]))], w => NameLists.Contains(Obfuscations.AtWords, w), 2),
        ([.. PersonalDataScanner.SpelledMonths.Set], w => NameLists.Contains(PersonalDataScanner.SpelledMonths, w), 4),
        ([.. PersonalDataScanner.LowerCaseNameCues.Set], w => NameLists.Contains(PersonalDataScanner.LowerCaseNameCues, w), 8),
        ([.. Tables.LoginCues.Set], w => NameLists.Contains(Tables.LoginCues, w), 16),
    ];

    private static byte KindsFromTheSets(string word)
    {
        var key = WordPass.KeyOf(word, 0);
        byte kinds = 0;
        foreach (var (keyed, holds, kind) in Kinds)
        {
            if (keyed.Any(w => WordPass.KeyOf(w, 0) == key) && holds(word))
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    private static byte KindsFromTheIndex(string word) =>
        Dictionary.TryGetValue(WordPass.KeyOf(word, 0), out var entry) && entry.Words.Length > 0 ? WordPass.KindsOf(word, entry.Words) : (byte)0;

    private static readonly string[] KindWords =
        [.. Obfuscations.DigitWords, .. Obfuscations.AtWords.Set, .. PersonalDataScanner.SpelledMonths.Set, .. PersonalDataScanner.LowerCaseNameCues.Set, .. Tables.LoginCues.Set];

    [Fact]
    [Trait("Req", "R42")]
    public void KindsOf_EveryWordOfAKindAsWritten_TheKindsTheSetsGive()
    {
        foreach (var word in KindWords.Where(w => w.All(char.IsLetter)))
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "s", word[..^1], word.Replace('e', 'é') })
            {
                KindsFromTheIndex(written).Should().Be(KindsFromTheSets(written), written);
            }
        }
    }

    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool KindsOf_AnyWordNearAKindWord_TheKindsTheSetsGive(byte pick, byte[] changes)
    {
        var letters = KindWords[pick % KindWords.Length].Where(char.IsLetter).ToArray();
        foreach (var change in changes.Take(3))
        {
            if (letters.Length > 0)
            {
                letters[change % letters.Length] = Letters[change % Letters.Length];
            }
        }

        var word = new string(letters);
        return word.Length == 0 || KindsFromTheIndex(word) == KindsFromTheSets(word);
    }

    // Written as a word after another, in its own case, in capitals and capitalized: the pass's walk reads each word's
    // first letters once and makes its key from them (issue 19), and every term must still reach the lexicon.
    [Fact]
    [Trait("Req", "R42")]
    public void Run_EveryTermAfterAWord_FoundAtItsStart()
    {
        var missed = new List<string>();
        // Every term, also those that start with digits ("2slgbt", "1st choice"), which the pass, reading words of letters,
        // once never reached.
        foreach (var term in SensitiveLexicon.Terms.Keys)
        {
            foreach (var written in new[] { term, term.ToUpperInvariant(), char.ToUpperInvariant(term[0]) + term[1..] })
            {
                var sensitive = new List<(int Start, int Length, Targeting.DataCategory Category)>();
                WordPass.Run("xq " + written + " .", [], sensitive);
                if (!sensitive.Exists(hit => hit.Start == 3 && hit.Length == term.Length))
                {
                    missed.Add(written);
                }
            }
        }

        missed.Should().BeEmpty();
    }

    // Every first word of the index (a term's, a kind's), in any case, accented or not, with an ending: the lookup by the
    // letters' classes finds the entry the dictionary holds for its key, and none where the dictionary holds none ("vih" is
    // a term, "vihs" another key).
    private static readonly string[] FirstWords =
        [.. SensitiveLexicon.Terms.Keys.Concat(KindWords).Select(w => new string([.. w.TakeWhile(char.IsLetter)])).Where(w => w.Length > 0).Distinct()];

    private static bool AsTheDictionary(string word)
    {
        var found = WordPass.TryLookUp(word, 0, word.Length, out var entry);
        var held = Dictionary.TryGetValue(WordPass.KeyOf(word + " ", 0), out var expected);
        // The test's dictionary is built anew: its entries are equal to the pass's, not the same arrays.
        return found == held && (!found || (entry.Terms.SequenceEqual(expected.Terms) && entry.Words.SequenceEqual(expected.Words)));
    }

    [Fact]
    [Trait("Req", "R42")]
    public void TryLookUp_EveryFirstWordOfTheIndexAsWritten_TheDictionarysEntry()
    {
        var held = 0;
        foreach (var word in FirstWords)
        {
            // A letter outside a-z among the first four replaced by another ("sœur", "sßur"): the same slot, another key.
            var othered = string.Concat(word.Select((c, k) => k < 4 && NameLists.Fold(c) is not (>= 'a' and <= 'z') ? (NameLists.Fold(c) == 'ß' ? 'ø' : 'ß') : c));
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "s", word.Replace('e', 'é'), word[..Math.Min(4, word.Length)], othered })
            {
                AsTheDictionary(written).Should().BeTrue(written);
                held += Dictionary.ContainsKey(WordPass.KeyOf(written + " ", 0)) ? 1 : 0;
            }
        }

        // Every key of a word of letters is reached by some word: the index's own words are held, not only dismissed alike.
        // (The terms that start with no letter, "2slgbt" or "1st choice", share the key of no letters, which no word of the pass has.)
        var ofLetters = Dictionary.Keys.Where(key => key != WordPass.KeyOf(" ", 0)).ToList();
        held.Should().BeGreaterThanOrEqualTo(ofLetters.Count);
        ofLetters.Should().OnlyContain(key => FirstWords.Any(w => WordPass.KeyOf(w + " ", 0) == key));
    }

    // Words drawn from the index's own first words with letters changed past the third, and from any letters at all (of
    // both cases, accented ones that fold to a-z and ones that do not).
    [Property(MaxTest = 10000)]
    [Trait("Req", "R42")]
    public bool TryLookUp_AnyWord_AsTheDictionaryForItsKey(byte pick, byte[] tail, byte[] picks, bool fromTheIndex)
    {
        var first = FirstWords[pick % FirstWords.Length];
        var word = fromTheIndex
            ? first[..Math.Min(3, first.Length)] + new string([.. tail.Take(6).Select(p => Letters[p % Letters.Length])])
            : new string([.. picks.Take(7).Select(p => Letters[p % Letters.Length])]);
        return word.Length == 0 || AsTheDictionary(word);
    }

    // A term that starts with digits starts where its digits start a token: "2slgbt" and "(23andme)" are the terms,
    // "A12slgbt" or "x1st choice" are not (the digits belong to a code or a word).
    [Fact]
    [Trait("Req", "R42")]
    public void Run_TermStartingWithDigits_OnlyWhereItsDigitsStartAToken()
    {
        foreach (var term in SensitiveLexicon.Terms.Keys.Where(term => char.IsAsciiDigit(term[0])))
        {
            foreach (var (before, found) in new[] { ("", true), ("(", true), ("— ", true), ("x", false), ("A1", false), ("9", false) })
            {
                var sensitive = new List<(int Start, int Length, Targeting.DataCategory Category)>();
                WordPass.Run(before + term + " .", [], sensitive);
                sensitive.Exists(hit => hit.Start == before.Length && hit.Length == term.Length).Should().Be(found, before + term);
            }
        }
    }

    // A key of four letters has no length mark in its top bits, which hold its first letter: from U+1000 on, that letter's
    // bits once read as a mark (a review found "ⴀⴁⴂⴃ" threw, "苦苦苦苦" replaced the digit terms, "한국어다" was lost).
    // Each such word is a letter outside a-z, so its slot is Other, found by its key.
    [Fact]
    [Trait("Req", "R42")]
    public void ClassIndex_KeysOfFourLettersFromU1000On_EachFoundByItsKey()
    {
        string[] words = ["ⴀⴁⴂⴃ", "苦苦苦苦", "한국어다", "ab"];
        var index = new WordPass.ClassIndex(words.ToFrozenDictionary(w => WordPass.KeyOf(w + " ", 0), w => new WordPass.Entry([], [(w, (byte)1)])));

        index.DigitTerms.Should().BeEmpty();
        foreach (var word in words[..3])
        {
            var slot = index.SlotOf(index.Buckets[(((27 * 28) + 27) * 28) + 27], 27, word, 0);
            slot.Should().BePositive(word);
            index.Entries[slot - 1].Words[0].Word.Should().Be(word);
        }

        index.Entries[index.SlotOf(index.Buckets[((1 * 28) + 2) * 28], 0, "ab", 0) - 1].Words[0].Word.Should().Be("ab");
    }
}
