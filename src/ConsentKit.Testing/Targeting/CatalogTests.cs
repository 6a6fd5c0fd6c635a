using ConsentKit.Contacts;
using ConsentKit.Targeting;
using ConsentKit.Testing;

namespace ConsentKit.Testing.Targeting;

public abstract class CatalogTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private sealed class Volunteer
    {
        [DataField(DataCategory.Identity, DataSource.Person, "*", Channels = [Channel.Sms, Channel.Email])]
        public string? FirstName { get; init; }

        [DataField(DataCategory.Contact, DataSource.Person, "volunteering", Channels = [Channel.Sms])]
        public string? Phone { get; init; }

        [DataField(DataCategory.Health, DataSource.Person, "volunteering", Name = "accessibility_needs")]
        public string? Accessibility { get; init; }

        [DataField(DataCategory.Demographic, DataSource.ThirdParty, "gotv", ThirdParty = "DataCorp", Country = "US")]
        public string? IncomeBand { get; init; }

        public string? Notes { get; init; }
    }

    [Fact]
    [Trait("Req", "R28")]
    public void Parse_FullDeclaration_ReadsEveryProperty()
    {
        var catalog = DataCatalog.Parse("""
            {"fields":[{"name":"religion","category":"religion","source":"person","purposes":["membership"],"proxyOf":null},
                       {"name":"income","category":"demographic","source":"third_party","thirdParty":"DataCorp","country":"us","purposes":["gotv"],"type":"number"},
                       {"name":"choir","category":"engagement","source":"person","purposes":["gotv"],"proxyOf":"religion"}]}
            """);

        catalog.Find("religion")!.SpecialCategory.Should().Be(DataCategory.Religion);
        catalog.Find("income")!.Should().Match<FieldDefinition>(f => f.ThirdParty == "DataCorp" && f.Country == "US" && f.Type == FieldType.Number);
        catalog.Find("choir")!.SpecialCategory.Should().Be(DataCategory.Religion);
        DataCatalog.Parse(catalog.ToJson()).ToJson().Should().Be(catalog.ToJson());
    }

    [Fact]
    [Trait("Req", "R28")]
    [Trait("Req", "R36")]
    public void Parse_BadFields_NamesEachPathAndRule()
    {
        var act = () => DataCatalog.Parse("""
            {"fields":[{"name":"Religion","category":"religion","source":"person","purposes":["membership"]},
                       {"name":"x","category":"faith","source":"person","purposes":["gotv"]},
                       {"name":"y","category":"demographic","source":"broker","purposes":["gotv"]},
                       {"name":"z","category":"demographic","source":"third_party","purposes":["gotv"]},
                       {"name":"w","category":"engagement","source":"person","purposes":["gotv"],"proxyOf":"engagement"}]}
            """);

        act.Should().Throw<ConsentKitValidationException>().Which.Errors.Select(e => (e.Field, e.Rule)).Should().Contain(
        [
            ("fields[0].name", "catalog.name-invalid"), ("fields[1].category", "catalog.category-unknown"),
            ("fields[2].source", "catalog.source-unknown"), ("fields[4].proxyOf", "catalog.proxy-not-special"),
        ]);
        var third = () => DataCatalog.Parse("""{"fields":[{"name":"z","category":"demographic","source":"third_party","purposes":["gotv"]}]}""");
        third.Should().Throw<ConsentKitValidationException>().Which.Errors.Should().ContainSingle(e => e.Rule == "catalog.third-party-unnamed");
    }

    [Fact]
    [Trait("Req", "R28")]
    public void FromType_AttributedClass_DeclaresOnlyAttributedProperties()
    {
        var catalog = DataCatalog.BuiltIn.ToBuilder().FromType<Volunteer>().Build();

        catalog.Find("accessibility_needs")!.Category.Should().Be(DataCategory.Health);
        catalog.Find("income_band")!.Country.Should().Be("US");
        catalog.Find("notes").Should().BeNull();
    }

    [Fact]
    [Trait("Req", "R37")]
    public void Minimize_TypedRecord_KeepsOnlyAllowedFieldsForPurposeAndChannel()
    {
        var catalog = DataCatalog.BuiltIn.ToBuilder().FromType<Volunteer>().Build();
        var volunteer = new Volunteer { FirstName = "Élise", Phone = "+15145550101", Accessibility = "fauteuil", IncomeBand = "high", Notes = "appeler le soir" };

        catalog.Minimize(volunteer, "volunteering").Keys.Should().BeEquivalentTo("first_name", "phone", "accessibility_needs");
        catalog.Minimize(volunteer, "gotv").Keys.Should().BeEquivalentTo("first_name", "income_band");
        catalog.Minimize(volunteer, "volunteering", Channel.Sms).Keys.Should().BeEquivalentTo("first_name", "phone");
        catalog.Minimize(volunteer, "volunteering", Channel.Email).Keys.Should().BeEquivalentTo("first_name");
    }

    [Fact]
    [Trait("Req", "R37")]
    public void Minimize_ContactForSmsVendor_SendsPhoneFirstNameAndLanguageOnly()
    {
        var contact = new Contact { ContactId = "c-1", FirstName = "Élise", LastName = "Tremblay", Phone = "+15145550101", Email = "e@x.ca", Language = "fr", BirthDate = new NodaTime.LocalDate(1985, 3, 2) };

        DataCatalog.BuiltIn.Minimize(contact, "gotv", Channel.Sms).Keys.Should().BeEquivalentTo("contact_id", "first_name", "phone", "language");
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task UpsertAsync_UndeclaredAttribute_RefusedNamingTheField()
    {
        await using var store = await TargetingFixture.CreateAsync();

        var act = () => store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Attributes = new Dictionary<string, object?> { ["city"] = "Laval", ["shoe_size"] = 42 } });

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "attributes.shoe_size" && e.Rule == "catalog.undeclared");
        (await store.Contacts.FindAsync(ContactLookup.ById("c-1"))).Should().BeNull();
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task UpsertAsync_DeclaredAttributes_StoredTypedAndReadBack()
    {
        await using var store = await TargetingFixture.CreateAsync();

        await store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Attributes = new Dictionary<string, object?> { ["city"] = "Laval", ["interests"] = new[] { "transit" }, ["donations_total"] = "25.5" } });
        var found = await store.Contacts.FindAsync(ContactLookup.ById("c-1"));

        found!.Attributes.Should().BeEquivalentTo(new Dictionary<string, object?> { ["city"] = "Laval", ["interests"] = new[] { "transit" }, ["donations_total"] = 25.5 });
        var wrongType = () => store.Contacts.UpsertAsync(new Contact { ContactId = "c-2", Attributes = new Dictionary<string, object?> { ["donations_total"] = "beaucoup" } });
        (await wrongType.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "attributes.type");
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task ImportAsync_UndeclaredColumn_RefusedBeforeAnyRowNamingTheColumn()
    {
        await using var store = await TargetingFixture.CreateAsync();
        var header = string.Join(',', CsvContactImporter.RequiredColumns) + ",city,ethnicity";
        var row = $"c-1,Élise,T,514 555 0101,,fr,,,gotv,sms,explicit_consent,canvass,n,1,fr,{TestStore.NoticeSha},signed,ev,vol,true,2026-10-01T12:00:00Z,Laval,x";

        var report = await store.Importer.ImportAsync(new StringReader(header + "\n" + row + "\n"));

        report.Committed.Should().BeFalse();
        report.Errors.Should().ContainSingle(e => e.Field == "ethnicity" && e.Rule == "catalog.undeclared" && e.Line == 1);
        (await store.CountEventsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task ImportCatalogAsync_UnknownPurpose_RefusedNamingFieldAndNothingWritten()
    {
        await using var store = await TargetingFixture.CreateAsync();

        var act = () => store.Guard().ImportCatalogAsync(DataCatalog.Parse("""{"fields":[{"name":"x","category":"engagement","source":"person","purposes":["prospection"]}]}"""));

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "x.purposes" && e.Rule == "catalog.purpose-unknown");
        (await store.Guard().GetCatalogAsync()).Find("x").Should().BeNull();
    }

    [Fact]
    [Trait("Req", "R28")]
    public async Task ImportCatalogAsync_RedeclaringBuiltInField_RefusedNamingField()
    {
        await using var store = await TargetingFixture.CreateAsync();

        var act = () => store.Guard().ImportCatalogAsync(DataCatalog.Parse("""{"fields":[{"name":"phone","category":"engagement","source":"person","purposes":["gotv"]}]}"""));

        (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "phone.name" && e.Rule == "catalog.name-reserved");
        (await store.Guard().GetCatalogAsync()).Find("phone")!.Category.Should().Be(DataCategory.Contact);
    }

    [Fact]
    [Trait("Req", "R28")]
    [Trait("Req", "R37")]
    public async Task ImportCatalogAsync_NarrowingBuiltInField_IsAcceptedAndApplied_WideningOrRecategorisingIsRefused()
    {
        await using var store = await TargetingFixture.CreateAsync();

        // last_name serves mail for membership, fundraising and volunteering: kept for membership only.
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse("""{"fields":[{"name":"last_name","category":"identity","source":"person","purposes":["membership"],"channels":["mail"]}]}"""));
        var catalog = await store.Guard().GetCatalogAsync();
        catalog.Find("last_name")!.Purposes.Should().BeEquivalentTo(["membership"]);
        catalog.Find("last_name")!.BuiltIn.Should().BeTrue();
        var record = new Dictionary<string, object?> { ["contact_id"] = "c-1", ["last_name"] = "Tremblay" };
        catalog.Minimize(record, "fundraising").Keys.Should().NotContain("last_name");
        catalog.Minimize(record, "membership").Keys.Should().Contain("last_name");

        foreach (var (json, what) in new[]
        {
            ("""{"fields":[{"name":"last_name","category":"identity","source":"person","purposes":["membership","gotv"],"channels":["mail"]}]}""", "a purpose added"),
            ("""{"fields":[{"name":"last_name","category":"identity","source":"person","purposes":["*"],"channels":["mail"]}]}""", "every purpose"),
            ("""{"fields":[{"name":"last_name","category":"identity","source":"person","purposes":["membership"],"channels":["mail","sms"]}]}""", "a channel added"),
            ("""{"fields":[{"name":"phone","category":"engagement","source":"person","purposes":["gotv"]}]}""", "re-categorised"),
            ("""{"fields":[{"name":"postal_code","category":"location","source":"third_party","thirdParty":"X","country":"US","purposes":["gotv"],"channels":["mail"]}]}""", "another source"),
        })
        {
            var act = () => store.Guard().ImportCatalogAsync(DataCatalog.Parse(json));
            (await act.Should().ThrowAsync<ConsentKitValidationException>(what)).Which.Errors.Should().Contain(e => e.Rule == "catalog.name-reserved", what);
        }

        (await store.Guard().GetCatalogAsync()).Find("last_name")!.Purposes.Should().BeEquivalentTo(["membership"]);
        (await store.Guard().GetCatalogAsync()).Find("phone")!.Category.Should().Be(DataCategory.Contact);
    }

    [Fact]
    [Trait("Req", "R30")]
    [Trait("Req", "R31")]
    public async Task ValidateAsync_WrongValueTypeOnASegmentWithSensitiveCriteria_ReportsTheTypeAndTheViolations()
    {
        await using var store = await TargetingFixture.CreateAsync();
        var segment = SegmentDefinition.Parse("""{"name":"s","include":{"and":[{"field":"donations_total","op":"gt","value":"beaucoup"},{"field":"religion","op":"eq","value":"x"},{"field":"neighbourhood_group","op":"eq","value":"y"}]}}""");

        var act = () => store.Guard().ValidateAsync(segment, "gotv");

        var errors = (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors;
        errors.Should().Contain(e => e.Field == "donations_total" && e.Rule == "segment.value-type");
        errors.Should().Contain(e => e.Field == "religion" && e.Rule == "segment.special-category");
        errors.Should().Contain(e => e.Field == "neighbourhood_group" && e.Rule == "segment.proxy");
    }

    [Fact]
    [Trait("Req", "R31")]
    public void Lint_SensitiveOpenProxyAndUndeclared_AllReported()
    {
        var catalog = DataCatalog.Parse("""
            {"fields":[{"name":"religion","category":"religion","source":"person","purposes":["gotv"]},
                       {"name":"langue_maternelle","category":"demographic","source":"person","purposes":["gotv"]},
                       {"name":"city","category":"location","source":"person","purposes":["prospection"]}]}
            """);

        var findings = CatalogLinter.Lint(catalog, ["gotv", "membership"], ["city", "religion", "purpose", "pays_de_naissance"]);

        findings.Select(f => (f.Code, f.Field)).Should().BeEquivalentTo(
        [
            ("field.undeclared", "pays_de_naissance"), ("field.sensitive-open-to-targeting", "religion"),
            ("field.likely-proxy", "langue_maternelle"), ("field.unknown-purpose", "city"),
        ]);
    }
}
