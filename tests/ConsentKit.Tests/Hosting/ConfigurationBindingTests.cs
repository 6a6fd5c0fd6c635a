using System.Text;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace ConsentKit.Tests.Hosting;

/// <summary><c>services.AddConsentKit(configuration.GetSection("ConsentKit"))</c>: every option from appsettings.json or the environment.</summary>
public sealed class ConfigurationBindingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-config-{Guid.NewGuid():N}.db");

    private static IConfiguration Json(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    [Fact]
    [Trait("Req", "R51")]
    public async Task AddConsentKit_AppSettingsSection_BindsEveryOptionAndTheStoreWorks()
    {
        var configuration = Json($$$"""
            {"ConsentKit": {
              "Store": { "Sqlite": "{{{_path.Replace("\\", "\\\\", StringComparison.Ordinal)}}}" },
              "Jurisdiction": "fr", "DefaultOrganisation": "parti-fr", "SenderName": "Les Écologistes", "Actor": "crm-sync",
              "DefaultRegion": "FR", "ExplanationLinkBase": "https://ecolo.example/w/", "ExplanationLinkLifetime": "30.00:00:00",
              "FrequencyCaps": [ { "Channel": "sms", "Max": 2, "Window": "7.00:00:00", "AnnouncedAtSignUp": true } ],
              "Elections": [ { "Name": "Législatives", "TimeZone": "Europe/Paris", "Start": "2027-06-12T00:00:00", "End": "2027-06-13T20:00:00", "Rule": "Code électoral L49" } ],
              "FutureTolerance": "00:05:00",
              "SendingHours": { "Monday": "10:00-12:00,14:00-19:00", "Saturday": "10:00-18:00" },
              "Overrides": [ { "Setting": "sending-hours", "Reason": "Fermeture des bureaux à 19 h", "ApprovedBy": "DPO" } ]
            }}
            """);
        await using var services = new ServiceCollection().AddConsentKit(configuration.GetSection("ConsentKit")).BuildServiceProvider();

        var o = services.GetRequiredService<IOptions<ConsentKitOptions>>().Value;

        o.Jurisdiction.Should().Be(Jurisdiction.France);
        o.DefaultOrganisation.Should().Be("parti-fr");
        o.SenderName.Should().Be("Les Écologistes");
        o.Actor.Should().Be("crm-sync");
        o.DefaultRegion.Should().Be("FR");
        o.ExplanationLinkBase.Should().Be("https://ecolo.example/w/");
        o.ExplanationLinkLifetime.Should().Be(Duration.FromDays(30));
        o.FrequencyCaps.Should().ContainSingle().Which.Should().Be(new FrequencyCap(Channel.Sms, 2, Duration.FromDays(7), null, AnnouncedAtSignUp: true));
        o.Elections.Should().ContainSingle().Which.TimeZone.Should().Be("Europe/Paris");
        o.FutureTolerance.Should().Be(Duration.FromMinutes(5));
        o.SendingHours!.Allows(new LocalDateTime(2027, 3, 1, 11, 0)).Should().BeTrue("Monday 11:00");
        o.SendingHours.Allows(new LocalDateTime(2027, 3, 1, 13, 0)).Should().BeFalse("Monday's lunch break");
        o.SendingHours.Allows(new LocalDateTime(2027, 3, 7, 11, 0)).Should().BeFalse("Sunday is not given");
        o.Overrides.Should().ContainSingle().Which.ApprovedBy.Should().Be("DPO");
        (await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.France)).Jurisdiction.Should().Be(Jurisdiction.France);
    }

    [Fact]
    public void AddConsentKit_EnvironmentStyleKeys_BindLikeTheJson()
    {
        // ConsentKit__Store__Sqlite in the environment arrives as ConsentKit:Store:Sqlite.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConsentKit:Store:Sqlite"] = _path,
            ["ConsentKit:Jurisdiction"] = "qc",
            ["ConsentKit:FrequencyCaps:0:Channel"] = "email",
            ["ConsentKit:FrequencyCaps:0:Max"] = "3",
            ["ConsentKit:FrequencyCaps:0:Window"] = "7.00:00:00",
            ["ConsentKit:FrequencyCaps:0:AnnouncedAtSignUp"] = "true",
        }).Build();
        using var services = new ServiceCollection().AddConsentKit(configuration.GetSection("ConsentKit")).BuildServiceProvider();

        var o = services.GetRequiredService<IOptions<ConsentKitOptions>>().Value;

        o.Jurisdiction.Should().Be(Jurisdiction.Quebec);
        o.FrequencyCaps.Should().ContainSingle().Which.Channel.Should().Be(Channel.Email);
    }

    [Fact]
    [Trait("Req", "R38")]
    [Trait("Req", "R27")]
    public void AddConsentKit_RetentionAndCallingRegistration_BindFromConfiguration_BadPeriodNamesTheKey()
    {
        var good = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConsentKit:Store:Sqlite"] = _path,
            ["ConsentKit:InactiveContactRetention"] = "P18M",
            ["ConsentKit:VoterContactRegistration"] = "CRTC-VCR-2026-0142",
        }).Build();
        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConsentKit:Store:Sqlite"] = _path,
            ["ConsentKit:InactiveContactRetention"] = "forever",
        }).Build();
        using var services = new ServiceCollection().AddConsentKit(good.GetSection("ConsentKit")).BuildServiceProvider();
        using var refused = new ServiceCollection().AddConsentKit(bad.GetSection("ConsentKit")).BuildServiceProvider();

        var o = services.GetRequiredService<IOptions<ConsentKitOptions>>().Value;
        var start = () => refused.GetRequiredService<IStartupValidator>().Validate();

        o.InactiveContactRetention.Should().Be(NodaTime.Period.FromMonths(18));
        o.VoterContactRegistration.Should().Be("CRTC-VCR-2026-0142");
        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("ConsentKit:InactiveContactRetention").And.Contain("ISO 8601 period");
    }

    [Fact]
    public void AddConsentKit_BadValues_StartFailsNamingEachConfigurationKey_NeverTheSecret()
    {
        const string secret = "not-base64-but-a-secret!!";
        var configuration = Json($$$"""
            {"ConsentKit": {
              "Store": { "Sqlite": "x.db" }, "Jurisdiction": "us", "Key": "{{{secret}}}",
              "FrequencyCaps": [ { "Channel": "pigeon", "Max": -1, "Window": "soon" } ],
              "Elections": [ { "Name": "X", "TimeZone": "Mars/Olympus", "Start": "tomorrow", "End": "2027-06-13T20:00:00", "Rule": "r" } ],
              "SendingHours": { "Funday": "10:00-12:00", "Monday": "late" }, "Overrides": [ { "Setting": "frequency-cap" } ]
            }}
            """);
        using var services = new ServiceCollection().AddConsentKit(configuration.GetSection("ConsentKit")).BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        var message = start.Should().Throw<OptionsValidationException>().Which.Message;
        foreach (var key in new[] { "ConsentKit:Jurisdiction", "ConsentKit:Key", "ConsentKit:FrequencyCaps:0:Channel", "ConsentKit:FrequencyCaps:0:Max", "ConsentKit:FrequencyCaps:0:Window", "ConsentKit:Elections:0:TimeZone", "ConsentKit:Elections:0:Start", "ConsentKit:SendingHours:Funday", "ConsentKit:SendingHours:Monday", "ConsentKit:Overrides:0" })
        {
            message.Should().Contain(key);
        }

        message.Should().NotContain(secret);
    }

    [Fact]
    public void AddConsentKit_ConfigurationThenCode_CodeRunsAfterAndWins()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite"] = _path, ["SenderName"] = "A" }).Build();
        using var services = new ServiceCollection().AddConsentKit(configuration, o => o.SenderName = "B").BuildServiceProvider();

        services.GetRequiredService<IOptions<ConsentKitOptions>>().Value.SenderName.Should().Be("B");
    }

    public void Dispose()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm", _path + ".key", _path + ".optout" })
        {
            File.Delete(f);
        }
    }
}
