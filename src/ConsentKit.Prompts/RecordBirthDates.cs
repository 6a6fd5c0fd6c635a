namespace ConsentKit.Prompts;

public sealed partial class PersonalDataScanner
{
    // A record's date of 2011 or later beside a name is a contact, a membership or an event (the people a campaign lists are
    // of voting age or close to it); before that, a bare date in a person's record is when the person was born. The bound is
    // fixed, not read from a clock, so that a scan stays a function of its text alone; it moves with the name lists.
    private const int LatestRecordBirthYear = 2010;
    private const int EarliestBirthYear = 1900;

    // How far after a name its record's next cell may start: a given name's cell, quotes, a separator.
    private const int MaxGap = 40;

    /// <summary>
    /// R42: in a list or an export, a person's record gives the birth date with no cue: "GAUVIN Marielle 12/03/1966 membre",
    /// "('BOUCHARD','Anne-Marie','1977-05-18',…)", "St-Onge⇥Dany⇥1959-06-08⇥…". A whole date of a plausible birth year that
    /// follows a name in the same record (only separators and capitalized cells between, no sentence's end) is that person's
    /// birth date; unless a list of meetings or calls dates its people, or the line holds a health-card number (its own check
    /// decides there: RamqAgrees for a date in digits; a date in words that the number agrees with is missed).
    /// Runs once per person found, each looking at most <see cref="MaxGap"/> characters ahead and eight entities around: linear.
    /// </summary>
    private static void BirthDatesBesideNames(string text, List<PersonalDataSpan> entities)
    {
        var t = text.AsSpan();
        List<PersonalDataSpan>? added = null;
        for (var k = 0; k < entities.Count; k++)
        {
            if (entities[k].Type != PersonalDataType.Person)
            {
                continue;
            }

            var next = k + 1 < entities.Count ? entities[k + 1].Start : t.Length;
            if (DateStartAfterName(t, entities[k].End, next) is var start and >= 0
                && BirthDateAt(t, start) is var end and > 0 && end <= next
                && !RamqOnTheLine(t, entities, k) && !CueBefore(t, entities[k].Start, 20, EventCues, "\n;!?"))
            {
                (added ??= []).Add(new(PersonalDataType.DateOfBirth, start, end));
            }
        }

        if (added is not null)
        {
            entities.AddRange(added);
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // A health-card number on the record's line speaks for its holder's birth date (RamqAgrees when the date in digits is
    // read, RamqConsistency after): this rule stays out of such a line. Looks at the few entities of the line only.
    private static bool RamqOnTheLine(ReadOnlySpan<char> t, List<PersonalDataSpan> entities, int k)
    {
        const int MaxEntities = 8;
        for (var j = k + 1; j < entities.Count && j <= k + MaxEntities && !t[entities[k].End..entities[j].Start].Contains('\n'); j++)
        {
            if (entities[j].Type == PersonalDataType.QcRamq)
            {
                return true;
            }
        }

        for (var j = k - 1; j >= 0 && j >= k - MaxEntities && !t[entities[j].End..entities[k].Start].Contains('\n'); j--)
        {
            if (entities[j].Type == PersonalDataType.QcRamq)
            {
                return true;
            }
        }

        return false;
    }

    // Where the record's next cell starts with a digit, after only separators and capitalized words; or -1.
    private static int DateStartAfterName(ReadOnlySpan<char> t, int j, int limit)
    {
        var end = Math.Min(limit, Math.Min(t.Length, j + MaxGap));
        var words = 0;
        while (j < end)
        {
            var c = t[j];
            if (IsDigit(c))
            {
                return j;
            }

            if (char.IsLetter(c))
            {
                // A given name's or a family name's cell ("Dany", "'Anne-Marie'"); a lower-case word is the sentence going on.
                if (!char.IsUpper(c) || ++words > 2)
                {
                    return -1;
                }

                while (j < end && (char.IsLetter(t[j]) || t[j] is '-' or '\''))
                {
                    j++;
                }

                continue;
            }

            // A bare ';' is a CSV cell's delimiter ("Tremblay, Luc;1961-04-03;418-555-0122"); followed by a space, it ends
            // a record in a written list ("GAUVIN Marielle 12/03/1966 membre; PROVOST Éric …").
            var cellSemicolon = c == ';' && j + 1 < t.Length && t[j + 1] != ' ';
            if (c is not (' ' or '\t' or '\u00A0' or '\u202F' or ',' or '|' or '\'' or '"' or ':' or '(') && !cellSemicolon)
            {
                return -1;
            }

            j++;
        }

        return -1;
    }

    // A whole date at i whose year is a plausible birth year ("12/03/1966", "1977-05-18", "24.12.1995", "1er avril 1953"):
    // its end, or -1.
    private static int BirthDateAt(ReadOnlySpan<char> t, int i)
    {
        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var j = i;
        var sep = '\0';
        var g = 0;
        for (; g < 3; g++)
        {
            var s = j;
            var v = 0;
            while (j < t.Length && IsDigit(t[j]) && j - s < 4)
            {
                v = (v * 10) + (t[j++] - '0');
            }

            values[g] = v;
            lengths[g] = j - s;
            if (lengths[g] == 0 || g == 2 || j >= t.Length || t[j] is not ('/' or '-' or '.') || (g == 1 && t[j] != sep))
            {
                break;
            }

            sep = t[j++];
        }

        if (g == 2 && (j >= t.Length || !char.IsLetterOrDigit(t[j])))
        {
            var (year, a, b) = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 ? (values[0], values[1], values[2])
                : lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4 ? (values[2], values[0], values[1])
                : (0, 0, 0);
            var dayAndMonth = (a is >= 1 and <= 12 && b is >= 1 and <= 31) || (a is >= 1 and <= 31 && b is >= 1 and <= 12);
            return year is >= EarliestBirthYear and <= LatestRecordBirthYear && dayAndMonth ? j : -1;
        }

        // "1er avril 1953", "3 mars 1938": a day, a month's name and a year.
        if (g == 0 && lengths[0] <= 2 && values[0] is >= 1 and <= 31 && TextualDate(t, j) is var end and > 0
            && int.TryParse(t[(end - 4)..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && y is >= EarliestBirthYear and <= LatestRecordBirthYear)
        {
            return end;
        }

        return -1;
    }
}
