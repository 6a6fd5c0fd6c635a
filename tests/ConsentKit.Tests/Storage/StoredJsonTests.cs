using ConsentKit.Requests;
using ConsentKit.Storage;

namespace ConsentKit.Tests.Storage;

/// <summary>
/// The stored JSON values moved from the reflection-based serializer to source-generated metadata (issue 18, Native AOT):
/// stores written before must read the same, and new rows must be written as before (some are sealed in row hashes).
/// </summary>
public sealed class StoredJsonTests
{
    [Fact]
    public void RequestHistory_AsWrittenBeforeByReflection_ReadsAndWritesTheSameBytes()
    {
        // What JsonSerializer.Serialize(List<HistoryItem>) wrote with default options: declared names, nulls included.
        const string stored = """[{"At":638999999999999999,"Change":"received","By":"cli"},{"At":639000000000000000,"Change":"identity:verified","By":null}]""";

        var history = System.Text.Json.JsonSerializer.Deserialize(stored, StoredJson.Default.ListRequestHistoryItem)!;

        history.Should().Equal(new RequestHistoryItem(638999999999999999, "received", "cli"), new RequestHistoryItem(639000000000000000, "identity:verified"));
        System.Text.Json.JsonSerializer.Serialize(history, StoredJson.Default.ListRequestHistoryItem).Should().Be(stored);
    }

    [Theory]
    [InlineData(new string[0], "[]")]
    [InlineData(new[] { "health", "political_opinion" }, """["health","political_opinion"]""")]
    [InlineData(new[] { "Québec \"citée\"" }, """["Qu\u00E9bec \u0022cit\u00E9e\u0022"]""")]
    public void Strings_AnyTexts_WrittenAsTheDefaultSerializerDidAndReadBack(string[] values, string expected)
    {
        StoredJson.Strings(values).Should().Be(expected);
        StoredJson.ParseStrings(expected).Should().Equal(values);
    }
}
