using StoryBank.Lint.Files;
using System.CommandLine;
using StoryBank.Cli.Importing;
using StoryBank.Cli.Rendering;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank import PATH... [--report]</c>: reads story bank files and folders into the bank.</summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Story bank files or folders (searched recursively); the format is read from the content",
            Arity = ArgumentArity.OneOrMore,
        };
        var report = new Option<bool>("--report") { Description = "Show what each file held and what it changed" };
        var command = new Command("import", "Import story banks (Markdown or StoryBank exports) into the bank") { paths, report };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var json = parse.GetValue(global.Json);
            var (sources, missing) = SourceFiles.Expand(parse.GetValue(paths)!);
            if (missing.Count > 0)
            {
                return terminal.Fail(missing[0]);
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var result = await ImportRun.ExecuteAsync(store, sources, host.Out, allowProgress: !json, cancellationToken).ConfigureAwait(false);
                return Show(terminal, result, json, parse.GetValue(report));
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Prints the outcome of a run and returns the exit code; shared with <c>demo</c>.</summary>
    public static int Show(Terminal terminal, ImportRunResult result, bool json, bool report)
    {
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                terminal.Error(error);
            }

            return terminal.Fail($"nothing was imported ({result.Errors.Count} {(result.Errors.Count == 1 ? "error" : "errors")})");
        }

        foreach (var skipped in result.Skipped)
        {
            if (json)
            {
                terminal.Note(skipped);
            }
            else
            {
                terminal.Line(skipped);
            }
        }

        if (json && report)
        {
            terminal.WriteJson(result.Reports);
        }
        else if (json)
        {
            terminal.WriteJson(new
            {
                files = result.Reports.Count,
                stories = result.Reports.Sum(r => r.Stories),
                inserted = result.Reports.Sum(r => r.Inserted),
                updated = result.Reports.Sum(r => r.Updated),
                deleted = result.Reports.Sum(r => r.Deleted),
                unchanged = result.Unchanged,
                skipped = result.Skipped.Count,
            });
        }
        else
        {
            if (report)
            {
                ImportReportView.WriteReport(terminal.Out, result);
            }

            terminal.Line(ImportReportView.SummaryLine(result));
        }

        return Terminal.Success;
    }
}
