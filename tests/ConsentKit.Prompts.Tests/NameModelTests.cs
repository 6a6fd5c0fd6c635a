using System.Globalization;

namespace ConsentKit.Prompts.Tests;

public sealed class NameModelTests
{
    [Fact]
    [Trait("Req", "R42")]
    public void Score_GoldenWordsOfTheTrainer_SameScoreInCSharp()
    {
        // The trainer (eng/name-model/train.mjs) wrote these words with the scores it computes: the C# scorer hashes the
        // same pieces into the same buckets, or the shipped weights mean something else here.
        var lines = File.ReadAllLines(Path.Combine(ConsentKit.Tests.Support.RepoPaths.Root, "tests", "ConsentKit.Prompts.Tests", "Data", "name-model-golden.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').ToList();
        lines.Should().HaveCountGreaterThan(100);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            NameModel.Score(parts[0]).Should().BeApproximately(double.Parse(parts[1], CultureInfo.InvariantCulture), 1e-4, parts[0]);
        }
    }
}
