using ConsentKit.Testing;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConsentKit.Cli.Tests;

public abstract class TargetingCliTests(ITestStoreProvider provider) : IDisposable
{
    private const string Catalog = """
        {"fields":[
          {"name":"city","category":"location","source":"person","purposes":["*"]},
          {"name":"interests","category":"engagement","source":"person","purposes":["gotv"],"type":"list"},
          {"name":"religion","category":"religion","source":"person","purposes":["membership"]},
          {"name":"income_band","category":"demographic","source":"third_party","thirdParty":"DataCorp","country":"US","purposes":["gotv"]}
        ]}
        """;

    private readonly CliRunner _cli = new(provider);

    private Task SeedAsync(int contacts) => SeedAsync(_cli, contacts);

    /// <summary>A qc store with the catalog above and <paramref name="contacts"/> contacts c-0.. with gotv SMS consent (even ids in Laval).</summary>
    public static async Task SeedAsync(CliRunner cli, int contacts)
    {
        var _cli = cli;
        (await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "qc")).ExitCode.Should().Be(0);
        var import = await _cli.RunWithDbAsync("catalog", "import", _cli.WriteFile("catalog.json", Catalog), "--json");
        import.ExitCode.Should().Be(0, import.Stderr);
        import.Json.GetProperty("imported").GetInt32().Should().Be(4);

