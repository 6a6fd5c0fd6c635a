using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsentKit.Targeting;

/// <summary>How a field criterion compares (wire names in lower case: <c>eq</c>, <c>between</c>, ...).</summary>
public enum SegmentOperator
{
    /// <summary>Equal to the value.</summary>
    Eq,
    /// <summary>Not equal to the value (a missing value does not match).</summary>
    Ne,
    /// <summary>Equal to one of the values of an array.</summary>
    In,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Less than or equal.</summary>
    Le,
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Greater than or equal.</summary>
    Ge,
    /// <summary>Between the two values of an array, both included.</summary>
    Between,
    /// <summary>For a list, has the value as an element; for a text, contains it without case.</summary>
    Contains,
    /// <summary>Has a value.</summary>
    Exists,
}

/// <summary>A node of a segment's criteria tree: <see cref="AllOf"/>, <see cref="AnyOf"/>, <see cref="NoneOf"/> or <see cref="FieldCriterion"/>.</summary>
public abstract class Criterion
{
    private protected Criterion()
    {
    }

    /// <summary>All of <paramref name="items"/> (<c>{"and":[...]}</c>).</summary>
    public static Criterion And(params Criterion[] items) => new AllOf(items);

    /// <summary>Any of <paramref name="items"/> (<c>{"or":[...]}</c>).</summary>
    public static Criterion Or(params Criterion[] items) => new AnyOf(items);

    /// <summary>The negation of <paramref name="item"/> (<c>{"not":...}</c>).</summary>
    public static Criterion Negate(Criterion item) => new NoneOf(item);

    /// <summary>A comparison on one field (<c>{"field":"age","op":"between","value":[18,30]}</c>).</summary>
    public static Criterion Field(string field, SegmentOperator op, JsonNode? value = null) => new FieldCriterion(field, op, value);

    /// <summary>Every field criterion under this node, in document order.</summary>
    public IEnumerable<FieldCriterion> Fields() => this switch
    {
        FieldCriterion f => [f],
        AllOf a => a.Items.SelectMany(i => i.Fields()),
        AnyOf o => o.Items.SelectMany(i => i.Fields()),
        NoneOf n => n.Item.Fields(),
        _ => [],
    };

    internal int Count() => this switch
    {
        AllOf a => 1 + a.Items.Sum(i => i.Count()),
        AnyOf o => 1 + o.Items.Sum(i => i.Count()),
        NoneOf n => 1 + n.Item.Count(),
        _ => 1,
    };

    internal abstract JsonNode ToJson(Func<FieldCriterion, bool>? redact = null);
}

/// <summary>All of the items.</summary>
public sealed class AllOf : Criterion
{
    internal AllOf(IReadOnlyList<Criterion> items) => Items = items;

    /// <summary>The items.</summary>
    public IReadOnlyList<Criterion> Items { get; }

    internal override JsonNode ToJson(Func<FieldCriterion, bool>? redact = null) => new JsonObject { ["and"] = new JsonArray([.. Items.Select(i => i.ToJson(redact))]) };
}

/// <summary>Any of the items.</summary>
public sealed class AnyOf : Criterion
{
    internal AnyOf(IReadOnlyList<Criterion> items) => Items = items;

    /// <summary>The items.</summary>
    public IReadOnlyList<Criterion> Items { get; }

    internal override JsonNode ToJson(Func<FieldCriterion, bool>? redact = null) => new JsonObject { ["or"] = new JsonArray([.. Items.Select(i => i.ToJson(redact))]) };
}

/// <summary>The negation of an item.</summary>
public sealed class NoneOf : Criterion
{
    internal NoneOf(Criterion item) => Item = item;

    /// <summary>The negated item.</summary>
    public Criterion Item { get; }

    internal override JsonNode ToJson(Func<FieldCriterion, bool>? redact = null) => new JsonObject { ["not"] = Item.ToJson(redact) };
}

/// <summary>A comparison on one field.</summary>
public sealed class FieldCriterion : Criterion
{
    internal FieldCriterion(string field, SegmentOperator op, JsonNode? value)
    {
        Field = field;
        Operator = op;
        Value = value?.DeepClone();
    }

    /// <summary>The catalog name of the field.</summary>
    public new string Field { get; }

