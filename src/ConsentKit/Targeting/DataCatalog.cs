using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsentKit.Contacts;

namespace ConsentKit.Targeting;

/// <summary>
/// The declared fields of contact records (R28, R37): immutable, built from the built-in fields of the foundation's CSV,
/// a JSON file, a fluent builder or attributes on a class. Also the minimizer: each purpose sees only its fields.
/// </summary>
public sealed partial class DataCatalog
{
    internal const string MetaKey = "data_catalog";

    private static readonly Channel[] Every = Enum.GetValues<Channel>();

    private readonly FrozenDictionary<string, FieldDefinition> _fields;

    internal DataCatalog(IEnumerable<FieldDefinition> fields)
    {
        _fields = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// The fields of the foundation's CSV, declared with their categories. An SMS vendor receives the id, first name, phone
    /// and language; the family name and birth date serve only the purposes that need them (R37); <c>age</c> is derived from
    /// the birth date so that segments use an age, never the date.
    /// </summary>
    public static DataCatalog BuiltIn { get; } = new(
    [
        Builtin("contact_id", DataCategory.Identity, FieldType.Text, Every, "*"),
        Builtin("first_name", DataCategory.Identity, FieldType.Text, Every, "*"),
        Builtin("last_name", DataCategory.Identity, FieldType.Text, [Channel.Mail], "membership", "fundraising", "volunteering"),
        Builtin("phone", DataCategory.Contact, FieldType.Text, [Channel.Sms, Channel.Voice], "*"),
        Builtin("email", DataCategory.Contact, FieldType.Text, [Channel.Email], "*"),
        Builtin("language", DataCategory.Demographic, FieldType.Text, Every, "*"),
        Builtin("postal_code", DataCategory.Location, FieldType.Text, [Channel.Mail], "*"),
        Builtin("time_zone", DataCategory.Location, FieldType.Text, null, "*"),
        Builtin("birth_date", DataCategory.Demographic, FieldType.Date, null, "membership"),
        Builtin("age", DataCategory.Demographic, FieldType.Number, null, "*"),
    ]);

    /// <summary>Every declared field, by name.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    /// <summary>The field named <paramref name="name"/>, or null when it is not declared.</summary>
    public FieldDefinition? Find(string name) => _fields.GetValueOrDefault(name);

    /// <summary>A builder starting from this catalog's fields.</summary>
    public DataCatalogBuilder ToBuilder() => new(_fields.Values);

    /// <summary>
    /// Whether <paramref name="declared"/> only narrows the built-in field <paramref name="builtIn"/>: the same category,
    /// source, type and proxy, fewer (or the same) purposes and channels. An organisation may restrict ConsentKit's own
    /// fields further (R37); widening one or declaring it as something else would open it to segments (R28, R33).
    /// </summary>
    internal static bool Narrows(FieldDefinition builtIn, FieldDefinition declared) =>
        declared.Category == builtIn.Category
        && declared.Source == builtIn.Source
        && declared.Type == builtIn.Type
        && declared.ProxyOf == builtIn.ProxyOf
        && (builtIn.Purposes.Contains("*") || (!declared.Purposes.Contains("*") && declared.Purposes.IsSubsetOf(builtIn.Purposes)))
        && (builtIn.Channels is null ? declared.Channels is null : declared.Channels is not null && declared.Channels.IsSubsetOf(builtIn.Channels));

    /// <summary>
    /// The catalog in force: this one, with every built-in field back to ConsentKit's declaration unless this one narrows it
    /// (<see cref="Narrows"/>); a narrowed built-in field stays built-in.
    /// </summary>
    internal DataCatalog WithBuiltInsEnforced()
    {
        var fields = _fields.ToDictionary(StringComparer.Ordinal);
        foreach (var builtIn in BuiltIn._fields.Values)
        {
            fields[builtIn.Name] = fields.TryGetValue(builtIn.Name, out var declared) && !ReferenceEquals(declared, builtIn) && Narrows(builtIn, declared)
                ? declared with { BuiltIn = true }
                : builtIn;
        }

        return new DataCatalog(fields.Values);
    }

    /// <summary>This catalog with <paramref name="other"/>'s fields added, replacing same-named ones.</summary>
    public DataCatalog Merge(DataCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = _fields.ToDictionary(StringComparer.Ordinal);
        foreach (var field in other._fields.Values)
        {
            merged[field.Name] = field;
        }

        return new DataCatalog(merged.Values);
    }

    /// <summary>
    /// Reads a catalog file: <c>{"fields":[{"name":"religion","category":"religion","source":"person","purposes":["membership"],"proxyOf":null}]}</c>,
    /// with <c>thirdParty</c> and <c>country</c> for third-party sources and optional <c>type</c> and <c>channels</c>.
    /// The result holds the file's fields only; merge it over <see cref="BuiltIn"/>.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">The JSON is malformed (with its line and position) or a field breaks a rule (with its path).</exception>
    public static DataCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ConsentKitValidationException([JsonSyntax("catalog", ex)]);
        }

