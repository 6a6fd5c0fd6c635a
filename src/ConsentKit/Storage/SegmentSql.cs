using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Targeting;
using Dapper;
using NodaTime.Text;

namespace ConsentKit.Storage;

/// <summary>
/// How one SQL dialect reads declared attributes (a JSON object in <c>contacts.attributes</c>) and binds values; the rest of
/// a segment's SQL is the same on every provider and lives in <see cref="SegmentSql"/>.
/// </summary>
public interface ISegmentDialect
{
    /// <summary>A condition that is false, not unknown, when a value is missing: <c>not</c> and exclusions read as people expect.</summary>
    string Truth(string condition);

    /// <summary>The expression of a scalar attribute, binding what names it.</summary>
    string Attribute(string field, Func<object?, string> bind);

    /// <summary>A value compared with a column (<paramref name="attribute"/> false) or with <see cref="Attribute"/>.</summary>
    string Value(JsonNode? value, bool attribute, Func<object?, string> bind);

    /// <summary>A condition that a column or attribute has a value.</summary>
    string Exists(string expression, bool attribute);

    /// <summary>A condition that a value is one of <paramref name="values"/>.</summary>
#pragma warning disable CA1716 // 'In' names the SQL operator it writes; a provider implements it in C#.
    string In(string expression, JsonArray values, bool attribute, Func<object?, string> bind);
#pragma warning restore CA1716

    /// <summary>A condition that a text contains <paramref name="value"/>.</summary>
    string Contains(string expression, JsonNode? value, bool attribute, Func<object?, string> bind);

    /// <summary>A list attribute: non-empty, holding a value, holding none of one value, holding one of several.</summary>
    string List(string field, SegmentOperator op, JsonNode? value, Func<object?, string> bind);

    /// <summary>A condition that <paramref name="column"/> is one of the texts bound as <paramref name="parameter"/> (see <see cref="TextList"/>).</summary>
    string OneOf(string column, string parameter);

    /// <summary>How a list of texts is bound for <see cref="OneOf"/>.</summary>
    object TextList(IReadOnlyCollection<string> values);
}

