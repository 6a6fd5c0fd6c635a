using System.Collections.Concurrent;
using System.Text;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts;

/// <summary>What the filter does with personal data it finds (R42).</summary>
public enum PromptAction
{
    /// <summary>Replace each value by a typed placeholder such as <c>[EMAIL_1]</c>; nothing can restore it.</summary>
    Redact,
    /// <summary>Replace each value by a placeholder that stays the same for the whole conversation and can be restored in the answer, from a map kept in memory only.</summary>
    Pseudonymize,
    /// <summary>Refuse the text, listing the types found.</summary>
    Block,
}

/// <summary>The filter's rule for one purpose: what to do, and which types may pass unchanged (none by default).</summary>
public sealed record PromptPolicy
{
    /// <summary>Redact everything: the default (R42).</summary>
    public static PromptPolicy Default { get; } = new();

    /// <summary>What to do with the types not allowed.</summary>
    public PromptAction Action { get; init; } = PromptAction.Redact;

    /// <summary>Types that may pass unchanged for this purpose (a logged DPO exception, R42).</summary>
    public IReadOnlySet<PersonalDataType> Allowed { get; init; } = new HashSet<PersonalDataType>();

    /// <summary>When true, a text revealing a special category (health, religion…) is refused whatever the action.</summary>
    public bool BlockSensitive { get; init; }
}

/// <summary>
/// The prompt policy of each purpose (R42): a purpose without its own policy gets the default one (redact everything).
/// Immutable: <see cref="With"/> returns a copy.
/// </summary>
public sealed class PromptPolicies
{
    private readonly IReadOnlyDictionary<string, PromptPolicy> _byPurpose;

    private PromptPolicies(PromptPolicy fallback, IReadOnlyDictionary<string, PromptPolicy> byPurpose)
    {
        Fallback = fallback;
        _byPurpose = byPurpose;
    }

    /// <summary>Redact everything, for every purpose.</summary>
    public static PromptPolicies Default { get; } = new(PromptPolicy.Default, new Dictionary<string, PromptPolicy>(StringComparer.Ordinal));

    /// <summary>The policy of purposes without their own.</summary>
    public PromptPolicy Fallback { get; }

    /// <summary>A copy where <paramref name="purpose"/> follows <paramref name="policy"/>.</summary>
    public PromptPolicies With(string purpose, PromptPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(policy);
        return new(Fallback, new Dictionary<string, PromptPolicy>(_byPurpose, StringComparer.Ordinal) { [purpose] = policy });
    }

    /// <summary>A copy whose fallback is <paramref name="policy"/>.</summary>
    public PromptPolicies WithFallback(PromptPolicy policy) => new(policy ?? throw new ArgumentNullException(nameof(policy)), _byPurpose);

    /// <summary>The policy for <paramref name="purpose"/> (the fallback when null or without its own).</summary>
    public PromptPolicy For(string? purpose) => purpose is not null && _byPurpose.TryGetValue(purpose, out var policy) ? policy : Fallback;
}

/// <summary>The outcome of filtering one text: the text to send (null when blocked), and counts, never values.</summary>
/// <param name="Text">The filtered text; null when blocked.</param>
/// <param name="Blocked">True when the policy refused the text.</param>
/// <param name="Counts">How many values of each type were found.</param>
/// <param name="Sensitive">The special categories the text reveals.</param>
public sealed record PromptFilterResult(string? Text, bool Blocked, IReadOnlyDictionary<PersonalDataType, int> Counts, IReadOnlyList<DataCategory> Sensitive)
{
    /// <summary>The number of values replaced or found.</summary>
    public int Total => Counts.Values.Sum();
}

/// <summary>
/// One conversation's pseudonyms: the same value gets the same placeholder in every message, and answers are restored
/// from it. Kept in memory only, never stored or logged; thread-safe.
/// </summary>
public sealed class PseudonymMap
{
    private readonly ConcurrentDictionary<(PersonalDataType, string), string> _forward = new();
    private readonly ConcurrentDictionary<string, string> _back = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PersonalDataType, int> _counters = new();

