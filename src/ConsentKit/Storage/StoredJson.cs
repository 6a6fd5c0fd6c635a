using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsentKit.Storage;

/// <summary>
/// The small JSON values the library stores or binds (lists of ids for <c>json_each</c>, a request's history, an
/// incident's categories), through source-generated metadata: no reflection, so that the consentkit tool compiles ahead
/// of time (issue 18). Default options, as the reflection-based serializer wrote them before: existing stores read the same.
/// </summary>
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<Requests.RequestHistoryItem>))]
internal sealed partial class StoredJson : JsonSerializerContext
{
    /// <summary>A JSON array of texts.</summary>
    public static string Strings(IEnumerable<string> values) => JsonSerializer.Serialize(values, Default.IEnumerableString);

    /// <summary>The texts of a JSON array; empty for <c>null</c>.</summary>
    public static string[] ParseStrings(string json) => JsonSerializer.Deserialize(json, Default.StringArray) ?? [];
}
