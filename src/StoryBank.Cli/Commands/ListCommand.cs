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
            var bank = global.ResolveBank(parse, host.Environment);
            if (bank.Error is { } bankError)
            {
                return terminal.Fail(bankError);
            }

            var store = await GlobalOptions.OpenBankAsync(bank.Options!, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
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
            }
        });
        return command;
    }
}