    /// <summary>How many values the map holds.</summary>
    public int Count => _back.Count;

    // The same phone, card or e-mail written two ways is one value: "514 555-0101" and "514.555.0101" share a placeholder.
    private static string Key(PersonalDataType type, string value) => type switch
    {
        PersonalDataType.Phone or PersonalDataType.CaSin or PersonalDataType.FrNir or PersonalDataType.CreditCard or PersonalDataType.Iban or PersonalDataType.QcRamq
            => new string(TextFolding.Fold(value).Text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray()),
        _ => NameLists.FoldWord(TextFolding.Fold(value).Text),
    };

    internal string Placeholder(PersonalDataType type, string value) =>
        _forward.GetOrAdd((type, Key(type, value)), key =>
        {
            var placeholder = $"[{key.Item1.Name()}_{_counters.AddOrUpdate(key.Item1, 1, (_, n) => n + 1)}]";
            _back[placeholder] = value;
            return placeholder;
        });

    /// <summary>The answer with every placeholder of this conversation replaced by its original value.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_back.IsEmpty || !text.Contains('[', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                break;
            }

            // A placeholder is short: the search for its ']' stops there, so brackets that never close cost no more than the text.
            var close = text.IndexOf(']', open, Math.Min(PlaceholderMaxLength, text.Length - open));
            ScanWork.Add((close < 0 ? Math.Min(PlaceholderMaxLength, text.Length - open) : close - open) + 1);
            sb.Append(text, i, open - i);
            if (close > open && close - open <= PlaceholderMaxLength && _back.TryGetValue(text[open..(close + 1)], out var original))
            {
                sb.Append(original);
                i = close + 1;
            }
            else
            {
                sb.Append('[');
                i = open + 1;
            }
        }

        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    /// <summary>The longest placeholder, such as <c>[STREET_ADDRESS_12345]</c>: a streaming answer holds back at most this many characters.</summary>
    public const int PlaceholderMaxLength = 24;
}

/// <summary>Finds personal data with a <see cref="PersonalDataScanner"/> and applies a <see cref="PromptPolicy"/> (R42).</summary>
public sealed class PromptFilter
{
    private readonly PersonalDataScanner _scanner;

    /// <summary>A filter over <paramref name="scanner"/> (the shared default when null).</summary>
    public PromptFilter(PersonalDataScanner? scanner = null) => _scanner = scanner ?? PersonalDataScanner.Default;

    /// <summary>
    /// Filters <paramref name="text"/>: allowed types pass, the rest are redacted, pseudonymized through
    /// <paramref name="map"/> (required for <see cref="PromptAction.Pseudonymize"/>) or the text is blocked.
    /// </summary>
    public PromptFilterResult Filter(string text, PromptPolicy policy, PseudonymMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Action == PromptAction.Pseudonymize && map is null)
        {
            throw new ArgumentNullException(nameof(map), "Pseudonymization needs the conversation's PseudonymMap.");
        }

        var scan = _scanner.Scan(text);
        var counts = new Dictionary<PersonalDataType, int>();
        foreach (var e in scan.Entities)
        {
            counts[e.Type] = counts.GetValueOrDefault(e.Type) + 1;
        }

        var filtered = scan.Entities.Where(e => !policy.Allowed.Contains(e.Type)).ToList();
        if ((policy.Action == PromptAction.Block && filtered.Count > 0) || (policy.BlockSensitive && scan.Sensitive.Count > 0))
        {
            return new PromptFilterResult(null, true, counts, scan.Sensitive);
        }

        if (filtered.Count == 0)
        {
            return new PromptFilterResult(text, false, counts, scan.Sensitive);
        }

        var local = policy.Action == PromptAction.Pseudonymize ? map! : new PseudonymMap();
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var e in filtered)
        {
            sb.Append(text, at, e.Start - at);
            sb.Append(local.Placeholder(e.Type, text[e.Start..e.End]));
            at = e.End;
        }

        sb.Append(text, at, text.Length - at);
        return new PromptFilterResult(sb.ToString(), false, counts, scan.Sensitive);
    }
}
