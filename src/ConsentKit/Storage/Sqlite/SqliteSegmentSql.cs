using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Targeting;
using Dapper;
using NodaTime.Text;

namespace ConsentKit.Storage.Sqlite;

/// <summary>
/// Compiles a segment to one SQLite query over <c>contacts</c>: built-in fields are columns, declared attributes are read
/// with <c>json_extract</c>, and every value is a parameter. Each comparison is two-valued (a missing value does not
/// match), so <c>not</c> and exclusions read as people expect.
/// </summary>
internal static class SqliteSegmentSql
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["contact_id"] = "c.contact_id", ["first_name"] = "c.first_name", ["last_name"] = "c.last_name", ["phone"] = "c.phone",
        ["email"] = "c.email", ["language"] = "c.language", ["postal_code"] = "c.postal_code", ["time_zone"] = "c.time_zone",
        ["birth_date"] = "c.birth_date",
    };

    public static (string Where, DynamicParameters Parameters) Compile(SegmentQuery query)
    {
        var p = new DynamicParameters();
        p.Add("orgId", query.OrgId);
        var sql = new StringBuilder("c.org_id = @orgId AND ");
        var c = new Compiler(query, p);
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

    private sealed class Compiler(SegmentQuery query, DynamicParameters p)
    {
        private int n;

        public string Node(Criterion criterion)
        {
            switch (criterion)
            {
                case AllOf all:
                    return Join(all.Items, " AND ");
                case AnyOf any:
                    return Join(any.Items, " OR ");
                case NoneOf not:
                    return "NOT (" + Node(not.Item) + ")";
                case FieldCriterion f:
                    return "COALESCE(" + Field(f) + ", 0)";
                default:
                    throw new NotSupportedException(criterion.GetType().Name);
            }
        }

        private string Join(IReadOnlyList<Criterion> items, string op)
        {
            var parts = new string[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                parts[i] = "(" + Node(items[i]) + ")";
            }

            return string.Join(op, parts);
        }

        private string Field(FieldCriterion f)
        {
            var definition = query.Fields[f.Field];
            if (f.Field == "age")
            {
                return Age(f);
            }

            string Param(object? value)
            {
                var name = "p" + n++.ToString(CultureInfo.InvariantCulture);
                p.Add(name, value);
                return "@" + name;
            }

            string expr;
            if (Columns.TryGetValue(f.Field, out var column))
            {
                expr = column;
            }
            else
            {
                var path = Param("$.\"" + f.Field + "\"");
                if (definition.Type == FieldType.List)
                {
                    var each = $"SELECT value FROM json_each(c.attributes, {path})";
                    return f.Operator switch
                    {
                        SegmentOperator.Exists => $"json_array_length(c.attributes, {path}) > 0",
                        SegmentOperator.In => $"EXISTS ({each} WHERE value IN (SELECT value FROM json_each({Param(f.Value!.ToJsonString())})))",
                        SegmentOperator.Ne => $"NOT EXISTS ({each} WHERE value = {Param(Scalar(f.Value))})",
                        _ => $"EXISTS ({each} WHERE value = {Param(Scalar(f.Value))})",
                    };
                }

                expr = $"json_extract(c.attributes, {path})";
            }

            return f.Operator switch
            {
                SegmentOperator.Exists => $"{expr} IS NOT NULL",
                SegmentOperator.Eq => $"{expr} = {Param(Scalar(f.Value))}",
                SegmentOperator.Ne => $"{expr} <> {Param(Scalar(f.Value))}",
                SegmentOperator.Lt => $"{expr} < {Param(Scalar(f.Value))}",
                SegmentOperator.Le => $"{expr} <= {Param(Scalar(f.Value))}",
                SegmentOperator.Gt => $"{expr} > {Param(Scalar(f.Value))}",
                SegmentOperator.Ge => $"{expr} >= {Param(Scalar(f.Value))}",
                SegmentOperator.Between => $"{expr} BETWEEN {Param(Scalar(((JsonArray)f.Value!)[0]))} AND {Param(Scalar(((JsonArray)f.Value!)[1]))}",
                SegmentOperator.In => $"{expr} IN (SELECT value FROM json_each({Param(f.Value!.ToJsonString())}))",
                SegmentOperator.Contains => $"instr(lower({expr}), lower({Param(Scalar(f.Value))})) > 0",
                _ => throw new NotSupportedException(f.Operator.ToString()),
            };
        }

        // Ages are whole years at the query's date: age >= a means born on or before today minus a years.
        private string Age(FieldCriterion f)
        {
            string Born(int years)
            {
                var name = "p" + n++.ToString(CultureInfo.InvariantCulture);
                p.Add(name, LocalDatePattern.Iso.Format(query.BornBy(years)));
                return "@" + name;
            }

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

    // JSON scalars bind as SQLite values: texts as text, numbers as real (json_extract returns numbers), booleans as 1 or 0.
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
