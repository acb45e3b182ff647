using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Catalog;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;
using StoryBank.Core.Planning;
using StoryBank.Storage;

namespace StoryBank.Cli.Commands;

/// <summary>
/// <c>storybank tag ID [--confirm C...] [--remove C...] [--clear C...]</c>: the user's word on a story's competencies,
/// then the story's profile with it applied.
/// </summary>
internal static class TagCommand
{
    public static Command Create(CliHost host, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = $"A story id, or a unique prefix of at least {BankStore.MinimumPrefixLength} characters" };
        var confirm = CompetencyOption("--confirm", "Keep these competencies whatever the story's text says");
        var remove = CompetencyOption("--remove", "Drop these competencies whatever the story's text says");
        var clear = CompetencyOption("--clear", "Forget what you said of these competencies");
        var company = new Option<string?>("--company") { Description = "Also show which of this company's values the story covers, how strongly and why", HelpName = "NAME" };
        var command = new Command("tag", "Confirm or remove a story's competencies; with no option, show its profile") { id, confirm, remove, clear, company };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var terminal = new Terminal(host);
            TagChange[] changes =
            [
                .. Changes(parse.GetValue(confirm), TagAction.Confirm),
                .. Changes(parse.GetValue(remove), TagAction.Remove),
                .. Changes(parse.GetValue(clear), TagAction.Clear),
            ];
            return await global.WithBankAsync(parse, host.Environment, terminal, async store =>
            {
                ValuePack? pack = null;
                if (parse.GetValue(company) is { } name)
                {
                    (pack, var error) = await CompanyPacks.FindAsync(store, name, cancellationToken).ConfigureAwait(false);
                    if (pack is null)
                    {
                        return terminal.Fail(error!); // before any change is saved
                    }
                }

                var result = await store.SetTagsAsync(parse.GetValue(id)!, changes, cancellationToken).ConfigureAwait(false);
                if (result is TagResult.Refused refused)
                {
                    return terminal.Fail(refused.Message);
                }

                var storyId = ((TagResult.Saved)result).StoryId;
                if (await store.GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false) is not StoryLookup.Found found)
                {
                    return terminal.Fail($"no story with id '{storyId}'");
                }

                var overrides = (await StoryTags.LoadAsync(store, cancellationToken).ConfigureAwait(false)).For(storyId);
                var rows = Rows(found.Story, overrides);
                var values = pack is null ? [] : ValuesCovered(pack, found.Story, overrides);
                if (parse.GetValue(global.Json))
                {
                    terminal.WriteJson(new
                    {
                        id = storyId,
                        title = found.Story.Title,
                        competencies = rows.Select(r => new
                        {
                            id = r.Tag.CompetencyId,
                            name = r.Name,
                            weight = r.Removed ? 0 : r.Tag.Weight,
                            tag = r.Removed ? "removed" : overrides.Confirmed.Contains(r.Tag.CompetencyId) ? "confirmed" : null,
                            evidence = r.Tag.Evidence.Select(e => new { source = e.Source.ToString(), phrase = e.Phrase }),
                        }),
                        values = pack is null ? null : values.Select(v => new { company = pack.Company, id = v.Value.Id, name = v.Value.Name, strength = Math.Round(v.Coverage.Strength, 3), reasons = v.Coverage.Reasons }),
                    });
                }
                else
                {
                    Write(host.Out, found.Story, overrides, rows);
                    if (pack is not null)
                    {
                        WriteValues(host.Out, pack, values);
                    }
                }

                return Terminal.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string[]> CompetencyOption(string name, string description) => new(name)
    {
        Description = description + " (competency ids, e.g. conflict customer-focus)",
        HelpName = "COMPETENCY",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private static IEnumerable<TagChange> Changes(string[]? competencies, TagAction action) =>
        (competencies ?? []).Select(c => new TagChange(c, action));

    /// <summary>
    /// The story's profile with the overrides applied, then each removed competency with the evidence the story's own
    /// words give for it (none when only the user ever named it).
    /// </summary>
    private static List<(CompetencyTag Tag, string Name, bool Removed)> Rows(Story story, TagOverrides overrides)
    {
        var names = InterviewCatalog.Default.Competencies.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var fromText = StoryProfiler.Default.Profile(story).Competencies;
        var removed = overrides.Removed.Order(StringComparer.Ordinal)
            .Select(competencyId => fromText.FirstOrDefault(t => t.CompetencyId == competencyId) ?? new CompetencyTag(competencyId, 0, []));
        return
        [
            .. StoryProfiler.Default.Profile(story, overrides).Competencies.Select(t => (t, names[t.CompetencyId], false)),
            .. removed.Select(t => (t, names[t.CompetencyId], true)),
        ];
    }

    /// <summary>The values of <paramref name="pack"/> the story covers, strongest first, as the planner scores them.</summary>
    private static List<(CompanyValue Value, Coverage Coverage)> ValuesCovered(ValuePack pack, Story story, TagOverrides overrides)
    {
        var matrix = CoverageMatrix.Build(pack, [story], [StoryProfiler.Default.Profile(story, overrides)]);
        return [.. pack.Values.Select((value, v) => (value, matrix[v, 0])).Where(c => c.Item2.Strength > 0).OrderByDescending(c => c.Item2.Strength)];
    }

    private static void WriteValues(IAnsiConsole console, ValuePack pack, List<(CompanyValue Value, Coverage Coverage)> values)
    {
        if (values.Count == 0)
        {
            console.Write(new Text($"It covers none of {pack.Company}'s values.\n"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn($"{pack.Company} value").AddColumn(new TableColumn("strength").RightAligned()).AddColumn("why");
        foreach (var (value, coverage) in values)
        {
            table.AddRow(new Text(value.Name), new Text(coverage.Strength.ToString("0.##", CultureInfo.InvariantCulture)), new Text(string.Join("\n", coverage.Reasons)));
        }

        console.Write(table);
    }

    private static void Write(IAnsiConsole console, Story story, TagOverrides overrides, List<(CompetencyTag Tag, string Name, bool Removed)> rows)
    {
        console.Write(new Text($"{story.Id}  {story.Title}\n", new Style(decoration: Decoration.Bold)));
        if (rows.Count == 0)
        {
            console.Write(new Text("No competency found in the story; confirm one with `storybank tag ID --confirm COMPETENCY`.\n"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("competency").AddColumn(new TableColumn("weight").RightAligned()).AddColumn("your word").AddColumn("evidence");
        foreach (var (tag, name, isRemoved) in rows)
        {
            var word = isRemoved ? "removed" : overrides.Confirmed.Contains(tag.CompetencyId) ? "confirmed" : "";
            var evidence = string.Join("; ", tag.Evidence.Where(e => e.Source != EvidenceSource.Confirmed)
                .GroupBy(e => e.Source)
                .Select(g => $"{StoryProfiler.Describe(g.Key)}: {string.Join(", ", g.Select(e => $"\"{e.Phrase}\""))}"));
            table.AddRow(
                new Text($"{tag.CompetencyId} ({name})", isRemoved ? new Style(decoration: Decoration.Strikethrough) : Style.Plain),
                new Text(isRemoved ? "-" : tag.Weight.ToString("0.##", CultureInfo.InvariantCulture)),
                new Text(word),
                new Text(evidence));
        }

        console.Write(table);
    }
}
