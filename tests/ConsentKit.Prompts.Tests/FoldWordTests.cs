using System.Globalization;
using System.Text;

namespace ConsentKit.Prompts.Tests;

public sealed class FoldWordTests
{
    // The reference: canonical decomposition, marks dropped, lower case (what every list and lexicon was folded with).
    private static string Reference(string word)
    {
        var sb = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void FoldWord_EveryLatinCharacterInAWord_SameAsTheNormalizationReference()
    {
        for (var c = 0x20; c < 0x2000; c++)
        {
            if (char.IsSurrogate((char)c) || char.IsControl((char)c))
            {
                continue;
            }

            foreach (var word in new[] { $"é{(char)c}", $"Bé{(char)c}ga", $"{(char)c}\u0301x", $"Nguy{(char)c}n" })
            {
                NameLists.FoldWord(word).Should().Be(Reference(word), $"U+{c:X4} in {word}");
            }
        }
    }
}
