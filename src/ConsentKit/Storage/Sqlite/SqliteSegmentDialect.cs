using System.Text.Json.Nodes;
using ConsentKit.Targeting;

namespace ConsentKit.Storage.Sqlite;

/// <summary>Attributes read with <c>json_extract</c> and <c>json_each</c>; JSON scalars bind as SQLite values (json_extract returns numbers as real, booleans as 1 or 0).</summary>
internal sealed class SqliteSegmentDialect : ISegmentDialect
{
    public static readonly SqliteSegmentDialect Instance = new();

    public string OneOf(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    public object TextList(IReadOnlyCollection<string> values) => StoredJson.Strings(values);

    public string Truth(string condition) => "COALESCE(" + condition + ", 0)";

    public string Attribute(string field, Func<object?, string> bind) => $"json_extract(c.attributes, {bind(Path(field))})";

    private static string Path(string field) => "$.\"" + field + "\"";

    public string Value(JsonNode? value, bool attribute, Func<object?, string> bind) => bind(SegmentSql.Scalar(value));

    public string Exists(string expression, bool attribute) => $"{expression} IS NOT NULL";

    public string In(string expression, JsonArray values, bool attribute, Func<object?, string> bind) =>
        $"{expression} IN (SELECT value FROM json_each({bind(values.ToJsonString())}))";

    public string Contains(string expression, JsonNode? value, bool attribute, Func<object?, string> bind) =>
        $"instr(lower({expression}), lower({bind(SegmentSql.Scalar(value))})) > 0";

    public string List(string field, SegmentOperator op, JsonNode? value, Func<object?, string> bind)
    {
        var at = bind(Path(field));
        var each = $"SELECT value FROM json_each(c.attributes, {at})";
        return op switch
        {
            SegmentOperator.Exists => $"json_array_length(c.attributes, {at}) > 0",
            SegmentOperator.In => $"EXISTS ({each} WHERE value IN (SELECT value FROM json_each({bind(value!.ToJsonString())})))",
            SegmentOperator.Ne => $"NOT EXISTS ({each} WHERE value = {bind(SegmentSql.Scalar(value))})",
            _ => $"EXISTS ({each} WHERE value = {bind(SegmentSql.Scalar(value))})",
        };
    }
}
