using NodaTime;

namespace ConsentKit.Jurisdictions;

/// <summary>
/// An election-day silence period, configured per election (R21, R22, R23): from <see cref="Start"/> to <see cref="End"/>
/// in the constituency's zone, political messages on <see cref="Channels"/> are blocked.
/// </summary>
public sealed record ElectionSilence
{
    /// <summary>Creates a silence period.</summary>
    public ElectionSilence(string name, string timeZone, LocalDateTime start, LocalDateTime end, string rule, bool membersExempt = false, IReadOnlySet<Channel>? channels = null)
    {
        Name = name;
        TimeZone = timeZone;
        Start = start;
        End = end;
        Rule = rule;
        MembersExempt = membersExempt;
        Channels = channels ?? new HashSet<Channel> { Channel.Sms, Channel.Email, Channel.Voice };
    }

    /// <summary>The election's name, shown in reasons.</summary>
    public string Name { get; }

    /// <summary>The constituency's IANA zone.</summary>
    public string TimeZone { get; }

    /// <summary>Local start of the silence.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Local end (polls close).</summary>
    public LocalDateTime End { get; }

    /// <summary>The rule the silence rests on.</summary>
    public string Rule { get; }

    /// <summary>Whether messages to members are outside the silence (R22: items sent directly to members are not election advertising).</summary>
    public bool MembersExempt { get; }

    /// <summary>The channels silenced.</summary>
    public IReadOnlySet<Channel> Channels { get; }

    /// <summary>
    /// France, one constituency: from 00:00 the day before its polling day until its polls close, in its zone (CE L49, R21).
    /// <paramref name="pollingDay"/> is the national polling day: a constituency that votes a day earlier (the Americas and
    /// French Polynesia, <see cref="PollingCalendar.DayEarlierZones"/>) starts and ends its silence a day earlier.
    /// </summary>
    public static ElectionSilence France(string name, LocalDate pollingDay, string timeZone = "Europe/Paris", LocalTime? pollsClose = null)
    {
        var polling = JurisdictionProfile.France.Polling;
        var local = polling.PollingDayIn(timeZone, pollingDay);
        return new(name, timeZone, local.PlusDays(-1).AtMidnight(), local + (pollsClose ?? polling.LatestPollsClose), "R21; Code électoral L49" + (local != pollingDay ? "; vote a day earlier overseas" : ""));
    }

    /// <summary>
    /// France, a national election: one silence per constituency zone (metropolitan France and each overseas zone), each
    /// from 00:00 the day before that constituency votes until 20:00 there (R21). The gate blocks while any of them runs.
    /// </summary>
    public static IReadOnlyList<ElectionSilence> FranceNational(string name, LocalDate pollingDay) =>
        [.. JurisdictionProfile.France.Polling.ConstituencyZones.Select(zone => France(name, pollingDay, zone))];

    /// <summary>Canada, federal polling day: no election advertising until the district's polls close (CEA s.323(1), R22); members exempt.</summary>
    public static ElectionSilence CanadaPollingDay(string name, LocalDate pollingDay, string timeZone, LocalTime pollsClose) =>
        new(name, timeZone, pollingDay.AtMidnight(), pollingDay + pollsClose, "R22; CEA s.323(1)", membersExempt: true);

    /// <summary>Québec provincial polling day: same blackout as federal for non-members until polls close (R23, default).</summary>
    public static ElectionSilence QuebecPollingDay(string name, LocalDate pollingDay, LocalTime? pollsClose = null) =>
        new(name, "America/Toronto", pollingDay.AtMidnight(), pollingDay + (pollsClose ?? new LocalTime(20, 0)), "R23 (default, symmetric with CEA s.323)", membersExempt: true);

    internal (Instant Start, Instant End) Interval()
    {
        var zone = DateTimeZoneProviders.Tzdb[TimeZone];
        return (Start.InZoneLeniently(zone).ToInstant(), End.InZoneLeniently(zone).ToInstant());
    }
}

/// <summary>At most <see cref="Max"/> messages on <see cref="Channel"/> within <see cref="Window"/> (R25); per purpose when <see cref="Purpose"/> is set.</summary>
/// <param name="Channel">The channel counted.</param>
/// <param name="Max">The most messages allowed in the window.</param>
/// <param name="Window">The sliding window.</param>
/// <param name="Purpose">Counts only this purpose's messages; all purposes when null.</param>
/// <param name="AnnouncedAtSignUp">
/// True when this is the frequency the person was told at sign-up: R25 enforces it in place of the default. A cap looser
/// than the default that was not announced needs a <see cref="LegalOverride"/>.
/// </param>
public sealed record FrequencyCap(Channel Channel, int Max, Duration Window, string? Purpose = null, bool AnnouncedAtSignUp = false);
