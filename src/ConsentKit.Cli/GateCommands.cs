using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Gate;
using ConsentKit.Storage;

namespace ConsentKit.Cli;

/// <summary>gate, inbound and suppress: the send gate's commands (docs/cli.md).</summary>
internal static class GateCommands
{
    public static IEnumerable<Command> All() => [Gate(), Inbound(), Suppress()];

    internal static Option<string> Lang()
    {
        var option = new Option<string>("--lang") { Description = "fr or en: the language of reasons (default: the jurisdiction's)." };
        option.AcceptOnlyFromAmong("fr", "en");
        return option;
    }

    private static Command Gate()
    {
        var gate = new Command("gate", "Decide whether a message may be sent.");
        gate.Subcommands.Add(Check());
        gate.Subcommands.Add(Batch());
        gate.Subcommands.Add(Reserve());
        return gate;
    }

    private static JsonArray Reasons(GateDecision decision, string lang) => CliContext.Array(decision.Reasons.Select(r => (JsonNode?)new JsonObject
    {
        ["code"] = r.Code.ToString(),
        ["message"] = r.MessageIn(lang),
        ["rule"] = r.Rule,
        ["retryAt"] = CliContext.Format(r.RetryAt),
    }));

    internal static async Task<string> LanguageAsync(CliContext cli, string? requested, CancellationToken ct) =>
        requested is "fr" or "en" ? requested
        : (await cli.Get<IStoreAdministration>().DescribeAsync(ct).ConfigureAwait(false)).Jurisdiction == Jurisdiction.Canada ? "en" : "fr";

