using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Rendering;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank history ID</c>, <c>storybank trash</c> and <c>storybank undelete ID</c>: nothing a re-import removes is lost.</summary>
internal static class HistoryCommands
{
    public static Command CreateHistory(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A story id or unique id prefix (deleted stories too)" };
        var command = new Command("history", "List the revisions of a story") { id };
        command.SetAction((parse, cancellationToken) => WithStoryAsync(host, global, parse, parse.GetValue(id)!, async (terminal, store, storyId) =>
        {
            var history = await store.HistoryAsync(storyId, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(history.Select(r => new { r.StoryId, r.Revision, change = r.Change.ToString(), r.Source, r.ChangedAt, title = r.Story.Title }));
            }
            else
            {
                WriteRevisions(host.Out, history);
            }

            return Terminal.Success;
        }, cancellationToken));
        return command;
    }

    public static Command CreateTrash(CliHost host, GlobalOptions global)
    {
        var command = new Command("trash", "List stories that re-imports removed; `storybank undelete ID` brings one back");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var trash = await store.TrashAsync(cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(trash.Select(r => new { r.StoryId, r.Revision, title = r.Story.Title, deletedAt = r.ChangedAt, r.Source }));
                }
                else if (trash.Count == 0)
                {
                    terminal.Line("The trash is empty.");
                }
                else
                {
                    WriteRevisions(host.Out, trash);
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static Command CreateUndelete(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "The id (or unique id prefix) of a story in the trash" };
        var command = new Command("undelete", "Bring a deleted story back into its document") { id };
        command.SetAction((parse, cancellationToken) => WithStoryAsync(host, global, parse, parse.GetValue(id)!, async (terminal, store, storyId) =>
        {
            var (story, error) = await store.UndeleteAsync(storyId, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return terminal.Fail(error);
            }

            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(story);
            }
            else
            {
                terminal.Line($"Restored {story!.Id} \"{story.Title}\".");
            }

            return Terminal.Success;
        }, cancellationToken));
        return command;
    }

    public static Command CreateDiff(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A story id or unique id prefix" };
        var revisions = new Argument<int[]>("REV") { Description = "No revision: the last change; one: that revision against the newest; two: the first against the second", Arity = new ArgumentArity(0, 2) };
        var command = new Command("diff", "Show what changed between two revisions of a story (its canonical Markdown)") { id, revisions };
        command.SetAction((parse, cancellationToken) => WithStoryAsync(host, global, parse, parse.GetValue(id)!, async (terminal, store, storyId) =>
        {
            var history = await store.HistoryAsync(storyId, cancellationToken).ConfigureAwait(false);
            var asked = parse.GetValue(revisions) ?? [];
            var (from, to) = asked.Length switch
            {
                0 => (history.Count >= 2 ? history[^2].Revision : history[^1].Revision, history[^1].Revision),
                1 => (asked[0], history[^1].Revision),
                _ => (asked[0], asked[1]),
            };
            var older = history.FirstOrDefault(r => r.Revision == from);
            var newer = history.FirstOrDefault(r => r.Revision == to);
            if (older is null || newer is null)
            {
                return terminal.Fail($"story '{storyId}' has revisions {string.Join(", ", history.Select(r => r.Revision))}, not {(older is null ? from : to)}");
            }

            var lines = RevisionDiff.Lines(older.Story, newer.Story);
            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(new { storyId, from, to, lines = lines.Select(l => new { change = l.Change, text = l.Text }) });
            }
            else
            {
                RevisionDiff.Write(host.Out, storyId, from, to, lines);
            }

            return Terminal.Success;
        }, cancellationToken));
        return command;
    }

    public static Command CreateRevert(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A story id or unique id prefix" };
        var revision = new Argument<int>("REV") { Description = "The revision to bring back (see `storybank history ID`)" };
        var command = new Command("restore", "Make an earlier revision of a story its newest version again") { id, revision };
        command.SetAction((parse, cancellationToken) => WithStoryAsync(host, global, parse, parse.GetValue(id)!, async (terminal, store, storyId) =>
        {
            var (story, error) = await store.RevertAsync(storyId, parse.GetValue(revision), cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return terminal.Fail(error);
            }

            if (parse.GetValue(global.Json))
            {
                terminal.WriteJson(story);
            }
            else
            {
                terminal.Line($"Story {storyId} is back to revision {parse.GetValue(revision)} (kept as a new revision).");
            }

            return Terminal.Success;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> WithStoryAsync(
        CliHost host, GlobalOptions global, ParseResult parse, string idOrPrefix, Func<Terminal, BankStore, string, Task<int>> action, CancellationToken cancellationToken)
    {
        var terminal = new Terminal(host);
        return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
        {
            var (storyId, candidates) = await store.ResolveRevisedStoryAsync(idOrPrefix, cancellationToken).ConfigureAwait(false);
            return storyId is not null
                ? await action(terminal, store, storyId).ConfigureAwait(false)
                : terminal.Fail(candidates.Count == 0
                    ? $"no story with id '{idOrPrefix}'"
                    : $"'{idOrPrefix}' matches several stories: {string.Join(", ", candidates)}");
        }, cancellationToken).ConfigureAwait(false);
    }


    private static void WriteRevisions(IAnsiConsole console, IReadOnlyList<StoryRevision> revisions)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("id").AddColumn(new TableColumn("rev").RightAligned()).AddColumn("change").AddColumn("when (UTC)").AddColumn("title").AddColumn("source");
        foreach (var revision in revisions)
        {
            table.AddRow(
                new Text(revision.StoryId),
                new Text(revision.Revision.ToString(CultureInfo.InvariantCulture)),
                new Text(revision.Change.ToString()),
                new Text(revision.ChangedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                new Text(revision.Story.Title),
                new Text(revision.Source));
        }

        console.Write(table);
    }
}
