using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Explanations;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>send record and explain: send records and their explanations (docs/cli.md).</summary>
internal static class ExplanationCommands
{
    // A batch is one transaction; 5,000 lines keep the write lock short while amortizing the commit.
    private const int BatchSize = 5000;

    private static readonly HashSet<string> LineKeys = new(StringComparer.Ordinal) { "messageId", "contact", "purpose", "channel", "campaign", "sentAt", "sender", "segment", "fields", "ai" };

    public static IEnumerable<Command> All() => [Send(), Explain()];

    private static Command Send()
    {
        var send = new Command("send", "Record the messages a sending tool sent, so that each can be explained.");
        var file = new Argument<string>("FILE") { Description = "JSON lines, one message each: {\"messageId\",\"contact\",\"purpose\",\"channel\",\"campaign\",\"sentAt\",\"sender\",\"segment\",\"fields\",\"ai\"}." };
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var allowBlocked = new Option<bool>("--allow-blocked") { Description = "Record sends the gate would have blocked, marked as violations for the privacy officer, instead of refusing them." };
        var record = new Command("record", "Record sends from a JSON-lines file; per-line errors with line numbers; exit 0 all recorded, 1 some lines refused.") { file, db, json, allowBlocked };
        record.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return CliContext.Report([new("FILE", "file.not-found", "the file does not exist.")], parse.GetValue(json));
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var sends = cli.Get<ISendRecords>();
            var options = new SendRecordOptions { AllowBlocked = parse.GetValue(allowBlocked) };
            var errors = new List<(int Line, ValidationError Error)>();
            var counts = new Dictionary<SendRecordStatus, int>();
            var batch = new List<(int Line, SendRecord Record)>(BatchSize);
            var lines = 0;

            async Task FlushAsync()
            {
                var outcomes = await sends.RecordSendsAsync([.. batch.Select(b => b.Record)], options, ct).ConfigureAwait(false);
                foreach (var outcome in outcomes)
                {
                    counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
                    var line = batch[outcome.Index].Line;
                    errors.AddRange(outcome.Errors.Select(e => (line, e)));
                    if (outcome.Status == SendRecordStatus.Blocked)
                    {
                        errors.Add((line, new ValidationError("gate", "send.blocked",
                            $"the gate would have blocked this send ({string.Join(", ", outcome.GateReasons.Select(r => r.Code))}); use --allow-blocked to record it as a violation.")));
                    }
                }

                batch.Clear();
            }

            using (var reader = new StreamReader(path))
            {
                while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } text)
                {
                    lines++;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }

                    var lineErrors = new List<ValidationError>();
                    if (Parse(text, lineErrors) is { } parsed && lineErrors.Count == 0)
                    {
                        batch.Add((lines, parsed));
                    }
                    else
                    {
                        counts[SendRecordStatus.Invalid] = counts.GetValueOrDefault(SendRecordStatus.Invalid) + 1;
                        errors.AddRange(lineErrors.Select(e => (lines, e)));
                    }

