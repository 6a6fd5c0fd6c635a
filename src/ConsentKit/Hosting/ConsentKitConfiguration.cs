using System.Globalization;
using ConsentKit.Jurisdictions;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Hosting;

/// <summary>
/// Reads <see cref="ConsentKitOptions"/> from configuration (appsettings.json, environment variables such as
/// <c>ConsentKit__Jurisdiction</c>), key by key, so that a wrong value is reported with its full configuration key
/// (<c>ConsentKit:FrequencyCaps:0:Window</c>) and a secret (<c>Key</c>) never appears in an error. The keys are listed in
/// docs/configuration.md.
/// </summary>
internal static class ConsentKitConfiguration
{
    public static void Bind(IConfiguration section, ConsentKitOptions o)
    {
        var path = section is IConfigurationSection s ? s.Path : "";
        string Key(string name) => path.Length == 0 ? name : path + ":" + name;
        void Fail(string name, string rule) => o.ConfigurationErrors.Add($"{Key(name)}: {rule}");

        if (section["Jurisdiction"] is { } jurisdiction)
        {
            if (Vocabulary.TryParseJurisdiction(jurisdiction, out var j))
            {
                o.Jurisdiction = j;
            }
            else
            {
                Fail("Jurisdiction", $"must be one of {Vocabulary.AllowedJurisdictions}.");
            }
        }

        o.DefaultOrganisation = section["DefaultOrganisation"] ?? o.DefaultOrganisation;
        o.DefaultRegion = section["DefaultRegion"] ?? o.DefaultRegion;
        o.SenderName = section["SenderName"] ?? o.SenderName;
        o.Actor = section["Actor"] ?? o.Actor;
        o.ExplanationLinkBase = section["ExplanationLinkBase"] ?? o.ExplanationLinkBase;
        o.KeyFile = section["KeyFile"] ?? o.KeyFile;
        if (section["Key"] is { } key)
        {
            // A secret: the error names the key, never the value.
            try
            {
                o.PersonalDataKey = Convert.FromBase64String(key);
            }
            catch (FormatException)
            {
                Fail("Key", "must be base64 (32 bytes or more).");
            }
        }

        if (section["ExplanationLinkLifetime"] is { } lifetime)
        {
            if (ParseDuration(lifetime) is { } d)
            {
                o.ExplanationLinkLifetime = d;
            }
            else
            {
                Fail("ExplanationLinkLifetime", "must be a duration such as 90.00:00:00 (days.hours:minutes:seconds).");
            }
        }

        o.VoterContactRegistration = section["VoterContactRegistration"] ?? o.VoterContactRegistration;
        if (section["InactiveContactRetention"] is { } retention)
        {
            if (NodaTime.Text.PeriodPattern.NormalizingIso.Parse(retention) is { Success: true } period)
            {
                o.InactiveContactRetention = period.Value;
            }
            else
            {
                Fail("InactiveContactRetention", "must be an ISO 8601 period such as P2Y or P18M.");
            }
        }

        if (section["FutureTolerance"] is { } tolerance)
        {
            if (ParseDuration(tolerance) is { } d)
            {
                o.FutureTolerance = d;
            }
            else
            {
                Fail("FutureTolerance", "must be a duration such as 00:02:00.");
            }
        }

        // "SendingHours": { "Monday": "09:00-12:00,13:00-20:00", …, "Sunday": "" }: days not given allow nothing (R24).
        var hours = section.GetSection("SendingHours");
        if (hours.GetChildren().Any())
        {
            var windows = new Dictionary<IsoDayOfWeek, IReadOnlyList<Jurisdictions.SendWindow>>();
            foreach (var child in hours.GetChildren())
            {
                if (!Enum.TryParse<IsoDayOfWeek>(child.Key, ignoreCase: true, out var day) || day == IsoDayOfWeek.None)
                {
                    Fail("SendingHours:" + child.Key, "must be a day of the week, Monday to Sunday.");
                    continue;
                }

                var errors = new List<ValidationError>();
                var list = (child.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(w => Jurisdictions.SendWindow.Parse(w, "window", errors)).OfType<Jurisdictions.SendWindow>().ToList();
                if (errors.Count > 0)
                {
                    Fail("SendingHours:" + child.Key, "must be windows HH:mm-HH:mm separated by commas, such as 09:00-12:00,13:00-20:00.");
                }

                windows[day] = list;
            }

            o.SendingHours = new Jurisdictions.SendingHours(windows, null, "configuration " + Key("SendingHours"));
        }

        foreach (var item in section.GetSection("Overrides").GetChildren())
        {
            var at = "Overrides:" + item.Key;
            if (item["Setting"] is { Length: > 0 } setting && item["Reason"] is { Length: > 0 } reason && item["ApprovedBy"] is { Length: > 0 } approvedBy)
            {
                o.Overrides.Add(new LegalOverride(setting, reason, approvedBy));
            }
            else
            {
                Fail(at, "needs Setting, Reason and ApprovedBy: a legal default is loosened only with its reason and approver.");
            }
        }

        BindStore(section.GetSection("Store"), o, Fail);

        foreach (var cap in section.GetSection("FrequencyCaps").GetChildren())
        {
            var at = "FrequencyCaps:" + cap.Key;
            var ok = true;
            if (!Vocabulary.TryParseChannel(cap["Channel"], out var channel))
            {
                Fail(at + ":Channel", $"must be one of {Vocabulary.AllowedChannels}.");
                ok = false;
            }

            if (!int.TryParse(cap["Max"], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            {
                Fail(at + ":Max", "must be a whole number, 0 or more.");
                ok = false;
            }

            if (ParseDuration(cap["Window"]) is not { } window)
            {
                Fail(at + ":Window", "must be a duration such as 7.00:00:00.");
                ok = false;
                window = Duration.Zero;
            }

            if (ok)
            {
                o.FrequencyCaps.Add(new FrequencyCap(channel, max, window, cap["Purpose"], string.Equals(cap["AnnouncedAtSignUp"], "true", StringComparison.OrdinalIgnoreCase)));
            }
        }

        foreach (var election in section.GetSection("Elections").GetChildren())
        {
            var at = "Elections:" + election.Key;
            var start = LocalDateTimePattern.GeneralIso.Parse(election["Start"] ?? "");
            var end = LocalDateTimePattern.GeneralIso.Parse(election["End"] ?? "");
            var zone = election["TimeZone"];
            var ok = true;
            foreach (var (name, value) in new[] { ("Name", election["Name"]), ("Rule", election["Rule"]) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    Fail($"{at}:{name}", "is required.");
                    ok = false;
                }
            }

            if (zone is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            {
                Fail(at + ":TimeZone", "must be a tzdb zone such as America/Toronto.");
                ok = false;
            }

            if (!start.Success)
            {
                Fail(at + ":Start", "must be a local date and time such as 2026-10-05T00:00:00.");
                ok = false;
            }

            if (!end.Success)
            {
                Fail(at + ":End", "must be a local date and time such as 2026-10-05T20:00:00.");
                ok = false;
            }

            if (ok)
            {
                o.Elections.Add(new ElectionSilence(election["Name"]!, zone!, start.Value, end.Value, election["Rule"]!,
                    string.Equals(election["MembersExempt"], "true", StringComparison.OrdinalIgnoreCase)));
            }
        }
    }

    private static void BindStore(IConfigurationSection store, ConsentKitOptions o, Action<string, string> fail)
    {
        if (store["Sqlite"] is { } sqlite)
        {
            o.UseSqlite(sqlite.Contains('=', StringComparison.Ordinal) ? sqlite : $"Data Source={sqlite}");
        }

        if (store["PostgreSql"] is { } postgres)
        {
            // The PostgreSQL provider is its own package, so that a SQLite user does not get Npgsql; it is found by name.
            var extensions = Type.GetType("ConsentKit.PostgreSqlOptionsExtensions, ConsentKit.PostgreSql", throwOnError: false);
            var use = extensions?.GetMethod("UsePostgreSql", [typeof(ConsentKitOptions), typeof(string)]);
            if (use is null)
            {
                fail("Store:PostgreSql", "needs the ConsentKit.PostgreSql package referenced by the application.");
            }
            else
            {
                use.Invoke(null, [o, postgres]);
            }
        }

        if (store["Sqlite"] is not null && store["PostgreSql"] is not null)
        {
            fail("Store", "give Sqlite or PostgreSql, not both.");
        }
    }

    private static Duration? ParseDuration(string? text) =>
        text is not null && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero ? Duration.FromTimeSpan(span) : null;
}
