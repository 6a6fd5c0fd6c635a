using System.CommandLine;
using System.Text;
using System.Text.Json;
using ConsentKit.Prompts;

namespace ConsentKit.Cli;

/// <summary>scan and redact: the prompt filter's commands (docs/cli.md). No store needed.</summary>
internal static class PromptCommands
{
    public static IEnumerable<Command> All() => [Scan(), Redact()];

    private static Command Scan()
    {
        var file = new Argument<string?>("FILE") { Description = "A text file to scan; prints a table.", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = CliOptions.Text("--jsonl", "A JSON Lines file of {\"id\",\"text\"}; writes one result line per input line on stdout.");
        var command = new Command("scan", "Find personal data and the special categories a text reveals; exit 0, or 1 when some input was unreadable.") { file, jsonl };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(jsonl) is { } path)
            {
                return await ScanJsonLinesAsync(path, ct).ConfigureAwait(false);
            }

            if (parse.GetValue(file) is not { } textPath)
            {
                return CliContext.Report([new("FILE", "scan.input-missing", "give a FILE.txt or --jsonl FILE.jsonl.")], false);
            }

            if (!File.Exists(textPath))
            {
                return CliContext.Report([new("FILE", "file.not-found", "the file does not exist.")], false);
            }

            var text = await File.ReadAllTextAsync(textPath, ct).ConfigureAwait(false);
            var result = PersonalDataScanner.Default.Scan(text);
            Console.WriteLine($"{"type",-16} {"start",8} {"end",8}  text");
            foreach (var e in result.Entities)
            {
                var shown = text[e.Start..e.End].ReplaceLineEndings(" ");
                Console.WriteLine($"{e.Type.Name(),-16} {e.Start,8} {e.End,8}  {shown}");
            }

            Console.WriteLine($"{result.Entities.Count} entities; sensitive: {(result.Sensitive.Count == 0 ? "none" : string.Join(", ", result.Sensitive.Select(s => s.SensitiveName())))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> ScanJsonLinesAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return CliContext.Report([new("jsonl", "file.not-found", "the file does not exist.")], false);
        }

        var malformed = 0;
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        // Results go out through one buffer: two writes per line to the raw stdout cost a system call each, which on dense
        // input took more time than the scan (docs/performance.md, issue 19).
        await using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        await using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            ct.ThrowIfCancellationRequested();
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement id;
            string input;
            try
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                {
                    throw new JsonException("no text");
                }

                id = document.RootElement.TryGetProperty("id", out var i) ? i.Clone() : default;
                input = t.GetString()!;
            }
            catch (JsonException)
            {
                malformed++;
                await stdout.FlushAsync(ct).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"error: line {line}: not a JSON object with a \"text\" string [scan.line-malformed]").ConfigureAwait(false);
                continue;
            }

            var result = PersonalDataScanner.Default.Scan(input);
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (id.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                id.WriteTo(writer);
            }

            writer.WriteStartArray("entities");
            foreach (var e in result.Entities)
            {
                writer.WriteStartObject();
                writer.WriteString("type", e.Type.Name());
                writer.WriteNumber("start", e.Start);
                writer.WriteNumber("end", e.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sensitive");
            foreach (var s in result.Sensitive)
            {
                writer.WriteStringValue(s.SensitiveName());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stdout.WriteByte((byte)'\n');
        }

        await stdout.FlushAsync(ct).ConfigureAwait(false);

        return malformed == 0 ? ExitCodes.Ok : ExitCodes.Refused;
    }

    private static Command Redact()
    {
        var mode = new Option<string>("--mode") { Description = "redact (default) or pseudonymize.", DefaultValueFactory = _ => "redact" };
        var command = new Command("redact", "Filter stdin to stdout, replacing personal data by typed placeholders such as [EMAIL_1]; exit 0.") { mode };
        command.SetAction(async (parse, ct) =>
        {
            var action = parse.GetValue(mode) switch
            {
                "redact" => PromptAction.Redact,
                "pseudonymize" => PromptAction.Pseudonymize,
                _ => (PromptAction?)null,
            };
            if (action is null)
            {
                return CliContext.Report([new("mode", "mode.unknown", "mode must be redact or pseudonymize.")], false);
            }

            var input = await Console.In.ReadToEndAsync(ct).ConfigureAwait(false);
            var result = new PromptFilter().Filter(input, new PromptPolicy { Action = action.Value }, new PseudonymMap());
            await Console.Out.WriteAsync(result.Text).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"{result.Total} replaced: {string.Join(", ", result.Counts.Select(c => $"{c.Key.Name()} {c.Value}"))}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
