using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Jurisdictions;

/// <summary>A daily window of local time, start inclusive, end exclusive, such as 09:00-21:30.</summary>
/// <param name="Start">First allowed local time.</param>
/// <param name="End">First local time no longer allowed; after <paramref name="Start"/>.</param>
public sealed record SendWindow(LocalTime Start, LocalTime End)
{
    private static readonly LocalTimePattern Pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Whether <paramref name="time"/> falls inside the window; a window ending at 24:00 includes the day's last instant.</summary>
    public bool Contains(LocalTime time) => time >= Start && (time < End || End == LocalTime.MaxValue);

    /// <summary>Parses <c>HH:mm-HH:mm</c>; null with an error naming <paramref name="field"/> when malformed or empty.</summary>
    public static SendWindow? Parse(string? text, string field, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && Pattern.Parse(parts[0]) is { Success: true } start
            && (parts[1] == "24:00" ? LocalTime.MaxValue : Pattern.Parse(parts[1]) is { Success: true } end ? end.Value : (LocalTime?)null) is { } until
            && start.Value < until)
        {
            return new SendWindow(start.Value, until);
        }

        errors.Add(new(field, $"{field}.format", $"{field} must be a daily window HH:mm-HH:mm with start before end, such as 18:00-20:30."));
        return null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Pattern.Format(Start)}-{(End == LocalTime.MaxValue ? "24:00" : Pattern.Format(End))}");
}
