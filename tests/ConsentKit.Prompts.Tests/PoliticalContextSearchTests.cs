using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: two searches of the political-opinion rule were rewritten for the ahead-of-time compiled tool, where a
/// multi-string search and a split on a separator past ASCII are not vectorized; each must answer what the library call
/// it replaced answers, for any text built from the words it looks for.
/// </summary>
public sealed class PoliticalContextSearchTests
{
    private static readonly string[] Folded = [.. SensitiveLexicon.PoliticalTargets.Select(t => NameLists.FoldWord(t)).Distinct(StringComparer.Ordinal)];

    private static readonly SearchValues<string> AllTargets = SearchValues.Create(Folded, StringComparison.Ordinal);

    // The replaced search: the leftmost target anywhere, kept when it starts a word.
    private static bool ReferenceStartsAWord(ReadOnlySpan<char> sentence)
    {
        var from = 0;
        while (from < sentence.Length && sentence[from..].IndexOfAny(AllTargets) is var found and >= 0)
        {
            var at = from + found;
            if (at == 0 || !char.IsLetter(sentence[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // The replaced split: the first three words between any of the separators.
    private static bool ReferenceUnionAfter(string window)
    {
        var words = 0;
        foreach (var range in window.AsSpan().SplitAny(" ,;:()'’"))
        {
            var word = window.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3)
            {
                break;
            }

            foreach (var union in SensitiveLexicon.UnionNames)
            {
                if (word.SequenceEqual(union))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Folded text made of targets, union names, their pieces and other words, joined by every kind of separator.
    public static Arbitrary<string> Pieces() =>
        (from words in Gen.Elements([.. Folded, .. SensitiveLexicon.UnionNames, "x", "anti", "2", "membre", "du", "l", "s", "2025"]).ArrayOf()
         from cuts in Gen.Choose(0, 3).ArrayOf(words.Length)
         from separators in Gen.Elements(" ", "  ", ",", ", ", "-", "'", "’", "(", ")", ":", ";", "", ".", "é").ArrayOf(words.Length)
         select string.Concat(words.Select((w, k) => (cuts[k] == 0 && w.Length > 2 ? w[1..] : w) + separators[k])))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(PoliticalContextSearchTests)], MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool StartsAWordWithATarget_AnyText_AgreesWithTheMultiStringSearch(string text) =>
        SensitiveLexicon.StartsAWordWithATarget(text) == ReferenceStartsAWord(text);

    [Property(Arbitrary = [typeof(PoliticalContextSearchTests)], MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool UnionAfter_AnyText_AgreesWithTheSplit(string text)
    {
        // UnionAfter reads the 30 characters after the term, folded (lower case, no accents).
        var window = text[..Math.Min(30, text.Length)];
        var folded = NameLists.FoldWord(window);
        return SensitiveLexicon.UnionAfter(text, 0) == ReferenceUnionAfter(folded);
    }
}