    private static Command Check()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var purpose = CliOptions.Text("--purpose", "The purpose.", required: true);
        var channel = CliOptions.Text("--channel", "sms|email|voice|mail|door.", required: true);
        var at = CliOptions.Text("--at", "ISO-8601 UTC instant (default: now); past for audit, future for planning.");
        var lang = Lang();
        var command = new Command("check", "Decide for one message; exit 0 allowed, 1 blocked.") { db, json, contact, purpose, channel, at, lang };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var ch = Vocabulary.Parse<Channel>(parse.GetValue(channel), "channel", errors);
            var instant = Vocabulary.ParseInstant(parse.GetValue(at), "at", errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var language = await LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false);
            var decision = await cli.Get<ISendGate>().CheckAsync(parse.GetValue(contact)!, parse.GetValue(purpose)!, ch!.Value, instant, cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["allowed"] = decision.Allowed, ["reasons"] = Reasons(decision, language) });
            }
            else
            {
                Console.WriteLine(decision.Allowed ? "allowed" : "blocked");
                foreach (var r in decision.Reasons)
                {
                    Console.WriteLine($"  {r.Code}: {r.MessageIn(language)} [{r.Rule}]{(r.RetryAt is { } retry ? $" retry at {CliContext.Format(retry)}" : "")}");
                }
            }

            return decision.Allowed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    private static Command Batch()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var purpose = CliOptions.Text("--purpose", "The purpose.", required: true);
        var channel = CliOptions.Text("--channel", "sms|email|voice|mail|door.", required: true);
        var segment = new Option<FileInfo>("--segment") { Description = "JSON file listing contact ids: [\"id\",…] or {\"contacts\":[\"id\",…]} (default: every contact)." };
        var output = new Option<FileInfo>("--out") { Description = "JSON Lines file: one decision per contact.", Required = true };
        var at = CliOptions.Text("--at", "ISO-8601 UTC instant (default: now).");
        var lang = Lang();
        var command = new Command("batch", "Decide for every contact of a segment or of the store; one JSON line per contact.") { db, json, purpose, channel, segment, output, at, lang };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var ch = Vocabulary.Parse<Channel>(parse.GetValue(channel), "channel", errors);
            var instant = Vocabulary.ParseInstant(parse.GetValue(at), "at", errors);
            var ids = ReadSegment(parse.GetValue(segment), errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            if (CliOutput.Check(parse.GetValue(output)!.FullName, parse.GetValue(db)) is { } refused)
            {
                return cli.Refuse([refused]);
            }

            var language = await LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false);
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            long total = 0, allowed = 0;
            var progress = !Console.IsErrorRedirected;
            // Written beside the target and moved at the end: a failed run never truncates earlier decisions.
            var target = parse.GetValue(output)!.FullName;
            await CliOutput.WriteAsync(target, personal: true, async writer =>
            {
                await foreach (var decision in cli.Get<ISendGate>().CheckManyAsync(parse.GetValue(purpose)!, ch!.Value, instant, ids, cancellationToken: ct).ConfigureAwait(false))
                {
                    total++;
                    if (decision.Allowed)
                    {
                        allowed++;
                    }

                    foreach (var r in decision.Reasons)
                    {
                        counts[r.Code.ToString()] = counts.GetValueOrDefault(r.Code.ToString()) + 1;
                    }

                    await writer.WriteLineAsync(new JsonObject { ["contact"] = decision.ContactId, ["allowed"] = decision.Allowed, ["reasons"] = Reasons(decision, language) }.ToJsonString(CliContext.JsonOptions)).ConfigureAwait(false);
                    if (progress && total % 50_000 == 0)
                    {
                        Console.Error.Write($"\rChecked {total:N0} contacts");
                    }
                }
            }).ConfigureAwait(false);

            if (progress)
            {
                Console.Error.WriteLine($"\rChecked {total:N0} contacts");
            }

            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["total"] = total, ["allowed"] = allowed, ["blocked"] = total - allowed, ["reasons"] = CliContext.Object(counts) });
            }
            else
            {
                Console.WriteLine($"{total} contact{(total == 1 ? "" : "s")}: {allowed} allowed, {total - allowed} blocked.");
                foreach (var (code, count) in counts)
                {
                    Console.WriteLine($"  {code}: {count}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<string>? ReadSegment(FileInfo? file, List<ValidationError> errors)
    {
        if (file is null)
        {
            return null;
        }

        if (!file.Exists)
        {
            errors.Add(new("segment", "segment.not-found", "the segment file does not exist."));
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file.FullName));
            var array = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("contacts", out var c) ? c : document.RootElement;
            if (array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                return array.EnumerateArray().Select(e => e.GetString()!).ToList();
            }
        }
        catch (JsonException)
        {
            // Reported below with the expected shape.
        }

        errors.Add(new("segment", "segment.format", "the segment file must be a JSON array of contact ids, or {\"contacts\": [...]}."));
        return null;
    }

    private static Command Reserve()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id (required without --batch).");
        var purpose = CliOptions.Text("--purpose", "The purpose (required without --batch).");
        var channel = CliOptions.Text("--channel", "sms|email|voice|mail|door (required without --batch).");
        var messageId = CliOptions.Text("--message-id", "The sending tool's message id.");
        var batch = CliOptions.Text("--batch", "A JSON Lines file of {\"contact\",\"purpose\",\"channel\",\"messageId\"}: reserves each in order, one result line per input line on stdout.");
        var lang = Lang();
        var command = new Command("reserve", "Decide now and, if allowed, record the send atomically (frequency caps); exit 0 allowed, 1 blocked. With --batch: exit 0 when every line was decided, 1 when a line was invalid.") { db, json, contact, purpose, channel, messageId, batch, lang };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(batch) is { } file)
            {
                if (parse.GetValue(contact) is not null || parse.GetValue(purpose) is not null || parse.GetValue(channel) is not null || parse.GetValue(messageId) is not null)
                {
                    await Console.Error.WriteLineAsync("usage: --batch takes the contacts, purposes and channels from its file; give no --contact, --purpose, --channel or --message-id with it.").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                return await ReserveBatchAsync(parse.GetValue(db)!, file, parse.GetValue(lang), ct).ConfigureAwait(false);
            }

            if (parse.GetValue(contact) is null || parse.GetValue(purpose) is null || parse.GetValue(channel) is null)
            {
                await Console.Error.WriteLineAsync("usage: 'consentkit gate reserve' needs --contact, --purpose and --channel, or --batch FILE.jsonl.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var ch = Vocabulary.Parse<Channel>(parse.GetValue(channel), "channel", errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var language = await LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false);
            var decision = await cli.Get<ISendGate>().ReserveAsync(parse.GetValue(contact)!, parse.GetValue(purpose)!, ch!.Value, parse.GetValue(messageId), cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["allowed"] = decision.Allowed, ["reasons"] = Reasons(decision, language) });
            }
            else
            {
                Console.WriteLine(decision.Allowed ? "reserved" : "blocked: " + string.Join(", ", decision.Reasons.Select(r => r.Code)));
            }

            return decision.Allowed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return command;
    }

    // One JSON line out per line in: {"line","contact","messageId","allowed","reasons"} or {"line","error":{field,rule,message}}.
    // Invalid lines are reported and skipped; valid ones are reserved in file order through ReserveManyAsync.
    private static async Task<int> ReserveBatchAsync(string db, string file, string? lang, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            return CliContext.Report([new("batch", "file.not-found", "the file does not exist.")], json: true);
        }

        await using var cli = CliContext.Open(db, json: true);
        var language = await LanguageAsync(cli, lang, ct).ConfigureAwait(false);
        var entries = new List<(int Line, SendReservation? Reservation, ValidationError? Error)>();
        var number = 0;
        foreach (var text in await File.ReadAllLinesAsync(file, ct).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var errors = new List<ValidationError>();
            SendReservation? reservation = null;
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                string? Field(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                foreach (var required in new[] { "contact", "purpose", "channel" })
                {
                    if (string.IsNullOrWhiteSpace(Field(required)))
                    {
                        errors.Add(new(required, required + ".required", $"{required} is required (a string)."));
                    }
                }

                var ch = errors.Count == 0 ? Vocabulary.Parse<Channel>(Field("channel"), "channel", errors) : null;
                if (errors.Count == 0)
                {
                    reservation = new SendReservation(Field("contact")!, Field("purpose")!, ch!.Value, Field("messageId"));
                }
            }
            catch (JsonException)
            {
                errors.Add(new("line", "json.invalid", "the line is not a JSON object."));
            }

            entries.Add((number, reservation, reservation is null ? errors[0] : null));
        }

        // Results come out in the file's order: an invalid line's error where the line was.
        await using var decisions = cli.Get<ISendGate>().ReserveManyAsync(entries.Where(e => e.Reservation is not null).Select(e => e.Reservation!), ct).GetAsyncEnumerator(ct);
        foreach (var (line, reservation, error) in entries)
        {
            if (error is not null)
            {
                CliContext.WriteJson(new JsonObject { ["line"] = line, ["error"] = new JsonObject { ["field"] = error.Field, ["rule"] = error.Rule, ["message"] = error.Message } });
                continue;
            }

            await decisions.MoveNextAsync().ConfigureAwait(false);
            var decision = decisions.Current;
            CliContext.WriteJson(new JsonObject { ["line"] = line, ["contact"] = reservation!.ContactId, ["messageId"] = reservation.MessageId, ["allowed"] = decision.Allowed, ["reasons"] = Reasons(decision, language) });
        }

        return entries.Any(e => e.Error is not null) ? ExitCodes.Refused : ExitCodes.Ok;
    }

    private static Command Inbound()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var from = CliOptions.Text("--from", "The sender's phone number.", required: true);
        var body = CliOptions.Text("--body", "The message text.", required: true);
        var at = CliOptions.Text("--at", "ISO-8601 UTC instant the message arrived (default: now).");
        var sms = new Command("sms", "Handle an inbound SMS: STOP/ARRÊT withdraw and suppress at once; START, HELP/AIDE, WHY/POURQUOI answer.") { db, json, from, body, at };
        sms.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var instant = Vocabulary.ParseInstant(parse.GetValue(at), "at", errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var result = await cli.Get<IInboundMessages>().HandleSmsAsync(parse.GetValue(from)!, parse.GetValue(body)!, instant, cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["action"] = result.Action.ToString().ToLowerInvariant(), ["contact"] = result.ContactId, ["reply"] = result.Reply });
            }
            else
            {
                Console.WriteLine($"{result.Action.ToString().ToLowerInvariant()}{(result.ContactId is null ? "" : $" ({result.ContactId})")}: {result.Reply ?? "(no reply)"}");
            }

            return ExitCodes.Ok;
        });
        return new Command("inbound", "Inbound messages.") { sms };
    }

    private static Command Suppress()
    {
        var suppress = new Command("suppress", "The suppression list: identifiers never to contact again.");
        foreach (var verb in new[] { "add", "check" })
        {
            var db = CliOptions.Db();
            var json = CliOptions.Json();
            var phone = CliOptions.Text("--phone", "A phone number.");
            var email = CliOptions.Text("--email", "An e-mail address.");
            var command = new Command(verb, verb == "add" ? "Suppress a phone or e-mail for the whole controller (or every organisation with --global)." : "Tell whether a phone or e-mail is suppressed; exit 0 either way.") { db, json, phone, email };
            var reason = CliOptions.Text("--reason", "Why (no personal data); default 'request'.");
            var global = new Option<bool>("--global") { Description = "Suppress for every organisation of the store." };
            if (verb == "add")
            {
                command.Options.Add(reason);
                command.Options.Add(global);
            }

            command.SetAction(async (parse, ct) =>
            {
                await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
                var (kind, value) = (parse.GetValue(phone), parse.GetValue(email)) switch
                {
                    ({ } p, null) => (IdentifierKind.Phone, p),
                    (null, { } e) => (IdentifierKind.Email, e),
                    _ => (IdentifierKind.Phone, (string?)null),
                };
                if (value is null)
                {
                    Console.Error.WriteLine("usage: give exactly one of --phone or --email.");
                    return ExitCodes.Usage;
                }

                var list = cli.Get<ISuppressionList>();
                if (verb == "add")
                {
                    await list.AddAsync(kind, value, parse.GetValue(reason) ?? "request", parse.GetValue(global), cancellationToken: ct).ConfigureAwait(false);
                    if (cli.JsonOutput)
                    {
                        CliContext.WriteJson(new JsonObject { ["suppressed"] = true });
                    }
                    else
                    {
                        Console.WriteLine("Suppressed.");
                    }

                    return ExitCodes.Ok;
                }

                var suppressed = await list.IsSuppressedAsync(kind, value, cancellationToken: ct).ConfigureAwait(false);
                if (cli.JsonOutput)
                {
                    CliContext.WriteJson(new JsonObject { ["suppressed"] = suppressed });
                }
                else
                {
                    Console.WriteLine(suppressed ? "suppressed" : "not suppressed");
                }

                return ExitCodes.Ok;
            });
            suppress.Subcommands.Add(command);
        }

        return suppress;
    }
}
