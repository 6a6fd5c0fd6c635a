using FluentAssertions;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3 (speed): the folding finds where its checks start (the first "%", "\" or "+", whether a "+" and a soft
/// hyphen occur, the first character past U+0260) in one reading of the text where the processor compares 512 bits at
/// once, and with the library's searches elsewhere. Both must give what a reading one character at a time gives.
/// </summary>
public sealed class FoldingSurveyTests
{
    // The landmarks, the last character that is not past U+0260 and the first that is, a typographic apostrophe, near
    // misses ("*", ","), characters past U+00FF whose low byte is a landmark's (U+012B "+", U+0125 "%", U+015C "\", U+01AD
    // a soft hyphen's), plain letters and spaces.
    private const string Alphabet = "%\\+\u00AD\u0260\u0261\u2019*,a é\u012B\u0125\u015C\u01AD";

    private static readonly bool[] Widths = [false, true];

    /// <summary>At either width, the survey of any text is the one-character-at-a-time reading's; the narrow one asked for
    /// the markers only leaves the soft hyphen and the characters past U+0260 unread.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool Survey_AnyText_TheReadingOneCharacterAtATime(byte[] picks, byte[] more, byte filler)
    {
        // Runs of a plain letter between the picks, so that the landmarks fall across the steps of thirty-two characters.
        var pieces = (picks ?? []).Concat(more ?? []).Select(p => p % 4 == 0 ? new string('a', filler % 40) : Alphabet[p % Alphabet.Length].ToString());
        var text = string.Concat(pieces);
        var expected = Reference(text);
        return Widths.All(wide => TextFolding.Survey(text, suspects: true, wide) == expected)
            && TextFolding.Survey(text, suspects: false, wide: false) == expected with { SoftHyphen = false, Above = -1 };
    }

    /// <summary>Each landmark at every position of a text longer than two steps is found there, at either width.</summary>
    [Fact]
    [Trait("Req", "R42")]
    public void Survey_LandmarkAtAnyPosition_Found()
    {
        foreach (var landmark in "%\\+\u00AD\u2019")
        {
            for (var at = 0; at < 80; at++)
            {
                var text = new string('é', at) + landmark + new string('e', 80 - at);
                foreach (var wide in Widths)
                {
                    TextFolding.Survey(text, suspects: true, wide).Should().Be(Reference(text), $"U+{(int)landmark:X4} stands at {at}, wide: {wide}");
                }
            }
        }
    }

    private static TextFolding.Landmarks Reference(string t)
    {
        int marker = -1, above = -1;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            marker = t[i] is '%' or '\\' or '+' ? i : marker;
            above = t[i] > '\u0260' ? i : above;
        }

        return new(marker, t.Contains('+'), t.Contains('\u00AD'), above);
    }
}
