using System.Collections.Frozen;

namespace ConsentKit.Prompts;

/// <summary>
/// Dates written in words (issue 19): "dix-neuf octobre mille neuf cent soixante-deux", "le premier mai 1990",
/// "October nineteenth, nineteen sixty-two", "the 3rd of March nineteen eighty". Found from the month's name by the word
/// pass; like every date, a birth date only when a birth cue is near.
/// </summary>
public sealed partial class PersonalDataScanner
{
    // Full month names only: "sept" and "may" are also a number and a verb.
    internal static readonly WordSet SpelledMonths = NameLists.Words(new[]
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["one"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3, ["quatre"] = 4,
        ["four"] = 4, ["cinq"] = 5, ["five"] = 5, ["six"] = 6, ["sept"] = 7, ["seven"] = 7, ["huit"] = 8, ["eight"] = 8, ["neuf"] = 9,
        ["nine"] = 9, ["dix"] = 10, ["ten"] = 10, ["onze"] = 11, ["eleven"] = 11, ["douze"] = 12, ["twelve"] = 12, ["treize"] = 13,
        ["thirteen"] = 13, ["quatorze"] = 14, ["fourteen"] = 14, ["quinze"] = 15, ["fifteen"] = 15, ["seize"] = 16, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["vingt"] = 20, ["vingts"] = 20, ["twenty"] = 20, ["trente"] = 30,
        ["thirty"] = 30, ["quarante"] = 40, ["forty"] = 40, ["cinquante"] = 50, ["fifty"] = 50, ["soixante"] = 60, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["cent"] = 100, ["cents"] = 100, ["hundred"] = 100, ["mille"] = 1000,
        ["mil"] = 1000, ["thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cardinal number words, folded, with their values: the one table the date and digit readers share.</summary>
    internal static FrozenDictionary<string, int> NumberWordValues => Cardinals.Dictionary;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["premier"] = 1, ["premiere"] = 1, ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
        ["twentieth"] = 20, ["thirtieth"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// At a month's name [<paramref name="ms"/>, <paramref name="me"/>): the date around it written at least in part in
    /// words, added as a birth date when a birth cue is near. Returns the end of the date, or -1.
    /// </summary>
    internal static int SpelledDate(ReadOnlySpan<char> t, int ms, int me, List<PersonalDataSpan> found)
    {
        // Most months in prose stand beside no number at all ("en novembre", "the November schedule"): a day or year must
        // touch the month, as digits or a number word, before anything is parsed.
        if (!NumberBeside(t, ms, me))
        {
            return -1;
        }

        var start = -1;
        var end = -1;
        var inWords = false;
        var joined = false;

        // Day first: "dix-neuf octobre …", "19 octobre …", "the nineteenth of October …". The earliest start whose day ends
        // right before the month wins, from at most six words back.
        var s = ms;
        for (var words = 0; words < 6 && s > 0; words++)
        {
            s = WordStartBefore(t, s);
            if (s < 0)
            {
                break;
            }

            var (day, dayEnd, spelled) = Day(t, s);
            if (day is >= 1 and <= 31 && DayMeetsMonth(t, dayEnd, ms))
            {
                start = s;
                inWords = spelled;
                // "the 19th of October 2008": digits, but joined by words that no numeric reader takes.
                joined = t[dayEnd..ms].ContainsAnyInRange('a', 'z');
            }
        }

        if (start >= 0)
        {
            // "the second of February, nineteen eighty": a comma may stand between the month and the year.
            var (yearEnd, spelled) = Year(t, me < t.Length && t[me] == ',' ? me + 1 : me);
            if (yearEnd > 0 && (inWords || spelled || joined))
            {
                end = yearEnd;
            }
        }
        else if (me + 1 < t.Length && t[me] == ' ')
        {
            // Month first: "October nineteenth, nineteen sixty-two", "October 19, nineteen sixty-two".
            var (day, dayEnd, spelled) = Day(t, me + 1);
            if (day is >= 1 and <= 31)
            {
                var j = dayEnd < t.Length && t[dayEnd] == ',' ? dayEnd + 1 : dayEnd;
                var (yearEnd, yearSpelled) = Year(t, j);
                if (yearEnd > 0 && (spelled || yearSpelled))
                {
                    start = ms;
                    end = yearEnd;
                }
            }
        }

        if (start < 0 || end < 0)
        {
            return -1;
        }

        if (BirthContext(t, start, end))
        {
            found.Add(new(PersonalDataType.DateOfBirth, start, end));
        }

        return end;
    }

    // A number word or an ordinal just before the month, or among the two words after it ("October 19, nineteen …"): a
    // date in digits only ("12 mars 1985", nearly every one in a CRM export) is the numeric recognizers' and costs no more.
    private static bool NumberBeside(ReadOnlySpan<char> t, int ms, int me)
    {
        var before = WordStartBefore(t, ms);
        if (before >= 0 && NumberWordAt(t, before))
        {
            return true;
        }

        var j = me;
        for (var words = 0; words < 2 && j + 1 < t.Length && t[j] == ' '; words++)
        {
            if (NumberWordAt(t, j + 1))
            {
                return true;
            }

            j++;
            while (j < t.Length && char.IsLetterOrDigit(t[j]) && j - me < 40)
            {
                j++;
            }

            j = j < t.Length && t[j] == ',' ? j + 1 : j;
        }

        return false;
    }

    // A number word or an ordinal, or the "of" of "the third of May".
    private static bool NumberWordAt(ReadOnlySpan<char> t, int j)
    {
        var e = j;
        while (e < t.Length && char.IsLetter(t[e]) && e - j <= 12)
        {
            e++;
        }

        if (e - j is 0 or > 12)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[12];
        var word = NameLists.Fold(t[j..e], buffer);
        return word.SequenceEqual("of") || Cardinals.ContainsKey(word)
            || Ordinals.ContainsKey(word);
    }

    // The start of the word that ends before the spaces before j, or -1 past a sentence's end.
    private static int WordStartBefore(ReadOnlySpan<char> t, int j)
    {
        var k = j;
        while (k > 0 && t[k - 1] is ' ' or '-' or ',')
        {
            k--;
        }

        if (k == 0 || !char.IsLetterOrDigit(t[k - 1]))
        {
            return -1;
        }

        // Bounded: no number word is longer, and a long run of letters is read a fixed number of times at most.
        var wordEnd = k;
        while (k > 0 && char.IsLetterOrDigit(t[k - 1]) && wordEnd - k < 16)
        {
            k--;
        }

        return k;
    }

    // " octobre", " of October", " de octobre": what may stand between a day and its month.
    private static bool DayMeetsMonth(ReadOnlySpan<char> t, int dayEnd, int ms)
    {
        if (dayEnd < 0 || dayEnd >= ms || t[dayEnd] != ' ')
        {
            return false;
        }

        var between = t[(dayEnd + 1)..ms];
        return between.IsEmpty || between.Equals("of ", StringComparison.OrdinalIgnoreCase) || between.Equals("of the ", StringComparison.OrdinalIgnoreCase);
    }

    // A day: digits ("19", "1er", "3rd"), an ordinal ("premier", "nineteenth", "twenty-first") or a number in words.
    private static (int Value, int End, bool Spelled) Day(ReadOnlySpan<char> t, int j)
    {
        if (j < t.Length && IsDigit(t[j]))
        {
            var k = j;
            while (k < t.Length && IsDigit(t[k]) && k - j < 3)
            {
                k++;
            }

            var value = k - j <= 2 ? int.Parse(t[j..k], System.Globalization.CultureInfo.InvariantCulture) : -1;
            var suffix = k;
            while (suffix < t.Length && char.IsAsciiLetterLower(t[suffix]) && suffix - k < 2)
            {
                suffix++;
            }

            return (value, suffix < t.Length && char.IsLetterOrDigit(t[suffix]) ? -1 : suffix, false);
        }

        var (number, end) = Number(t, j, ordinals: true);
        return (number, end, true);
    }

    // A year: four digits, or in words ("mille neuf cent soixante-deux", "nineteen sixty-two", "two thousand three").
    private static (int End, bool Spelled) Year(ReadOnlySpan<char> t, int j)
    {
        if (j >= t.Length || t[j] != ' ')
        {
            return (-1, false);
        }

        if (SpaceThenYear(t, j) is var digits and > 0)
        {
            return (digits, false);
        }

        var (first, firstEnd) = Number(t, j + 1, ordinals: false);
        if (first is >= 1900 and <= 2100)
        {
            return (firstEnd, true);
        }

        // "nineteen sixty-two", "nineteen oh five", "twenty twenty".
        if (first is >= 19 and <= 20 && firstEnd + 1 < t.Length && t[firstEnd] == ' ')
        {
            var k = firstEnd + 1;
            if (t[k..].StartsWith("oh ", StringComparison.OrdinalIgnoreCase))
            {
                var (unit, unitEnd) = Number(t, k + 3, ordinals: false);
                return unit is >= 1 and <= 9 ? (unitEnd, true) : (-1, false);
            }

            var (second, secondEnd) = Number(t, k, ordinals: false);
            return second is >= 10 and <= 99 ? (secondEnd, true) : (-1, false);
        }

        return (-1, false);
    }

    /// <summary>
    /// A civic number in words, as a dictated note gives it, then its street: "au trois cent quinze boulevard Taché Ouest",
    /// "at forty-five Aylmer Road", "two two one oh Dufferin Street" (R42), from a digit word of the number at
    /// <paramref name="i"/>. The number's value does not matter, only where its words end. Returns the address's end, or -1.
    /// </summary>
    internal static int SpelledAddress(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        var start = i;
        for (var back = 0; back < 8; back++)
        {
            var p = start;
            if (p < 2 || t[p - 1] is not (' ' or '-'))
            {
                break;
            }

            var ws = p - 1;
            while (ws > 0 && char.IsLetter(t[ws - 1]) && p - ws < 12)
            {
                ws--;
            }

            if (ws == p - 1 || !IsNumberWordOrZero(t[ws..(p - 1)]))
            {
                break;
            }

            start = ws;
        }

        // Numbers in words are everywhere in prose ("five Main Street signs", "il reste trois rue Principale"): only after a
        // word that gives a place ("habite au", "lives at", "adresse").
        var (cs, ce) = PreviousWord(t, start);
        Span<char> cue = stackalloc char[8];
        if (cs < 0 || start - ce > 2 || ce - cs > cue.Length
            || NameLists.Fold(t[cs..ce], cue[..(ce - cs)]) is not ("au" or "at" or "adresse" or "address"))
        {
            return -1;
        }

        var end = -1;
        var k = start;
        for (var tokens = 0; tokens < 10 && k < t.Length && char.IsLetter(t[k]); tokens++)
        {
            var e = k;
            while (e < t.Length && char.IsLetter(t[e]) && e - k <= 12)
            {
                e++;
            }

            if (!IsNumberWordOrZero(t[k..e]))
            {
                break;
            }

            end = e;
            if (e + 1 >= t.Length || t[e] is not (' ' or '-') || !char.IsLetter(t[e + 1]))
            {
                break;
            }

            k = e + 1;
        }

        if (end < 0 || Address(t, start, end) is not (var addressEnd and > 0))
        {
            return -1;
        }

        found.Add(new(PersonalDataType.StreetAddress, start, addressEnd));
        return addressEnd;
    }

    // A cardinal word, or "oh" as English speakers read a zero in a number.
    private static bool IsNumberWordOrZero(ReadOnlySpan<char> word)
    {
        if (word.Length > 12)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        var folded = NameLists.Fold(word, buffer);
        return folded is "oh" || Cardinals.ContainsKey(folded);
    }

    /// <summary>
    /// A French phone number read in pairs, as people dictate it: "zéro six, trente-neuf, quatre-vingt-dix-huit, douze,
    /// soixante et onze" (06 39 98 12 71), from its "zéro" at <paramref name="i"/>. Returns its end, or -1.
    /// </summary>
    internal static int PhoneInPairs(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        var e = i;
        while (e < t.Length && char.IsLetter(t[e]) && e - i < 5)
        {
            e++;
        }

        Span<char> buffer = stackalloc char[4];
        if (e - i != 4 || !NameLists.Fold(t[i..e], buffer).SequenceEqual("zero") || e + 1 >= t.Length || t[e] is not (' ' or '-'))
        {
            return -1;
        }

        var (first, end) = Number(t, e + 1, ordinals: false);
        if (first is < 1 or > 9)
        {
            return -1;
        }

        for (var pair = 0; pair < 4; pair++)
        {
            var j = end;
            if (j < t.Length && t[j] is ',' or '.' or ';')
            {
                j++;
            }

            if (j + 1 >= t.Length || t[j] != ' ')
            {
                return -1;
            }

            var (value, next) = Number(t, j + 1, ordinals: false);
            if (value is < 0 or > 99)
            {
                return -1;
            }

            end = next;
        }

        found.Add(new(PersonalDataType.Phone, i, end));
        return end;
    }

    /// <summary>
    /// A number from 0 to 9,999 in French or English words at <paramref name="j"/>, words joined by spaces or hyphens
    /// ("quatre-vingt-dix-huit", "soixante et onze", "mille neuf cent", "twenty-first"): its value and end, or -1.
    /// </summary>
    private static (int Value, int End) Number(ReadOnlySpan<char> t, int j, bool ordinals)
    {
        int total = 0, current = 0, end = -1, k = j;
        Span<char> buffer = stackalloc char[12];
        for (var tokens = 0; tokens < 10 && k < t.Length && char.IsLetter(t[k]); tokens++)
        {
            var e = k;
            while (e < t.Length && char.IsLetter(t[e]) && e - k <= 12)
            {
                e++;
            }

            if (e - k > 12)
            {
                break;
            }

            var word = NameLists.Fold(t[k..e], buffer);
            if (end > 0 && (word.SequenceEqual("et") || word.SequenceEqual("and")))
            {
                k = e + 1;
                continue;
            }

            var last = current % 100;
            if (ordinals && Ordinals.TryGetValue(word, out var ordinal))
            {
                if (last != 0 && !(last % 10 == 0 && last >= 20 && ordinal < 10))
                {
                    break;
                }

                current += ordinal;
                end = e;
                break;
            }

            if (!Cardinals.TryGetValue(word, out var v))
            {
                break;
            }

            if (v == 1000)
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (v == 100)
            {
                if (current >= 100)
                {
                    break;
                }

                current = (current == 0 ? 1 : current) * 100;
            }
            else if (v >= 20)
            {
                if (last == 4 && v == 20)
                {
                    current += 76; // quatre-vingt
                }
                else if (last == 0)
                {
                    current += v;
                }
                else
                {
                    break;
                }
            }
            else if (last == 0 || (last >= 20 && last % 10 == 0 && v < 10) || (last is 60 or 80 && v >= 10) || (last == 80 && v >= 1) || (last == 10 && v is >= 7 and <= 9))
            {
                current += v;
            }
            else
            {
                break;
            }

            end = e;
            if (e + 1 >= t.Length || t[e] is not (' ' or '-'))
            {
                break;
            }

            k = e + 1;
        }

        return end < 0 ? (-1, -1) : (total + current, end);
    }
}
