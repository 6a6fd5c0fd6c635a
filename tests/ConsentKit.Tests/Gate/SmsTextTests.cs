using ConsentKit.Gate;

namespace ConsentKit.Tests.Gate;

public sealed class SmsTextTests
{
    [Theory]
    [Trait("Req", "R26")]
    [InlineData("Votez dimanche. Parti exemple. STOP", "GSM-7", 1)]
    [InlineData("Élection : répondez STOP à Parti exemple", "GSM-7", 1)]
    [InlineData("Parti exemple : votre bureau de vote est à l'école. STOP pour arrêter", "UCS-2", 1)]
    public void Measure_FrenchTexts_GiveEncodingAndSegments(string text, string encoding, int segments)
    {
        var length = SmsText.Measure(text);

        length.Encoding.Should().Be(encoding);
        length.Segments.Should().Be(segments);
    }

    [Fact]
    public void Measure_GsmAccentsStayGsm7_OtherFrenchAccentsForceUcs2()
    {
        SmsText.Measure("é è à ù É Ç").Encoding.Should().Be("GSM-7");
        SmsText.Measure("ê").Encoding.Should().Be("UCS-2");
        SmsText.Measure("ç").Encoding.Should().Be("UCS-2");
        SmsText.Measure("l’école").Encoding.Should().Be("UCS-2", "the typographic apostrophe is not in GSM-7");
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Measure_Gsm7Lengths_SplitAt160Then153(int length, int segments)
    {
        SmsText.Measure(new string('a', length)).Should().Be(new SmsLength("GSM-7", length, segments));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Measure_Ucs2Lengths_SplitAt70Then67(int length, int segments)
    {
        SmsText.Measure("ê" + new string('a', length - 1)).Should().Be(new SmsLength("UCS-2", length, segments));
    }

    public static TheoryData<int> VectorIndexes() => [.. Enumerable.Range(0, Vectors.Value.Count)];

    private static readonly Lazy<IReadOnlyList<System.Text.Json.JsonElement>> Vectors = new(() =>
        [.. System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Explanations", "Fixtures", "sms-segment-vectors.json"))).RootElement.EnumerateArray()]);

    /// <summary>
    /// Boundary strings measured by Twilio's segment calculator (npm sms-segments-calculator 1.3.0), not by us: escapes and
    /// surrogate pairs on the 153/67 boundary, French accents in and out of GSM-7, real explanation SMS. How the table was made:
    /// Explanations/Fixtures/sms-segment-vectors.README.md.
    /// </summary>
    [Theory]
    [Trait("Req", "R51")]
    [MemberData(nameof(VectorIndexes))]
    public void Measure_TwilioCalculatorVector_SameEncodingAndSegments(int index)
    {
        var vector = Vectors.Value[index];
        var text = vector.GetProperty("text").GetString()!;

        var length = SmsText.Measure(text);

        length.Encoding.Should().Be(vector.GetProperty("encoding").GetString(), vector.GetProperty("note").GetString());
        length.Segments.Should().Be(vector.GetProperty("segments").GetInt32(), vector.GetProperty("note").GetString());
    }

    [Fact]
    public void Measure_ExtensionCharacters_CountTwoSeptets()
    {
        SmsText.Measure("€{}[]").Should().Be(new SmsLength("GSM-7", 10, 1));
        SmsText.Measure(new string('€', 80)).Segments.Should().Be(1);
        SmsText.Measure(new string('€', 81)).Segments.Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R26")]
    public void Validate_PoliticalSmsWithoutSenderOrOptOut_IsFlaggedWithBothIssues()
    {
        var result = MessageRules.Validate("Votez dimanche!", Channel.Sms, ["Parti exemple"]);

        result.Ok.Should().BeFalse();
        result.Issues.Select(i => i.Code).Should().Equal("MissingSenderIdentity", "MissingOptOutInstruction");
        result.Issues.Should().OnlyContain(i => i.MessageFr.Length > 0 && i.MessageEn.Length > 0 && i.Rule.Contains("R26"));
        result.Length!.Segments.Should().Be(1);
    }

    [Fact]
    public void Validate_SmsWithSenderAndStop_IsOk()
    {
        MessageRules.Validate("Parti Exemple : votez dimanche. Répondez STOP pour arrêter.", Channel.Sms, ["Parti exemple"]).Ok.Should().BeTrue();
        MessageRules.Validate("Example Party: vote Sunday. Reply STOP to opt out.", Channel.Sms, ["Example Party"]).Ok.Should().BeTrue();
    }
}
