using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Advertising;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>ads: the label and transparency notice of a political advertisement fed to an ad platform in the EU (R69; docs/cli.md).</summary>
internal static class AdvertisingCommands
{
    public static IEnumerable<Command> All()
    {
        var ads = new Command("ads", "Political advertisements fed to ad platforms in the EU: their label and transparency notice (Regulation 2024/900 art. 11-12).");
        var file = new Argument<string>("FILE") { Description = "The advertisement, as JSON (docs/cli.md, ads notice)." };
        var db = CliOptions.Db();
        var format = new Option<string>("--format") { Description = "json, html or label (default json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "html", "label");
        var output = new Option<FileInfo>("--out") { Description = "The file to write (default: standard output)." };
        var notice = new Command("notice", "Prepare an advertisement's label and transparency notice, kept in the store; exit 0, 1 refused.") { file, db, format, output };
        notice.SetAction(async (parse, ct) =>
        {
            var errors = new List<ValidationError>();
            var ad = Read(TargetingCommands.ReadFile(parse.GetValue(file)!), errors);
            if (parse.GetValue(output) is { } target && CliOutput.Check(target.FullName, parse.GetValue(db)) is { } refused)
            {
                errors.Add(refused);
            }

            if (ad is null || errors.Count > 0)
            {
                return CliContext.Report(errors, json: false);
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, json: false);
            var prepared = await cli.Get<IPoliticalAdNotices>().PrepareAsync(ad, ct).ConfigureAwait(false);
            var text = parse.GetValue(format) switch { "html" => prepared.ToHtml(), "label" => prepared.Label + "\n", _ => prepared.ToJson() };
            if (parse.GetValue(output) is { } path)
            {
                await CliOutput.WriteAsync(path.FullName, personal: false, text).ConfigureAwait(false);
                Console.WriteLine(path.FullName);
            }
            else
            {
                Console.Out.Write(text.EndsWith('\n') ? text : text + "\n");
            }

            return ExitCodes.Ok;
        });
        ads.Subcommands.Add(notice);
        return [ads];
    }

    // The file's fields carry the names the errors use, so a refusal points at the line to fix.
    private static PoliticalAd? Read(string json, List<ValidationError> errors)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            errors.Add(new("FILE", "file.json", "the file must hold one JSON object."));
            return null;
        }

        string? Str(JsonNode? parent, string name, string field)
        {
            var node = parent?[name];
            if (node is null)
            {
                return null;
            }

            if (node is JsonValue v && v.TryGetValue<string>(out var s))
            {
                return s;
            }

            errors.Add(new(field, $"{field}.type", $"{field} must be a string."));
            return null;
        }

        T? Value<T>(string name, string kind)
            where T : struct
        {
            if (root[name] is null)
            {
                return null;
            }

            if (root[name] is JsonValue v && v.TryGetValue<T>(out var value))
            {
                return value;
            }

            errors.Add(new(name, $"{name}.type", $"{name} must be {kind}."));
            return null;
        }

        LocalDate Date(string name)
        {
            var parsed = LocalDatePattern.Iso.Parse(Str(root, name, name) ?? "");
            if (!parsed.Success)
            {
                errors.Add(new(name, "date.format", $"{name} must be a date, YYYY-MM-DD."));
                return default;
            }

            return parsed.Value;
        }

        AdvertisingParty? Party(string name) => root[name] switch
        {
            null => null,
            JsonObject p => new AdvertisingParty
            {
                Name = Str(p, "name", name + ".name") ?? "",
                Email = Str(p, "email", name + ".email") ?? "",
                PostalAddress = Str(p, "postal_address", name + ".postal_address"),
                RegistrationNumber = Str(p, "registration_number", name + ".registration_number"),
            },
            _ => Invalid<AdvertisingParty>(name, "an object with name and email"),
        };

        T? Invalid<T>(string name, string kind)
            where T : class
        {
            errors.Add(new(name, $"{name}.type", $"{name} must be {kind}."));
            return null;
        }

        var origin = Str(root, "origin", "origin");
        if (origin is not ("private" or "public"))
        {
            errors.Add(new("origin", "origin.unknown", "origin must be private or public."));
        }

        var ai = root["ai_systems"] switch
        {
            null => [],
            JsonArray a when a.All(x => x is JsonValue v && v.TryGetValue<string>(out _)) => a.Select(x => x!.GetValue<string>()).ToList(),
            _ => Invalid<List<string>>("ai_systems", "a list of names") ?? [],
        };
        var ad = new PoliticalAd
        {
            AdId = Str(root, "ad_id", "ad_id") ?? "",
            TargetingEntryId = Str(root, "targeting_entry", "targeting_entry") ?? "",
            Sponsor = Party("sponsor")!,
            ControllingEntity = Party("controlling_entity"),
            Payer = Party("payer"),
            PublishedFrom = Date("published_from"),
            PublishedUntil = Date("published_until"),
            Amount = Value<decimal>("amount", "a number") ?? MissingAmount(),
            CampaignAmount = Value<decimal>("campaign_amount", "a number"),
            Currency = Str(root, "currency", "currency") ?? "",
            Origin = origin == "public" ? FundingOrigin.Public : FundingOrigin.Private,
            FromInsideUnion = Value<bool>("from_inside_union", "true or false") ?? Missing("from_inside_union"),
            AmountMethod = Str(root, "amount_method", "amount_method") ?? "",
            LinkedProcess = Str(root, "linked_process", "linked_process"),
            ParticipationUrl = Str(root, "participation_url", "participation_url"),
            NoticeUrl = Str(root, "notice_url", "notice_url") ?? "",
            ReportTo = Str(root, "report_to", "report_to") ?? "",
            RepositoryUrl = Str(root, "repository_url", "repository_url"),
            PreviouslySuspended = Value<bool>("previously_suspended", "true or false") ?? false,
            TargetingObjective = Str(root, "targeting_objective", "targeting_objective") ?? "",
            AiSystems = ai,
            Language = Str(root, "language", "language") ?? "",
            OrganisationId = Str(root, "organisation", "organisation"),
        };
        return ad;

        decimal MissingAmount()
        {
            if (root["amount"] is null)
            {
                errors.Add(new("amount", "amount.required", "amount is required (a number, in currency)."));
            }

            return 0;
        }

        bool Missing(string name)
        {
            errors.Add(new(name, $"{name}.required", $"{name} is required (true or false)."));
            return false;
        }
    }
}
