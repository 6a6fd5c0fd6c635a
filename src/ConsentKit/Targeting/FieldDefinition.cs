namespace ConsentKit.Targeting;

/// <summary>
/// One declared field of a contact record (R28): what it reveals, where it came from and which purposes may use it.
/// A field that is not declared cannot be stored, used as a criterion or exported.
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>Declares a field.</summary>
    /// <param name="name">Lower-case snake-case name, such as <c>interest_transit</c>.</param>
    /// <param name="category">What the field reveals.</param>
    /// <param name="source">Where its values come from.</param>
    /// <param name="purposes">The purposes that may use it; <c>*</c> for every purpose.</param>
    public FieldDefinition(string name, DataCategory category, DataSource source, IEnumerable<string> purposes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(purposes);
        Name = name;
        Category = category;
        Source = source;
        Purposes = new SortedSet<string>(purposes, StringComparer.Ordinal);
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>What the field reveals about the person.</summary>
    public DataCategory Category { get; init; }

    /// <summary>Where its values come from.</summary>
    public DataSource Source { get; init; }

    /// <summary>The purposes allowed to use the field (R37); <c>*</c> means every purpose.</summary>
    public IReadOnlySet<string> Purposes { get; init; }

    /// <summary>The special category this field reveals indirectly, when it is a proxy (R31); null otherwise.</summary>
    public DataCategory? ProxyOf { get; init; }

    /// <summary>For <see cref="DataSource.ThirdParty"/>: the broker or third party's name (R36).</summary>
    public string? ThirdParty { get; init; }

    /// <summary>For <see cref="DataSource.ThirdParty"/>: the ISO 3166 country of the third party (R36).</summary>
    public string? Country { get; init; }

    /// <summary>How values compare in segments.</summary>
    public FieldType Type { get; init; }

    /// <summary>
    /// The channels whose delivery needs this field: a phone serves SMS and voice, a first name and a language personalise any
    /// message. A sender or vendor for a channel receives only these (R37); null when no delivery needs the field.
    /// </summary>
    public IReadOnlySet<Channel>? Channels { get; init; }

    /// <summary>True when the built-in catalog declares the field (a column of the foundation's CSV).</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Whether <paramref name="purpose"/> may use this field.</summary>
    public bool AllowsPurpose(string purpose) => Purposes.Contains("*") || Purposes.Contains(purpose);

    /// <summary>The special category the field reveals, directly or as a proxy; null when it reveals none.</summary>
    public DataCategory? SpecialCategory =>
        Category.IsSpecial() ? Category : ProxyOf is { } proxy && proxy.IsSpecial() ? proxy : null;

    /// <summary>True when the values were derived by scoring or AI rather than collected (R29).</summary>
    public bool IsInferred => Source == DataSource.Inferred || Category == DataCategory.Inferred;
}

/// <summary>
/// Declares the property of an integrator's class as a catalog field, for <see cref="DataCatalogBuilder.FromType{T}"/>
/// and typed <see cref="DataCatalog.Minimize{T}(T, string)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class DataFieldAttribute : Attribute
{
    /// <summary>Declares the property with its category, source and purposes.</summary>
    public DataFieldAttribute(DataCategory category, DataSource source, params string[] purposes)
    {
        Category = category;
        Source = source;
        Purposes = purposes;
    }

    /// <summary>What the field reveals.</summary>
    public DataCategory Category { get; }

    /// <summary>Where its values come from.</summary>
    public DataSource Source { get; }

    /// <summary>The purposes allowed to use it.</summary>
    public IReadOnlyList<string> Purposes { get; }

    /// <summary>The catalog name; the property name in snake case when null.</summary>
    public string? Name { get; set; }

    /// <summary>The special category the field is a proxy of, if any.</summary>
    public DataCategory ProxyOf { get; set; } = DataCategory.Identity;

    /// <summary>True when <see cref="ProxyOf"/> is set.</summary>
    public bool IsProxy => ProxyOf.IsSpecial();

    /// <summary>For third-party data: the broker's name.</summary>
    public string? ThirdParty { get; set; }

    /// <summary>For third-party data: the broker's ISO 3166 country.</summary>
    public string? Country { get; set; }

    /// <summary>How values compare in segments.</summary>
    public FieldType Type { get; set; }

    /// <summary>The channels whose delivery needs the field (see <see cref="FieldDefinition.Channels"/>); none by default.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Attribute arguments are arrays.")]
    public Channel[] Channels { get; set; } = [];
}
