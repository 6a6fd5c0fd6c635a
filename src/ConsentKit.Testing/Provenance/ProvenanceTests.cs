using System.Text;
using System.Text.Json.Nodes;
using ConsentKit.Provenance;
using ConsentKit.Testing;

namespace ConsentKit.Testing.Provenance;

public abstract class ProvenanceTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly (string Private, string Public) Keys = ProvenanceSigner.CreateKeyPair();
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("Parti exemple : votez dimanche ! Rédigé avec l'aide de l'IA et révisé par notre équipe.");

    private static string Signed() => ProvenanceSigner.Sign(Content, Keys.Private, "Parti exemple", "drafted", "Équipe com", TestStore.Start).ToJson();

    [Fact]
    [Trait("Req", "R46")]
    public void Verify_UntouchedContentAndStatement_Valid_StatementIsPlainJson()
    {
        var json = Signed();

        var check = ProvenanceSigner.Verify(Content, json, Keys.Public);
        var fields = JsonNode.Parse(json)!.AsObject().Select(p => p.Key);

        check.Should().Be(new ProvenanceCheck(true, "valid", check.Reason));
        fields.Should().BeEquivalentTo("ai", "contentSha256", "organisation", "reviewedBy", "signedAt", "signature");
        JsonNode.Parse(json)!["contentSha256"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Theory]
    [InlineData("organisation", "Autre parti")]
    [InlineData("ai", "none")]
    [InlineData("reviewedBy", "Quelqu'un d'autre")]
    [InlineData("signedAt", "2020-01-01T00:00:00Z")]
    [Trait("Req", "R46")]
    public void Verify_StatementFieldChanged_SignatureInvalid(string field, string value)
    {
        var statement = JsonNode.Parse(Signed())!.AsObject();
        statement[field] = value;

        ProvenanceSigner.Verify(Content, statement.ToJsonString(), Keys.Public).Code.Should().Be("signature-invalid");
    }

    [Fact]
    [Trait("Req", "R46")]
    public void Verify_ContentChangedOtherKeyOrGarbage_Invalid()
    {
        var json = Signed();
        var tampered = (byte[])Content.Clone();
        tampered[3] ^= 1;

        ProvenanceSigner.Verify(tampered, json, Keys.Public).Code.Should().Be("content-mismatch");
        ProvenanceSigner.Verify(Content, json, ProvenanceSigner.CreateKeyPair().PublicPem).Code.Should().Be("signature-invalid");
        ProvenanceSigner.Verify(Content, "[1,2]", Keys.Public).Code.Should().Be("statement-malformed");
        ProvenanceSigner.Verify(Content, json.Replace("\"signature\"", "\"extra\":1,\"signature\"", StringComparison.Ordinal), Keys.Public).Code.Should().Be("statement-malformed");
    }

    [Fact]
    public void Sign_BadKeyOrAi_NamesFieldAndRule()
    {
        var act = () => ProvenanceSigner.Sign(Content, "not a key", "Parti", "maybe", null, TestStore.Start);

        act.Should().Throw<ConsentKitValidationException>().Which.Errors.Select(e => e.Rule).Should().Equal("ai.unknown", "key.format");
    }
}
