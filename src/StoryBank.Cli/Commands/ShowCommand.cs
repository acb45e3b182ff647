using System.CommandLine;
using StoryBank.Cli.Rendering;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank show ID</c>: one story, by id or unique id prefix.</summary>
internal static class ShowCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = $"A story id, or a unique prefix of at least {BankStore.MinimumPrefixLength} characters" };
        var command = new Command("show", "Show one story") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var lookup = await store.GetStoryAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                switch (lookup)
                {
                    case StoryLookup.Found found when parse.GetValue(global.Json):
                        terminal.WriteJson(found.Story);
                        return Terminal.Success;
                    case StoryLookup.Found found:
                        StoryViews.WriteStory(host.Out, found.Story);
                        return Terminal.Success;
                    case StoryLookup.Ambiguous ambiguous:
                        var candidates = string.Join(", ", ambiguous.Candidates.Select(c => $"{c.Id} ({c.Title})"));
                        return terminal.Fail($"'{ambiguous.Query}' matches several stories: {candidates}");
                    default:
                        return terminal.Fail($"no story with id '{parse.GetValue(id)}'");
                }
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
