using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: a word set answers most words by their length and first character before hashing them; for any
/// words and any word asked, with an ordinal or a case-blind comparer, it answers as its frozen set does.
/// </summary>
public sealed class WordSetTests
{
    // Letters of both cases, accented ones, ones whose cases differ by other than 0x20 (Ā ā, Ł ł), digits, a space, a hyphen.
    private const string Letters = "abcdeéèzABCDEÉÈZĀāŁłΩω09 -";

    // Most words short; one in four made longer than 63 characters, where the length test shares one bit.
    private static string Word(byte[] picks) =>
        picks.Length > 0 && picks[0] % 4 == 0 && picks.Length < 12
            ? string.Concat(Enumerable.Repeat(new string([.. picks.Select(p => Letters[p % Letters.Length])]), 64 / picks.Length + 1 + (picks[0] % 3)))
            : new([.. picks.Take(12).Select(p => Letters[p % Letters.Length])]);

    [Property(MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool Contains_AnyWordsAndAnyWord_AsTheFrozenSet(byte[][] words, byte[] asked, byte pick, bool ignoreCase, bool oneOfThem)
    {
        var list = words.Select(Word).ToList();
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var set = new WordSet(list, comparer);
        // A word of the set in another case, or any word at all.
        var word = oneOfThem && list.Count > 0 ? list[pick % list.Count].ToUpperInvariant() : Word(asked);
        return set.Contains(word) == list.ToHashSet(comparer).Contains(word);
    }

    [Property(MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool NameListsContains_AnyWordAsWritten_AsTheSetOfItsFold(byte[][] words, byte[] asked, byte pick, bool oneOfThem)
    {
        var folded = words.Select(w => NameLists.FoldWord(Word(w))).Where(w => w.Length > 0).ToList();
        var set = NameLists.Words(folded);
        var word = oneOfThem && folded.Count > 0 ? folded[pick % folded.Count].ToUpperInvariant() : Word(asked);
        // Contains folds the word a character at a time before it asks the set; the filter must not change that answer.
        var charwise = new string([.. word.Select(NameLists.Fold)]);
        return NameLists.Contains(set, word) == (word.Length is > 0 and <= 48 && set.Set.Contains(charwise));
    }
}
