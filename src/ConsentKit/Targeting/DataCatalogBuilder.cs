using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ConsentKit.Targeting;

/// <summary>
/// Declares fields fluently: <c>DataCatalog.BuiltIn.ToBuilder().Field("interest_transit", DataCategory.Engagement, DataSource.Person, "gotv").Build()</c>.
/// Modifiers such as <see cref="ThirdParty"/> apply to the field declared last.
/// </summary>
public sealed class DataCatalogBuilder
{
    private readonly Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private string? _last;

    internal DataCatalogBuilder(IEnumerable<FieldDefinition> fields)
    {
        foreach (var field in fields)
        {
            _fields[field.Name] = field;
        }
    }

    /// <summary>Declares (or redeclares) a field.</summary>
    public DataCatalogBuilder Field(string name, DataCategory category, DataSource source, params string[] purposes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!DataCatalog.FieldName().IsMatch(name))
        {
            throw new ConsentKitValidationException([new("name", "catalog.name-invalid", "a field name must be lower-case letters, digits and underscores, starting with a letter (at most 64).")]);
        }

        _fields[name] = new FieldDefinition(name, category, source, purposes);
        _last = name;
        return this;
    }

    /// <summary>Names the third party or broker the last field came from, with its ISO 3166 country (R36).</summary>
    public DataCatalogBuilder ThirdParty(string name, string country) =>
        Change(f => f with { Source = DataSource.ThirdParty, ThirdParty = name, Country = country.ToUpperInvariant() });

    /// <summary>Marks the last field as a proxy of a special category (R31).</summary>
    public DataCatalogBuilder ProxyOf(DataCategory category)
    {
        if (!category.IsSpecial())
        {
            throw new ConsentKitValidationException([new("proxyOf", "catalog.proxy-not-special", "proxyOf must be a special category.")]);
        }

        return Change(f => f with { ProxyOf = category });
    }

    /// <summary>Sets how the last field's values compare in segments.</summary>
    public DataCatalogBuilder OfType(FieldType type) => Change(f => f with { Type = type });

    /// <summary>Declares the channels whose delivery needs the last field (see <see cref="FieldDefinition.Channels"/>).</summary>
    public DataCatalogBuilder ForChannels(params Channel[] channels) => Change(f => f with { Channels = channels.ToHashSet() });

    /// <summary>Declares every property of <typeparamref name="T"/> that carries a <see cref="DataFieldAttribute"/>.</summary>
    public DataCatalogBuilder FromType<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>()
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<DataFieldAttribute>() is not { } a)
            {
                continue;
            }

            Field(DataCatalog.CatalogName(property), a.Category, a.Source, [.. a.Purposes]).OfType(a.Type);
            if (a.Channels.Length > 0)
            {
                ForChannels(a.Channels);
            }

            if (a.Source == DataSource.ThirdParty)
            {
                ThirdParty(a.ThirdParty ?? "", a.Country ?? "");
            }

            if (a.IsProxy)
            {
                ProxyOf(a.ProxyOf);
            }
        }

        return this;
    }

    /// <summary>The catalog; every field is checked (third parties named with a country, at least one purpose).</summary>
    /// <exception cref="ConsentKitValidationException">A field breaks a rule; every such field is named.</exception>
    public DataCatalog Build()
    {
        var errors = new List<ValidationError>();
        foreach (var f in _fields.Values)
        {
            if (f.Purposes.Count == 0)
            {
                errors.Add(new($"{f.Name}.purposes", "catalog.purposes-missing", $"field {f.Name} must name the purposes allowed to use it (or \"*\")."));
            }

            if (f.Source == DataSource.ThirdParty && (string.IsNullOrWhiteSpace(f.ThirdParty) || f.Country is not { Length: 2 } c || !c.All(char.IsAsciiLetterUpper)))
            {
                errors.Add(new($"{f.Name}.thirdParty", "catalog.third-party-unnamed", $"field {f.Name} comes from a third party: give its name (thirdParty) and ISO 3166 country (country, such as US) (R36)."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        return new DataCatalog(_fields.Values);
    }

    private DataCatalogBuilder Change(Func<FieldDefinition, FieldDefinition> change)
    {
        if (_last is null)
        {
            throw new InvalidOperationException("Declare a field with Field(...) before modifying it.");
        }

        _fields[_last] = change(_fields[_last]);
        return this;
    }
}
