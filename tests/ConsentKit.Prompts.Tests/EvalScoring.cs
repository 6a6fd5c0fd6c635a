using System.Text.Json;
using ConsentKit.Prompts;

namespace ConsentKit.Prompts.Tests;

/// <summary>Scores the scanner on a JSONL set: micro precision, recall and F1 by (type, overlapping span), per type too.</summary>
internal static class EvalScoring
{
    public sealed record Case(string Id, string Text, List<(string Type, int Start, int End)> Entities, List<string> Sensitive, IReadOnlyList<string> Scope);

    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Score operator +(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }

    public static string EvalPath(string name) => Path.Combine(AppContext.BaseDirectory, "Eval", name);

    public static List<Case> Load(string path, Func<JsonElement, IReadOnlyList<string>?>? scope = null)
    {
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList();
            var sensitive = root.TryGetProperty("sensitive", out var s) ? s.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            cases.Add(new Case(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, entities, sensitive, scope?.Invoke(root) ?? []));
        }

        return cases;
    }

    /// <summary>Per type: a found span counts as right when an expected span of the same type overlaps it (each matched once).</summary>
    public static Dictionary<string, Score> ScoreEntities(IEnumerable<Case> cases, PersonalDataScanner scanner, Func<string, bool>? typeFilter = null, List<string>? errors = null)
    {
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            bool InScope(string type) => (typeFilter?.Invoke(type) ?? true) && (c.Scope.Count == 0 || c.Scope.Contains(type));
            var expected = c.Entities.Where(e => InScope(e.Type)).ToList();
            var found = scanner.Scan(c.Text).Entities.Select(e => (Type: e.Type.Name(), e.Start, e.End)).Where(e => InScope(e.Type)).ToList();
            var matched = new bool[expected.Count];
            foreach (var f in found)
            {
                var k = expected.FindIndex(e => e.Type == f.Type && e.Start < f.End && f.Start < e.End);
                while (k >= 0 && matched[k])
                {
                    var next = expected.FindIndex(k + 1, e => e.Type == f.Type && e.Start < f.End && f.Start < e.End);
                    k = next;
                }

                if (k >= 0)
                {
                    matched[k] = true;
                    Add(f.Type, new Score(1, 0, 0));
                }
                else
                {
                    Add(f.Type, new Score(0, 1, 0));
                    errors?.Add($"FP {c.Id} {f.Type} '{c.Text[f.Start..f.End]}'");
                }
            }

            for (var k = 0; k < expected.Count; k++)
            {
                if (!matched[k])
                {
                    Add(expected[k].Type, new Score(0, 0, 1));
                    errors?.Add($"FN {c.Id} {expected[k].Type} '{c.Text[expected[k].Start..expected[k].End]}'");
                }
            }
        }

        return scores;

        void Add(string type, Score s) => scores[type] = scores.TryGetValue(type, out var old) ? old + s : s;
    }

    public static Score Total(IEnumerable<Score> scores) => scores.Aggregate(new Score(0, 0, 0), (a, b) => a + b);

    /// <summary>Sensitive categories: per text, each expected or found label.</summary>
    public static Score ScoreSensitive(IEnumerable<Case> cases, PersonalDataScanner scanner, List<string>? errors = null)
    {
        var total = new Score(0, 0, 0);
        foreach (var c in cases)
        {
            var found = scanner.Scan(c.Text).Sensitive.Select(s => s.SensitiveName()).ToHashSet();
            var expected = c.Sensitive.ToHashSet();
            total += new Score(found.Intersect(expected).Count(), found.Except(expected).Count(), expected.Except(found).Count());
            foreach (var fp in found.Except(expected))
            {
                errors?.Add($"FP-S {c.Id} {fp}: {c.Text}");
            }

            foreach (var fn in expected.Except(found))
            {
                errors?.Add($"FN-S {c.Id} {fn}: {c.Text}");
            }
        }

        return total;
    }

    public static string Table(Dictionary<string, Score> scores) =>
        string.Join('\n', scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
            $"| {s.Key} | {s.Value.TruePositives + s.Value.FalseNegatives} | {s.Value.Precision:0.000} | {s.Value.Recall:0.000} | {s.Value.F1:0.000} |"));
}
