using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Storage;

/// <summary>
/// A validated segment as a provider evaluates it: the criteria, the declared fields they use, and the conditions the guard
/// adds on its own (minors left out, known age for age criteria, consents required by inferred or broker data).
/// </summary>
public sealed class SegmentQuery
{
    /// <summary>The organisation whose contacts are selected.</summary>
    public required string OrgId { get; init; }

    /// <summary>Who is selected.</summary>
    public required Criterion Include { get; init; }

    /// <summary>Who is left out of those; null when nobody.</summary>
    public Criterion? Exclude { get; init; }

    /// <summary>The catalogue\'s definitions of the fields the criteria use, by name.</summary>
    public required IReadOnlyDictionary<string, FieldDefinition> Fields { get; init; }

    /// <summary>The date ages are computed at.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>People born after this date are under the purpose's minimum age and left out (R20); null when none applies.</summary>
    public LocalDate? BornOnOrBefore { get; init; }

    /// <summary>Consents a selected person must hold: (purpose, explicit basis required).</summary>
    public IReadOnlyList<(string Purpose, bool Explicit)> RequiredConsents { get; init; } = [];

    /// <summary>Now, in Unix ticks (consents in force at this instant).</summary>
    public required long NowTicks { get; init; }

    /// <summary>R20: a person of unknown age is left out of any segment that uses age.</summary>
    public bool UsesAge => Include.Fields().Concat(Exclude?.Fields() ?? []).Any(f => f.Field is "age" or "birth_date");

    /// <summary>The birth-date bound of <c>age OP n</c>: ages are whole years at <see cref="Today"/>.</summary>
    public LocalDate BornBy(int years) => Today.PlusYears(-years);
}
