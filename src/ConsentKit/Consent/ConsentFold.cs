using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Consent;

/// <summary>
/// State as a fold over history: for each (purpose, channel) the latest event by (occurred_at, chain order) wins.
/// The derived table applies the same rule in SQL on every append; a property test keeps the two equal.
/// </summary>
internal static class ConsentFold
{
    public static IEnumerable<EventRow> Latest(IEnumerable<EventRow> events, Instant at)
    {
        var limit = at.ToUnixTimeTicks();
        var latest = new Dictionary<(string, string), EventRow>();
        foreach (var e in events)
        {
            if (e.Purpose is null || e.Channel is null || e.OccurredAt > limit)
            {
                continue;
            }

            var key = (e.Purpose, e.Channel);
            if (!latest.TryGetValue(key, out var current)
                || e.OccurredAt > current.OccurredAt
                || (e.OccurredAt == current.OccurredAt && e.ChainSeq > current.ChainSeq))
            {
                latest[key] = e;
            }
        }

        return latest.Values;
    }

    public static ConsentState ToState(EventRow e, Instant at) =>
        Build(e.Purpose!, e.Channel!, e.StateStatus, e.Basis, e.OccurredAt, e.ExpiresAt, e.EventId, at);

    public static ConsentState ToState(StateRow s, Instant at) =>
        Build(s.Purpose, s.Channel, s.Status, s.Basis, s.Since, s.ExpiresAt, s.EventId, at);

    public static ConsentState None(string purpose, Channel channel) => new(purpose, channel, ConsentStatus.None, null, null, null, null);

    private static ConsentState Build(string purpose, string channel, string status, string? basis, long since, long? expires, string eventId, Instant at)
    {
        var s = Vocabulary.ParseStatus(status);
        if (s == ConsentStatus.Granted && expires is { } x && x <= at.ToUnixTimeTicks())
        {
            s = ConsentStatus.Expired;
        }

        var c = Vocabulary.ParseChannel(channel);
        ConsentBasis? b = Vocabulary.TryParseBasis(basis, out var parsed) ? parsed : null;
        return new ConsentState(purpose, c, s, s == ConsentStatus.Withdrawn ? null : b, Instant.FromUnixTimeTicks(since),
            s == ConsentStatus.Withdrawn ? null : expires is { } e ? Instant.FromUnixTimeTicks(e) : null, eventId);
    }
}
