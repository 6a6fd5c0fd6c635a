using System.CommandLine;
using ConsentKit.Transparency;
using NodaTime.Text;

namespace ConsentKit.Cli;

/// <summary>transparency: the public report of targeting and AI use (docs/cli.md).</summary>
internal static class TransparencyCommands
{
    public static IEnumerable<Command> All()
    {
        var transparency = new Command("transparency", "The public transparency register: targeting, data sources and AI use, without personal data.");
        var db = CliOptions.Db();
        var from = CliOptions.Text("--from", "First day, YYYY-MM-DD.", required: true);
        var to = CliOptions.Text("--to", "Last day, YYYY-MM-DD.", required: true);
        var format = new Option<string>("--format") { Description = "html or json (default html).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "json");
        var lang = GateCommands.Lang();
        lang.Description = "fr or en, for html (default: the store's language).";
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var report = new Command("report", "Write the report for a period; prints the file's path; exit 0, 1 refused.") { db, from, to, format, lang, output };
        report.SetAction(async (parse, ct) =>
        {
            var first = LocalDatePattern.Iso.Parse(parse.GetValue(from) ?? "");
            var last = LocalDatePattern.Iso.Parse(parse.GetValue(to) ?? "");
            var errors = new List<ValidationError>();
            if (!first.Success)
            {
                errors.Add(new("from", "date.format", "from must be a date, YYYY-MM-DD."));
            }

            if (!last.Success)
            {
                errors.Add(new("to", "date.format", "to must be a date, YYYY-MM-DD."));
            }

            if (errors.Count > 0)
            {
                return CliContext.Report(errors, json: false);
            }

            if (CliOutput.Check(parse.GetValue(output)!.FullName, parse.GetValue(db)) is { } refused)
            {
                return CliContext.Report([refused], json: false);
            }

            await using var cli = CliContext.Open(parse.GetValue(db)!, json: false);
            var result = await cli.Get<ITransparencyRegister>().ReportAsync(first.Value, last.Value, cancellationToken: ct).ConfigureAwait(false);
            var text = parse.GetValue(format) == "json" ? result.ToJson() : result.ToHtml(await GateCommands.LanguageAsync(cli, parse.GetValue(lang), ct).ConfigureAwait(false));
            var target = parse.GetValue(output)!.FullName;
            await CliOutput.WriteAsync(target, personal: false, text).ConfigureAwait(false);
            Console.WriteLine(target);
            return ExitCodes.Ok;
        });
        transparency.Subcommands.Add(report);
        return [transparency];
    }
}
