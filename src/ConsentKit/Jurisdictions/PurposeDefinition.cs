using NodaTime;

namespace ConsentKit.Jurisdictions;

/// <summary>
/// A purpose of processing in the catalog (R1): its name, how long a consent for it lasts when the
/// event gives no expiry (R7), and the legal bases it accepts (R3, R4, R5).
/// </summary>
public sealed record PurposeDefinition
{
    /// <summary>Creates a purpose definition.</summary>
    /// <param name="name">Lower-case name with letters, digits and dashes, such as <c>gotv</c>.</param>
    /// <param name="defaultLifetime">How long a grant lasts when it states no expiry.</param>
    /// <param name="acceptedBases">The bases a grant for this purpose may rest on.</param>
    /// <param name="source">The rule or reason behind these values (R-number, article).</param>
    public PurposeDefinition(string name, Period defaultLifetime, IEnumerable<ConsentBasis> acceptedBases, string source)
    {
        Name = name;
        DefaultLifetime = defaultLifetime;
        AcceptedBases = acceptedBases.ToHashSet();
        Source = source;
    }

    /// <summary>The purpose's wire name, such as <c>political-ads</c>.</summary>
    public string Name { get; }

    /// <summary>How long a grant lasts when the event gives no expiry (R7).</summary>
    public Period DefaultLifetime { get; }

    /// <summary>The bases a grant for this purpose may rest on.</summary>
    public IReadOnlySet<ConsentBasis> AcceptedBases { get; }

    /// <summary>The rule or reason behind these values.</summary>
    public string Source { get; }
}
