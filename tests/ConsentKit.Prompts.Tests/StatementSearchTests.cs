using FluentAssertions;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3 (speed): the starts of a SQL dump's statements ("INSERT INTO" in any case, "COPY ") and of a DSN's
/// individual block ("S21.G00.30.0") are found by one forward search, which must find what the three single-string
/// searches found: the first of them at or after the start.
/// </summary>
public sealed class StatementSearchTests
{
    // Pieces of the three markers and their near misses, letters whose upper case is an ASCII letter ("ı", "ſ"), characters
    // past U+00FF whose low byte is a marker's letter ("ŉ" U+0149, "ų" U+0173), separators.
    private static readonly string[] Pieces =
    [
        "INSERT INTO", "insert into", "Insert Into", "ınsert ınto", "INſERT INTO", "\u0149nsert into", "in\u0173ert into", "INSERT", " INTO",
        "IN", "in", "ins", "COPY ", "COPY", "COP", "CO", "Copy ", "S21.G00.30.0", "S21.G00.30.", "S2", "S21", "’", "é", " ", "\n", "x", "I",
        "n", "C", "O", "S", "2",
    ];

    // Sixteen characters a step narrowed to bytes, and thirty-two whole characters a step where the processor compares 512
    // bits at once (emulated elsewhere, so both are held to the rule on any machine).
    private static readonly bool[] Widths = [false, true];

    /// <summary>Any text made of the markers' pieces: the search returns the first marker at or after the start, at either width.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool NextStatement_AnyText_TheFirstMarker(byte[] picks, byte from)
    {
        var text = string.Concat((picks ?? []).Select(p => Pieces[p % Pieces.Length]));
        var start = from % (text.Length + 1);
        return Widths.All(wide => Tables.NextStatement(text, start, wide) == Reference(text, start));
    }

    /// <summary>Each marker at every position of a text longer than the search's steps is found there.</summary>
    [Fact]
    [Trait("Req", "R42")]
    public void NextStatement_MarkerAtAnyPosition_Found()
    {
        foreach (var marker in new[] { "INSERT INTO", "insert into", "iNsErT iNtO", "COPY ", "S21.G00.30.0" })
        {
            for (var at = 0; at < 70; at++)
            {
                foreach (var wide in Widths)
                {
                    var text = new string('é', at) + marker + new string('n', 40);
                    Tables.NextStatement(text, 0, wide).Should().Be(at, $"\"{marker}\" stands at {at}, wide: {wide}");
                    Tables.NextStatement(text, at + 1, wide).Should().Be(-1);
                }
            }
        }
    }

    /// <summary>The search looks for "ins" in ASCII only: no character past U+007F equals an ASCII letter under the ordinal
    /// case-insensitive comparison that "INSERT INTO" is compared with.</summary>
    [Fact]
    [Trait("Req", "R42")]
    public void OrdinalIgnoreCase_NoCharacterPastAscii_EqualsAnAsciiLetter()
    {
        var equal = new List<int>();
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = ((char)c).ToString();
            if ("insertoINSERTO".Any(letter => string.Equals(text, letter.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                equal.Add(c);
            }
        }

        equal.Should().BeEmpty();
    }

    private static int Reference(string t, int from)
    {
        var rest = t.AsSpan(from);
        int[] found =
        [
            rest.IndexOf("INSERT INTO", StringComparison.OrdinalIgnoreCase),
            rest.IndexOf("COPY ", StringComparison.Ordinal),
            rest.IndexOf("S21.G00.30.0", StringComparison.Ordinal),
        ];
        var first = found.Where(f => f >= 0).DefaultIfEmpty(-1).Min();
        return first < 0 ? -1 : from + first;
    }
}
