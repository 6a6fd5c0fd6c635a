using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the word pass's index of first letters is an open-addressing table built from the frozen dictionary
/// it replaced; for every key it holds and any other it answers what the dictionary answers.
/// </summary>
public sealed class WordPassIndexTests
{
    private static readonly System.Collections.Frozen.FrozenDictionary<ulong, (byte, (string, Targeting.DataCategory)[])> Dictionary = WordPass.Build();

    private static readonly WordPass.KeyTable Table = new(Dictionary);

    [Fact]
    [Trait("Req", "R42")]
    public void TryGetValue_EveryKeyOfTheIndex_TheSameEntry()
    {
        foreach (var (key, entry) in Dictionary)
        {
            Table.TryGetValue(key, out var found).Should().BeTrue();
            found.Kinds.Should().Be(entry.Item1);
            found.Terms.Should().BeSameAs(entry.Item2);
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
}
