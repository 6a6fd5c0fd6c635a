using FluentAssertions;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3 (speed): the letters typed for digits ("514 555 O1O1") are rewritten only in a text where one of them
/// stands right beside a digit, which one vectorized pass tells. The gate may let through a text with nothing to rewrite
/// (a character past U+00FF read as its low byte), never hold back one with something to rewrite.
/// </summary>
public sealed class LookalikeGateTests
{
    // Digits, the four look-alikes, separators, other letters, and characters past U+00FF whose low byte is a digit or a
    // look-alike ("İ" is U+0130, "ŏ" U+014F).
    private const string Alphabet = "0123456789OoIl -.()aeBé\u0130\u014F\u0149\u016C\n";

    // Sixteen characters a step narrowed to bytes, and thirty-two whole characters a step where the processor compares 512
    // bits at once (emulated elsewhere, so both are held to the rule on any machine).
    private static readonly bool[] Widths = [false, true];

    /// <summary>At either width, the gate answers yes wherever the one-character-at-a-time reading finds a look-alike beside a digit, and
    /// on plain Latin-1 text it answers exactly that.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool LookalikeBesideDigit_AnyText_NeverMissesAPair(byte[] picks, byte[] more)
    {
        var all = (picks ?? []).Concat(more ?? []).Concat(more ?? []).ToArray();
        var text = new string([.. all.Select(p => Alphabet[p % Alphabet.Length])]);
        var expected = Reference(text);
        return Widths.All(wide => TextFolding.LookalikeBesideDigit(text, wide) is var gate
            && (text.All(c => c <= '\u00FF') ? gate == expected : gate || !expected));
    }

    /// <summary>Whatever the text, the gated rewriting gives what the rewriting gives on its own.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool DigitLookalikes_AnyText_SameAsTheUngatedRewriting(byte[] picks, byte[] more)
    {
        var all = (picks ?? []).Concat(more ?? []).ToArray();
        var text = new string([.. all.Select(p => Alphabet[p % Alphabet.Length])]);
        return TextFolding.DigitLookalikes(text) == TextFolding.RewriteLookalikes(text);
    }

    /// <summary>A pair at every position of a long text, across the search's steps of sixteen and of thirty-two characters, is seen.</summary>
    [Fact]
    [Trait("Req", "R42")]
    public void LookalikeBesideDigit_PairAtAnyPosition_Seen()
    {
        foreach (var pair in new[] { "5O", "O5", "1l", "l1", "0I", "I0", "9o", "o9" })
        {
            // 112 characters: three steps of thirty-two, then one of sixteen, so that the pair also straddles each change of width.
            for (var at = 0; at < 110; at++)
            {
                foreach (var wide in Widths)
                {
                    var text = new string('a', at) + pair + new string(' ', 110 - at);
                    TextFolding.LookalikeBesideDigit(text, wide).Should().BeTrue($"\"{pair}\" stands at {at}, wide: {wide}");
                    TextFolding.LookalikeBesideDigit(new string('a', at) + pair[0] + " " + pair[1] + new string(' ', 110 - at), wide).Should().BeFalse();
                }
            }
        }
    }

    private static bool Reference(string t)
    {
        static bool Lookalike(char c) => c is 'O' or 'o' or 'I' or 'l';
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if ((char.IsAsciiDigit(t[i]) && Lookalike(t[i + 1])) || (Lookalike(t[i]) && char.IsAsciiDigit(t[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
