using System.CommandLine;
using ConsentKit.Provenance;

namespace ConsentKit.Cli;

/// <summary>provenance: sign outgoing content and let anyone verify it (docs/cli.md).</summary>
internal static class ProvenanceCommands
{
    public static IEnumerable<Command> All()
    {
        var provenance = new Command("provenance", "Sign outgoing content with its AI-use declaration; verify a statement.");
        provenance.Subcommands.Add(Keygen());
        provenance.Subcommands.Add(Sign());
        provenance.Subcommands.Add(Verify());
        return [provenance];
    }

    private static Command Keygen()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write private.pem and public.pem into (created if needed).", Required = true };
        var command = new Command("keygen", "Create an ECDSA P-256 key pair: DIR/private.pem (keep it secret) and DIR/public.pem (publish it); exit 0.") { output };
        command.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(output)!;
            var privatePath = Path.Combine(dir.FullName, "private.pem");
            if (File.Exists(privatePath))
            {
                return CliContext.Report([new("out", "key.exists", "private.pem already exists in this folder; ConsentKit never overwrites a key.")], json: false);
            }

            dir.Create();
            var (privatePem, publicPem) = ProvenanceSigner.CreateKeyPair();
            // Created readable by its owner only, never world-readable even for an instant.
            await CliOutput.WriteAsync(privatePath, personal: true, privatePem).ConfigureAwait(false);
            await CliOutput.WriteAsync(Path.Combine(dir.FullName, "public.pem"), personal: false, publicPem).ConfigureAwait(false);
            Console.WriteLine(dir.FullName);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sign()
    {
        var key = new Option<FileInfo>("--key") { Description = "The private key (PEM).", Required = true };
        var content = new Option<FileInfo>("--content") { Description = "The content file (its bytes are hashed).", Required = true };
        var ai = new Option<string>("--ai") { Description = "drafted or none.", Required = true };
        ai.AcceptOnlyFromAmong("drafted", "none");
        var reviewedBy = CliOptions.Text("--reviewed-by", "Who reviewed the AI draft.");
        var org = CliOptions.Text("--org", "The organisation (default: the key's folder name).");
        var output = new Option<FileInfo>("--out") { Description = "The statement file to write.", Required = true };
        var command = new Command("sign", "Sign a content file's declaration; writes the statement JSON; exit 0, 1 refused.") { key, content, ai, reviewedBy, org, output };
        command.SetAction(async (parse, ct) =>
        {
            var keyFile = parse.GetValue(key)!;
            var contentFile = parse.GetValue(content)!;
            if ((Missing(keyFile, "key") ?? Missing(contentFile, "content")) is { } error)
            {
                return CliContext.Report([error], json: false);
            }

            var bytes = await File.ReadAllBytesAsync(contentFile.FullName, ct).ConfigureAwait(false);
            var pem = await File.ReadAllTextAsync(keyFile.FullName, ct).ConfigureAwait(false);
            var statement = ProvenanceSigner.Sign(bytes, pem,
                parse.GetValue(org) ?? keyFile.Directory?.Name ?? "", parse.GetValue(ai)!, parse.GetValue(reviewedBy), CliContext.Clock.GetCurrentInstant());
            if (CliOutput.Check(parse.GetValue(output)!.FullName, null) is { } refused)
            {
                return CliContext.Report([refused], json: false);
            }

            await CliOutput.WriteAsync(parse.GetValue(output)!.FullName, personal: false, statement.ToJson()).ConfigureAwait(false);
            Console.WriteLine(statement.ContentSha256);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Verify()
    {
        var pub = new Option<FileInfo>("--pub") { Description = "The published public key (PEM).", Required = true };
        var content = new Option<FileInfo>("--content") { Description = "The content file.", Required = true };
        var statement = new Option<FileInfo>("--statement") { Description = "The statement JSON.", Required = true };
        var command = new Command("verify", "Check a statement against the content and the public key; exit 0 valid, 1 invalid with the reason.") { pub, content, statement };
        command.SetAction(async (parse, ct) =>
        {
            var files = new[] { (parse.GetValue(pub)!, "pub"), (parse.GetValue(content)!, "content"), (parse.GetValue(statement)!, "statement") };
            if (files.Select(f => Missing(f.Item1, f.Item2)).FirstOrDefault(e => e is not null) is { } error)
            {
                return CliContext.Report([error], json: false);
            }

            var bytes = await File.ReadAllBytesAsync(files[1].Item1.FullName, ct).ConfigureAwait(false);
            var json = await File.ReadAllTextAsync(files[2].Item1.FullName, ct).ConfigureAwait(false);
            var pem = await File.ReadAllTextAsync(files[0].Item1.FullName, ct).ConfigureAwait(false);
            var check = ProvenanceSigner.Verify(bytes, json, pem);
            if (check.Valid)
            {
                Console.WriteLine($"valid: {check.Reason}");
                return ExitCodes.Ok;
            }

            await Console.Error.WriteLineAsync($"invalid: {check.Reason} [{check.Code}]").ConfigureAwait(false);
            return ExitCodes.Refused;
        });
        return command;
    }

    private static ValidationError? Missing(FileInfo file, string field) =>
        file.Exists ? null : new ValidationError(field, "file.not-found", "the file does not exist.");
}