        var errors = new List<ValidationError>();
        if (root is not JsonObject obj || obj["fields"] is not JsonArray array)
        {
            throw new ConsentKitValidationException([new("fields", "catalog.fields-missing", "the catalog must be an object with a \"fields\" array.")]);
        }

        var builder = new DataCatalogBuilder([]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"fields[{i}]";
            if (array[i] is not JsonObject f)
            {
                errors.Add(new(path, "catalog.field-not-object", $"{path} must be an object."));
                continue;
            }

            var name = Text(f, "name");
            var before = errors.Count;
            if (name is null || !FieldName().IsMatch(name))
            {
                errors.Add(new($"{path}.name", "catalog.name-invalid", $"{path}.name must be lower-case letters, digits and underscores, starting with a letter (at most 64)."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new($"{path}.name", "catalog.name-duplicate", $"{path}.name '{name}' is declared twice."));
            }

            if (!DataCategories.TryParseCategory(Text(f, "category"), out var category))
            {
                errors.Add(new($"{path}.category", "catalog.category-unknown", $"{path}.category must be one of {DataCategories.AllowedCategories}."));
            }

            if (!DataCategories.TryParseSource(Text(f, "source"), out var source))
            {
                errors.Add(new($"{path}.source", "catalog.source-unknown", $"{path}.source must be one of {DataCategories.AllowedSources}."));
            }

            var type = FieldType.Text;
            if (Text(f, "type") is { } typeText && !DataCategories.TryParseType(typeText, out type))
            {
                errors.Add(new($"{path}.type", "catalog.type-unknown", $"{path}.type must be one of {DataCategories.AllowedTypes}."));
            }

            DataCategory? proxyOf = null;
            if (Text(f, "proxyOf") is { } proxyText)
            {
                if (DataCategories.TryParseCategory(proxyText, out var proxy) && proxy.IsSpecial())
                {
                    proxyOf = proxy;
                }
                else
                {
                    errors.Add(new($"{path}.proxyOf", "catalog.proxy-not-special", $"{path}.proxyOf must be null or a special category (health|religion|ethnic_origin|sexual_orientation|trade_union|biometric|genetic|criminal)."));
                }
            }

            if (source == DataSource.ThirdParty && (string.IsNullOrWhiteSpace(Text(f, "thirdParty")) || Text(f, "country") is not { Length: 2 } country || !country.All(char.IsAsciiLetter)))
            {
                errors.Add(new($"{path}.thirdParty", "catalog.third-party-unnamed", $"{path} comes from a third party: give its name (thirdParty) and ISO 3166 country (country, such as US) (R36)."));
            }

            var purposes = Strings(f, "purposes", $"{path}.purposes", errors);
            if (purposes.Count == 0)
            {
                errors.Add(new($"{path}.purposes", "catalog.purposes-missing", $"{path}.purposes must name the purposes allowed to use the field (or \"*\")."));
            }
            var channels = new HashSet<Channel>();
            foreach (var channelName in Strings(f, "channels", $"{path}.channels", errors))
            {
                if (Vocabulary.TryParseChannel(channelName, out var channel))
                {
                    channels.Add(channel);
                }
                else
                {
                    errors.Add(new($"{path}.channels", "catalog.channel-unknown", $"{path}.channels must name channels among {Vocabulary.AllowedChannels}."));
                }
            }

            if (errors.Count > before)
            {
                continue;
            }

            builder.Field(name!, category, source, [.. purposes]);
            if (source == DataSource.ThirdParty)
            {
                builder.ThirdParty(Text(f, "thirdParty") ?? "", Text(f, "country") ?? "");
            }

            if (proxyOf is { } p)
            {
                builder.ProxyOf(p);
            }

            builder.OfType(type);
            if (channels.Count > 0)
            {
                builder.ForChannels([.. channels]);
            }
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        return builder.Build();

        static string? Text(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }

    /// <summary>The catalog as the JSON that <see cref="Parse"/> reads.</summary>
    public string ToJson()
    {
        var fields = new JsonArray();
        foreach (var f in _fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var o = new JsonObject
            {
                ["name"] = f.Name,
                ["category"] = f.Category.Name(),
                ["source"] = f.Source.Name(),
                ["purposes"] = new JsonArray([.. f.Purposes.Select(p => (JsonNode)p)]),
                ["proxyOf"] = f.ProxyOf?.Name(),
            };
            if (f.ThirdParty is not null)
            {
                o["thirdParty"] = f.ThirdParty;
                o["country"] = f.Country;
            }

            if (f.Type != FieldType.Text)
            {
                o["type"] = f.Type.Name();
            }

            if (f.Channels is { } channels)
            {
                o["channels"] = new JsonArray([.. channels.Order().Select(c => (JsonNode)c.Name())]);
            }

            fields.Add((JsonNode)o);
        }

        return new JsonObject { ["fields"] = fields }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// The fields of <paramref name="record"/> that <paramref name="purpose"/> may use (R37). Undeclared fields never
    /// survive and nothing is added.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Minimize(IReadOnlyDictionary<string, object?> record, string purpose) => Minimize(record, purpose, null);

    /// <summary>What a sender or vendor on <paramref name="channel"/> receives: the fields the purpose may use and the channel's delivery needs (R37).</summary>
    public IReadOnlyDictionary<string, object?> Minimize(IReadOnlyDictionary<string, object?> record, string purpose, Channel channel) => Minimize(record, purpose, (Channel?)channel);

    /// <summary>The JSON object's properties that <paramref name="purpose"/> may use, as a new object (R37).</summary>
    public JsonObject Minimize(JsonObject record, string purpose) => Minimize(record, purpose, null);

    /// <summary>What a sender or vendor on <paramref name="channel"/> receives: the fields the purpose may use and the channel's delivery needs (R37).</summary>
    public JsonObject Minimize(JsonObject record, string purpose, Channel channel) => Minimize(record, purpose, (Channel?)channel);

    /// <summary>
    /// The properties of a typed record that <paramref name="purpose"/> may use (R37), keyed by catalog name: the
    /// <see cref="DataFieldAttribute.Name"/>, else the property name in snake case (<c>FirstName</c> is <c>first_name</c>).
    /// A <see cref="Contact"/> contributes its built-in fields and its attributes.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Minimize<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T record, string purpose) => MinimizeTyped(record, purpose, null);

    /// <summary>What a sender or vendor on <paramref name="channel"/> receives: the fields the purpose may use and the channel's delivery needs (R37).</summary>
    public IReadOnlyDictionary<string, object?> Minimize<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T record, string purpose, Channel channel) => MinimizeTyped(record, purpose, channel);

    private Dictionary<string, object?> Minimize(IReadOnlyDictionary<string, object?> record, string purpose, Channel? channel)
    {
        ArgumentNullException.ThrowIfNull(record);
        var allowed = Allowance(purpose, channel);
        var kept = new Dictionary<string, object?>(StringComparer.Ordinal);

        // The concrete dictionary enumerates without boxing its enumerator: a third fewer allocations over a million records.
        if (record is Dictionary<string, object?> concrete)
        {
            foreach (var (name, value) in concrete)
            {
                Keep(name, value);
            }
        }
        else
        {
            foreach (var (name, value) in record)
            {
                Keep(name, value);
            }
        }

        return kept;

        void Keep(string name, object? value)
        {
            if (allowed.Contains(name))
            {
                kept[name] = value;
            }
        }
    }

    private JsonObject Minimize(JsonObject record, string purpose, Channel? channel)
    {
        ArgumentNullException.ThrowIfNull(record);
        var allowed = Allowance(purpose, channel);
        var kept = new JsonObject();
        foreach (var (name, value) in record)
        {
            if (allowed.Contains(name))
            {
                kept[name] = value?.DeepClone();
            }
        }

        return kept;
    }

    private Dictionary<string, object?> MinimizeTyped<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T record, string purpose, Channel? channel)
    {
        ArgumentNullException.ThrowIfNull(record);
        // A Dictionary<string, object?> binds to the generic overload before the interface one: treat it as the record it is.
        switch (record)
        {
            case Contact contact:
                return Minimize(ContactFields(contact), purpose, channel);
            case IReadOnlyDictionary<string, object?> fields:
                return Minimize(fields, purpose, channel);
        }

        var kept = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var accessor in Accessors<T>.All)
        {
            if (Allows(accessor.Name, purpose, channel))
            {
                kept[accessor.Name] = accessor.Get(record);
            }
        }

        return kept;
    }

