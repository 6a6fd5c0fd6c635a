using System.Collections.Frozen;

namespace ConsentKit.Prompts;

/// <summary>
/// A RAMQ number encodes its holder's birth date and sex (YYMMDD, month + 50 for women). Where the text states a birth
/// date or a title near it, the number must agree, else the 4 letters and 8 digits are something else (an order code).
/// </summary>
internal static class RamqConsistency
{
    private const int Window = 160;

    private static readonly string[] MonthsFr = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
    private static readonly string[] MonthsEn = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly WordSet Women = NameLists.Words(new[] { "mme", "madame", "mlle", "mrs", "ms", "miss", "nee", "elle", "she", "her", "femme", "woman" });
    private static readonly WordSet Men = NameLists.Words(new[] { "monsieur", "mr", "homme", "man", "il", "he", "his", "him" });

    public static void Apply(string text, List<PersonalDataSpan> entities)
    {
        // Most texts hold no health-card number: nothing to check, nothing to allocate.
        if (!entities.Exists(e => e.Type == PersonalDataType.QcRamq))
        {
            return;
        }

        // Birth dates in text order (entities are sorted and never overlap): each number reads only those within the window.
        var births = entities.Where(e => e.Type == PersonalDataType.DateOfBirth).ToArray();
        var refuted = new HashSet<int>();
        for (var k = 0; k < entities.Count; k++)
        {
            var ramq = entities[k];
            if (ramq.Type != PersonalDataType.QcRamq)
            {
                continue;
            }

            var digits = text[ramq.Start..ramq.End].Where(char.IsAsciiDigit).ToArray();
            var yy = ((digits[0] - '0') * 10) + (digits[1] - '0');
            var mm = ((digits[2] - '0') * 10) + (digits[3] - '0');
            var dd = ((digits[4] - '0') * 10) + (digits[5] - '0');
            var woman = mm > 50;
            // The holder's birth date is the nearest one: in a list of members, the other rows' dates are within the window
            // too, and a number must not be refuted by its neighbour's birthday.
            var consistent = true;
            DateOnly? nearest = null;
            var distance = int.MaxValue;
            for (var d = FirstAtOrAfter(births, ramq.Start - Window); d < births.Length && births[d].Start <= ramq.Start + Window; d++)
            {
                ScanWork.Add(1);
                var gap = births[d].End <= ramq.Start ? ramq.Start - births[d].End : births[d].Start - ramq.End;
                if (gap < distance && Parse(text[births[d].Start..births[d].End]) is { } parsed)
                {
                    (nearest, distance) = (parsed, gap);
                }
            }

            if (nearest is { } date)
            {
                consistent = date.Year % 100 == yy && date.Month == (woman ? mm - 50 : mm) && date.Day == dd;
            }

            var sex = Sex(text, ramq.Start);
            consistent &= sex is null || sex == woman;
            if (!consistent)
            {
                refuted.Add(k);
            }
        }

        if (refuted.Count > 0)
        {
            // One pass: removing them one by one would shift the list once per number.
            var kept = 0;
            for (var k = 0; k < entities.Count; k++)
            {
                if (!refuted.Contains(k))
                {
                    entities[kept++] = entities[k];
                }
            }

            entities.RemoveRange(kept, entities.Count - kept);
        }
    }

    private static int FirstAtOrAfter(PersonalDataSpan[] spans, int start)
    {
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            ScanWork.Add(1);
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start >= start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    // A title or pronoun in the sentence before the number: true for a woman, false for a man, null when none.
    private static bool? Sex(string text, int start)
    {
        var t = text.AsSpan();
        var from = Math.Max(0, start - Window);
        for (var j = start; j > from;)
        {
            while (j > from && !char.IsLetter(t[j - 1]))
            {
                if (t[j - 1] is '\n' or '!' or '?')
                {
                    return null;
                }

                j--;
            }

            var end = j;
            while (j > from && char.IsLetter(t[j - 1]))
            {
                j--;
            }

            if (end == j)
            {
                return null;
            }

            var word = t[j..end];
            if (NameLists.Contains(Women, word))
            {
                return true;
            }

            if (NameLists.Contains(Men, word) || (word.SequenceEqual("M") && end < t.Length && t[end] == '.'))
            {
                return false;
            }
        }

        return null;
    }

    // "12 mars 1985", "1985-03-12", "12/03/1985", "March 12, 1985".
    internal static DateOnly? Parse(string text)
    {
        var folded = NameLists.FoldWord(text);
        var numbers = new List<int>();
        var month = 0;
        foreach (var part in folded.Split([' ', '/', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part.TrimEnd('e', 'r'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
            else if (Array.IndexOf(MonthsFr, part) is var f and >= 0)
            {
                month = f + 1;
            }
            else if (Array.FindIndex(MonthsEn, m => m.StartsWith(part, StringComparison.Ordinal) && part.Length >= 3) is var e and >= 0)
            {
                month = e + 1;
            }
        }

        int year, day;
        if (month > 0 && numbers.Count == 2)
        {
            (day, year) = numbers[0] > 31 ? (numbers[1], numbers[0]) : (numbers[0], numbers[1]);
        }
        else if (numbers.Count == 3)
        {
            (year, month, day) = numbers[0] > 31 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0]);
        }
        else
        {
            return null;
        }

        year = year < 100 ? 1900 + year : year;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
