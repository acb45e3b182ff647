using Spectre.Console;
using StoryBank.Core.Planning;

namespace StoryBank.Cli.Planning;

/// <summary><c>storybank plan</c> for people: the portfolio, every value's go-to and backup, gaps, overuse and rounds.</summary>
internal static class PlanView
{
    public static void Write(IAnsiConsole console, LoopPlan plan)
    {
        Heading(console, $"Interview loop plan: {plan.Coverage.Pack.Company}");
        Paragraph(console, PlanWords.Summary(plan));
        if (plan.Portfolio.Note is { } note)
        {
            console.Write(new Paragraph($"Note: {note}\n", new Style(Color.Yellow)));
        }

        Heading(console, "Portfolio");
        var portfolio = new Table().Border(TableBorder.Rounded).AddColumn("story").AddColumn("values it covers (strength)");
        foreach (var story in plan.Portfolio.Stories)
        {
            var covered = string.Join(", ", story.Values.Select(v => $"{v.Value.Name} ({PlanWords.Strength(v.Coverage.Strength)})"));
            portfolio.AddRow(new Text(PlanWords.Story(story.Story)), new Text(covered.Length > 0 ? covered : "none"));
        }

        console.Write(portfolio);

        Heading(console, "Go-to and backup per value");
        var values = new Table().Border(TableBorder.Rounded).AddColumn("value").AddColumn("go-to").AddColumn("why").AddColumn("backup");
        foreach (var value in plan.Values)
        {
            values.AddRow(
                new Text(value.Value.Name),
                value.GoTo is { } pick ? new Text(PlanWords.Pick(pick)) : new Text($"none: {value.Note}", new Style(Color.Red)),
                new Text(value.GoTo is { } reasons ? PlanWords.Reasons(reasons.Coverage) : ""),
                new Text(value.Backup is { } backup ? PlanWords.Pick(backup) : "none"));
        }

        console.Write(values);

        Heading(console, "Gaps");
        if (plan.Gaps.Count == 0)
        {
            Paragraph(console, $"Every value has a story of strength {PlanWords.Strength(LoopPlanner.WeakCoverage)} or more.");
        }

        foreach (var gap in plan.Gaps)
        {
            var best = gap.Best is { } weak ? $"covered only weakly, at best by {PlanWords.Pick(weak)}" : "no story covers it";
            Paragraph(console, $"- {gap.Value.Name} ({best}). {gap.Advice}");
        }

        Heading(console, "Overuse");
        if (plan.Overuse.Count == 0)
        {
            Paragraph(console, "No story carries too many values.");
        }

        foreach (var overuse in plan.Overuse)
        {
            Paragraph(console, $"- {PlanWords.Story(overuse.Story)}: {overuse.Message}");
        }

        if (plan.Rounds.Count > 0)
        {
            Heading(console, "Rounds");
            Paragraph(console, PlanWords.RoundsRule);
            foreach (var round in plan.Rounds)
            {
                var table = new Table().Border(TableBorder.Rounded).Title($"Round {round.Number}").AddColumn("value").AddColumn("story").AddColumn("why");
                foreach (var slot in round.Slots)
                {
                    table.AddRow(
                        new Text(slot.Value.Name),
                        slot.Story is { } pick ? new Text(PlanWords.Pick(pick)) : new Text($"none: {slot.Note}", new Style(Color.Red)),
                        new Text(slot.Story is { } told ? PlanWords.Reasons(told.Coverage) : ""));
                }

                console.Write(table);
            }
        }
    }

    private static void Heading(IAnsiConsole console, string title) =>
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private static void Paragraph(IAnsiConsole console, string text) => console.Write(new Paragraph(text + "\n"));
}
