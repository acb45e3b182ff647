using System.CommandLine;
using StoryBank.Cli.Commands;

namespace StoryBank.Cli;

/// <summary>The <c>storybank</c> command line: builds the command tree and turns every outcome into an exit code.</summary>
internal static class StoryBankCli
{
    public static RootCommand Build(CliHost host)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("StoryBank: import, inspect and export behavioral-interview story banks")
        {
            global.Db,
            global.Postgres,
            global.Owner,
            global.Json,
            ImportCommand.Create(host, global),
            ListCommand.Create(host, global),
            ShowCommand.Create(host, global),
            ExportCommand.Create(host, global),
            SearchCommand.Create(host, global),
            BackupCommands.CreateBackup(host, global),
            BackupCommands.CreateRestore(host, global),
            EditCommand.Create(host, global),
            HistoryCommands.CreateHistory(host, global),
            HistoryCommands.CreateTrash(host, global),
            HistoryCommands.CreateUndelete(host, global),
            HistoryCommands.CreateDiff(host, global),
            HistoryCommands.CreateRevert(host, global),
            LintCommand.Create(host, global),
            CoachCommand.Create(host, global),
            PlanCommand.Create(host, global),
            DbCommand.Create(host, global),
            DemoCommand.Create(host, global),
            MatchCommand.Create(host, global),
            EvalCommand.Create(host, global),
            ValuesCommand.Create(host, global),
            TagCommand.Create(host, global),
            SimilarCommand.Create(host, global),
        };
        return root;
    }

    /// <summary>Runs one command line. Never throws: 0 success, 1 user error, 2 StoryBank's own failure.</summary>
    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        var terminal = new Terminal(host);
        var parse = Build(host).Parse(args);
        if (parse.Errors.Count > 0)
        {
            return terminal.Fail(string.Join(" ", parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal)));
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = host.Out.Profile.Out.Writer,
                Error = host.Error.Profile.Out.Writer,
            };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return terminal.Fail("cancelled; nothing was written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return terminal.Fail(e.Message);
        }
#pragma warning disable CA1031 // The top of the program: any failure becomes one line and exit code 2, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            terminal.Error($"unexpected error: {e.GetBaseException().Message}");
            if (host.Debug)
            {
                host.Error.Write(new Spectre.Console.Text(e + "\n"));
            }
            else
            {
                terminal.Note("(set STORYBANK_DEBUG=1 to see the details)");
            }

            return Terminal.InternalError;
        }
    }
}