    /// <summary>The comparison.</summary>
    public SegmentOperator Operator { get; }

    /// <summary>The value: a text, number or boolean; an array for <c>in</c> and <c>between</c>; null for <c>exists</c>.</summary>
    public JsonNode? Value { get; }

    /// <summary>Every text in the value (for proxy checks).</summary>
    internal IEnumerable<string> Texts() => Value switch
    {
        JsonArray array => array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    internal override JsonNode ToJson(Func<FieldCriterion, bool>? redact = null)
    {
        var o = new JsonObject { ["field"] = Field, ["op"] = Operator.ToString().ToLowerInvariant() };
        if (Value is not null)
        {
            o["value"] = redact?.Invoke(this) == true ? "[redacted]" : Value.DeepClone();
        }

        return o;
    }
}

/// <summary>
/// A segment: who to include and who to exclude (an exclusion is targeting too), with an optional name and description
/// that the guard reads as well. JSON: <c>{"name":"...","include":C,"exclude":C}</c>.
/// </summary>
public sealed class SegmentDefinition
{
    private const int MaxDepth = 32;
    private const int MaxNodes = 2000;

    /// <summary>Creates a segment.</summary>
    public SegmentDefinition(Criterion include, Criterion? exclude = null, string? name = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(include);
        Include = include;
        Exclude = exclude;
        Name = name;
        Description = description;
    }

    /// <summary>Who the segment includes.</summary>
    public Criterion Include { get; }

    /// <summary>Who it excludes from them; null for nobody.</summary>
    public Criterion? Exclude { get; }

    /// <summary>The segment's name, as the campaign team wrote it.</summary>
    public string? Name { get; }

    /// <summary>What the segment is for.</summary>
    public string? Description { get; }

    /// <summary>The number of nodes in the criteria trees.</summary>
    public int NodeCount => Include.Count() + (Exclude?.Count() ?? 0);

    /// <summary>
    /// Reads a segment from JSON. A syntax error names its line and position; a bad node names its path, such as
    /// <c>include.and[1].op</c>, and the rule.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">The JSON is malformed or a node breaks a rule.</exception>
    public static SegmentDefinition Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 2 * MaxDepth + 4, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new ConsentKitValidationException([DataCatalog.JsonSyntax("segment", ex)]);
        }

        var errors = new List<ValidationError>();
        if (root is not JsonObject obj)
        {
            throw new ConsentKitValidationException([new("segment", "segment.not-object", "the segment must be a JSON object with \"include\" and optionally \"exclude\".")]);
        }

        foreach (var (key, _) in obj)
        {
            if (key is not ("include" or "exclude" or "name" or "description"))
            {
                errors.Add(new(key, "segment.key-unknown", $"'{key}' is not a segment key; use include, exclude, name and description."));
            }
        }

        var nodes = 0;
        var include = obj["include"] is { } i ? Read(i, "include", 0, errors, ref nodes) : null;
        if (obj["include"] is null)
        {
            errors.Add(new("include", "segment.include-missing", "the segment needs an \"include\" criterion."));
        }

        var exclude = obj["exclude"] is { } e ? Read(e, "exclude", 0, errors, ref nodes) : null;
        var name = OptionalText(obj, "name", errors);
        var description = OptionalText(obj, "description", errors);
        if (errors.Count > 0 || include is null)
        {
            throw new ConsentKitValidationException(errors);
        }

