using System.CommandLine;
using System.Text.Json.Nodes;
using ConsentKit.Contacts;
using ConsentKit.Incidents;
using ConsentKit.Propagation;
using ConsentKit.Requests;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>dpo: the privacy officer's commands (docs/cli.md).</summary>
internal static class DpoCommands
{
    public static IEnumerable<Command> All()
    {
        var dpo = new Command("dpo", "The privacy officer's toolkit: find, export, erase, purge, requests, incidents, processors, records, audit.");
        dpo.Subcommands.Add(Find());
        dpo.Subcommands.Add(Export());
        dpo.Subcommands.Add(Erase());
        dpo.Subcommands.Add(Purge());
        dpo.Subcommands.Add(RequestsCommand());
        dpo.Subcommands.Add(IncidentsCommand());
        dpo.Subcommands.Add(ProcessorsCommand());
        dpo.Subcommands.Add(Records());
        dpo.Subcommands.Add(Audit());
        return [dpo];
    }

    // R61: the audit trail of the privacy officer's actions, with their actor; ids and codes only, so stdout is safe.
    private static Command Audit()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var from = CliOptions.Text("--from", "First day, YYYY-MM-DD (UTC; default: the beginning).");
        var to = CliOptions.Text("--to", "Last day, YYYY-MM-DD (UTC; default: today).");
        var command = new Command("audit", "The audit trail of privacy-officer actions (exports, erasures, purges, requests, incidents) with their actor; exit 0.") { db, json, from, to };
        command.SetAction(async (parse, ct) =>
        {
            var errors = new List<ValidationError>();
            NodaTime.Instant? Day(Option<string> option, string field, int plusDays)
            {
                if (parse.GetValue(option) is not { } text)
                {
                    return null;
                }

                var day = LocalDatePattern.Iso.Parse(text);
                if (!day.Success)
                {
                    errors.Add(new(field, "date.format", $"{field} must be a date, YYYY-MM-DD."));
                    return null;
                }

                return day.Value.PlusDays(plusDays).AtStartOfDayInZone(NodaTime.DateTimeZone.Utc).ToInstant();
            }

            var first = Day(from, "from", 0);
            var end = Day(to, "to", 1);
            if (errors.Count == 0 && first >= end)
            {
                errors.Add(new("to", "date.order", "to must not come before from."));
            }

            if (errors.Count > 0)
            {
                return CliContext.Report(errors, parse.GetValue(json));
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var entries = await cli.Get<IDpoAuditTrail>().ListAsync(first, end, cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["entries"] = CliContext.Array(entries.Select(e => (JsonNode?)new JsonObject
                    {
                        ["at"] = CliContext.Format(e.At), ["action"] = e.Action, ["subject"] = e.Subject, ["actor"] = e.Actor,
                    })),
                });
            }
            else
            {
                foreach (var e in entries)
                {
                    Console.WriteLine($"{CliContext.Format(e.At)} {e.Actor} {e.Action}{(e.Subject is null ? "" : " " + e.Subject)}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // R66: the records of processing, built from the configuration in force; no personal data, so stdout is safe.
    private static Command Records()
    {
        var db = CliOptions.Db();
        var format = new Option<string>("--format") { Description = "json or html (default json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "html");
        var lang = GateCommands.Lang();
        lang.Description = "fr or en, for html (default: the store's language).";
        var output = new Option<FileInfo>("--out") { Description = "Write to this file and print its path (default: standard output)." };
        var records = new Command("records", "The records of processing activities (GDPR art. 30): purposes, data and persons, recipients, transfers, retention, security; exit 0.")
        {
            db, format, lang, output,
        };
        records.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(output) is { } file && CliOutput.Check(file.FullName, parse.GetValue(db)) is { } refused)
            {
                return CliContext.Report([refused], json: false);
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, json: false);
            var built = await cli.Get<ConsentKit.Records.IRecordsOfProcessing>().BuildAsync(cancellationToken: ct).ConfigureAwait(false);
            var text = parse.GetValue(format) == "html" ? built.ToHtml(await GateCommands.LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false)) : built.ToJson();
            if (parse.GetValue(output) is { } target)
            {
                await CliOutput.WriteAsync(target.FullName, personal: false, text).ConfigureAwait(false);
                Console.WriteLine(target.FullName);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Ok;
        });
        return records;
    }

    private static Command Find()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var phone = CliOptions.Text("--phone", "A phone number, in any usual format.");
        var email = CliOptions.Text("--email", "An e-mail address.");
        var contact = CliOptions.Text("--contact", "A contact id.");
        var command = new Command("find", "Find a person by phone, e-mail or id; exit 0 found, 1 not found.") { db, json, phone, email, contact };
        command.SetAction(async (parse, ct) =>
        {
            var given = new[] { (parse.GetValue(phone), "phone"), (parse.GetValue(email), "email"), (parse.GetValue(contact), "contact") }.Where(x => x.Item1 is not null).ToList();
            if (given.Count != 1)
            {
                return CliContext.Report([new("lookup", "lookup.one", "give exactly one of --phone, --email or --contact.")], parse.GetValue(json));
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var (value, kind) = given[0];
            var lookup = kind switch { "phone" => ContactLookup.ByPhone(value!), "email" => ContactLookup.ByEmail(value!), _ => ContactLookup.ById(value!) };
            if (await cli.Get<IContactDirectory>().FindAsync(lookup, ct).ConfigureAwait(false) is not { } found)
            {
                return cli.Refuse([new(kind, "contact.not-found", "no contact has this value.")]);
            }

            var history = await cli.Get<ConsentKit.Consent.IConsentLedger>().GetHistoryAsync(found.ContactId, cancellationToken: ct).ConfigureAwait(false);
            var requests = (await cli.Get<IRequestRegister>().ListAsync(cancellationToken: ct).ConfigureAwait(false)).Count(r => r.ContactId == found.ContactId);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["found"] = true, ["contactId"] = found.ContactId, ["consentEvents"] = history.Count, ["requests"] = requests });
            }
            else
            {
                Console.WriteLine($"{found.ContactId}: {history.Count} consent events, {requests} requests");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export()
    {
        var db = CliOptions.Db();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var format = new Option<string>("--format") { Description = "json, html, portability-json, portability-csv or iso27560 (default json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "html", "portability-json", "portability-csv", "iso27560");
        var lang = GateCommands.Lang();
        lang.Description = "fr or en, for html (default: the store's language).";
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Export everything held about a person (access request); exit 0 written, 1 unknown contact.") { db, contact, format, lang, output };
        command.SetAction(async (parse, ct) =>
        {
            if (CliOutput.Check(parse.GetValue(output)!.FullName, parse.GetValue(db)) is { } refused)
            {
                return CliContext.Report([refused], json: false);
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, json: false);
            var export = await cli.Get<IPersonalDataExports>().ExportAsync(parse.GetValue(contact)!, cancellationToken: ct).ConfigureAwait(false);
            var text = parse.GetValue(format) switch
            {
                "html" => export.ToHtml(await GateCommands.LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false)),
                "portability-json" => export.ToPortabilityJson(),
                "portability-csv" => export.ToPortabilityCsv(),
                "iso27560" => export.ToConsentRecords27560(),
                _ => export.ToJson(),
            };
            var target = parse.GetValue(output)!.FullName;
            await CliOutput.WriteAsync(target, personal: true, text).ConfigureAwait(false);
            Console.WriteLine(target);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Erase()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be erased; change nothing." };
        var requestedBy = CliOptions.Text("--requested-by", "Who asks (a request or staff id), kept in the proof.");
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation on a terminal (scripts, whose input is not a terminal, are never asked)." };
        var command = new Command("erase", "Erase a person with proof; the ledger stays verifiable; exit 0 erased, 1 refused, 4 recorded but copies remain (run again).") { db, json, contact, dryRun, requestedBy, yes };
        command.SetAction(async (parse, ct) =>
        {
            // A person typing at a terminal confirms an erasure, which cannot be undone, by typing the contact id again.
            if (!parse.GetValue(yes) && !parse.GetValue(dryRun) && !Console.IsInputRedirected)
            {
                await Console.Error.WriteAsync($"Erase {parse.GetValue(contact)} for good (their personal data cannot be brought back)? Type the contact id to confirm, or --yes: ").ConfigureAwait(false);
                if (await Console.In.ReadLineAsync(ct).ConfigureAwait(false) is not { } typed || typed.Trim() != parse.GetValue(contact))
                {
                    return CliContext.Report([new("yes", "erase.not-confirmed", "the erasure was not confirmed; nothing was erased.")], parse.GetValue(json));
                }
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var report = await cli.Get<IErasure>().EraseAsync(parse.GetValue(contact)!, new ErasureOptions { DryRun = parse.GetValue(dryRun), RequestedBy = parse.GetValue(requestedBy) }, ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["contactId"] = report.ContactId, ["dryRun"] = report.DryRun, ["erasureId"] = report.ErasureId, ["at"] = CliContext.Format(report.At), ["events"] = report.Events,
                    ["contacts"] = report.Contacts, ["sendBodies"] = report.SendBodies, ["links"] = report.Links, ["suppressions"] = report.Suppressions,
                    ["keptFields"] = CliContext.Array(report.KeptFields), ["keptRule"] = report.KeptRule,
                    ["pending"] = report.Pending, ["remains"] = CliContext.Array(report.Remains), ["outOfReach"] = CliContext.Array(report.OutOfReach),
                });
            }
            else
            {
                Console.WriteLine($"{(report.DryRun ? "would erase" : report.Pending ? "erasure pending for" : "erased")} {report.ContactId}: {report.Events} events tombstoned, {report.Contacts} contact rows, {report.Suppressions} identifiers suppressed"
                    + (report.KeptFields.Count > 0 ? $"; kept {string.Join(", ", report.KeptFields)} ({report.KeptRule})" : "") + (report.ErasureId is { } id ? $"; proof {id}" : ""));
                foreach (var remain in report.Remains)
                {
                    Console.WriteLine($"  still to clear: {remain}");
                }

                foreach (var copy in report.OutOfReach)
                {
                    Console.WriteLine($"  out of ConsentKit's reach: {copy}");
                }
            }

            return report.Pending ? ExitCodes.Pending : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Purge()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be erased or deleted; change nothing." };
        var command = new Command("purge", "Apply the retention periods; resumable; exit 0.") { db, json, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var report = await cli.Get<IRetention>().PurgeAsync(dryRun: parse.GetValue(dryRun), cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["dryRun"] = report.DryRun, ["at"] = CliContext.Format(report.At), ["contactsErased"] = report.ContactsErased, ["sendRecordsDeleted"] = report.SendRecordsDeleted, ["incidentsDeleted"] = report.IncidentsDeleted, ["rule"] = report.Rule });
            }
            else
            {
                Console.WriteLine($"{(report.DryRun ? "would erase" : "erased")} {report.ContactsErased} contacts, {(report.DryRun ? "would delete" : "deleted")} {report.SendRecordsDeleted} send records and {report.IncidentsDeleted} incidents ({report.Rule})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RequestsCommand()
    {
        var requests = new Command("requests", "The register of rights requests and their deadlines.");
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var kind = new Option<string>("--kind") { Description = "access|rectification|erasure|portability|objection|withdrawal|report.", Required = true };
        kind.AcceptOnlyFromAmong("access", "rectification", "erasure", "portability", "objection", "withdrawal", "report");
        var via = CliOptions.Text("--via", "sms|web|email|mail|phone|in_person.", required: true);
        var receivedAt = CliOptions.Text("--received-at", "ISO-8601 UTC instant the request arrived (default: now).");
        var contact = CliOptions.Text("--contact", "The contact it concerns, once found.");
        var add = new Command("add", "Register a request; prints its id and deadline; exit 0, 1 refused.") { db, json, kind, via, receivedAt, contact };
        add.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var at = Vocabulary.ParseInstant(parse.GetValue(receivedAt), "received_at", errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var request = await cli.Get<IRequestRegister>().AddAsync(new NewRequest
            {
                Kind = RequestNames.TryParseKind(parse.GetValue(kind), out var k) ? k : RequestKind.Access,
                ReceivedVia = parse.GetValue(via)!,
                ReceivedAt = at ?? cli.Get<NodaTime.IClock>().GetCurrentInstant(),
                ContactId = parse.GetValue(contact),
            }, ct).ConfigureAwait(false);
            Write(cli, [request], cli.Get<NodaTime.IClock>().GetCurrentInstant());
            return ExitCodes.Ok;
        });
        requests.Subcommands.Add(add);

        var listDb = CliOptions.Db();
        var listJson = CliOptions.Json();
        var overdue = new Option<bool>("--overdue") { Description = "Only open requests past their deadline." };
        var list = new Command("list", "List requests with their deadlines, oldest first; exit 0.") { listDb, listJson, overdue };
        list.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(listDb)!, parse.GetValue(listJson));
            var all = await cli.Get<IRequestRegister>().ListAsync(parse.GetValue(overdue), cancellationToken: ct).ConfigureAwait(false);
            Write(cli, all, cli.Get<NodaTime.IClock>().GetCurrentInstant());
            return ExitCodes.Ok;
        });
        requests.Subcommands.Add(list);

        // R61: one request, its audit trail, its letters and its evidence bundle.
        var showDb = CliOptions.Db();
        var showJson = CliOptions.Json();
        var showId = new Argument<string>("id") { Description = "The request id." };
        var show = new Command("show", "Show a request, its clock and its history (who did what, when); exit 0, 1 unknown id.") { showId, showDb, showJson };
        show.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(showDb)!, parse.GetValue(showJson));
            var request = await cli.Get<IRequestRegister>().GetAsync(parse.GetValue(showId)!, ct).ConfigureAwait(false);
            var now = cli.Get<NodaTime.IClock>().GetCurrentInstant();
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(request.ToJson(now));
                return ExitCodes.Ok;
            }

            Write(cli, [request], now);
            foreach (var h in request.History)
            {
                Console.WriteLine($"    {CliContext.Format(h.At)} {h.Change} by {h.By ?? "(not recorded)"}");
            }

            return ExitCodes.Ok;
        });
        requests.Subcommands.Add(show);

        var letterDb = CliOptions.Db();
        var letterId = new Argument<string>("id") { Description = "The request id." };
        var letterLang = GateCommands.Lang();
        letterLang.Description = "fr or en (default: the store's language).";
        var letter = new Command("letter", "Print the letter to the person for the request as it stands (acknowledgement, answer or refusal); exit 0, 1 unknown id.") { letterId, letterDb, letterLang };
        letter.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(letterDb)!, json: false);
            var language = await GateCommands.LanguageAsync(cli, parse.GetValue(letterLang), ct).ConfigureAwait(false);
            var written = await cli.Get<IRequestDesk>().LetterAsync(parse.GetValue(letterId)!, language, ct).ConfigureAwait(false);
            Console.WriteLine(written.Subject);
            Console.WriteLine();
            Console.WriteLine(written.Body);
            return ExitCodes.Ok;
        });
        requests.Subcommands.Add(letter);

        var bundleDb = CliOptions.Db();
        var bundleJson = CliOptions.Json();
        var bundleId = new Argument<string>("id") { Description = "The request id." };
        var bundleOut = CliOptions.Text("--out", "A new or empty folder to write the bundle into.", required: true);
        var bundle = new Command("bundle", "Write a request's evidence bundle (request and history, letters fr/en, the person's data for access, manifest with SHA-256); prints the folder; exit 0, 1 refused.") { bundleId, bundleDb, bundleJson, bundleOut };
        bundle.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(bundleDb)!, parse.GetValue(bundleJson));
            var written = await cli.Get<IRequestDesk>().WriteBundleAsync(parse.GetValue(bundleId)!, parse.GetValue(bundleOut)!, ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["request"] = written.RequestId,
                    ["out"] = written.Directory,
                    ["files"] = CliContext.Array(written.Files.Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["sha256"] = f.Sha256, ["length"] = f.Length })),
                });
            }
            else
            {
                Console.WriteLine(written.Directory);
            }

            return ExitCodes.Ok;
        });
        requests.Subcommands.Add(bundle);
        return requests;

        static void Write(CliContext cli, IReadOnlyList<DataSubjectRequest> items, NodaTime.Instant now)
        {
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["requests"] = CliContext.Array(items.Select(r => (JsonNode?)r.ToJson(now))) });
                return;
            }

            foreach (var r in items)
            {
                // R61: each request's clock, in days, beside its deadline.
                var clock = !r.IsOpen ? "" : r.IsOverdue(now) ? $" OVERDUE by {-r.DaysLeft(now)} d" : $" {r.DaysLeft(now)} d left";
                Console.WriteLine($"{r.Id} {r.Kind.Name(),-13} {r.Status.Name(),-11} due {LocalDatePattern.Iso.Format(r.DueDate)}{clock} ({r.Rule})");
                if (r.ReportedExclusion is { } x)
                {
                    Console.WriteLine($"    {x.NoteEn} ({x.Source})");
                }
            }
        }
    }

    // Outbound propagation (R12, R59): the processors kept informed of withdrawals, suppressions and erasures, and what is
    // still owed to each.
    private static Command ProcessorsCommand()
    {
        var processors = new Command("processors", "The processors (SMS and e-mail vendors, the CRM) kept informed of withdrawals, suppressions and erasures.");
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var id = CliOptions.Text("--id", "A stable id, such as sms-vendor.", required: true);
        var name = CliOptions.Text("--name", "Its name, as the DPO reads it.", required: true);
        var url = CliOptions.Text("--url", "Where events are POSTed (HTTPS).", required: true);
        var secretEnv = CliOptions.Text("--secret-env", "The environment variable holding the shared secret (at least 32 characters; never on the command line).", required: true);
        var fromBeginning = new Option<bool>("--from-beginning") { Description = "Also deliver the events written before it was registered." };
        var add = new Command("add", "Register a processor or update it; exit 0, 1 refused.") { db, json, id, name, url, secretEnv, fromBeginning };
        add.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var secret = Environment.GetEnvironmentVariable(parse.GetValue(secretEnv)!);
            if (string.IsNullOrEmpty(secret))
            {
                errors.Add(new("secret_env", "secret_env.unset", "secret_env names an environment variable that is not set."));
            }

            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var uri))
            {
                errors.Add(new("url", "processor.url", "url must be an absolute HTTPS URL (HTTP only on a loopback address)."));
            }

            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var status = await cli.Get<IPropagation>().RegisterProcessorAsync(new ProcessorRegistration
            {
                Id = parse.GetValue(id)!, Name = parse.GetValue(name)!, Url = uri!, Secret = secret!, FromBeginning = parse.GetValue(fromBeginning),
            }, ct).ConfigureAwait(false);
            Write(cli, [status]);
            return ExitCodes.Ok;
        });
        processors.Subcommands.Add(add);

        var listDb = CliOptions.Db();
        var listJson = CliOptions.Json();
        var list = new Command("list", "Each processor and the events still owed to it; exit 0 when nothing is owed, 4 when some are.") { listDb, listJson };
        list.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(listDb)!, parse.GetValue(listJson));
            var all = await cli.Get<IPropagation>().GetStatusAsync(cancellationToken: ct).ConfigureAwait(false);
            Write(cli, all);
            return all.Any(p => p.Pending > 0) ? ExitCodes.Pending : ExitCodes.Ok;
        });
        processors.Subcommands.Add(list);

        var deliverDb = CliOptions.Db();
        var deliverJson = CliOptions.Json();
        var deliver = new Command("deliver", "One delivery pass now (a host runs them on its own); exit 0 when nothing is owed after it, 4 when some are.") { deliverDb, deliverJson };
        deliver.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(deliverDb)!, parse.GetValue(deliverJson));
            var report = await cli.Get<IPropagation>().DeliverPendingAsync(cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["delivered"] = report.Delivered, ["failed"] = report.Failed, ["waiting"] = report.Waiting });
            }
            else
            {
                Console.WriteLine($"{report.Delivered} events delivered, {report.Failed} attempts failed, {report.Waiting} processors still owed events");
            }

            return report.Waiting > 0 ? ExitCodes.Pending : ExitCodes.Ok;
        });
        processors.Subcommands.Add(deliver);
        return processors;

        static void Write(CliContext cli, IReadOnlyList<ProcessorStatus> items)
        {
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["processors"] = CliContext.Array(items.Select(p => (JsonNode?)new JsonObject
                    {
                        ["organisation"] = p.OrganisationId, ["id"] = p.Id, ["name"] = p.Name, ["url"] = p.Url, ["registeredAt"] = CliContext.Format(p.RegisteredAt),
                        ["pending"] = p.Pending, ["oldestPendingAt"] = p.OldestPendingAt is { } o ? CliContext.Format(o) : null, ["attempts"] = p.Attempts,
                        ["nextAttemptAt"] = p.NextAttemptAt is { } n ? CliContext.Format(n) : null, ["lastError"] = p.LastError,
                        ["lastDeliveredAt"] = p.LastDeliveredAt is { } d ? CliContext.Format(d) : null,
                    })),
                });
                return;
            }

            foreach (var p in items)
            {
                Console.WriteLine(p.Pending == 0
                    ? $"{p.Id} ({p.Name}): nothing owed"
                    : $"{p.Id} ({p.Name}): {p.Pending} events owed since {CliContext.Format(p.OldestPendingAt!.Value)}{(p.LastError is { } e ? $"; last attempt failed ({e}), {p.Attempts} attempts, next at {CliContext.Format(p.NextAttemptAt!.Value)}" : "")}");
            }
        }
    }

    private static Command IncidentsCommand()
    {
        var incidents = new Command("incidents", "The register of confidentiality incidents (kept 5 years).");
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var kind = new Option<string>("--kind") { Description = string.Join('|', IncidentNames.All) + ".", Required = true };
        kind.AcceptOnlyFromAmong([.. IncidentNames.All]);
        var from = CliOptions.Text("--occurred-from", "ISO-8601 UTC instant it began.", required: true);
        var to = CliOptions.Text("--occurred-to", "ISO-8601 UTC instant it ended.");
        var aware = CliOptions.Text("--aware-at", "ISO-8601 UTC instant the organisation became aware (the clocks start).", required: true);
        var circumstances = CliOptions.Text("--circumstances", "What happened, in words (describe, do not copy the data).", required: true);
        var categories = CliOptions.Text("--categories", "Comma-separated data categories involved, such as contact,health.", required: true);
        var persons = new Option<long>("--persons") { Description = "How many persons are concerned.", Required = true };
        var sensitivity = new Option<string>("--sensitivity") { Description = "low|medium|high.", Required = true };
        sensitivity.AcceptOnlyFromAmong("low", "medium", "high");
        var likelihood = new Option<string>("--likelihood") { Description = "low|medium|high: how likely a misuse is.", Required = true };
        likelihood.AcceptOnlyFromAmong("low", "medium", "high");
        var mitigation = CliOptions.Text("--mitigation", "The measures taken.");
        var add = new Command("add", "Record an incident and its risk assessment; exit 0, 1 refused.") { db, json, kind, from, to, aware, circumstances, categories, persons, sensitivity, likelihood, mitigation };
        add.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var occurredFrom = Vocabulary.ParseInstant(parse.GetValue(from), "occurred_from", errors, required: true);
            var occurredTo = Vocabulary.ParseInstant(parse.GetValue(to), "occurred_to", errors);
            var awareAt = Vocabulary.ParseInstant(parse.GetValue(aware), "aware_at", errors, required: true);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var incident = await cli.Get<IIncidentRegister>().AddAsync(new NewIncident
            {
                Kind = Enum.GetValues<IncidentKind>().First(k => k.Name() == parse.GetValue(kind)),
                OccurredFrom = occurredFrom!.Value,
                OccurredTo = occurredTo,
                AwareAt = awareAt!.Value,
                Circumstances = parse.GetValue(circumstances)!,
                Categories = [.. parse.GetValue(categories)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Persons = parse.GetValue(persons),
                Sensitivity = Enum.Parse<RiskLevel>(parse.GetValue(sensitivity)!, ignoreCase: true),
                Likelihood = Enum.Parse<RiskLevel>(parse.GetValue(likelihood)!, ignoreCase: true),
                Mitigation = parse.GetValue(mitigation),
            }, ct).ConfigureAwait(false);
            WriteIncidents(cli, [incident]);
            return ExitCodes.Ok;
        });
        incidents.Subcommands.Add(add);

        var listDb = CliOptions.Db();
        var listJson = CliOptions.Json();
        var list = new Command("list", "List the incidents in the register with their clocks; exit 0.") { listDb, listJson };
        list.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(listDb)!, parse.GetValue(listJson));
            WriteIncidents(cli, await cli.Get<IIncidentRegister>().ListAsync(cancellationToken: ct).ConfigureAwait(false));
            return ExitCodes.Ok;
        });
        incidents.Subcommands.Add(list);

        // R65: the register entry in the authority's own form (CAI, CNIL or Privacy Commissioner), as JSON, always.
        var exportDb = CliOptions.Db();
        var incidentId = new Argument<string>("ID") { Description = "The incident id, as listed." };
        var contactPerson = new Option<string>("--contact-person") { Description = "Who the authority may reach (the person in charge, the DPO).", Required = true };
        var export = new Command("export", "Print an incident as the authority's notification form asks for it (JSON); exit 0, 1 unknown id.") { exportDb, incidentId, contactPerson };
        export.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(exportDb)!, json: true);
            var notice = await cli.Get<IIncidentRegister>().ExportForAuthorityAsync(parse.GetValue(incidentId)!, parse.GetValue(contactPerson)!, ct).ConfigureAwait(false);
            Console.Out.WriteLine(notice.ToJson());
            return ExitCodes.Ok;
        });
        incidents.Subcommands.Add(export);

        // R64: escalation recorded, to the authority, the persons, the public or a platform.
        var notifyDb = CliOptions.Db();
        var notifyJson = CliOptions.Json();
        var notifyId = new Argument<string>("ID") { Description = "The incident id, as listed." };
        var recipient = new Option<string>("--to") { Description = "authority|persons|public|platform.", Required = true };
        recipient.AcceptOnlyFromAmong("authority", "persons", "public", "platform");
        var platform = CliOptions.Text("--platform", "With --to platform: the platform reported to, such as Meta or TikTok.");
        var notifiedAt = CliOptions.Text("--at", "ISO-8601 UTC instant of the notice (default: now).");
        var notify = new Command("notify", "Record that an incident was reported to the authority, the persons, the public or a platform; exit 0, 1 refused.")
        {
            notifyDb, notifyJson, notifyId, recipient, platform, notifiedAt,
        };
        notify.SetAction(async (parse, ct) =>
        {
            var errors = new List<ValidationError>();
            var at = Vocabulary.ParseInstant(parse.GetValue(notifiedAt), "at", errors);
            var to = parse.GetValue(recipient)!;
            if (to == "platform" ^ parse.GetValue(platform) is not null)
            {
                errors.Add(new("platform", "platform.required", "--platform names the platform with --to platform, and only then."));
            }

            if (errors.Count > 0)
            {
                return CliContext.Report(errors, parse.GetValue(notifyJson));
            }

            await using var cli = CliContext.Open(parse.GetValue(notifyDb)!, parse.GetValue(notifyJson));
            var register = cli.Get<IIncidentRegister>();
            var when = at ?? cli.Get<NodaTime.IClock>().GetCurrentInstant();
            var incident = to == "platform"
                ? await register.RecordPlatformReportAsync(parse.GetValue(notifyId)!, parse.GetValue(platform)!, when, ct).ConfigureAwait(false)
                : await register.RecordNoticeAsync(parse.GetValue(notifyId)!, to switch { "authority" => NoticeRecipient.Authority, "persons" => NoticeRecipient.Persons, _ => NoticeRecipient.Public }, when, ct).ConfigureAwait(false);
            WriteIncidents(cli, [incident]);
            return ExitCodes.Ok;
        });
        incidents.Subcommands.Add(notify);
        return incidents;

        static void WriteIncidents(CliContext cli, IReadOnlyList<Incident> items)
        {
            var now = cli.Get<NodaTime.IClock>().GetCurrentInstant();
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["incidents"] = CliContext.Array(items.Select(i => (JsonNode?)new JsonObject
                    {
                        ["id"] = i.Id, ["kind"] = i.Kind.Name(), ["awareAt"] = CliContext.Format(i.AwareAt), ["persons"] = i.Persons, ["categories"] = CliContext.Array(i.Categories),
                        ["seriousInjuryRisk"] = i.SeriousInjuryRisk, ["authorityNoticeDue"] = CliContext.Format(i.AuthorityNoticeDue), ["authorityNotifiedAt"] = CliContext.Format(i.AuthorityNotifiedAt),
                        ["authorityNoticeOverdue"] = i.AuthorityNoticeOverdue(now), ["keepUntil"] = CliContext.Format(i.KeepUntil), ["rule"] = i.Rule,
                        // Added by issue 20 (R64): the escalations recorded.
                        ["personsNotifiedAt"] = CliContext.Format(i.PersonsNotifiedAt), ["publicNotifiedAt"] = CliContext.Format(i.PublicNotifiedAt),
                        ["platformReports"] = CliContext.Array(i.PlatformReports.Select(r => (JsonNode?)new JsonObject { ["platform"] = r.Platform, ["at"] = CliContext.Format(r.At) })),
                    })),
                });
                return;
            }

            foreach (var i in items)
            {
                Console.WriteLine($"{i.Id} {i.Kind.Name()} aware {CliContext.Format(i.AwareAt)}, {i.Persons} persons, {(i.SeriousInjuryRisk ? "risk of serious injury" : "no serious risk")}"
                    + (i.AuthorityNoticeOverdue(now) ? " — AUTHORITY NOTICE OVERDUE" : "") + $" ({i.Rule})");
            }
        }
    }
}
