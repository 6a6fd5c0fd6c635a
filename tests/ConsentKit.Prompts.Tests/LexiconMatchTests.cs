using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the word pass compares lexicon terms with its own case-insensitive loop instead of
/// <see cref="MemoryExtensions.StartsWith(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>; it must give the
/// same answer for every term and every way the term can be written, cut short or changed.
/// </summary>
public sealed class LexiconMatchTests
{
    private static readonly string[] Terms = [.. SensitiveLexicon.Terms.Keys];

    // A lexicon term as people type it: any letter's case changed, possibly one character replaced (by its accented or
    // unaccented twin, a space, another letter) or the text cut short, with other text after it.
    public static Arbitrary<(string Text, string Term)> Written() =>
        (from term in Gen.Elements(Terms)
         from flips in Gen.Elements(true, false).ArrayOf(term.Length)
         from change in Gen.Choose(-1, term.Length - 1)
         from replacement in Gen.Elements('e', 'é', 'É', 'E', ' ', '-', 'x', 'ç', 'œ', 'ß', 'İ', 'ı', 'K', '\u212A')
         from cut in Gen.Choose(0, 3)
         from tail in Gen.Elements("", " du comté", "s", ".", "\u00A0x")
         let cased = string.Concat(term.Select((c, k) => flips[k] ? char.ToUpperInvariant(c) : c))
         let changed = change < 0 ? cased : cased[..change] + replacement + cased[(change + 1)..]
         let text = (cut == 0 && changed.Length > 1 ? changed[..^1] : changed) + tail
         select (text, term))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(LexiconMatchTests)], MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool StartsWithIgnoreCase_AnyWrittenFormOfATerm_AgreesWithOrdinalIgnoreCase((string Text, string Term) a) =>
        SensitiveLexicon.StartsWithIgnoreCase(a.Text, 0, a.Term) == a.Text.AsSpan().StartsWith(a.Term, StringComparison.OrdinalIgnoreCase);

    [Fact]
    [Trait("Req", "R42")]
    public void StartsWithIgnoreCase_EveryTermInCapitals_Matches()
    {
        foreach (var term in Terms)
        {
            SensitiveLexicon.StartsWithIgnoreCase("« " + term.ToUpperInvariant() + " »", 2, term).Should().BeTrue(term);
        }
    }

    private static readonly System.Collections.Frozen.FrozenDictionary<ulong, WordPass.Entry> Index = WordPass.Build();

    // The signatures only dismiss: with them or without (a zero mask lets every term through to the full comparison),
    // Match gives the same term for any written form, cut short or not, ASCII or not.
    [Property(Arbitrary = [typeof(LexiconMatchTests)], MaxTest = 3000)]
    [Trait("Req", "R42")]
    public bool Match_AnyWrittenFormOfATerm_TheSameAsWithoutSignatures((string Text, string Term) a)
    {
        var candidates = Index[WordPass.KeyOf(a.Term, 0)].Terms;
        var unsigned = candidates.Select(c => c with { Signature = 0, Mask = 0 }).ToArray();
        return SensitiveLexicon.Match(a.Text, 0, candidates) == SensitiveLexicon.Match(a.Text, 0, unsigned);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Upper_AnyCharacter_AsToUpperInvariant()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (SensitiveLexicon.Upper(c) != char.ToUpperInvariant(c))
            {
                ((int)c).Should().Be(-1, "the table holds each character's invariant upper case");
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void SignatureByte_AnyCharacter_TheSameAsItsUpperCase()
    {
        // The comparison holds two characters the same when their upper cases are: each must share its upper case's byte.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (SensitiveLexicon.SignatureByte(c) != SensitiveLexicon.SignatureByte(char.ToUpperInvariant(c)))
            {
                ((int)c).Should().Be(-1, "a character and its upper case share a signature byte");
            }
        }
    }
}
