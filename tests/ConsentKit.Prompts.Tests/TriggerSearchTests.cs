using FluentAssertions;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3 (speed): the scan jumps to the characters that can start personal data (a digit, an ASCII or Latin-1
/// capital but "×", "@") with a search that reads sixteen characters a step and passes over lower-case accented letters.
/// It never passes over one of those characters; it may stop early only at a character past U+00FF, which the scan
/// dismisses itself.
/// </summary>
public sealed class TriggerSearchTests
{
    // Triggers, their neighbours in the byte table (×, ÷, ß, ÿ, ?, [), lower-case accented letters, and characters past
    // U+00FF whose low byte is a trigger ("Ł" U+0141, "İ" U+0130, "ŀ" U+0140, "Ö" U+00D6).
    private const string Alphabet = "09AZ@azéèàçÀÉÞÖ×÷ßÿ?[` \n-.\u0141\u0130\u0140\u0152\u2019";

    // Sixteen characters a step narrowed to bytes, and thirty-two whole characters a step where the processor compares 512
    // bits at once (emulated elsewhere, so both are held to the rule on any machine).
    private static readonly bool[] Widths = [false, true];

    /// <summary>At either width, what the search returns is the first trigger at or after the start, or an earlier character past U+00FF.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool NextTrigger_AnyText_NoTriggerPassedOver(byte[] picks, byte[] more, byte from)
    {
        var all = (picks ?? []).Concat(more ?? []).Concat(more ?? []).ToArray();
        var text = new string([.. all.Select(p => Alphabet[p % Alphabet.Length])]);
        var start = from % (text.Length + 1);
        var expected = Reference(text, start);
        return Widths.All(wide => PersonalDataScanner.NextTrigger(text, start, wide) is var found
            && (found == expected || (found >= start && (expected < 0 || found < expected) && text[found] > '\u00FF')));
    }

    /// <summary>A trigger at every position of a long text of lower-case accented letters, across the search's steps, is
    /// the one found.</summary>
    [Fact]
    [Trait("Req", "R42")]
    public void NextTrigger_TriggerAtAnyPosition_Found()
    {
        foreach (var trigger in "5AÉ@Þ")
        {
            // 112 characters: three steps of thirty-two, then one of sixteen.
            for (var at = 0; at < 111; at++)
            {
                foreach (var wide in Widths)
                {
                    var text = new string('é', at) + trigger + new string('à', 111 - at);
                    PersonalDataScanner.NextTrigger(text, 0, wide).Should().Be(at);
                    PersonalDataScanner.NextTrigger(text, at + 1, wide).Should().Be(-1);
                }
            }
        }
    }

    private static int Reference(string t, int from)
    {
        for (var i = from; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c == '@' || (c is >= 'À' and <= 'Þ' && c != '×'))
            {
                return i;
            }
        }

        return -1;
    }
}