    internal bool Allows(string name, string purpose, Channel? channel) => Allowance(purpose, channel).Contains(name);

    // The allowed names per (purpose, channel), computed once: minimizing a record is then one set probe per field.
    private FrozenSet<string> Allowance(string purpose, Channel? channel) =>
        _allowances.GetOrAdd((purpose, channel), key => _fields.Values
            .Where(f => f.AllowsPurpose(key.Purpose) && (key.Channel is null || (f.Channels is { } channels && channels.Contains(key.Channel.Value))))
            .Select(f => f.Name)
            .ToFrozenSet(StringComparer.Ordinal));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Purpose, Channel? Channel), FrozenSet<string>> _allowances = new();

    internal static IReadOnlyDictionary<string, object?> ContactFields(Contact contact)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["contact_id"] = contact.ContactId,
            ["first_name"] = contact.FirstName,
            ["last_name"] = contact.LastName,
            ["phone"] = contact.Phone,
            ["email"] = contact.Email,
            ["language"] = contact.Language,
            ["postal_code"] = contact.PostalCode,
            ["birth_date"] = contact.BirthDate,
            ["time_zone"] = contact.TimeZone,
        };
        foreach (var (name, value) in contact.Attributes)
        {
            fields.TryAdd(name, value);
        }

        return fields;
    }

    /// <summary>A property name in snake case: <c>InterestTransit</c> is <c>interest_transit</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    internal static string CatalogName(PropertyInfo property) =>
        property.GetCustomAttribute<DataFieldAttribute>()?.Name ?? SnakeCase(property.Name);

    internal static ValidationError JsonSyntax(string what, JsonException ex) =>
        new(what, "json.syntax", $"the {what} is not valid JSON: line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}.");

    private static List<string> Strings(JsonObject o, string key, string path, List<ValidationError> errors)
    {
        var list = new List<string>();
        switch (o[key])
        {
            case null:
                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    if (item is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        list.Add(s);
                    }
                    else
                    {
                        errors.Add(new(path, "catalog.not-text", $"{path} must be an array of texts."));
                    }
                }

                break;
            default:
                errors.Add(new(path, "catalog.not-array", $"{path} must be an array of texts."));
                break;
        }

        return list;
    }

    private static FieldDefinition Builtin(string name, DataCategory category, FieldType type, Channel[]? channels, params string[] purposes) =>
        new(name, category, DataSource.Person, purposes) { Type = type, BuiltIn = true, Channels = channels?.ToHashSet() };

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    internal static partial Regex FieldName();

    // One compiled getter per property and type, built once: reflection per record would not minimize a million records in a second.
    private static class Accessors<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
    {
        public static readonly (string Name, Func<T, object?> Get)[] All = Build();

        private static (string, Func<T, object?>)[] Build() =>
            [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Select(p => (CatalogName(p), Compile(p)))];

        private static Func<T, object?> Compile(PropertyInfo property)
        {
            var parameter = Expression.Parameter(typeof(T));
            var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, property.DeclaringType!), property), typeof(object));
            return Expression.Lambda<Func<T, object?>>(body, parameter).Compile();
        }
    }
}
