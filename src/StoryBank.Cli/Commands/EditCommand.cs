using System.CommandLine;
using System.Diagnostics;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary>
/// <c>storybank edit ID</c>: opens the story's canonical Markdown in <c>$VISUAL</c> or <c>$EDITOR</c> and saves it back
/// as a new revision, unless someone changed the story in the meantime.
/// </summary>
internal static class EditCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A story id or unique id prefix" };
        var command = new Command("edit", "Edit a story in $VISUAL or $EDITOR (its canonical Markdown) and save it as a new revision") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var editor = host.Environment("VISUAL") is { Length: > 0 } visual ? visual : host.Environment("EDITOR");
            if (string.IsNullOrWhiteSpace(editor))
            {
                return terminal.Fail("set EDITOR (or VISUAL) to the editor to use, for example: EDITOR=nano storybank edit ID");
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var lookup = await store.GetStoryAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                if (lookup is not StoryLookup.Found found)
                {
                    return terminal.Fail(lookup is StoryLookup.Ambiguous ambiguous
                        ? $"'{ambiguous.Query}' matches several stories: {string.Join(", ", ambiguous.Candidates.Select(c => c.Id))}"
                        : $"no story with id '{parse.GetValue(id)}'");
                }

                var file = Path.Combine(Path.GetTempPath(), $"storybank-edit-{found.Story.Id}.md");
                await File.WriteAllTextAsync(file, CanonicalMarkdownExporter.StoryFile("edit", found.Story), cancellationToken).ConfigureAwait(false);
                var exitCode = await RunEditorAsync(editor, file, cancellationToken).ConfigureAwait(false);
                if (exitCode != 0)
                {
                    return terminal.Fail($"the editor exited with code {exitCode}; nothing was saved (your text is in {file})");
                }

                var edited = BankImporter.ImportText(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), file);
                if (edited.Error is { } error)
                {
                    return terminal.Fail($"{error}; nothing was saved (fix the file and run `storybank import {file}`)");
                }

                var story = edited.File!.Document.Stories.SingleOrDefault();
                if (edited.File.Fragment != FragmentKind.Story || story is null || story.Id != found.Story.Id)
                {
                    return terminal.Fail($"{file}: the front matter must keep `storybank: story` and `id: {found.Story.Id}`; nothing was saved");
                }

                switch (await store.SaveEditAsync(story, found.Version, cancellationToken).ConfigureAwait(false))
                {
                    case EditResult.Saved saved:
                        File.Delete(file);
                        terminal.Line($"Saved {story.Id} as revision {saved.Version}.");
                        return Terminal.Success;
                    case EditResult.Unchanged:
                        File.Delete(file);
                        terminal.Line($"No change to {story.Id}.");
                        return Terminal.Success;
                    case EditResult.Stale stale:
                        return terminal.Fail($"{stale.Message}; your text is in {file}");
                    case EditResult.Refused refused:
                        return terminal.Fail($"{refused.Message}; your text is in {file}");
                    default:
                        throw new InvalidOperationException("unknown edit result");
                }
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    // Through the shell, so EDITOR may carry arguments ("code --wait"); the file is passed as $1, never interpolated.
    private static async Task<int> RunEditorAsync(string editor, string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{editor} \"$1\"");
        start.ArgumentList.Add("storybank-edit");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the editor did not start");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }
}
