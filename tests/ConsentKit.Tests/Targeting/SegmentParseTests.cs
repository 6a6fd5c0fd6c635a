using ConsentKit.Targeting;

namespace ConsentKit.Tests.Targeting;

public sealed class SegmentParseTests
{
    [Fact]
    public void Parse_MalformedJson_NamesLineAndPosition()
    {
        var act = () => SegmentDefinition.Parse("{\"include\":\n  {\"field\": \"city\", \"op\": eq}}");

        act.Should().Throw<ConsentKitValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("line 2").And.Contain("position");
    }

    [Theory]
    [InlineData("""{"include":{"field":"city","op":"like","value":"x"}}""", "include.op", "segment.operator-unknown")]
    [InlineData("""{"include":{"and":[{"field":"city","op":"eq","value":"x"},{"field":"age","op":"between","value":[18]}]}}""", "include.and[1].value", "segment.value-shape")]
    [InlineData("""{"include":{"or":[]}}""", "include.or", "segment.node-invalid")]
    [InlineData("""{"include":{"fields":"city"}}""", "include.fields", "segment.key-unknown")]
    [InlineData("""{"exclude":{"field":"city","op":"exists"}}""", "include", "segment.include-missing")]
    [InlineData("""{"include":{"field":"city","op":"in","value":"Laval"}}""", "include.value", "segment.value-shape")]
    [InlineData("""{"include":{"not":{"field":"","op":"eq","value":1}}}""", "include.not.field", "segment.field-missing")]
    public void Parse_BadNode_NamesPathAndRule(string json, string field, string rule)
    {
        var act = () => SegmentDefinition.Parse(json);

        act.Should().Throw<ConsentKitValidationException>().Which.Errors.Should().Contain(e => e.Field == field && e.Rule == rule);
    }

    [Fact]
    public void ToJson_ParsedSegment_RoundTripsCanonically()
    {
        const string json = """{"name":"x","include":{"and":[{"field":"age","op":"between","value":[18,30]},{"not":{"field":"city","op":"in","value":["Laval","Québec"]}}]},"exclude":{"or":[{"field":"interests","op":"contains","value":"transit"}]}}""";

        var segment = SegmentDefinition.Parse(json);

        segment.ToJson().Should().Be(SegmentDefinition.Parse(segment.ToJson()).ToJson());
        segment.NodeCount.Should().Be(6);
        segment.Include.Fields().Select(f => f.Field).Should().Equal("age", "city");
    }
}
