using System.CommandLine;
using System.Text.Json.Nodes;
using ConsentKit.Storage;
using ConsentKit.Targeting;

namespace ConsentKit.Cli;

/// <summary>catalog and segment: the targeting guard's commands (docs/cli.md).</summary>
internal static class TargetingCommands
{
    public static IEnumerable<Command> All() => [Catalog(), Segment()];

    private static Argument<string> FileArgument(string description) => new("FILE") { Description = description };

    private static Option<string> Jurisdiction() => new("--jurisdiction") { Description = "qc, ca, fr or eu: the targeting rules (default: the store's jurisdiction)." };

    /// <summary>Reads a JSON file named on the command line; a missing file is an error naming FILE.</summary>
    internal static string ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConsentKitValidationException([new("FILE", "file.not-found", "the file does not exist.")]);
        }

        return File.ReadAllText(path);
    }

    private static Command Catalog()
    {
        var catalog = new Command("catalog", "Declare and review the data catalog: every field's category, source and purposes.");

        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var file = FileArgument("The catalog JSON: {\"fields\":[{\"name\",\"category\",\"source\",\"purposes\",\"proxyOf\"}]}.");
        var import = new Command("import", "Add or replace (by name) field declarations in the store; exit 0 imported, 1 refused.") { file, db, json };
        import.SetAction(async (parse, ct) =>
        {
            var declarations = DataCatalog.Parse(ReadFile(parse.GetValue(file)!));
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var inForce = await cli.Get<ITargetingGuard>().ImportCatalogAsync(declarations, ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["imported"] = declarations.Fields.Count, ["fields"] = inForce.Fields.Count });
            }
            else
            {
                Console.WriteLine($"imported {declarations.Fields.Count} fields; {inForce.Fields.Count} fields in force");
            }

            return ExitCodes.Ok;
        });
        catalog.Subcommands.Add(import);

        var lintJson = CliOptions.Json();
        var lintFile = FileArgument("The catalog JSON to review.");
        var header = CliOptions.Text("--header", "A CSV file whose header lists the fields in use; undeclared ones are reported.");
        var jurisdiction = Jurisdiction();
        var lint = new Command("lint", "Review a catalog: undeclared fields, sensitive fields open to targeting purposes, likely proxies; exit 0 clean, 1 findings.") { lintFile, lintJson, header, jurisdiction };
        lint.SetAction(async (parse, ct) =>
        {
            var text = ReadFile(parse.GetValue(lintFile)!);
            var findings = new List<CatalogFinding>();
            DataCatalog? declared = null;
            try
            {
                declared = DataCatalog.Parse(text);
            }
            catch (ConsentKitValidationException ex)
            {
                findings.AddRange(ex.Errors.Select(e => new CatalogFinding(e.Rule == "json.syntax" ? e.Rule : "field.undeclared", e.Field, e.Message)));
            }

            IEnumerable<string>? used = null;
            if (parse.GetValue(header) is { } csv)
            {
                if (!File.Exists(csv))
                {
                    return CliContext.Report([new("header", "file.not-found", "the CSV file does not exist.")], parse.GetValue(lintJson));
                }

                using var reader = new StreamReader(csv);
                used = ((await reader.ReadLineAsync(ct).ConfigureAwait(false)) ?? "").Split(',').Select(c => c.Trim().Trim('"'))
                    .Where(c => c.Length > 0);
            }

            IEnumerable<string>? purposes = null;
            if (parse.GetValue(jurisdiction) is { } j)
            {
                if (!Vocabulary.TryParseJurisdiction(j, out var parsed))
                {
                    return CliContext.Report([new("jurisdiction", "jurisdiction.unknown", $"jurisdiction must be one of {Vocabulary.AllowedJurisdictions}.")], parse.GetValue(lintJson));
                }

                purposes = Jurisdictions.JurisdictionProfile.For(parsed).Purposes.Select(p => p.Name);
            }

            if (declared is not null)
            {
                findings.AddRange(CatalogLinter.Lint(declared, purposes, used));
            }

            if (parse.GetValue(lintJson))
            {
                CliContext.WriteJson(new JsonObject { ["clean"] = findings.Count == 0, ["findings"] = CliContext.Array(findings.Select(f => (JsonNode?)new JsonObject { ["code"] = f.Code, ["field"] = f.Field, ["message"] = f.Message })) });
            }
            else
            {
                Console.WriteLine(findings.Count == 0 ? "clean" : $"{findings.Count} findings");
                foreach (var f in findings)
                {
                    Console.WriteLine($"  {f.Code} {f.Field}: {f.Message}");
                }
            }

            return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        catalog.Subcommands.Add(lint);
        return catalog;
    }

    private static Command Segment()
    {
        var segment = new Command("segment", "Check segments against the data catalog and the targeting rules.");
        var file = FileArgument("The segment JSON: {\"include\":C,\"exclude\":C}.");
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var purpose = CliOptions.Text("--purpose", "The purpose the segment serves.", required: true);
        var count = new Option<bool>("--count") { Description = "Also count the audience and apply the micro-targeting floor." };
        var jurisdiction = Jurisdiction();
        var lang = GateCommands.Lang();
        var requestedBy = CliOptions.Text("--requested-by", "Who asks (a staff id), recorded in the targeting register.");
        var check = new Command("check", "Check a segment for a purpose and record the decision; exit 0 allowed, 1 refused.") { file, db, json, purpose, count, jurisdiction, lang, requestedBy };
        check.SetAction(async (parse, ct) =>
        {
            var definition = SegmentDefinition.Parse(ReadFile(parse.GetValue(file)!));
            TargetingRules? rules = null;
            if (parse.GetValue(jurisdiction) is { } j && (rules = TargetingRules.For(j)) is null)
            {
                return CliContext.Report([new("jurisdiction", "jurisdiction.unknown", "jurisdiction must be one of qc|ca|fr|eu.")], parse.GetValue(json));
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var language = parse.GetValue(lang) is "fr" or "en" ? parse.GetValue(lang)!
                : rules?.Name == "ca" ? "en" : rules is not null ? "fr" : await GateCommands.LanguageAsync(cli, null, ct).ConfigureAwait(false);
            var decision = await cli.Get<ITargetingGuard>().ValidateAsync(definition, parse.GetValue(purpose)!,
                new SegmentCheckOptions { Count = parse.GetValue(count), Rules = rules, RequestedBy = parse.GetValue(requestedBy) }, ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["allowed"] = decision.Allowed,
                    ["audience"] = decision.Audience,
                    ["violations"] = CliContext.Array(decision.Violations.Select(v => (JsonNode?)new JsonObject { ["code"] = v.Code.ToString(), ["field"] = v.Field, ["category"] = v.Category?.Name(), ["rule"] = v.Rule, ["message"] = v.MessageIn(language) })),
                    // Added for send records (issue 7): the id a sending tool cites as a message's "segment".
                    ["registerId"] = decision.RegisterId,
                    // Added with the skew test (issue 20, R32): null unless the segment was allowed and counted.
                    ["skew"] = decision.Skew is not { } skew ? null : new JsonObject
                    {
                        ["held"] = skew.Held,
                        ["reference"] = skew.Reference,
                        ["selected"] = skew.Selected,
                        ["outOfRange"] = CliContext.Array(skew.OutOfRange.Select(g => (JsonNode?)new JsonObject
                        {
                            ["dimension"] = g.Dimension, ["group"] = g.Group, ["reference"] = g.Reference, ["selected"] = g.Selected, ["ratio"] = g.Ratio,
                        })),
                        ["rule"] = skew.Rule,
                    },
                });
            }
            else
            {
                Console.WriteLine((decision.Allowed ? "allowed" : "refused") + (decision.Audience is { } a ? $" (audience {a})" : "") + $"; recorded as {decision.RegisterId}");
                foreach (var v in decision.Violations)
                {
                    Console.WriteLine($"  {v.Code} {v.Field}: {v.MessageIn(language)} [{v.Rule}]");
                }

                if (decision.Skew is { Held: true } held)
                {
                    Console.WriteLine($"held for the privacy officer's review ({held.Rule}); release: consentkit segment release {decision.RegisterId} --rationale TEXT --approved-by NAME");
                    foreach (var g in held.OutOfRange)
                    {
                        Console.WriteLine($"  {g.Dimension} {g.Group}: ratio {g.Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({g.Selected} of {g.Reference})");
                    }
                }
            }

            return decision.Allowed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        segment.Subcommands.Add(check);

        var registerId = new Argument<string>("REGISTER_ID") { Description = "The targeting-register entry of the held segment." };
        var rationale = CliOptions.Text("--rationale", "Why the skew is acceptable (at least 20 characters).", required: true);
        var approvedBy = CliOptions.Text("--approved-by", "The privacy officer or role who releases it.", required: true);
        var releaseDb = CliOptions.Db();
        var releaseJson = CliOptions.Json();
        var release = new Command("release", "Release a segment its skew test held (R32), storing the officer's rationale; exit 0 released, 1 refused.")
        {
            registerId, rationale, approvedBy, releaseDb, releaseJson,
        };
        release.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(releaseDb)!, parse.GetValue(releaseJson));
            try
            {
                var released = await cli.Get<ITargetingGuard>().ReleaseHoldAsync(parse.GetValue(registerId)!, parse.GetValue(rationale)!, parse.GetValue(approvedBy)!, ct).ConfigureAwait(false);
                if (cli.JsonOutput)
                {
                    CliContext.WriteJson(new JsonObject { ["registerId"] = released.RegisterId, ["approvedBy"] = released.ApprovedBy, ["releasedAt"] = CliContext.Format(released.ReleasedAt) });
                }
                else
                {
                    Console.WriteLine($"released {released.RegisterId}");
                }

                return ExitCodes.Ok;
            }
            catch (ConsentKitValidationException ex)
            {
                return cli.Refuse(ex.Errors);
            }
        });
        segment.Subcommands.Add(release);
        return segment;
    }
}
