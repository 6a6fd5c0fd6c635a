using System.Globalization;
using System.Text;
using ConsentKit.Targeting;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Targeting;

/// <summary>A store with a declared catalog and a synthetic population whose attributes are known, for the guard's tests.</summary>
public static class TargetingFixture
{
    public const string CatalogJson = """
        {"fields":[
          {"name":"city","category":"location","source":"person","purposes":["*"]},
          {"name":"interests","category":"engagement","source":"person","purposes":["gotv","newsletter","political-ads"],"type":"list"},
          {"name":"events_attended","category":"engagement","source":"person","purposes":["gotv"],"type":"list"},
          {"name":"donations_total","category":"engagement","source":"person","purposes":["gotv","fundraising"],"type":"number"},
          {"name":"religion","category":"religion","source":"person","purposes":["membership"]},
          {"name":"union_local","category":"engagement","source":"person","purposes":["gotv","membership"]},
          {"name":"place_of_birth","category":"demographic","source":"person","purposes":["gotv"]},
          {"name":"home_language","category":"demographic","source":"person","purposes":["gotv"]},
          {"name":"neighbourhood_group","category":"engagement","source":"person","purposes":["gotv"],"proxyOf":"ethnic_origin"},
          {"name":"debt_level","category":"demographic","source":"person","purposes":["gotv"]},
          {"name":"income_band","category":"demographic","source":"third_party","thirdParty":"DataCorp","country":"US","purposes":["gotv","political-ads"]},
          {"name":"riding","category":"location","source":"electoral_list","purposes":["*"]},
          {"name":"support_score","category":"inferred","source":"inferred","purposes":["gotv","ai-profiling"],"type":"number"}
        ]}
        """;

    public static ITargetingGuard Guard(this TestStore store) => store.Services.GetRequiredService<ITargetingGuard>();

    /// <summary>The approved decision that turns profiling on (R38), so that the catalog's inferred fields can be exercised.</summary>
    public static readonly LegalOverride ProfilingOn = new(LegalOverride.Profiling, "support scores for GOTV, after a privacy impact assessment", "DPO");

    /// <summary>
    /// The fixture's people are made by arithmetic on their ids, so a segment on one field is correlated with others by
    /// construction; the skew test (R32) is proven by <c>SkewTestTests</c> on its own data and turned off here.
    /// </summary>
    public static readonly LegalOverride SkewTestOff = new(LegalOverride.SkewTest, "synthetic fixture whose fields are correlated by construction", "tests");

    public static async Task<TestStore> CreateAsync(Jurisdiction jurisdiction = Jurisdiction.Quebec, Action<ConsentKitOptions>? configure = null)
    {
        var store = await TestStore.CreateAsync(jurisdiction, configure: o =>
        {
            o.Overrides.Add(ProfilingOn);
            o.Overrides.Add(SkewTestOff);
            configure?.Invoke(o);
        });
        await store.Guard().ImportCatalogAsync(DataCatalog.Parse(CatalogJson));
        return store;
    }

    /// <summary>
    /// <paramref name="count"/> contacts: city cycles Laval/Montréal/Longueuil, interests transit (even ids) or housing,
    /// ages 16..75 by id (every 10th unknown), support scores by id, consents for gotv (explicit, or membership for
    /// every 7th) and ai-profiling for every 3rd.
    /// </summary>
    public static async Task SeedAsync(TestStore store, int count)
    {
        var header = "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,city,interests,income_band,support_score";
        var csv = new StringBuilder(header).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var birth = i % 10 == 9 ? "" : BirthDate(AgeOf(i));
            var row = string.Join(',',
                Id(i), "P", "N", $"+1514555{i:D4}", "", i % 4 == 0 ? "en" : "fr", "", birth);
            var common = $"{City(i)},{(i % 2 == 0 ? "transit|climate" : "housing")},{(i % 5 == 0 ? "high" : "low")},{i % 100}";
            csv.Append(CultureInfo.InvariantCulture, $"{row},gotv,sms,{(i % 7 == 0 ? "membership" : "explicit_consent")},canvass,n,1,fr,{TestStore.NoticeSha},signed,ev,vol,true,2026-10-01T12:00:00Z,{common}\n");
            if (i % 3 == 0)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{row},ai-profiling,sms,explicit_consent,canvass,n,1,fr,{TestStore.NoticeSha},signed,ev,vol,true,2026-10-01T12:00:00Z,{common}\n");
            }
        }

        var report = await store.Importer.ImportAsync(new StringReader(csv.ToString()));
        report.Committed.Should().BeTrue(string.Join("; ", report.Errors));
    }

    public static string Id(int i) => $"t-{i:D5}";

    public static string City(int i) => (i % 3) switch { 0 => "Laval", 1 => "Montréal", _ => "Longueuil" };

    public static int AgeOf(int i) => 16 + (i % 60);

    public static bool KnownAge(int i) => i % 10 != 9;

    // Born mid-year so that the age is the same all through November 2026 (the test clock).
    private static string BirthDate(int age) => $"{2026 - age}-06-15";
}
