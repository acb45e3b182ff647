using System.CommandLine;
using StoryBank.Cli.Rendering;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank list</c>: every story in the bank.</summary>
internal static class ListCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var command = new Command("list", "List the stories in the bank");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var stories = await store.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(stories);
                }
                else
                {
                    StoryViews.WriteTable(host.Out, stories);
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
