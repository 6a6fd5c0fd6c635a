using NodaTime;

namespace ConsentKit.Jurisdictions;

/// <summary>
/// When messages may reach a person, in the person's own time zone (R24): windows per day of the week, and optionally
/// no sending on public holidays.
/// </summary>
public sealed class SendingHours
{
    private readonly IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<SendWindow>> _windows;
    private readonly Func<int, IReadOnlySet<LocalDate>>? _holidays;

    /// <summary>Creates sending hours from windows per day; days without windows allow nothing.</summary>
    public SendingHours(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<SendWindow>> windows, Func<int, IReadOnlySet<LocalDate>>? holidays, string source)
    {
        _windows = windows;
        _holidays = holidays;
        Source = source;
    }

    /// <summary>The rule behind these hours.</summary>
    public string Source { get; }

    /// <summary>The same window every day, holidays included: a window the person chose at consent (R24).</summary>
    public static SendingHours Daily(SendWindow window) =>
        new(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToDictionary(d => d, _ => (IReadOnlyList<SendWindow>)[window]), null, "R24 (window chosen by the person)");

    /// <summary>Whether sending is allowed at <paramref name="local"/> time.</summary>
    public bool Allows(LocalDateTime local) => WindowsOn(local.Date).Any(w => w.Contains(local.TimeOfDay));

    /// <summary>The first instant at or after <paramref name="from"/> at which sending is allowed in <paramref name="zone"/>; null if none within 30 days.</summary>
    public Instant? NextAllowed(Instant from, DateTimeZone zone)
    {
        var local = from.InZone(zone).LocalDateTime;
        for (var day = 0; day < 30; day++)
        {
            var date = local.Date.PlusDays(day);
            foreach (var window in WindowsOn(date).OrderBy(w => w.Start))
            {
                var start = day == 0 && local.TimeOfDay > window.Start ? local.TimeOfDay : window.Start;
                if (start < window.End)
                {
                    // Leniently: a window opening inside a DST gap opens at the first valid instant after it.
                    var candidate = (date + start).InZoneLeniently(zone).ToInstant();
                    return candidate < from ? from : candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether these hours allow nothing that <paramref name="limit"/> forbids: every window lies inside one of the limit's
    /// windows on the same day, and the limit's holidays are kept.
    /// </summary>
    public bool IsWithin(SendingHours limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit._holidays is not null && _holidays is null)
        {
            return false;
        }

        return _windows.All(day => day.Value.All(w =>
            limit._windows.TryGetValue(day.Key, out var allowed) && allowed.Any(a => a.Start <= w.Start && (w.End <= a.End || a.End == LocalTime.MaxValue))));
    }

    /// <summary>
    /// The times both allow: each day's windows cut to <paramref name="limit"/>'s, and either's holidays kept. A window the
    /// person chose narrows a legal curfew; it never widens it (R14: the CRTC calling hours bind every voice call).
    /// </summary>
    internal SendingHours Within(SendingHours limit, string source)
    {
        var days = new Dictionary<IsoDayOfWeek, IReadOnlyList<SendWindow>>();
        foreach (var (day, windows) in _windows)
        {
            var allowed = limit._windows.TryGetValue(day, out var l) ? l : [];
            days[day] = [.. windows.SelectMany(w => allowed.Select(a => new SendWindow(w.Start > a.Start ? w.Start : a.Start, w.End < a.End ? w.End : a.End)))
                .Where(w => w.Start < w.End)];
        }

        var (mine, theirs) = (_holidays, limit._holidays);
        Func<int, IReadOnlySet<LocalDate>>? holidays = mine is null ? theirs : theirs is null ? mine : year => mine(year).Union(theirs(year)).ToHashSet();
        return new(days, holidays, source);
    }

    private IReadOnlyList<SendWindow> WindowsOn(LocalDate date) =>
        _holidays is not null && _holidays(date.Year).Contains(date) ? []
        : _windows.TryGetValue(date.DayOfWeek, out var windows) ? windows : [];

    /// <summary>France's public holidays of a year: the eleven fixed and Easter-based days of the Code du travail L3133-1.</summary>
    public static IReadOnlySet<LocalDate> FrenchPublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<LocalDate>
        {
            new(year, 1, 1), easter.PlusDays(1), new(year, 5, 1), new(year, 5, 8), easter.PlusDays(39), easter.PlusDays(50),
            new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        };
    }

    // Anonymous Gregorian computus (Meeus/Jones/Butcher).
    private static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}

/// <summary>
/// The gate's age rules (R9, R20): below <see cref="PersuasionAge"/> no persuasion purpose unless the person joined as a
/// member; below <see cref="PoliticalAdsAge"/> no political-ad targeting at all.
/// </summary>
/// <param name="PersuasionAge">The age below which persuasion purposes are blocked for non-members.</param>
/// <param name="PersuasionPurposes">The purposes that count as persuasion.</param>
/// <param name="PoliticalAdsAge">The age below which <c>political-ads</c> is blocked.</param>
/// <param name="Source">The rules behind these ages.</param>
public sealed record MinorRules(int PersuasionAge, IReadOnlyList<string> PersuasionPurposes, int PoliticalAdsAge, string Source);