        var csv = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,city,interests\n");
        for (var i = 0; i < contacts; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"c-{i},P,N,+1514555{i:D4},,fr,,{1990 + i % 10}-01-01,gotv,sms,explicit_consent,canvass,n,1,fr,{new string('a', 64)},signé,f,b,true,2026-01-05T15:00:00Z,{(i % 2 == 0 ? "Laval" : "Montréal")},transit|housing\n");
        }

        var contactsImport = await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", csv.ToString()));
        contactsImport.ExitCode.Should().Be(0, contactsImport.Stderr);
    }

    [Fact]
    [Trait("Req", "R69")]
    public async Task AdsNotice_PoliticalAdsSegmentInFrance_LabelAndNoticeAsDocumented_BadFileNamesEachField()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "fr")).ExitCode.Should().Be(0);
        (await _cli.RunWithDbAsync("catalog", "import", _cli.WriteFile("catalog.json", Catalog))).ExitCode.Should().Be(0);
        var check = await _cli.RunWithDbAsync("segment", "check", _cli.WriteFile("s.json", """{"include":{"field":"city","op":"eq","value":"Laval"}}"""), "--purpose", "political-ads", "--json");
        var registerId = check.Json.GetProperty("registerId").GetString()!;
        var ad = _cli.WriteFile("ad.json", $$"""
            {"ad_id":"ad-7","targeting_entry":"{{registerId}}","sponsor":{"name":"Parti test","email":"contact@exemple.fr"},
             "published_from":"2027-05-01","published_until":"2027-05-30","amount":1250.5,"currency":"EUR","origin":"private","from_inside_union":true,
             "amount_method":"montants facturés, hors taxes","notice_url":"https://exemple.fr/pub/ad-7","report_to":"signalement@exemple.fr",
             "targeting_objective":"informer les habitants de Laval","language":"fr"}
            """);
        var bad = _cli.WriteFile("bad.json", """{"ad_id":"ad 7","targeting_entry":"seg-x","published_from":"mai","amount":"mille","currency":"€","origin":"crowd","language":"fr"}""");

        var json = await _cli.RunWithDbAsync("ads", "notice", ad);
        var label = await _cli.RunWithDbAsync("ads", "notice", ad, "--format", "label");
        var refused = await _cli.RunWithDbAsync("ads", "notice", bad);

        check.ExitCode.Should().Be(0, check.Stderr);
        json.ExitCode.Should().Be(0, json.Stderr);
        json.Json.EnumerateObject().Select(p => p.Name).Should().Equal("schemaVersion", "format", "adId", "language", "preparedAt", "label", "labelSource", "items");
        json.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).Should().HaveCount(16).And.StartWith(["sponsor", "controlling_entity", "payer", "period", "amounts"]);
        label.Stdout.Should().StartWith("Publicité à caractère politique. Parraineur : Parti test.").And.Contain("https://exemple.fr/pub/ad-7");
        refused.ExitCode.Should().Be(1);
        refused.Stderr.Should().Contain("published_from:").And.Contain("amount:").And.Contain("origin:").And.Contain("from_inside_union:");
    }

    [Fact]
    [Trait("Req", "R32")]
    public async Task SegmentRelease_SkewedSegmentHeld_ReleasedWithTheOfficersRationale_AsDocumented()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test", "--jurisdiction", "qc")).ExitCode.Should().Be(0);
        (await _cli.RunWithDbAsync("catalog", "import", _cli.WriteFile("catalog.json", Catalog))).ExitCode.Should().Be(0);
        // Everyone in Laval was born in 1950, everyone in Montréal in 1995: a segment on the city selects by age.
        var csv = new StringBuilder("contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,city\n");
        for (var i = 0; i < 300; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"c-{i},P,N,+1514555{i:D4},,fr,,{(i % 2 == 0 ? 1950 : 1995)}-01-01,gotv,sms,explicit_consent,canvass,n,1,fr,{new string('a', 64)},signé,f,b,true,2026-01-05T15:00:00Z,{(i % 2 == 0 ? "Laval" : "Montréal")}\n");
        }

        (await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("list.csv", csv.ToString()))).ExitCode.Should().Be(0);
        var segment = _cli.WriteFile("laval.json", """{"include":{"field":"city","op":"eq","value":"Laval"}}""");

        var check = await _cli.RunWithDbAsync("segment", "check", segment, "--purpose", "gotv", "--count", "--json");
        var registerId = check.Json.GetProperty("registerId").GetString()!;
        var terse = await _cli.RunWithDbAsync("segment", "release", registerId, "--rationale", "ok", "--approved-by", "DPO", "--json");
        var release = await _cli.RunWithDbAsync("segment", "release", registerId, "--rationale", "A Laval seniors' residence event: age is the point.", "--approved-by", "DPO", "--json");

        check.ExitCode.Should().Be(0, "allowed by the rules, held by the skew test");
        var skew = check.Json.GetProperty("skew");
        skew.GetProperty("held").GetBoolean().Should().BeTrue();
        skew.GetProperty("outOfRange").EnumerateArray().Select(g => (g.GetProperty("dimension").GetString(), g.GetProperty("group").GetString(), g.GetProperty("ratio").GetDouble()))
            .Should().BeEquivalentTo([("age_band", "65+", 2.0), ("age_band", "25-34", 0.0)]);
        terse.ExitCode.Should().Be(1);
        terse.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("rationale");
        release.ExitCode.Should().Be(0, release.Stderr);
        release.Json.EnumerateObject().Select(p => p.Name).Should().Equal("registerId", "approvedBy", "releasedAt");
    }

    [Fact]
    [Trait("Req", "R28")]
    [Trait("Req", "R33")]
    public async Task SegmentCheck_AllowedWithCount_ExitsZeroWithDocumentedJson()
    {
        await SeedAsync(260);
        var segment = _cli.WriteFile("s.json", """{"include":{"and":[{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]}}""");

        var result = await _cli.RunWithDbAsync("segment", "check", segment, "--purpose", "gotv", "--count", "--json");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Json.EnumerateObject().Select(p => p.Name).Should().Equal("allowed", "audience", "violations", "registerId", "skew");
        result.Json.GetProperty("allowed").GetBoolean().Should().BeTrue();
        result.Json.GetProperty("skew").GetProperty("held").GetBoolean().Should().BeFalse("the seed's ages and language do not follow the city");
        result.Json.GetProperty("audience").GetInt64().Should().Be(130);
        result.Json.GetProperty("violations").GetArrayLength().Should().Be(0);

        var withoutCount = await _cli.RunWithDbAsync("segment", "check", segment, "--purpose", "gotv", "--json");
        withoutCount.Json.GetProperty("audience").ValueKind.Should().Be(JsonValueKind.Null);
        _cli.Scalar("SELECT COUNT(*) FROM targeting_register").Should().Be(2);
    }

    [Fact]
    [Trait("Req", "R28")]
    [Trait("Req", "R30")]
    public async Task SegmentCheck_SensitiveOrBrokerCriteria_ExitsOneWithEveryViolation()
    {
        await SeedAsync(10);
        var segment = _cli.WriteFile("s.json", """{"include":{"field":"income_band","op":"eq","value":"high"},"exclude":{"field":"religion","op":"exists"}}""");

        var qc = await _cli.RunWithDbAsync("segment", "check", segment, "--purpose", "gotv", "--json", "--lang", "en");
        var eu = await _cli.RunWithDbAsync("segment", "check", segment, "--purpose", "gotv", "--jurisdiction", "eu", "--json");

        qc.ExitCode.Should().Be(1);
        var violations = qc.Json.GetProperty("violations").EnumerateArray().ToList();
        violations.Should().AllSatisfy(v => v.EnumerateObject().Select(p => p.Name).Should().Equal("code", "field", "category", "rule", "message"));
        violations.Select(v => v.GetProperty("code").GetString()).Should().Contain(["SpecialCategory", "PurposeNotAllowed"]);
        violations.First(v => v.GetProperty("code").GetString() == "SpecialCategory").GetProperty("category").GetString().Should().Be("religion");
        violations.First().GetProperty("message").GetString().Should().Contain("religion");
        eu.ExitCode.Should().Be(1);
        eu.Json.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).Should().Contain("IndirectSource");
        eu.Json.GetProperty("violations").EnumerateArray().First().GetProperty("message").GetString().Should().MatchRegex("[àéèç]|Le champ");
    }

    [Fact]
    public async Task SegmentCheck_MalformedJsonOrUnknownOperator_ExitsOneNamingPositionOrPath()
    {
        await SeedAsync(1);

        var malformed = await _cli.RunWithDbAsync("segment", "check", _cli.WriteFile("bad.json", "{\"include\":\n {\"field\":\"city\" \"op\":\"eq\"}}"), "--purpose", "gotv");
        var unknownOp = await _cli.RunWithDbAsync("segment", "check", _cli.WriteFile("op.json", """{"include":{"field":"city","op":"like","value":"L"}}"""), "--purpose", "gotv", "--json");
        var missing = await _cli.RunWithDbAsync("segment", "check", Path.Combine(_cli.Directory, "nope.json"), "--purpose", "gotv");

        malformed.ExitCode.Should().Be(1);
        malformed.Stderr.Should().Contain("line 2").And.Contain("[json.syntax]");
        unknownOp.ExitCode.Should().Be(1);
        unknownOp.Json.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("include.op");
        missing.Stderr.Should().Contain("FILE").And.Contain("file.not-found");
    }

    [Fact]
    [Trait("Req", "R31")]
    public async Task CatalogLint_SensitiveProxyAndUndeclared_ExitsOneListingFindings()
    {
        var file = _cli.WriteFile("c.json", """{"fields":[{"name":"religion","category":"religion","source":"person","purposes":["gotv"]},{"name":"lieu_de_naissance","category":"demographic","source":"person","purposes":["gotv"]}]}""");
        var header = _cli.WriteFile("h.csv", "contact_id,phone,purpose,religion,ethnicity\n");

        var result = await _cli.RunAsync("catalog", "lint", file, "--header", header, "--json");
        var clean = await _cli.RunAsync("catalog", "lint", _cli.WriteFile("ok.json", """{"fields":[{"name":"city","category":"location","source":"person","purposes":["*"]}]}"""));

        result.ExitCode.Should().Be(1);
        result.Json.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("field").GetString()))
            .Should().BeEquivalentTo([("field.undeclared", "ethnicity"), ("field.sensitive-open-to-targeting", "religion"), ("field.likely-proxy", "lieu_de_naissance")]);
        clean.ExitCode.Should().Be(0);
        clean.Stdout.Should().Contain("clean");
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task ContactsImport_UndeclaredColumn_RefusedNamingIt()
    {
        (await _cli.RunWithDbAsync("init", "--name", "Parti test")).ExitCode.Should().Be(0);
        var csv = "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,religion\n"
            + $"c-1,P,N,+15145550000,,fr,,,gotv,sms,explicit_consent,canvass,n,1,fr,{new string('a', 64)},signé,f,b,true,2026-01-05T15:00:00Z,x\n";

        var result = await _cli.RunWithDbAsync("contacts", "import", _cli.WriteFile("l.csv", csv));

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain("religion").And.Contain("catalog.undeclared");
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
