using FsCheck.Xunit;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the nineteenth session (read from thirty-three spent blind sets, whose writers each spelled some value
/// out "so that the filter misses it"): a value written one character at a time, with a space between its characters and
/// two or three between its words ("D e s t i n y   H a r p e r", "4 5 0 - 5 5 5 - 0 1 5 3") or a dot between them
/// ("J.o.s.é.e L.a.b.e.r.g.e", "B.E.N.  T.A.L.L.B.O.Y"), is found as the value it spells, and its span covers the spaced-out
/// characters. Single letters in ordinary text ("il y a à", "U.S.A.") and rows of symbols stay as they are.
/// </summary>
public sealed class SpacedOutTests
{
    // Each value with its type: names from the shipped lists, and the other types in the forms a note writes them.
    public static TheoryData<PersonalDataType, string> Values()
    {
        var data = new TheoryData<PersonalDataType, string>();
        foreach (var (given, family) in Givens(9, 8).Zip(Families(13, 8)))
        {
            data.Add(PersonalDataType.Person, $"{Capitalize(given)} {Capitalize(family)}");
        }

        foreach (var value in new[] { "marie.cloutier@gmail.com", "rob.kendrick@exemple.ca", "j_tremblay@videotron.ca" })
        {
            data.Add(PersonalDataType.Email, value);
        }

        foreach (var value in new[] { "450-555-0153", "4505550189", "514-555-0142" })
        {
            data.Add(PersonalDataType.Phone, value);
        }

        data.Add(PersonalDataType.CreditCard, "4560480066412931");
        data.Add(PersonalDataType.PostalCode, "G0L 1B0");
        data.Add(PersonalDataType.PostalCode, "H2X 1Y4");
        data.Add(PersonalDataType.CaSin, "046454286");
        return data;
    }

    private static readonly string[] Contexts =
    [
        "Pour tromper le filtre : {0}, merci.",
        "Spaced out so that filters miss it: {0} — thanks.",
        "{0}",
        "Note du 12 mai ({0}) à rappeler.",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    [Trait("Req", "R42")]
    public void Scan_ValueSpacedOneCharacterApart_TheValueOverItsSpacedCharacters(PersonalDataType type, string value)
    {
        foreach (var gap in new[] { "  ", "   " })
        {
            foreach (var upper in new[] { false, true })
            {
                var written = upper && type == PersonalDataType.Person ? value.ToUpperInvariant() : value;
                var spelled = string.Join(gap, written.Split(' ').Select(word => string.Join(' ', word.ToCharArray())));
                foreach (var context in Contexts)
                {
                    var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, spelled);
                    Of(type, text).Should().Equal([spelled], text);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    [Trait("Req", "R42")]
    public void Scan_ValueDottedBetweenItsCharacters_TheValueOverItsDottedCharacters(PersonalDataType type, string value)
    {
        if (value.Any(c => !char.IsLetterOrDigit(c) && c != ' '))
        {
            // Dots join letters and digits only: an e-mail's or a phone's own punctuation stays a spaced-out value's.
            return;
        }

        foreach (var gap in new[] { " ", ". ", ".  " })
        {
            var spelled = string.Join(gap, value.Split(' ').Select(word => string.Join('.', word.ToCharArray())));
            foreach (var context in Contexts)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, spelled);
                Of(type, text).Should().Equal([spelled], text);
            }
        }
    }

    [Theory]
    [InlineData("Il y a à faire ce soir, et y a-t-il un lift?")]
    [InlineData("Made in the U.S.A. and the U.K., shipped by F.O.B.")]
    [InlineData("| x | x | x | x | x |")]
    [InlineData("- - - - - - - - - -")]
    [InlineData("a  b  c  d  e  f  g  h")]
    [InlineData("Sections A B C et D")]
    [InlineData("Made in v2.0.1. and release 3.1.4.1.5.")]
    [Trait("Req", "R42")]
    public void Scan_SingleCharactersThatSpellNoValue_NothingFound(string text) =>
        Found(text).Should().BeEmpty(text);

    // Characters a text is made of, separators first so that they come often, and two above U+00FF whose low byte is a
    // space's or a dot's (U+0120, U+202E), which must count as neither.
    private const string Alphabet = "  ..aZ1é-\u0120\u202E";

    // Both ways the search reads a step: four 128-bit compares, and one 512-bit compare where the processor has it (which a
    // processor without it emulates, so both are held to the rule on any machine).
    private static readonly bool[] Widths = [false, true];

    /// <summary>The vector search for spelled-out characters (three between spaces, two after a word break, three joined by dots) answers the first at or after where it starts, at either width.</summary>
    [Property(MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool ThreeSingles_AnyText_TheFirstPattern(byte[] picks, byte from)
    {
        var text = new string([.. (picks ?? []).Select(p => Alphabet[p % Alphabet.Length])]);
        var start = from % (text.Length + 1);
        return Widths.All(wide => TextFolding.ThreeSingles(text, start, wide) == First(text, start));
    }

    /// <summary>The same over texts of several of the search's steps, where a pattern spans two of them.</summary>
    [Property(MaxTest = 2000)]
    [Trait("Req", "R42")]
    public bool ThreeSingles_TextsOfSeveralSteps_TheFirstPattern(byte[] picks, byte[] more, ushort from)
    {
        var all = (picks ?? []).Concat(more ?? []).Concat((picks ?? []).Reverse()).Concat(more ?? []).ToArray();
        var text = new string([.. all.Select(p => Alphabet[p % Alphabet.Length])]);
        var start = from % (text.Length + 1);
        return Widths.All(wide => TextFolding.ThreeSingles(text, start, wide) == First(text, start));
    }

    // The reference: one character at a time, reading from two before `from` (a space stands just before the text).
    private static int First(string t, int from)
    {
        bool Sep(int k) => k == -1 || (k >= from - 2 && k >= 0 && k < t.Length && t[k] == ' ');
        bool Char(int k) => k >= 0 && k < t.Length && t[k] != ' ';
        bool Plain(int k) => Char(k) && t[k] != '.';
        bool Dot(int k) => k < t.Length && t[k] == '.';
        for (var c = from; c < t.Length; c++)
        {
            if ((Sep(c - 1) && Char(c) && Sep(c + 1) && Char(c + 2) && Sep(c + 3) && Char(c + 4) && (c + 5 >= t.Length || t[c + 5] == ' '))
                || (Sep(c - 2) && Sep(c - 1) && Char(c) && Sep(c + 1) && Char(c + 2))
                || (Plain(c) && Dot(c + 1) && Plain(c + 2) && Dot(c + 3) && Plain(c + 4)))
            {
                return c;
            }
        }

        return -1;
    }
}