                    if (batch.Count == BatchSize)
                    {
                        await FlushAsync().ConfigureAwait(false);
                    }
                }
            }

            if (batch.Count > 0)
            {
                await FlushAsync().ConfigureAwait(false);
            }

            foreach (var (line, error) in errors)
            {
                await Console.Error.WriteLineAsync($"error: line {line}: {error}").ConfigureAwait(false);
            }

            var refused = counts.GetValueOrDefault(SendRecordStatus.Invalid) + counts.GetValueOrDefault(SendRecordStatus.Blocked);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["lines"] = lines,
                    ["recorded"] = counts.GetValueOrDefault(SendRecordStatus.Recorded),
                    ["alreadyRecorded"] = counts.GetValueOrDefault(SendRecordStatus.AlreadyRecorded),
                    ["violations"] = counts.GetValueOrDefault(SendRecordStatus.RecordedAsViolation),
                    ["blocked"] = counts.GetValueOrDefault(SendRecordStatus.Blocked),
                    ["invalid"] = counts.GetValueOrDefault(SendRecordStatus.Invalid),
                    ["errors"] = CliContext.Array(errors.Select(e => (JsonNode?)new JsonObject { ["line"] = e.Line, ["field"] = e.Error.Field, ["rule"] = e.Error.Rule, ["message"] = e.Error.Message })),
                });
            }
            else
            {
                Console.WriteLine($"recorded {counts.GetValueOrDefault(SendRecordStatus.Recorded)}, already recorded {counts.GetValueOrDefault(SendRecordStatus.AlreadyRecorded)}, "
                    + $"violations {counts.GetValueOrDefault(SendRecordStatus.RecordedAsViolation)}, refused {refused}");
            }

            return refused == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        });
        send.Subcommands.Add(record);
        return send;
    }

    private static Command Explain()
    {
        var message = new Argument<string>("MESSAGE_ID") { Description = "The message id given when the send was recorded." };
        var db = CliOptions.Db();
        var lang = GateCommands.Lang();
        lang.Description = "fr or en (default: the store's language; French is fr-FR in France, fr-CA elsewhere).";
        var format = new Option<string>("--format") { Description = "text, sms, html or json (default text). sms creates a new link.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sms", "html", "json");
        var command = new Command("explain", "Explain why a person got a message, in plain French or English; exit 0, or 1 for an unknown message.") { message, db, lang, format };
        command.SetAction(async (parse, ct) =>
        {
            var asJson = parse.GetValue(format) == "json";
            await using var cli = CliContext.Open(parse.GetValue(db)!, asJson);
            var explanations = cli.Get<IExplanations>();
            var language = await GateCommands.LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false);
            var id = parse.GetValue(message)!;
            if (parse.GetValue(format) == "sms")
            {
                var sms = await explanations.ExplainShortAsync(id, language, cancellationToken: ct).ConfigureAwait(false);
                Console.WriteLine(sms.Text);
                return ExitCodes.Ok;
            }

            var explanation = await explanations.ExplainAsync(id, language, cancellationToken: ct).ConfigureAwait(false);
            Console.Write(parse.GetValue(format) switch
            {
                "html" => explanation.ToHtml(),
                "json" => explanation.ToJson() + "\n",
                _ => explanation.ToText(),
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line of the send file; every problem is named by its JSON path.</summary>
    private static SendRecord? Parse(string text, List<ValidationError> errors)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The parser's own message quotes the text it stopped at, which may be personal data: the position only.
            errors.Add(new("line", "json.syntax", $"the line is not valid JSON (position {(ex.BytePositionInLine ?? 0) + 1})."));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("line", "json.object", "each line must be one JSON object."));
            return null;
        }

        foreach (var property in root.EnumerateObject().Where(p => !LineKeys.Contains(p.Name)))
        {
            errors.Add(new(property.Name, "line.unknown-field", $"unknown field; the fields are {string.Join(", ", LineKeys)}."));
        }

        string? Str(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                errors.Add(new(path, "json.type", $"{path} must be a string."));
                return null;
            }

            return v.GetString();
        }

        var channelText = Str(root, "channel", "channel");
        if (!Vocabulary.TryParseChannel(channelText, out var channel))
        {
            errors.Add(new("channel", "channel.unknown", $"channel must be one of {Vocabulary.AllowedChannels}."));
        }

        var sentAtText = Str(root, "sentAt", "sentAt");
        var sentAt = InstantPattern.ExtendedIso.Parse(sentAtText ?? "");
        if (!sentAt.Success)
        {
            errors.Add(new("sentAt", "sent_at.format", "sentAt must be an ISO-8601 instant in UTC, such as 2026-11-20T18:30:00Z."));
        }

        SenderIdentity? sender = null;
        if (root.TryGetProperty("sender", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            sender = new SenderIdentity(Str(s, "name", "sender.name") ?? "", Str(s, "organisation", "sender.organisation") ?? "", Str(s, "privacyOfficer", "sender.privacyOfficer") ?? "");
        }

        var fields = new List<string>();
        if (root.TryGetProperty("fields", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.Array || f.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                errors.Add(new("fields", "json.type", "fields must be an array of field names."));
            }
            else
            {
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString()!));
            }
        }

        var ai = AiInvolvement.None;
        if (root.TryGetProperty("ai", out var a) && a.ValueKind == JsonValueKind.Object)
        {
            var providers = new List<AiProvider>();
            if (a.TryGetProperty("providers", out var p) && p.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var provider in p.EnumerateArray())
                {
                    providers.Add(provider.ValueKind == JsonValueKind.Object
                        ? new AiProvider(Str(provider, "name", $"ai.providers[{i}].name") ?? "", Str(provider, "country", $"ai.providers[{i}].country") ?? "")
                        : new AiProvider("", ""));
                    i++;
                }
            }

            var uses = new List<AiUse.AiUseKind>();
            if (a.TryGetProperty("uses", out var u) && u.ValueKind == JsonValueKind.Array)
            {
                foreach (var use in u.EnumerateArray())
                {
                    if (use.ValueKind == JsonValueKind.String && Enum.TryParse<AiUse.AiUseKind>(use.GetString(), ignoreCase: true, out var kind) && char.IsLower(use.GetString()![0]))
                    {
                        uses.Add(kind);
                    }
                    else
                    {
                        errors.Add(new("ai.uses", "ai.use.unknown", "ai.uses lists drafting, translation, targeting, chatbot, images, audio or video."));
                    }
                }
            }

            ai = new AiInvolvement
            {
                Drafted = Bool(a, "drafted", "ai.drafted"),
                ReviewedBy = Str(a, "reviewedBy", "ai.reviewedBy"),
                Targeting = Bool(a, "targeting", "ai.targeting"),
                Providers = providers,
                OtherUses = uses,
                DepictsRealPerson = Bool(a, "depictsRealPerson", "ai.depictsRealPerson"),
            };
        }

        bool Bool(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind is JsonValueKind.Null or JsonValueKind.False)
            {
                return false;
            }

            if (v.ValueKind != JsonValueKind.True)
            {
                errors.Add(new(path, "json.type", $"{path} must be true or false."));
            }

            return v.ValueKind == JsonValueKind.True;
        }

        return new SendRecord
        {
            MessageId = Str(root, "messageId", "messageId") ?? "",
            ContactId = Str(root, "contact", "contact") ?? "",
            Purpose = Str(root, "purpose", "purpose") ?? "",
            Channel = channel,
            Campaign = Str(root, "campaign", "campaign"),
            SentAt = sentAt.Success ? sentAt.Value : default,
            Sender = sender!,
            SegmentEntryId = Str(root, "segment", "segment"),
            Fields = fields,
            Ai = ai,
        };
    }
}
