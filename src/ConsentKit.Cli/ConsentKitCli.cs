using System.CommandLine;
using System.Text.Json.Nodes;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>The consentkit command line. Commands, options, JSON fields and exit codes are documented in docs/cli.md.</summary>
internal static class ConsentKitCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        // A root named as users type it: RootCommand takes the executable's name, "ConsentKit.Cli" under dotnet run.
        var root = new Command("consentkit", "ConsentKit: consent ledger with proof, for political outreach in Québec, Canada and France.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(InitCommand());
        root.Subcommands.Add(ContactsCommand());
        root.Subcommands.Add(ConsentCommand());
        root.Subcommands.Add(VerifyCommand());
        foreach (var command in GateCommands.All().Concat(TargetingCommands.All()).Concat(PromptCommands.All()).Concat(ExplanationCommands.All()).Concat(DpoCommands.All()).Concat(ProvenanceCommands.All()).Concat(TransparencyCommands.All()).Concat(AdvertisingCommands.All()))
        {
            root.Subcommands.Add(command);
        }

        // Who acts, recorded with every grant, withdrawal, rectification and DPO action the command writes (docs/cli.md).
        var actor = new Option<string>("--actor") { Description = "Who performs this command (a user or a service, 1-100 characters), recorded with what it writes; default 'consentkit'.", Recursive = true };
        root.Options.Add(actor);
        var keyFile = new Option<string>("--key-file") { Description = "The file holding the store's personal-data key (base64); default for a SQLite store: STORE.key beside it. CONSENTKIT_KEY wins over it.", Recursive = true };
        root.Options.Add(keyFile);
        var verbose = new Option<bool>("--verbose") { Description = "Write what ConsentKit does to stderr (ids and counts only); CONSENTKIT_LOG_LEVEL (Trace, Debug, Information, Warning, Error) sets the level.", Recursive = true };
        root.Options.Add(verbose);
        root.Subcommands.Add(KeysCommand());
        root.Subcommands.Add(ConfigCommand());

        var parse = root.Parse(args);
        if (parse.UnmatchedTokens.Count > 0 || parse.Errors.Count > 0 && parse.CommandResult.Command.Subcommands.Count > 0 && parse.CommandResult.Command.Action is null)
        {
            // One sentence that says what was typed wrong and where to look, rather than the parser's two.
            var path = CommandPath(parse.CommandResult);
            await Console.Error.WriteLineAsync(parse.UnmatchedTokens.Count > 0
                ? $"usage: '{parse.UnmatchedTokens[0]}' is not a command or option of '{path}'. Run '{path} --help' for the list."
                : $"usage: '{path}' needs a command: {string.Join(", ", parse.CommandResult.Command.Subcommands.Select(c => c.Name))}. Run '{path} --help'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                // The parser's message for a value outside an option's list does not name the option: name it.
                var option = error.SymbolResult switch
                {
                    System.CommandLine.Parsing.OptionResult o => o.Option.Name,
                    System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o.Option.Name,
                    _ => null,
                };
                await Console.Error.WriteLineAsync(option is not null && !error.Message.Contains(option, StringComparison.Ordinal)
                    ? $"usage: {option}: {error.Message}" : $"usage: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'consentkit --help' for the commands and options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var json = args.Contains("--json", StringComparer.Ordinal);
        CliContext.Actor = parse.GetValue(actor);
        CliContext.KeyFile = parse.GetValue(keyFile);
        CliContext.LogLevel = Environment.GetEnvironmentVariable("CONSENTKIT_LOG_LEVEL") is { Length: > 0 } levelName
            && Enum.TryParse<Microsoft.Extensions.Logging.LogLevel>(levelName, ignoreCase: true, out var level) ? level
            : parse.GetValue(verbose) ? Microsoft.Extensions.Logging.LogLevel.Information : null;
        try
        {
            // Errors are reported here, as documented (field, rule, exit 1), not as System.CommandLine's stack traces.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (ConsentKitValidationException ex)
        {
            return CliContext.Report(ex.Errors, json);
        }
        catch (ConsentKitException ex)
        {
            return CliContext.Report([new("db", ex.Code, ex.Message)], json);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return CliContext.Report([new("db", "db.unusable", $"the store could not be opened or written (SQLite error {ex.SqliteErrorCode}: {ex.SqliteErrorCode switch { 14 => "cannot open the file; check the folder exists and is writable", 26 => "the file is not a SQLite database", 5 => "the store is busy", _ => "see SQLite's documentation" }}).")], json);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            return CliContext.Report(ex.Failures.Select(f => new ValidationError("options", "options.invalid", f)).ToList(), json);
        }
        catch (FormatException)
        {
            return CliContext.Report([new("CONSENTKIT_KEY", "key.format", "CONSENTKIT_KEY must be base64 of at least 32 bytes.")], json);
        }
        catch (IOException ex)
        {
            return CliContext.Report([new("file", "file.io", $"a file could not be read or written ({ex.GetType().Name}).")], json);
        }
        catch (UnauthorizedAccessException)
        {
            return CliContext.Report([new("file", "file.access", "a file could not be read or written: permission denied.")], json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return CliContext.Report([new("json", "json.malformed", $"line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: the JSON is not well-formed (or nests deeper than allowed).")], json);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return CliContext.Report([new("file", "file.encoding", "the file is not valid UTF-8 text.")], json);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever else went wrong is reported as one line: its type only, never its message (which may quote the input)
            // nor a stack trace. Exit 1, as for any refused input.
            return CliContext.Report([new("input", "input.unreadable", $"the input could not be processed ({ex.GetType().Name}); check it is well-formed.")], json);
        }
    }

    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var r = result; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(r.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // Settings kept in the store, read by every tool on it. One setting today: link-base.
    private static Command ConfigCommand()
    {
        static Argument<string> Setting() => new("setting") { Description = "The setting: link-base (where explanation pages are served, such as https://parti.example/w/)." };
        var setDb = CliOptions.Db();
        var setJson = CliOptions.Json();
        var setName = Setting();
        var value = new Argument<string>("value") { Description = "The new value; an empty string removes the setting." };
        var set = new Command("set", "Set a store setting.") { setName, value, setDb, setJson };
        set.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(setName) != "link-base")
            {
                return CliContext.Report([new("setting", "setting.unknown", "setting must be link-base.")], parse.GetValue(setJson));
            }

            await using var cli = CliContext.Open(parse.GetValue(setDb)!, parse.GetValue(setJson));
            var admin = cli.Get<IStoreAdministration>();
            await admin.SetExplanationLinkBaseAsync(parse.GetValue(value) is { Length: > 0 } v ? v : null, ct).ConfigureAwait(false);
            var stored = await admin.GetExplanationLinkBaseAsync(ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["setting"] = "link-base", ["value"] = stored });
            }
            else
            {
                Console.WriteLine(stored ?? "(not set)");
            }

            return ExitCodes.Ok;
        });
        var getDb = CliOptions.Db();
        var getJson = CliOptions.Json();
        var getName = Setting();
        var get = new Command("get", "Show a store setting.") { getName, getDb, getJson };
        get.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(getName) != "link-base")
            {
                return CliContext.Report([new("setting", "setting.unknown", "setting must be link-base.")], parse.GetValue(getJson));
            }

            await using var cli = CliContext.Open(parse.GetValue(getDb)!, parse.GetValue(getJson));
            var stored = await cli.Get<IStoreAdministration>().GetExplanationLinkBaseAsync(ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["setting"] = "link-base", ["value"] = stored });
            }
            else
            {
                Console.WriteLine(stored ?? "(not set)");
            }

            return ExitCodes.Ok;
        });
        return new Command("config", "Settings kept in the store.") { set, get };
    }

    private static async Task<bool> IsNamedAsync(CliContext cli, CancellationToken ct)
    {
        try
        {
            return (await cli.Get<ConsentKit.Organisations.IOrganisationRegistry>().GetAllAsync(ct).ConfigureAwait(false)).Any(o => o.Id == "default" && o.Name != o.Id);
        }
        catch (ConsentKitException)
        {
            return false; // not a store yet
        }
    }

    private static Command KeysCommand()
    {
        var db = CliOptions.Db();
        var export = new Command("export", "Move the key a store of schema 8 or earlier kept inside the database to --key-file, and scrub the database's copy.") { db };
        export.SetAction(async (parse, ct) =>
        {
            if (CliContext.KeyFile is not { } target)
            {
                return CliContext.Report([new("key-file", "key-file.required", "give --key-file PATH: the file to write the key to (it must not exist).")], json: false);
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, json: false);
            if (!await cli.Get<IStoreAdministration>().ExportLegacyKeyAsync(Path.GetFullPath(target), ct).ConfigureAwait(false))
            {
                return CliContext.Report([new("db", "key.not-inside", "this store holds no key inside; nothing to export.")], json: false);
            }

            Console.WriteLine(Path.GetFullPath(target));
            return ExitCodes.Ok;
        });
        var rotateDb = CliOptions.Db();
        var rotateJson = CliOptions.Json();
        var rotate = new Command("rotate", "Add a new key to the store's key file and re-seal the store with it; older keys keep matching (verifies first).") { rotateDb, rotateJson };
        rotate.SetAction(async (parse, ct) =>
        {
            if (Environment.GetEnvironmentVariable("CONSENTKIT_KEY") is { Length: > 0 })
            {
                return CliContext.Report([new("CONSENTKIT_KEY", "key.rotate-needs-file", "a key given by CONSENTKIT_KEY is rotated where it is kept; unset it and give the key file to rotate a key file.")], parse.GetValue(rotateJson));
            }

            await using var cli = CliContext.Open(parse.GetValue(rotateDb)!, parse.GetValue(rotateJson));
            var keyId = await cli.Get<IStoreAdministration>().RotateKeyAsync(ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject { ["keyId"] = keyId, ["keyFile"] = cli.KeyFilePath });
            }
            else
            {
                Console.WriteLine($"Rotated: new key {keyId} in {cli.KeyFilePath}; the store is re-sealed with it. Keep the whole file: older keys still match earlier records.");
            }

            return ExitCodes.Ok;
        });
        return new Command("keys", "The personal-data key, kept outside the store.") { export, rotate };
    }

    private static Command InitCommand()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "qc, ca or fr (default qc).", DefaultValueFactory = _ => "qc" };
        var name = new Option<string>("--name") { Description = "The organisation's public name, which signs its messages and STOP replies; required for a new store, optional afterwards (unchanged when absent)." };
        var command = new Command("init", "Create the store and install the jurisdiction's purpose catalog.") { db, json, jurisdiction, name };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json), create: true);
            if (!Vocabulary.TryParseJurisdiction(parse.GetValue(jurisdiction), out var j))
            {
                return cli.Refuse([new("jurisdiction", "jurisdiction.unknown", $"jurisdiction must be one of {Vocabulary.AllowedJurisdictions}.")]);
            }

            // A new store needs the organisation's name: nothing may ever be signed "default" (R26). Checked before anything is written.
            var publicName = parse.GetValue(name)?.Trim();
            if (publicName is { Length: 0 } || (publicName is null && !await IsNamedAsync(cli, ct).ConfigureAwait(false)))
            {
                return cli.Refuse([new("name", "name.required", "give --name \"Your organisation's public name\": it signs messages and STOP replies.")]);
            }

            var info = await cli.Get<IStoreAdministration>().InitializeAsync(j, ct).ConfigureAwait(false);
            if (publicName is not null)
            {
                await cli.Get<ConsentKit.Organisations.IOrganisationRegistry>().RegisterAsync(new("default", publicName), ct).ConfigureAwait(false);
            }
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["schemaVersion"] = info.SchemaVersion,
                    ["jurisdiction"] = info.Jurisdiction.Name(),
                    ["purposes"] = CliContext.Array(info.Purposes.Select(p => (JsonNode?)new JsonObject
                    {
                        ["name"] = p.Name,
                        ["lifetime"] = PeriodPattern.NormalizingIso.Format(p.DefaultLifetime),
                        ["bases"] = CliContext.Array(p.AcceptedBases.Order().Select(b => b.Name())),
                        ["source"] = p.Source,
                    })),
                    ["keyFile"] = cli.KeyFilePath,
                });
            }
            else
            {
                Console.WriteLine($"Store ready (schema {info.SchemaVersion}, jurisdiction {info.Jurisdiction.Name()}); purposes: {string.Join(", ", info.Purposes.Select(p => p.Name))}.");
                Console.WriteLine(cli.KeyFilePath is { } keyPath
                    ? $"Personal-data key: {keyPath} (readable by its owner only). Keep it apart from the store and its backups: without it the store cannot be read."
                    : "Personal-data key: from CONSENTKIT_KEY (not stored anywhere by ConsentKit).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ContactsCommand()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var file = new Argument<FileInfo>("FILE") { Description = "CSV file with a header row (columns in docs/cli.md)." };
        var partial = new Option<bool>("--partial") { Description = "Write the valid rows even if some are invalid." };
        var import = new Command("import", "Import contacts with their consent proof from CSV, in one transaction.") { file, db, json, partial };
        import.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                return cli.Refuse([new("FILE", "file.not-found", "the CSV file does not exist.")]);
            }

            // Invalid UTF-8 is refused (with its line), not silently replaced.
            using var reader = new StreamReader(path.FullName, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            // Written inline, not posted to the thread pool as Progress<T> does: no late line can land after the command's answer
            // (or on a writer already closed, as the in-process fuzz test showed when a callback ran after the import returned).
            var progress = Console.IsErrorRedirected && path.Length < 1_000_000 ? null : new InlineProgress(n => Console.Error.Write($"\rReading rows: {n:N0}"));
            var report = await cli.Get<IContactImporter>().ImportAsync(reader, new ImportOptions { Partial = parse.GetValue(partial) }, progress, ct).ConfigureAwait(false);
            if (progress is not null)
            {
                Console.Error.WriteLine();
            }

            foreach (var error in report.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["rows"] = report.Rows,
                    ["contacts"] = report.Contacts,
                    ["eventsWritten"] = report.EventsWritten,
                    ["duplicates"] = report.Duplicates,
                    ["rejected"] = report.Rejected,
                    ["committed"] = report.Committed,
                    ["errors"] = CliContext.Array(report.Errors.Select(e => (JsonNode?)new JsonObject { ["line"] = e.Line, ["field"] = e.Field, ["rule"] = e.Rule, ["message"] = e.Message })),
                });
            }
            else
            {
                Console.WriteLine(report.Committed
                    ? $"Imported {report.Rows} rows: {report.Contacts} contacts, {report.EventsWritten} consent events written, {report.Duplicates} already recorded, {report.Rejected} rows rejected."
                    : report.Rows == 0 && report.Errors.All(e => e.Line == 1)
                        ? "Nothing imported: the header row is not as documented (see the errors above; columns in docs/cli.md, comma-separated)."
                        : $"Nothing imported: {report.Rejected} of {report.Rows} rows are invalid (use --partial to keep the valid rows).");
            }

            return report.Committed ? ExitCodes.Ok : ExitCodes.Refused;
        });
        return new Command("contacts", "Contacts and their consents.") { import };
    }

    private static Command ConsentCommand()
    {
        var command = new Command("consent", "Record, show and trace consents.");
        command.Subcommands.Add(RecordCommand("grant", ConsentEventKind.Granted));
        command.Subcommands.Add(RecordCommand("withdraw", ConsentEventKind.Withdrawn));
        command.Subcommands.Add(ShowCommand());
        command.Subcommands.Add(HistoryCommand());
        return command;
    }

    private static Command RecordCommand(string name, ConsentEventKind kind)
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var purpose = CliOptions.Text("--purpose", "A purpose of the catalog, such as gotv.", required: true);
        var channel = CliOptions.Text("--channel", "sms|email|voice|mail|door.", required: true);
        var source = CliOptions.Text("--source", "web_form|canvass|event|import|inbound_sms|phone|paper_form.", required: true);
        var sourceDetail = CliOptions.Text("--source-detail", "The form URL or another reference to the capture point.");
        var evidence = CliOptions.Text("--evidence-ref", "A reference to the evidence.");
        var command = new Command(name, kind == ConsentEventKind.Granted
            ? "Record a grant with its proof."
            : "Record a withdrawal at the current instant; only the source is required.")
        { db, json, contact, purpose, channel, source, sourceDetail, evidence };

        var basis = CliOptions.Text("--basis", "consent|explicit_consent|membership|legitimate_interest.");
        var noticeId = CliOptions.Text("--notice-id", "The notice's id.");
        var noticeVersion = CliOptions.Text("--notice-version", "The notice's version.");
        var noticeLanguage = CliOptions.Text("--notice-language", "The notice's language, such as fr-CA.");
        var noticeSha = CliOptions.Text("--notice-sha256", "SHA-256 of the exact notice text, 64 lower-case hex characters.");
        var act = CliOptions.Text("--affirmative-act", "What the person did.");
        var collectedBy = CliOptions.Text("--collected-by", "Who collected the consent.");
        var fromSubject = new Option<string>("--from-data-subject") { Description = "true|false (default true).", DefaultValueFactory = _ => "true" };
        var thirdParty = CliOptions.Text("--third-party", "The third party the data came from.");
        var thirdCountry = CliOptions.Text("--third-party-country", "ISO 3166 alpha-2 country of the third party.");
        var announced = CliOptions.Text("--prospection-announced", "Third-party data: true|false, the source attests political prospection was announced (R8).");
        var optOutOffered = CliOptions.Text("--opt-out-offered", "Third-party data: true|false, the source attests a way to refuse was offered (R8).");
        var grantedAt = CliOptions.Text("--granted-at", "ISO-8601 UTC instant of the act (default: now).");
        var expiresAt = CliOptions.Text("--expires-at", "ISO-8601 UTC expiry (default: the purpose's lifetime).");
        var idempotency = CliOptions.Text("--idempotency-key", "Makes a retried command count once.");
        if (kind == ConsentEventKind.Granted)
        {
            foreach (var option in new Option[] { basis, noticeId, noticeVersion, noticeLanguage, noticeSha, act, collectedBy, fromSubject, thirdParty, thirdCountry, announced, optOutOffered, grantedAt, expiresAt, idempotency })
            {
                command.Options.Add(option);
            }
        }
        else
        {
            command.Options.Add(idempotency);
        }

        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var ch = Vocabulary.Parse<Channel>(parse.GetValue(channel), "channel", errors);
            var src = Vocabulary.Parse<CaptureSource>(parse.GetValue(source), "source", errors);
            var b = parse.GetValue(basis) is { } bt ? Vocabulary.Parse<ConsentBasis>(bt, "basis", errors) : null;
            var occurred = Vocabulary.ParseInstant(parse.GetValue(grantedAt), "granted_at", errors);
            var expires = Vocabulary.ParseInstant(parse.GetValue(expiresAt), "expires_at", errors);
            var subject = parse.GetValue(fromSubject) switch
            {
                // Withdrawals do not take the option: the value is then null and the default applies.
                null or "true" => true,
                "false" => false,
                _ => AddError(errors, new("from_data_subject", "from_data_subject.format", "from_data_subject must be true or false.")),
            };
            var attestation = ProvenanceAttestation.Parse(parse.GetValue(announced), parse.GetValue(optOutOffered), errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var notice = parse.GetValue(noticeId) is null && parse.GetValue(noticeSha) is null ? null
                : new NoticeReference(parse.GetValue(noticeId) ?? "", parse.GetValue(noticeVersion) ?? "", parse.GetValue(noticeLanguage) ?? "", parse.GetValue(noticeSha) ?? "");
            try
            {
                var result = await cli.Get<IConsentLedger>().RecordAsync(new ConsentEvent
                {
                    ContactId = parse.GetValue(contact)!,
                    Purpose = parse.GetValue(purpose)!,
                    Channel = ch!.Value,
                    Kind = kind,
                    Basis = b,
                    Source = src!.Value,
                    SourceDetail = parse.GetValue(sourceDetail),
                    EvidenceRef = parse.GetValue(evidence),
                    OccurredAt = occurred,
                    ExpiresAt = expires,
                    Notice = notice,
                    AffirmativeAct = parse.GetValue(act),
                    CollectedBy = parse.GetValue(collectedBy),
                    FromDataSubject = subject,
                    ThirdParty = parse.GetValue(thirdParty),
                    ThirdPartyCountry = parse.GetValue(thirdCountry),
                    Attestation = attestation,
                    IdempotencyKey = parse.GetValue(idempotency),
                }, ct).ConfigureAwait(false);
                if (cli.JsonOutput)
                {
                    CliContext.WriteJson(new JsonObject { ["eventId"] = result.EventId, ["duplicate"] = result.Duplicate });
                }
                else
                {
                    Console.WriteLine(result.Duplicate ? $"Already recorded as {result.EventId}." : $"Recorded {result.EventId}.");
                }

                return ExitCodes.Ok;
            }
            catch (ConsentKitValidationException ex)
            {
                // The library names the act's instant occurred_at; this command's option is --granted-at.
                return cli.Refuse(ex.Errors.Select(e => e.Field == "occurred_at" && kind == ConsentEventKind.Granted
                    ? e with { Field = "granted_at", Message = e.Message.Replace("occurred_at", "granted_at", StringComparison.Ordinal) }
                    : e));
            }
        });
        return command;
    }

    private static Command ShowCommand()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var at = CliOptions.Text("--at", "ISO-8601 UTC instant: the state as it was then (default: now).");
        var command = new Command("show", "Show a contact's consent state per purpose and channel.") { db, json, contact, at };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var errors = new List<ValidationError>();
            var instant = Vocabulary.ParseInstant(parse.GetValue(at), "at", errors);
            if (errors.Count > 0)
            {
                return cli.Refuse(errors);
            }

            var id = parse.GetValue(contact)!;
            var states = await cli.Get<IConsentLedger>().GetStatesAsync(id, instant, cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["contact"] = id,
                    ["consents"] = CliContext.Array(states.Select(s => (JsonNode?)new JsonObject
                    {
                        ["purpose"] = s.Purpose,
                        ["channel"] = s.Channel.Name(),
                        ["status"] = s.Status.Name(),
                        ["basis"] = s.Basis?.Name(),
                        ["since"] = CliContext.Format(s.Since),
                        ["expires"] = CliContext.Format(s.Expires),
                        ["eventId"] = s.EventId,
                    })),
                });
            }
            else if (states.Count == 0)
            {
                Console.WriteLine($"No consent recorded for {id}.");
            }
            else
            {
                foreach (var s in states)
                {
                    Console.WriteLine($"{s.Purpose,-14} {s.Channel.Name(),-6} {s.Status.Name(),-9} {s.Basis?.Name() ?? "-",-20} since {CliContext.Format(s.Since)}  expires {CliContext.Format(s.Expires) ?? "-"}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command HistoryCommand()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var contact = CliOptions.Text("--contact", "The contact id.", required: true);
        var command = new Command("history", "Show a contact's consent events with their proof, in ledger order.") { db, json, contact };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var id = parse.GetValue(contact)!;
            var history = await cli.Get<IConsentLedger>().GetHistoryAsync(id, cancellationToken: ct).ConfigureAwait(false);
            if (cli.JsonOutput)
            {
                CliContext.WriteJson(new JsonObject
                {
                    ["contact"] = id,
                    ["events"] = CliContext.Array(history.Select(e => (JsonNode?)new JsonObject
                    {
                        ["eventId"] = e.EventId,
                        ["sequence"] = e.Sequence,
                        ["kind"] = e.Kind.Name(),
                        ["purpose"] = e.Purpose,
                        ["channel"] = e.Channel.Name(),
                        ["basis"] = e.Basis?.Name(),
                        ["source"] = e.Source.Name(),
                        ["sourceDetail"] = e.SourceDetail,
                        ["occurredAt"] = CliContext.Format(e.OccurredAt),
                        ["recordedAt"] = CliContext.Format(e.RecordedAt),
                        ["expiresAt"] = CliContext.Format(e.ExpiresAt),
                        ["notice"] = e.Notice is null ? null : new JsonObject { ["id"] = e.Notice.Id, ["version"] = e.Notice.Version, ["language"] = e.Notice.Language, ["sha256"] = e.Notice.Sha256 },
                        ["affirmativeAct"] = e.AffirmativeAct,
                        ["evidenceRef"] = e.EvidenceRef,
                        ["collectedBy"] = e.CollectedBy,
                        ["fromDataSubject"] = e.FromDataSubject,
                        ["thirdParty"] = e.ThirdParty,
                        ["thirdPartyCountry"] = e.ThirdPartyCountry,
                        ["jurisdiction"] = e.Jurisdiction.Name(),
                        ["hash"] = e.Hash,
                    })),
                });
            }
            else
            {
                foreach (var e in history)
                {
                    Console.WriteLine($"#{e.Sequence} {CliContext.Format(e.OccurredAt)} {e.Kind.Name(),-16} {e.Purpose}/{e.Channel.Name()} basis={e.Basis?.Name() ?? "-"} source={e.Source.Name()} notice={e.Notice?.Id ?? "-"}@{e.Notice?.Version ?? "-"} {e.EventId}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command VerifyCommand()
    {
        var db = CliOptions.Db();
        var json = CliOptions.Json();
        var recordIncident = new Option<bool>("--record-incident") { Description = "On tampering, open an incident of kind tampering in the register (once per finding)." };
        var command = new Command("verify", "Verify every hash chain, the personal data kept outside it and every table a decision relies on; exit 3 on tampering.") { db, json, recordIncident };
        command.SetAction(async (parse, ct) =>
        {
            await using var cli = CliContext.Open(parse.GetValue(db)!, parse.GetValue(json));
            var result = await cli.Get<IConsentLedger>().VerifyAsync(ct).ConfigureAwait(false);
            // R64: an integrity failure is an incident; with the option, the register gets it at once.
            var incident = parse.GetValue(recordIncident) ? await cli.Get<ConsentKit.Incidents.IIncidentRegister>().RecordIntegrityFailureAsync(result, ct).ConfigureAwait(false) : null;
            if (cli.JsonOutput)
            {
                var output = new JsonObject { ["ok"] = result.Ok, ["events"] = result.Events, ["firstBadEvent"] = result.FirstBadEvent, ["reason"] = result.Reason, ["table"] = result.Table, ["row"] = result.Row };
                if (parse.GetValue(recordIncident))
                {
                    output["incident"] = incident?.Id;
                }

                CliContext.WriteJson(output);
            }
            else
            {
                Console.WriteLine(result.Ok ? $"OK: {result.Message}"
                    : result.Table is null ? $"TAMPERING DETECTED ({result.Reason}) at event {result.FirstBadEvent ?? "-"}: {result.Message}"
                    : $"TAMPERING DETECTED ({result.Reason}) in {result.Table}, row {result.Row}: {result.Message}");
                if (incident is not null)
                {
                    Console.WriteLine($"Incident {incident.Id} is open in the register (dpo incidents list).");
                }
            }

            return result.Ok ? ExitCodes.Ok : ExitCodes.Tampered;
        });
        return command;
    }

    private static bool AddError(List<ValidationError> errors, ValidationError error)
    {
        errors.Add(error);
        return true;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, before the reporting call returns.</summary>
internal sealed class InlineProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
