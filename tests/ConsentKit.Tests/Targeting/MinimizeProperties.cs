using ConsentKit.Testing.Targeting;
using System.Text.Json.Nodes;
using ConsentKit.Targeting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Tests.Targeting;

public sealed class MinimizeProperties
{
    private static readonly DataCatalog Catalog = DataCatalog.BuiltIn.Merge(DataCatalog.Parse(TargetingFixture.CatalogJson));

    private static readonly string[] Names = [.. Catalog.Fields.Keys, "notes", "shoe_size", "ssn", "Phone"];

    private static readonly string[] Purposes = ["gotv", "newsletter", "membership", "fundraising", "political-ads", "volunteering", "survey"];

    public static Arbitrary<(Dictionary<string, object?> Record, string Purpose, Channel? Channel)> Cases() =>
        (from fields in Gen.Elements(Names).SelectMany(n => Gen.Elements<object?>("x", 1.5, true, null).Select(v => (n, v))).ListOf()
         from purpose in Gen.Elements(Purposes)
         from channel in Gen.Elements<Channel?>(null, Channel.Sms, Channel.Email, Channel.Voice)
         select (fields.DistinctBy(p => p.n).ToDictionary(p => p.n, p => p.v), purpose, channel))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(MinimizeProperties)], MaxTest = 300)]
    [Trait("Req", "R37")]
    public bool Minimize_AnyRecordAndPurpose_KeepsOnlyAllowedFieldsAndAddsNothing((Dictionary<string, object?> Record, string Purpose, Channel? Channel) c)
    {
        var kept = c.Channel is { } channel ? Catalog.Minimize(c.Record, c.Purpose, channel) : Catalog.Minimize(c.Record, c.Purpose);
        var json = new JsonObject(c.Record.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)JsonValue.Create(p.Value))));
        var keptJson = c.Channel is { } ch ? Catalog.Minimize(json, c.Purpose, ch) : Catalog.Minimize(json, c.Purpose);

        bool Allowed(string name) => Catalog.Find(name) is { } f && f.AllowsPurpose(c.Purpose)
            && (c.Channel is null || (f.Channels?.Contains(c.Channel.Value) ?? false));

        return kept.All(p => c.Record.ContainsKey(p.Key) && Equals(c.Record[p.Key], p.Value) && Allowed(p.Key))
            && c.Record.Keys.Where(Allowed).All(kept.ContainsKey)
            && keptJson.Select(p => p.Key).Order().SequenceEqual(kept.Keys.Order());
    }
}
