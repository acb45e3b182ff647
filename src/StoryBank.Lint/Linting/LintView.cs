using System.Globalization;
using Spectre.Console;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Lint.Linting;

/// <summary>Lint results for people: findings grouped per story with the line of source, then the bank summary.</summary>
internal static class LintView
{
    /// <summary>One linted file: its stories' findings, or "no stories found".</summary>
    public static void WriteDocument(IAnsiConsole console, DocumentReport report, SourceLines? source)
    {
        if (report.Stories.Count == 0)
        {
            console.MarkupLineInterpolated($"[bold]{report.File}[/]: [grey]no stories found[/]");
            return;
        }

        foreach (var story in report.Stories)
        {
            WriteStory(console, report.File, story, source);
        }
    }

    /// <summary>One story's findings, each with its severity, rule, message and source line.</summary>
    public static void WriteStory(IAnsiConsole console, string file, StoryReport story, SourceLines? source, bool explain = false)
    {
        var readinessColour = story.PracticeReady ? "green" : story.Readiness >= 50 ? "yellow" : "red";
        console.MarkupLineInterpolated($"[bold]{file}:{story.Story.Source.StartLine}[/] [bold]{story.Story.Title}[/] [grey]({story.Story.Id})[/]");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"  readiness [{readinessColour}]{story.Readiness}/100[/]{(story.PracticeReady ? " practice-ready" : " [red]not practice-ready[/]")} · full {SpeakingTime.Format(story.Stats.FullSeconds)} · short {(story.Stats.ShortWords == 0 ? "none" : SpeakingTime.Format(story.Stats.ShortSeconds))} · Action {Math.Round(story.Stats.ActionShare * 100)}% · I:we {story.Stats.ActionI}:{story.Stats.ActionWe}"));
        if (story.Findings.Count == 0)
        {
            console.MarkupLine("  [green]no findings[/]");
        }

        foreach (var finding in story.Findings)
        {
            var (colour, label) = finding.Severity switch
            {
                Severity.Error => ("red", "error"),
                Severity.Warning => ("yellow", "warning"),
                _ => ("blue", "note"),
            };
            console.MarkupLineInterpolated($"  [grey]{finding.Location.Line}:{finding.Location.Column}[/] [{colour}]{label}[/] [bold]{finding.Rule.Id}[/] [grey]{finding.Rule.Alias}[/]  {finding.Message}");
            if (source is not null && finding.Location.Line >= 1 && finding.Location.Line <= source.Count)
            {
                var line = source[finding.Location.Line].TrimEnd();
                var shown = line.Length > 160 ? line[..160] + "…" : line;
                console.MarkupLineInterpolated($"      [grey]│[/] {shown}");
                var start = Math.Max(0, finding.Location.Column - 1);
                if (start < shown.Length && finding.Location.EndLine == finding.Location.Line && finding.Location.EndColumn > finding.Location.Column)
                {
                    var width = Math.Min(shown.Length - start, finding.Location.EndColumn - finding.Location.Column);
                    console.MarkupLineInterpolated($"      [grey]│[/] {new string(' ', start)}[{colour}]{new string('^', Math.Max(1, width))}[/]");
                }
            }

            foreach (var fix in finding.Fixes)
            {
                console.MarkupLineInterpolated($"      [green]fix:[/] {SarifLog.Describe(fix, finding.Excerpt)}");
            }

            if (explain)
            {
                console.MarkupLineInterpolated($"      [green]how to fix:[/] {finding.Rule.Advice} [grey](more: {finding.Rule.HelpPath})[/]");
            }
        }

        console.WriteLine();
    }

    /// <summary>The bank summary: stories by readiness, the most frequent problems, stories not practice-ready.</summary>
    public static void WriteSummary(IAnsiConsole console, BankSummary summary)
    {
        console.MarkupLineInterpolated($"[bold]{summary.Stories} stories[/], {summary.PracticeReady} practice-ready · {summary.Errors} errors, {summary.Warnings} warnings, {summary.Notes} notes");
        if (summary.Stories == 0)
        {
            return;
        }

        var bands = new Table().Border(TableBorder.Rounded).AddColumn("readiness").AddColumn(new TableColumn("stories").RightAligned());
        foreach (var band in summary.ByReadiness)
        {
            bands.AddRow(new Text(band.Band), new Text(band.Stories.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(bands);
        if (summary.FrequentProblems.Count > 0)
        {
            var problems = new Table().Border(TableBorder.Rounded).Title("most frequent problems")
                .AddColumn("rule").AddColumn("what").AddColumn(new TableColumn("stories").RightAligned());
            foreach (var problem in summary.FrequentProblems.Take(10))
            {
                problems.AddRow(new Text($"{problem.Id} {problem.Alias}"), new Text(problem.Title), new Text(problem.Stories.ToString(CultureInfo.InvariantCulture)));
            }

            console.Write(problems);
        }

        if (summary.NotReady.Count > 0)
        {
            console.MarkupLine("[bold]not practice-ready[/] (lowest first):");
            foreach (var story in summary.NotReady.Take(15))
            {
                console.MarkupLineInterpolated($"  {story.Readiness,3}  {story.Title} [grey]{story.File}:{story.Line}[/]");
            }

            if (summary.NotReady.Count > 15)
            {
                console.MarkupLineInterpolated($"  [grey]… and {summary.NotReady.Count - 15} more[/]");
            }
        }
    }

}
