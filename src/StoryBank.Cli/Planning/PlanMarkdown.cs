using System.Globalization;
using System.Text;
using StoryBank.Core.Planning;

namespace StoryBank.Cli.Planning;

/// <summary><c>storybank plan --md</c>: the plan as a Markdown report, to keep beside the bank or print.</summary>
internal static class PlanMarkdown
{
    public static string Write(LoopPlan plan)
    {
        var md = new StringBuilder();
        md.Append("# Interview loop plan: ").AppendLine(plan.Coverage.Pack.Company).AppendLine();
        md.AppendLine(PlanWords.Summary(plan));
        if (plan.Portfolio.Note is { } note)
        {
            md.AppendLine().Append("> Note: ").AppendLine(note);
        }

        md.AppendLine().AppendLine("## Portfolio").AppendLine();
        md.AppendLine("| story | values it covers (strength) |").AppendLine("|---|---|");
        foreach (var story in plan.Portfolio.Stories)
        {
            var values = string.Join(", ", story.Values.Select(v => $"{v.Value.Name} ({PlanWords.Strength(v.Coverage.Strength)})"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(PlanWords.Story(story.Story))} | {Cell(values.Length > 0 ? values : "none")} |");
        }

        md.AppendLine().AppendLine("## Go-to and backup per value").AppendLine();
        md.AppendLine("| value | go-to | why | backup |").AppendLine("|---|---|---|---|");
        foreach (var value in plan.Values)
        {
            var goTo = value.GoTo is { } pick ? PlanWords.Pick(pick) : $"none: {value.Note}";
            var why = value.GoTo is { } reasons ? PlanWords.Reasons(reasons.Coverage) : "";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(value.Value.Name)} | {Cell(goTo)} | {Cell(why)} | {Cell(value.Backup is { } backup ? PlanWords.Pick(backup) : "none")} |");
        }

        md.AppendLine().AppendLine("## Gaps").AppendLine();
        if (plan.Gaps.Count == 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Every value has a story of strength {PlanWords.Strength(LoopPlanner.WeakCoverage)} or more.");
        }

        foreach (var gap in plan.Gaps)
        {
            var best = gap.Best is { } weak ? $"covered only weakly, at best by {PlanWords.Pick(weak)}" : "no story covers it";
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{gap.Value.Name}** ({best}). {gap.Advice}");
        }

        md.AppendLine().AppendLine("## Overuse").AppendLine();
        if (plan.Overuse.Count == 0)
        {
            md.AppendLine("No story carries too many values.");
        }

        foreach (var overuse in plan.Overuse)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{PlanWords.Story(overuse.Story)}**: {overuse.Message}");
        }

        if (plan.Rounds.Count > 0)
        {
            md.AppendLine().AppendLine("## Rounds").AppendLine().AppendLine(PlanWords.RoundsRule);
            foreach (var round in plan.Rounds)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Round {round.Number}").AppendLine();
                md.AppendLine("| value | story | why |").AppendLine("|---|---|---|");
                foreach (var slot in round.Slots)
                {
                    var story = slot.Story is { } pick ? PlanWords.Pick(pick) : $"none: {slot.Note}";
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(slot.Value.Name)} | {Cell(story)} | {Cell(slot.Story is { } told ? PlanWords.Reasons(told.Coverage) : "")} |");
                }
            }
        }

        return md.ToString().TrimEnd('\n');
    }

    /// <summary>Text safe inside a table cell: pipes escaped, line breaks as spaces.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
