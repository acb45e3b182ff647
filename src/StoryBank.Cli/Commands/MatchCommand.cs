using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Catalog;
using StoryBank.Cli.Matching;
using StoryBank.Core.Matching;

namespace StoryBank.Cli.Commands;

/// <summary><c>storybank match TEXT</c>: the framework and the go-to and backup stories for a question, theme or value.</summary>
internal static class MatchCommand
{
    private const int MaxTop = 50;

    public static Command Create(CliHost host, GlobalOptions global)
    {
        var text = new Argument<string[]>("TEXT") { Description = "A question (\"Tell me about a time you failed\"), a theme (\"Conflict/Disagreement\") or a company value (\"Dive Deep\")", Arity = ArgumentArity.OneOrMore };
        var company = new Option<string?>("--company") { Description = "The company whose values the query may name (amazon, google, meta, atlassian, microsoft, netflix or one you added)", HelpName = "NAME" };
        var top = new Option<int>("--top") { Description = "How many stories to show: the go-to, the backup and alternatives", DefaultValueFactory = _ => 3 };
        var wordsOnly = MeaningSupport.WordsOnlyOption();
        var command = new Command("match", "Choose the framework and the best go-to and backup stories for a question, theme or value") { text, company, top, wordsOnly };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            var query = string.Join(' ', parse.GetValue(text)!).Trim();
            if (StoryMatcher.ProblemWith(query) is { } problem)
            {
                return terminal.Fail(problem);
            }

            if (parse.GetValue(top) is var limit and (< 1 or > MaxTop))
            {
                return terminal.Fail($"--top must be between 1 and {MaxTop}, not {limit}");
            }

            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                var documents = await BankDocuments.ReadAsync(store, cancellationToken).ConfigureAwait(false);
                var stories = documents.SelectMany(d => d.Stories).ToList();
                if (stories.Count == 0)
                {
                    return terminal.Fail(BankDocuments.EmptyBank);
                }

                var pack = default(Core.Catalog.ValuePack);
                if (parse.GetValue(company) is { } name)
                {
                    var (found, error) = await CompanyPacks.FindAsync(store, name, cancellationToken).ConfigureAwait(false);
                    if (error is not null)
                    {
                        return terminal.Fail(error);
                    }

                    pack = found;
                }

                var catalog = await CompanyPacks.CatalogAsync(store, cancellationToken).ConfigureAwait(false);
                var tags = await StoryTags.LoadAsync(store, cancellationToken).ConfigureAwait(false);
                var mappings = documents.SelectMany(d => d.Mappings).ToList();
                using var meaning = MeaningSupport.Open(host, parse.GetValue(wordsOnly), stories, mappings);
                var matcher = new StoryMatcher(stories, mappings, catalog, tags.For, encoder: meaning?.Encoder);
                var answer = matcher.Match(query, pack, parse.GetValue(top));
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(ToJson(answer));
                    return Terminal.Success;
                }

                Show(host.Out, answer);
                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static object ToJson(MatchAnswer answer) => new
    {
        query = answer.Query,
        kind = answer.Reading.Kind.ToString().ToLowerInvariant(),
        competencies = answer.Reading.Competencies.Select(c => new { id = c.Id, weight = c.Weight, why = c.Why }),
        values = answer.Reading.Values.Select(v => new { company = v.Company, id = v.Value.Id, name = v.Value.Name }),
        framework = new
        {
            name = answer.Framework.Framework.ToString(),
            reason = answer.Framework.Reason,
            timePlan = answer.Framework.TimePlan.Select(p => new { part = p.Part, fromSeconds = p.FromSeconds, toSeconds = p.ToSeconds }),
        },
        stories = answer.Stories.Select(s => new
        {
            id = s.Story.Id,
            title = s.Story.Title,
            role = RoleName(s.Role),
            score = s.Score,
            reasons = s.Reasons,
            source = new { file = s.Story.Source.File, line = s.Story.Source.StartLine },
        }),
    };

    private static string RoleName(MatchRole role) => role switch
    {
        MatchRole.GoTo => "go-to",
        MatchRole.Backup => "backup",
        _ => "alternative",
    };

    private static void Show(IAnsiConsole console, MatchAnswer answer)
    {
        var plan = string.Join(" · ", answer.Framework.TimePlan.Select(p => $"{p.Part} {p.FromSeconds}–{p.ToSeconds}s"));
        console.Write(new Markup($"[bold]{Markup.Escape(answer.Framework.Framework.ToString())}[/] — {Markup.Escape(answer.Framework.Reason)}\n"));
        console.Write(new Text($"Time plan for a 2–3 minute answer: {plan}\n"));
        if (answer.Reading.Competencies.Count > 0)
        {
            console.Write(new Text($"Asks for: {string.Join(", ", answer.Reading.Competencies.Select(c => c.Id))}\n"));
        }

        if (answer.Stories.Count == 0)
        {
            console.Write(new Text("\nNo story in the bank speaks to this yet: it is a gap worth a new story.\n"));
            return;
        }

        // One block per story rather than a table: reasons are sentences, and read well at any terminal width.
        foreach (var match in answer.Stories)
        {
            console.Write(new Text("\n"));
            console.Write(new Markup($"[bold]{Markup.Escape(RoleName(match.Role))}[/]  {Markup.Escape(match.Story.Title)} ({match.Story.Id}) · score {match.Score.ToString("0.00", CultureInfo.InvariantCulture)}\n"));
            foreach (var reason in match.Reasons)
            {
                console.Write(new Text($"  • {reason}\n"));
            }
        }

        if (answer.Stories.All(s => s.Role != MatchRole.Backup))
        {
            console.Write(new Text($"{NoBackup}\n"));
        }
    }

    /// <summary>What to say when only one story answers: the loop may need a second.</summary>
    public const string NoBackup = "No backup: no other story in the bank speaks to this. A second one would cover you if the go-to is told earlier in the loop.";
}