/// <summary>
/// Compiles a segment to one query over <c>contacts</c>: built-in fields are columns, declared attributes are read through
/// the dialect, and every value is a parameter. Each comparison is two-valued (a missing value does not match).
/// </summary>
public static class SegmentSql
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["contact_id"] = "c.contact_id", ["first_name"] = "c.first_name", ["last_name"] = "c.last_name", ["phone"] = "c.phone",
        ["email"] = "c.email", ["language"] = "c.language", ["postal_code"] = "c.postal_code", ["time_zone"] = "c.time_zone",
        ["birth_date"] = "c.birth_date",
    };

    /// <summary>The <c>WHERE</c> condition over <c>contacts c</c> that selects the segment, and its parameters.</summary>
    public static (string Where, DynamicParameters Parameters) Compile(SegmentQuery query, ISegmentDialect dialect)
    {
        var p = new DynamicParameters();
        p.Add("orgId", query.OrgId);
        var sql = new StringBuilder("c.org_id = @orgId AND ");
        var c = new Compiler(query, p, dialect);
        sql.Append('(').Append(c.Node(query.Include)).Append(')');
        if (query.Exclude is not null)
        {
            sql.Append(" AND NOT (").Append(c.Node(query.Exclude)).Append(')');
        }

        if (query.UsesAge)
        {
            sql.Append(" AND c.birth_date IS NOT NULL");
        }

        if (query.BornOnOrBefore is { } cutoff)
        {
            p.Add("minorCutoff", LocalDatePattern.Iso.Format(cutoff));
            sql.Append(" AND (c.birth_date IS NULL OR c.birth_date <= @minorCutoff)");
        }

        for (var i = 0; i < query.RequiredConsents.Count; i++)
        {
            var (purpose, isExplicit) = query.RequiredConsents[i];
            p.Add($"rc{i}", purpose);
            p.Add("nowTicks", query.NowTicks);
            sql.Append(CultureInfo.InvariantCulture, $"""
                 AND EXISTS (SELECT 1 FROM consent_state s WHERE s.org_id = c.org_id AND s.contact_id = c.contact_id
                    AND s.purpose = @rc{i} AND s.status = 'granted' AND (s.expires_at IS NULL OR s.expires_at > @nowTicks)
                    {(isExplicit ? "AND s.basis = 'explicit_consent'" : "")})
                """);
        }

        return (sql.ToString(), p);
    }

    private sealed class Compiler(SegmentQuery query, DynamicParameters p, ISegmentDialect dialect)
    {
        private int n;

        public string Node(Criterion criterion) => criterion switch
        {
            AllOf all => Join(all.Items, " AND "),
            AnyOf any => Join(any.Items, " OR "),
            NoneOf not => "NOT (" + Node(not.Item) + ")",
            FieldCriterion f => dialect.Truth(Field(f)),
            _ => throw new NotSupportedException(criterion.GetType().Name),
        };

        private string Join(IReadOnlyList<Criterion> items, string op) => string.Join(op, items.Select(i => "(" + Node(i) + ")"));

        private string Bind(object? value)
        {
            var name = "p" + n++.ToString(CultureInfo.InvariantCulture);
            p.Add(name, value);
            return "@" + name;
        }

        private string Field(FieldCriterion f)
        {
            if (f.Field == "age")
            {
                return Age(f);
            }

            var attribute = !Columns.TryGetValue(f.Field, out var expr);
            if (attribute)
            {
                if (query.Fields[f.Field].Type == FieldType.List)
                {
                    return dialect.List(f.Field, f.Operator, f.Value, Bind);
                }

                expr = dialect.Attribute(f.Field, Bind);
            }

            string V(JsonNode? value) => dialect.Value(value, attribute, Bind);
            return f.Operator switch
            {
                SegmentOperator.Exists => dialect.Exists(expr!, attribute),
                SegmentOperator.Eq => $"{expr} = {V(f.Value)}",
                SegmentOperator.Ne => $"{expr} <> {V(f.Value)}",
                SegmentOperator.Lt => $"{expr} < {V(f.Value)}",
                SegmentOperator.Le => $"{expr} <= {V(f.Value)}",
                SegmentOperator.Gt => $"{expr} > {V(f.Value)}",
                SegmentOperator.Ge => $"{expr} >= {V(f.Value)}",
                SegmentOperator.Between => $"{expr} BETWEEN {V(((JsonArray)f.Value!)[0])} AND {V(((JsonArray)f.Value!)[1])}",
                SegmentOperator.In => dialect.In(expr!, (JsonArray)f.Value!, attribute, Bind),
                SegmentOperator.Contains => dialect.Contains(expr!, f.Value, attribute, Bind),
                _ => throw new NotSupportedException(f.Operator.ToString()),
            };
        }

        // Ages are whole years at the query's date: age >= a means born on or before today minus a years.
        private string Age(FieldCriterion f)
        {
            string Born(int years) => Bind(LocalDatePattern.Iso.Format(query.BornBy(years)));

            static int Years(JsonNode? node) => (int)Math.Floor(node!.GetValue<double>());

            string AtLeast(int a) => $"c.birth_date <= {Born(a)}";
            string AtMost(int a) => $"c.birth_date > {Born(a + 1)}";
            return f.Operator switch
            {
                SegmentOperator.Exists => "c.birth_date IS NOT NULL",
                SegmentOperator.Ge => AtLeast(Years(f.Value)),
                SegmentOperator.Gt => AtLeast(Years(f.Value) + 1),
                SegmentOperator.Le => AtMost(Years(f.Value)),
                SegmentOperator.Lt => AtMost(Years(f.Value) - 1),
                SegmentOperator.Eq => $"({AtLeast(Years(f.Value))} AND {AtMost(Years(f.Value))})",
                SegmentOperator.Ne => $"NOT ({AtLeast(Years(f.Value))} AND {AtMost(Years(f.Value))})",
                SegmentOperator.Between => $"({AtLeast(Years(((JsonArray)f.Value!)[0]))} AND {AtMost(Years(((JsonArray)f.Value!)[1]))})",
                SegmentOperator.In => "(" + string.Join(" OR ", ((JsonArray)f.Value!).Select(v => $"({AtLeast(Years(v))} AND {AtMost(Years(v))})")) + ")",
                _ => throw new NotSupportedException(f.Operator.ToString()),
            };
        }
    }

    /// <summary>A JSON scalar as a plain value: texts as text, numbers as double, booleans as 1 or 0.</summary>
    internal static object? Scalar(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<double>(),
            JsonValueKind.True => 1L,
            JsonValueKind.False => 0L,
            _ => null,
        }
        : null;
}
