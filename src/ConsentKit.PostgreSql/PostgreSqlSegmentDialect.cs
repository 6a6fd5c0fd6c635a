using System.Text.Json.Nodes;
using ConsentKit.Storage;
using ConsentKit.Targeting;

namespace ConsentKit.PostgreSql;

/// <summary>
/// Attributes read as <c>jsonb</c> and compared as <c>jsonb</c>: numbers compare as numbers, texts as texts, and a value of
/// another JSON type never equals (as on SQLite). Built-in columns compare as text in the "C" collation.
/// </summary>
internal sealed class PostgreSqlSegmentDialect : ISegmentDialect
{
    public static readonly PostgreSqlSegmentDialect Instance = new();

    public string OneOf(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public object TextList(IReadOnlyCollection<string> values) => values.ToArray();

    public string Truth(string condition) => "COALESCE(" + condition + ", FALSE)";

    public string Attribute(string field, Func<object?, string> bind) => $"(c.attributes::jsonb -> {bind(field)})";

    public string Value(JsonNode? value, bool attribute, Func<object?, string> bind) => attribute
        ? bind(value?.ToJsonString() ?? "null") + "::jsonb"
        : bind(Text(value));

    // JSON null and a missing key both mean "no value".
    public string Exists(string expression, bool attribute) => attribute
        ? $"COALESCE(jsonb_typeof({expression}), 'null') <> 'null'"
        : $"{expression} IS NOT NULL";

    public string In(string expression, JsonArray values, bool attribute, Func<object?, string> bind) => attribute
        ? $"EXISTS (SELECT 1 FROM jsonb_array_elements({bind(values.ToJsonString())}::jsonb) v WHERE v = {expression})"
        : $"{expression} = ANY({bind(values.Select(Text).ToArray())})";

    public string Contains(string expression, JsonNode? value, bool attribute, Func<object?, string> bind) =>
        $"strpos(lower({(attribute ? expression + " #>> '{}'" : expression)}), lower({bind(Text(value))})) > 0";

    public string List(string field, SegmentOperator op, JsonNode? value, Func<object?, string> bind)
    {
        var list = $"(c.attributes::jsonb -> {bind(field)})";
        string Holds(string element) => $"COALESCE({list} @> jsonb_build_array({element}), FALSE)";
        return op switch
        {
            SegmentOperator.Exists => $"(CASE WHEN jsonb_typeof({list}) = 'array' THEN jsonb_array_length({list}) > 0 ELSE FALSE END)",
            SegmentOperator.In => $"EXISTS (SELECT 1 FROM jsonb_array_elements({bind(value!.ToJsonString())}::jsonb) v WHERE {Holds("v")})",
            SegmentOperator.Ne => $"NOT {Holds(bind(value?.ToJsonString() ?? "null") + "::jsonb")}",
            _ => Holds(bind(value?.ToJsonString() ?? "null") + "::jsonb"),
        };
    }

    private static string? Text(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString();
}
