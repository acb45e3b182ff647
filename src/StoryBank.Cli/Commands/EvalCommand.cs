using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Catalog;
using StoryBank.Cli.Matching;
using StoryBank.Core.Matching.Evaluation;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank eval</c>: how well matching answers the mappings the bank's own documents state, beside plain BM25.</summary>
internal static class EvalCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var misses = new Option<bool>("--misses") { Description = "List every mapping whose first story is not one the document names" };
        var wordsOnly = MeaningSupport.WordsOnlyOption();
        var command = new Command("eval", "Measure matching against the question → story mappings your documents state (leave-one-out, beside plain BM25)") { misses, wordsOnly };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var documents = await BankDocuments.ReadAsync(store, cancellationToken).ConfigureAwait(false);
                if (documents.All(d => d.Stories.Count == 0))
                {
                    return terminal.Fail(BankDocuments.EmptyBank);
                }

                var stated = documents.Where(d => d.Mappings.Count > 0).ToList();
                if (stated.Count == 0)
                {
                    return terminal.Fail("no document of the bank states which story answers which question (a \"Best for\" list, question headings over stories or a question → story table), so there is nothing to measure against");
                }

                var catalog = await CompanyPacks.CatalogAsync(store, cancellationToken).ConfigureAwait(false);
                using var meaning = MeaningSupport.Open(host, parse.GetValue(wordsOnly), [.. stated.SelectMany(d => d.Stories)], stated.SelectMany(d => d.Mappings));
                var evaluations = new List<DocumentEvaluation>();
                foreach (var document in stated)
                {
                    evaluations.Add(MatchEvaluation.Evaluate(document, catalog, meaning?.Encoder));
                }

                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(evaluations.Select(e => new
                    {
                        file = e.Document.Source.File,
                        title = e.Document.Title,
                        stories = e.Document.Stories.Count,
                        mappings = e.Cases.Count,
                        matcher = new { top1 = Math.Round(e.Top1, 3), top3 = Math.Round(e.Top3, 3), meaning = meaning?.Encoder.Model },
                        bm25 = new { top1 = Math.Round(e.BaselineTop1, 3), top3 = Math.Round(e.BaselineTop3, 3) },
                        cases = e.Cases.Select(c => new { query = c.Mapping.Text, line = c.Mapping.Line, expected = c.Mapping.StoryIds, rank = c.Rank, bm25Rank = c.BaselineRank, top = c.Top }),
                    }));
                    return Terminal.Success;
                }

                var table = new Table().Border(TableBorder.Rounded).AddColumn("document").AddColumn(new TableColumn("stories").RightAligned())
                    .AddColumn(new TableColumn("mappings").RightAligned()).AddColumn(new TableColumn("top-1").RightAligned()).AddColumn(new TableColumn("top-3").RightAligned())
                    .AddColumn(new TableColumn("BM25 top-1").RightAligned()).AddColumn(new TableColumn("BM25 top-3").RightAligned());
                foreach (var e in evaluations)
                {
                    table.AddRow(Path.GetFileName(e.Document.Source.File), $"{e.Document.Stories.Count}", $"{e.Cases.Count}", Share(e.Top1), Share(e.Top3), Share(e.BaselineTop1), Share(e.BaselineTop3));
                }

                host.Out.Write(table);
                terminal.Line("Leave-one-out: while a mapping is the query, the text that states it is hidden from both rankings.");
                terminal.Line(meaning is null
                    ? "The matcher ranked by words and competencies only (--words-only)."
                    : $"The matcher ranked by words, competencies and meaning ({meaning.Encoder.Model}); --words-only leaves meaning out.");
                if (parse.GetValue(misses))
                {
                    foreach (var e in evaluations)
                    {
                        var titles = e.Document.Stories.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
                        foreach (var c in e.Cases.Where(c => c.Rank != 1))
                        {
                            terminal.Line($"{Path.GetFileName(e.Document.Source.File)}:{c.Mapping.Line}: \"{c.Mapping.Text}\" — rank {(c.Rank == 0 ? "none" : c.Rank.ToString(CultureInfo.InvariantCulture))}; first: {string.Join(" | ", c.Top.Select(id => titles[id]))}");
                        }
                    }
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string Share(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