        return new SegmentDefinition(include, exclude, name, description);
    }

    /// <summary>The segment as compact JSON with keys in a fixed order: the same segment always gives the same text.</summary>
    public string ToJson() => ToJson(null);

    /// <summary>The JSON with the values of the criteria <paramref name="redact"/> selects replaced by <c>[redacted]</c>.</summary>
    internal string ToJson(Func<FieldCriterion, bool>? redact)
    {
        var o = new JsonObject();
        if (Name is not null)
        {
            o["name"] = Name;
        }

        if (Description is not null)
        {
            o["description"] = Description;
        }

        o["include"] = Include.ToJson(redact);
        if (Exclude is not null)
        {
            o["exclude"] = Exclude.ToJson(redact);
        }

        return o.ToJsonString();
    }

    private static Criterion? Read(JsonNode node, string path, int depth, List<ValidationError> errors, ref int nodes)
    {
        if (++nodes > MaxNodes || depth > MaxDepth)
        {
            errors.Add(new(path, "segment.too-large", $"{path}: a segment has at most {MaxNodes} nodes and {MaxDepth} levels."));
            return null;
        }

        if (node is not JsonObject o || o.Count == 0)
        {
            errors.Add(new(path, "segment.node-invalid", $"{path} must be an object: {{\"and\":[...]}}, {{\"or\":[...]}}, {{\"not\":...}} or {{\"field\":...,\"op\":...,\"value\":...}}."));
            return null;
        }

        if (o.ContainsKey("and") || o.ContainsKey("or"))
        {
            var key = o.ContainsKey("and") ? "and" : "or";
            if (o.Count != 1 || o[key] is not JsonArray array || array.Count == 0)
            {
                errors.Add(new($"{path}.{key}", "segment.node-invalid", $"{path}.{key} must be the node's only key and a non-empty array."));
                return null;
            }

            var items = new List<Criterion>(array.Count);
            for (var k = 0; k < array.Count; k++)
            {
                if (array[k] is null)
                {
                    errors.Add(new($"{path}.{key}[{k}]", "segment.node-invalid", $"{path}.{key}[{k}] must be an object."));
                }
                else if (Read(array[k]!, $"{path}.{key}[{k}]", depth + 1, errors, ref nodes) is { } item)
                {
                    items.Add(item);
                }
            }

            return key == "and" ? new AllOf(items) : new AnyOf(items);
        }

        if (o.ContainsKey("not"))
        {
            if (o.Count != 1 || o["not"] is null)
            {
                errors.Add(new($"{path}.not", "segment.node-invalid", $"{path}.not must be the node's only key and an object."));
                return null;
            }

            return Read(o["not"]!, $"{path}.not", depth + 1, errors, ref nodes) is { } inner ? new NoneOf(inner) : null;
        }

        foreach (var (key, _) in o)
        {
            if (key is not ("field" or "op" or "value"))
            {
                errors.Add(new($"{path}.{key}", "segment.key-unknown", $"{path}.{key}: a node is and, or, not, or field with op and value."));
                return null;
            }
        }

        if (o["field"] is not JsonValue fv || !fv.TryGetValue<string>(out var field) || field.Length == 0)
        {
            errors.Add(new($"{path}.field", "segment.field-missing", $"{path}.field must name a field of the data catalog."));
            return null;
        }

        var opText = o["op"] is JsonValue ov && ov.TryGetValue<string>(out var s) ? s : null;
        if (opText is null || !TryParseOperator(opText, out var op))
        {
            errors.Add(new($"{path}.op", "segment.operator-unknown", $"{path}.op must be one of eq|ne|in|lt|le|gt|ge|between|contains|exists."));
            return null;
        }

        var value = o["value"];
        var shape = op switch
        {
            SegmentOperator.Exists => value is null || (value is JsonValue b && b.GetValueKind() == JsonValueKind.True) ? null : "no value (or true)",
            SegmentOperator.In => value is JsonArray { Count: > 0 } a && a.All(IsScalar) ? null : "a non-empty array of texts, numbers or booleans",
            SegmentOperator.Between => value is JsonArray { Count: 2 } a && a.All(IsScalar) ? null : "an array of two values [low, high]",
            _ => IsScalar(value) ? null : "a text, number or boolean",
        };
        if (shape is not null)
        {
            errors.Add(new($"{path}.value", "segment.value-shape", $"{path}.value for '{opText}' must be {shape}."));
            return null;
        }

        return new FieldCriterion(field, op, value);

        static bool IsScalar(JsonNode? n) => n is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;
    }

    private static bool TryParseOperator(string text, out SegmentOperator op)
    {
        var names = Enum.GetNames<SegmentOperator>();
        var index = Array.FindIndex(names, n => string.Equals(n.ToLower(CultureInfo.InvariantCulture), text, StringComparison.Ordinal));
        op = index < 0 ? default : (SegmentOperator)index;
        return index >= 0;
    }

    private static string? OptionalText(JsonObject o, string key, List<ValidationError> errors)
    {
        switch (o[key])
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return s;
            default:
                errors.Add(new(key, "segment.not-text", $"{key} must be a text."));
                return null;
        }
    }
}
