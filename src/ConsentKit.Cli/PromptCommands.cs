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

    // Lines are scanned in batches, each batch on every core, and written in input order: the output is byte for byte what
    // one thread writes, and the whole-process speed on dense text is the scan's, shared out (issue 19, docs/performance.md).
    // Lines stay UTF-8 from the file to the JSON parser: only the text to scan is decoded.
    private const int BatchLines = 2048;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Names and values that every result line repeats, encoded once.
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText EntitiesName = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText SensitiveName = JsonEncodedText.Encode("sensitive");
    private static readonly JsonEncodedText[] TypeNames = [.. Enum.GetValues<PersonalDataType>().Select(t => JsonEncodedText.Encode(t.Name(), WriterOptions.Encoder))];
    private static readonly JsonEncodedText[] SensitiveNames = [.. Enum.GetValues<ConsentKit.Targeting.DataCategory>().Select(c => JsonEncodedText.Encode(c.SensitiveName(), WriterOptions.Encoder))];

    /// <summary>One worker's results for a batch, one line's object after another.</summary>
    private sealed class ResultBuffer
    {
        public System.Buffers.ArrayBufferWriter<byte> Output { get; } = new(1 << 16);

        public Utf8JsonWriter Writer { get; } = new(Stream.Null, WriterOptions);
    }

    private static async Task<int> ScanJsonLinesAsync(string path, CancellationToken ct)
    {
        if (path != "-" && !File.Exists(path))
        {
            return CliContext.Report([new("jsonl", "file.not-found", "the file does not exist.")], false);
        }

        var malformed = 0;
        using var lines = JsonLines.Open(path);
        // Results go out through one buffer: two writes per line to the raw stdout cost a system call each, which on dense
        // input took more time than the scan (docs/performance.md, issue 19).
        await using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        var batch = new (ReadOnlyMemory<byte> Bytes, int Number)[BatchLines];
        // Each worker writes its lines' results one after another into its own buffer; the lines are then copied out in
        // input order. One buffer per line (2,048 of them, each grown on its own) cost more than the JSON it held.
        var results = new (ResultBuffer? Buffer, int Start, int Length)[BatchLines];
        var buffers = new System.Collections.Concurrent.ConcurrentStack<ResultBuffer>();
        var options = new ParallelOptions { CancellationToken = ct };
        int count;
        while ((count = lines.ReadBatch(batch)) > 0)
        {
            Parallel.For(0, count, options, () => buffers.TryPop(out var b) ? b : new ResultBuffer(), (i, _, b) =>
            {
                var start = b.Output.WrittenCount;
                b.Writer.Reset(b.Output);
                results[i] = ScanLine(batch[i].Bytes, b.Writer) ? (b, start, b.Output.WrittenCount - start) : (null, 0, 0);
                return b;
            }, buffers.Push);

            for (var i = 0; i < count; i++)
            {
                if (results[i].Buffer is not { } b)
                {
                    malformed++;
                    await stdout.FlushAsync(ct).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync($"error: line {batch[i].Number}: not a JSON object with a \"text\" string [scan.line-malformed]").ConfigureAwait(false);
                    continue;
                }

                stdout.Write(b.Output.WrittenSpan.Slice(results[i].Start, results[i].Length));
                stdout.WriteByte((byte)'\n');
            }

            foreach (var b in buffers)
            {
                b.Output.ResetWrittenCount();
            }
        }

        await stdout.FlushAsync(ct).ConfigureAwait(false);

        return malformed == 0 ? ExitCodes.Ok : ExitCodes.Refused;
    }

    // One input line to one result object: false when the line is not a JSON object with a "text" string. A line that is not
    // valid UTF-8 is read as a text reader reads it, its bad bytes replaced by U+FFFD.
    private static bool ScanLine(ReadOnlyMemory<byte> line, Utf8JsonWriter writer)
    {
        JsonDocument document;
        try
        {
            document = System.Text.Unicode.Utf8.IsValid(line.Span) ? JsonDocument.Parse(line) : JsonDocument.Parse(Encoding.UTF8.GetString(line.Span));
        }
        catch (JsonException)
        {
            return false;
        }

        // The id is copied from the parsed line while it is open: no clone per line.
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var id = document.RootElement.TryGetProperty("id", out var i) ? i : default;
            Write(PersonalDataScanner.Default.Scan(t.GetString()!), id, writer);
            return true;
        }
    }

    private static void Write(ScanResult result, JsonElement id, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(IdName);
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }

        writer.WriteStartArray(EntitiesName);
        foreach (var e in result.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString(TypeName, TypeNames[(int)e.Type]);
            writer.WriteNumber(StartName, e.Start);
            writer.WriteNumber(EndName, e.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(SensitiveName);
        foreach (var s in result.Sensitive)
        {
            writer.WriteStringValue(SensitiveNames[(int)s]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
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

/// <summary>
/// A JSON Lines file read as UTF-8 lines in batches, with their 1-based numbers; blank lines are skipped, a UTF-8 byte order
/// mark is dropped, and a UTF-16 file (by its byte order mark) is decoded first. A batch's lines stay valid until the next call.
/// </summary>
internal sealed class JsonLines : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private int _number;
    private bool _eof;

    private JsonLines(Stream stream) => _stream = stream;

    /// <summary>The file at <paramref name="path"/>, or standard input for <c>-</c>; a pipe or a FIFO is read as it comes, never sought.</summary>
    public static JsonLines Open(string path)
    {
        Stream stream = path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            // UTF-16 (a spreadsheet's export): decoded whole, from the bytes already read and the rest.
            var all = new MemoryStream();
            all.Write(head, 0, read);
            stream.CopyTo(all);
            stream.Dispose();
            all.Position = 0;
            using var reader = new StreamReader(all, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return new JsonLines(new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd())));
        }

        // The bytes read to look for a byte order mark start the buffer, less the mark.
        var lines = new JsonLines(stream);
        var skip = read == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        Array.Copy(head, skip, lines._buffer, 0, read - skip);
        lines._end = read - skip;
        return lines;
    }

    public int ReadBatch((ReadOnlyMemory<byte> Bytes, int Number)[] batch)
    {
        // The previous batch's lines are done with: keep only the unread tail, moved to the front.
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var count = 0;
        while (count < batch.Length)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Add(batch, ref count, _start, newline);
                _start += newline + 1;
                continue;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    Add(batch, ref count, _start, _end - _start);
                    _start = _end;
                }

                break;
            }

            if (_end == _buffer.Length)
            {
                if (count > 0)
                {
                    // Making room would move this batch's lines: hand them over first.
                    break;
                }

                if (_start > 0)
                {
                    // Only blank lines went by: drop them.
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }
                else
                {
                    // One line longer than the buffer: grow.
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }
            }

            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _eof = read == 0;
            _end += read;
        }

        return count;
    }

    private void Add((ReadOnlyMemory<byte> Bytes, int Number)[] batch, ref int count, int offset, int length)
    {
        _number++;
        var line = _buffer.AsMemory(offset, length);
        var content = line.Span.Trim(" \t\r\f\v"u8);
        // Blank lines are skipped, Unicode spaces included (a text reader's IsNullOrWhiteSpace).
        if (!content.IsEmpty && (content[0] < 0x80 || !string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(content))))
        {
            batch[count++] = (line, _number);
        }
    }

    public void Dispose() => _stream.Dispose();
}
