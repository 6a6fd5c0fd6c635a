using ConsentKit.Prompts;
using Xunit.Abstractions;

namespace ConsentKit.Prompts.Tests;

public sealed class PromptEvalTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Req", "R42")]
    public void Scan_OwnEvaluationSet_MicroF1AtLeast095AndSensitiveF1AtLeast085()
    {
        var cases = EvalScoring.Load(EvalScoring.EvalPath("prompt-filter-eval.jsonl"));
        var errors = new List<string>();

        var perType = EvalScoring.ScoreEntities(cases, PersonalDataScanner.Default, errors: errors);
        var micro = EvalScoring.Total(perType.Values);
        var sensitive = EvalScoring.ScoreSensitive(cases, PersonalDataScanner.Default, errors);

        output.WriteLine($"{cases.Count} texts; micro P {micro.Precision:0.000} R {micro.Recall:0.000} F1 {micro.F1:0.000}; sensitive P {sensitive.Precision:0.000} R {sensitive.Recall:0.000} F1 {sensitive.F1:0.000}");
        output.WriteLine(EvalScoring.Table(perType));
        foreach (var e in errors.Take(200))
        {
            output.WriteLine(e);
        }

        cases.Count.Should().BeGreaterThanOrEqualTo(400);
        micro.F1.Should().BeGreaterThanOrEqualTo(0.95);
        sensitive.F1.Should().BeGreaterThanOrEqualTo(0.85);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_HeldOutSetWrittenWithoutSeeingTheScanner_ScoredAndReported()
    {
        // Written by someone who never saw the scanner and never used for tuning: the honest figure (docs/prompt-filter.md).
        var cases = EvalScoring.Load(EvalScoring.EvalPath("heldout-eval.jsonl"));
        var errors = new List<string>();

        var perType = EvalScoring.ScoreEntities(cases, PersonalDataScanner.Default, errors: errors);
        var micro = EvalScoring.Total(perType.Values);
        var sensitive = EvalScoring.ScoreSensitive(cases, PersonalDataScanner.Default, errors);

        output.WriteLine($"{cases.Count} held-out texts; micro P {micro.Precision:0.000} R {micro.Recall:0.000} F1 {micro.F1:0.000}; sensitive P {sensitive.Precision:0.000} R {sensitive.Recall:0.000} F1 {sensitive.F1:0.000}");
        output.WriteLine(EvalScoring.Table(perType));
        foreach (var e in errors)
        {
            output.WriteLine(e);
        }

        micro.F1.Should().BeGreaterThan(0.85);
        sensitive.F1.Should().BeGreaterThan(0.75);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PresidioPublicCases_ScoredOnSharedTypes()
    {
        var path = Path.Combine(ConsentKit.Tests.Support.RepoPaths.Shared, "eval", "presidio_cases.jsonl");
        var shared = new HashSet<string> { "EMAIL", "PHONE", "PERSON", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "CA_SIN" };
        var rename = new Dictionary<string, string> { ["EMAIL_ADDRESS"] = "EMAIL", ["PHONE_NUMBER"] = "PHONE", ["IBAN_CODE"] = "IBAN", ["CA_SIN"] = "CA_SIN" };
        var cases = EvalScoring.Load(path, root => root.GetProperty("scope").EnumerateArray().Select(s => rename.GetValueOrDefault(s.GetString()!, s.GetString()!)).ToList())
            .Select(c => c with { Entities = [.. c.Entities.Select(e => (rename.GetValueOrDefault(e.Type, e.Type), e.Start, e.End))] })
            .Where(c => c.Scope.Any(shared.Contains))
            .ToList();
        var errors = new List<string>();

        var perType = EvalScoring.ScoreEntities(cases, PersonalDataScanner.Default, shared.Contains, errors);

        var presidioMicro = EvalScoring.Total(perType.Values);
        output.WriteLine($"{cases.Count} Presidio cases in scope; micro P {presidioMicro.Precision:0.000} R {presidioMicro.Recall:0.000} F1 {presidioMicro.F1:0.000}");
        output.WriteLine(EvalScoring.Table(perType));
        foreach (var e in errors.Take(150))
        {
            output.WriteLine(e);
        }

        // A cross-check, reported in docs/prompt-filter.md: Presidio's cases test its own formats (US phones, 4-digit
        // IPv4 variants, bare names in English); the bar is that we hold most of them, not that we match Presidio.
        EvalScoring.Total(perType.Values).F1.Should().BeGreaterThan(0.5);
    }
}
