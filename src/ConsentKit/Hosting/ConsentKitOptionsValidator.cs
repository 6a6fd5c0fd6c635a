using System.Text.RegularExpressions;
using ConsentKit.Contacts;
using ConsentKit.Targeting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace ConsentKit.Hosting;

internal sealed partial class ConsentKitOptionsValidator : IValidateOptions<ConsentKitOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsentKitOptions options)
    {
        var failures = new List<string>(options.ConfigurationErrors);
        if (options.StoreFactory is null)
        {
            failures.Add("store: no store configured; call o.UseSqlite(\"Data Source=consent.db\") or, with ConsentKit.PostgreSql, o.UsePostgreSql(connectionString); in configuration, set ConsentKit:Store:Sqlite or ConsentKit:Store:PostgreSql.");
        }

        if (options.DefaultRegion is not null && !ContactNormalizer.IsSupportedRegion(options.DefaultRegion))
        {
            failures.Add("DefaultRegion: must be an ISO 3166 alpha-2 region that libphonenumber supports, such as CA or FR.");
        }

        if (options.Actor is { } actor && (actor.Length is 0 or > 100 || actor.Any(char.IsControl) || actor.Trim().Length != actor.Length))
        {
            failures.Add("Actor: must be 1-100 characters, without control characters or surrounding spaces.");
        }

        if (!Identifier().IsMatch(options.DefaultOrganisation))
        {
            failures.Add("DefaultOrganisation: must be 1-64 characters of letters, digits, '.', '_' or '-'.");
        }

        if (options.FutureTolerance < Duration.Zero || options.FutureTolerance > Duration.FromHours(1))
        {
            failures.Add("FutureTolerance: must be between 0 and 1 hour.");
        }

        if (options.ExplanationLinkLifetime < Duration.FromHours(1) || options.ExplanationLinkLifetime > Duration.FromDays(400))
        {
            failures.Add("ExplanationLinkLifetime: must be between 1 hour and 400 days.");
        }

        if (options.ExplanationLinkBase is { } linkBase && !(Uri.TryCreate(linkBase, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            failures.Add("ExplanationLinkBase: must be an absolute http(s) URL, such as https://parti.example/w/.");
        }

        if (options.PersonalDataKey is { Length: < 32 })
        {
            failures.Add("PersonalDataKey: must be at least 32 bytes.");
        }

        foreach (var cap in options.FrequencyCaps)
        {
            if (cap.Max < 0 || cap.Window <= Duration.Zero)
            {
                failures.Add("FrequencyCaps: Max must be 0 or more and Window positive.");
            }
            else if (IsLooser(cap) && !cap.AnnouncedAtSignUp && !options.Overrides.Any(o => o.Setting == "frequency-cap"))
            {
                failures.Add($"FrequencyCaps: a cap of {cap.Max} per {cap.Window.TotalDays:0.#} days is looser than the legal default of 4 per 30 days (R25); add a LegalOverride(\"frequency-cap\", reason, approvedBy).");
            }
        }

        foreach (var election in options.Elections)
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(election.TimeZone) is null || election.End <= election.Start)
            {
                failures.Add($"Elections: '{election.Name}' needs an IANA time zone and an end after its start.");
            }
        }

        foreach (var purpose in options.Purposes)
        {
            if (!PurposeName().IsMatch(purpose.Name))
            {
                failures.Add($"Purposes: '{purpose.Name}' must be lower-case letters, digits and dashes.");
            }

            if (purpose.AcceptedBases.Count == 0)
            {
                failures.Add($"Purposes: '{purpose.Name}' accepts no basis.");
            }
        }

        foreach (var o in options.TargetingOverrides)
        {
            if (!o.Category.IsSpecial() || string.IsNullOrWhiteSpace(o.Basis) || !o.Basis.TrimStart().StartsWith("9(2)", StringComparison.Ordinal)
                || string.IsNullOrWhiteSpace(o.Reason) || string.IsNullOrWhiteSpace(o.ApprovedBy))
            {
                failures.Add($"TargetingOverrides: the override for '{o.Category.Name()}' must name a special category, its GDPR art. 9(2) basis (such as 9(2)(d)), a reason and an approver.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Looser means that some 30 days could hold more than R25's 4 messages: windows repeat ceil(30 / window) times.
    internal static bool IsLooser(Jurisdictions.FrequencyCap cap) =>
        cap.Max * Math.Ceiling(30 / cap.Window.TotalDays) > 4;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    internal static partial Regex Identifier();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    internal static partial Regex PurposeName();
}
