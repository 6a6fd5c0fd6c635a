using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the word pass's index of first letters is an open-addressing table built from the frozen dictionary
/// it replaced; for every key it holds and any other it answers what the dictionary answers.
/// </summary>
public sealed class WordPassIndexTests
{
    private static readonly System.Collections.Frozen.FrozenDictionary<ulong, WordPass.Entry> Dictionary = WordPass.Build();

    private static readonly WordPass.KeyTable Table = new(Dictionary);

    [Fact]
    [Trait("Req", "R42")]
    public void TryGetValue_EveryKeyOfTheIndex_TheSameEntry()
    {
        foreach (var (key, entry) in Dictionary)
        {
            Table.TryGetValue(key, out var found).Should().BeTrue();
            found.Should().Be(entry);
        }
    }

    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool TryGetValue_AnyKey_AnswersAsTheDictionary(ulong key) =>
        Table.TryGetValue(key, out _) == Dictionary.ContainsKey(key);

    // Letters the pass meets: ASCII of both cases, accented ones that fold to a-z, and ones that do not (œ, ß, ñ folds, Greek).
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâîïôöùûüçÉÈÀÇœŒßñÑαΩ";

    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool ClassKey_AnyWord_ZeroOrTheKeyOfItsFoldedLetters(byte[] picks, bool followedBySpace)
    {
        if (picks.Length == 0)
        {
            return true;
        }

        var word = new string([.. picks.Take(9).Select(p => Letters[p % Letters.Length])]);
        var text = followedBySpace ? word + " suite" : word;
        var key = WordPass.ClassKey(text, 0, word.Length);
        return key == 0 || key == WordPass.KeyOf(text, 0);
    }

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
        foreach (var term in SensitiveLexicon.Terms.Keys.Where(term => char.IsLetter(term[0])))
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

    // The prefix tables dismiss a word before its key is made (issue 19): every word whose key the index holds must pass
    // them, in any case, accented or not, with any ending. Words are drawn from the index's own first words with letters
    // changed past the third, and from any letters at all.
    private static readonly string[] FirstWords =
        [.. SensitiveLexicon.Terms.Keys.Concat(KindWords).Select(w => new string([.. w.TakeWhile(char.IsLetter)])).Where(w => w.Length > 0).Distinct()];

    [Fact]
    [Trait("Req", "R42")]
    public void IsCandidate_EveryFirstWordOfTheIndexAsWritten_True()
    {
        foreach (var word in FirstWords)
        {
            // "vih" is a term, "vihs" another key, which the index does not hold.
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "s", word.Replace('e', 'é') }
                .Where(w => Dictionary.ContainsKey(WordPass.KeyOf(w + " ", 0))))
            {
                WordPass.IsCandidate(written, 0, written.Length).Should().BeTrue(written);
            }
        }
    }

    [Property(MaxTest = 10000)]
    [Trait("Req", "R42")]
    public bool IsCandidate_AnyWordWhoseKeyTheIndexHolds_True(byte pick, byte[] tail, byte[] picks, bool fromTheIndex)
    {
        var word = fromTheIndex
            ? FirstWords[pick % FirstWords.Length][..Math.Min(3, FirstWords[pick % FirstWords.Length].Length)] + new string([.. tail.Take(6).Select(p => Letters[p % Letters.Length])])
            : new string([.. picks.Take(7).Select(p => Letters[p % Letters.Length])]);
        return word.Length == 0 || !Dictionary.ContainsKey(WordPass.KeyOf(word + " ", 0)) || WordPass.IsCandidate(word, 0, word.Length);
    }
}
