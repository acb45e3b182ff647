using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank search TEXT</c>: full-text search over the bank's stories.</summary>
internal static class SearchCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var text = new Argument<string[]>("TEXT") { Description = "The words to find (every word must match; word forms are folded)", Arity = ArgumentArity.OneOrMore };
        var top = new Option<int>("--top") { Description = "How many stories to show at most", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Find stories by the words in them") { text, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var query = string.Join(' ', parse.GetValue(text)!);
            if (!query.Any(char.IsLetterOrDigit))
            {
                return terminal.Fail("the search has no words to look for");
            }

            if (parse.GetValue(top) is var limit and < 1)
            {
                return terminal.Fail($"--top must be at least 1, not {limit}");
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var hits = await store.SearchAsync(query, parse.GetValue(top), cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(hits.Select(h => new { id = h.Story.Id, title = h.Story.Title, company = h.Story.Company, score = Math.Round(h.Score, 4) }));
                    return Terminal.Success;
                }

                if (hits.Count == 0)
                {
                    terminal.Line($"No story contains every word of \"{query}\".");
                    return Terminal.Success;
                }

                var table = new Table().Border(TableBorder.Rounded).AddColumn("id").AddColumn("title").AddColumn("company").AddColumn(new TableColumn("score").RightAligned());
                foreach (var hit in hits)
                {
                    table.AddRow(
                        new Text(hit.Story.Id),
                        new Text(hit.Story.Title),
                        new Text(hit.Story.Company ?? string.Empty),
                        new Text(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)));
                }

                host.Out.Write(table);
                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
