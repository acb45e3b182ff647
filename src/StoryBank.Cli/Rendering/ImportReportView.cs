using System.Globalization;
using Spectre.Console;
using StoryBank.Cli.Importing;

namespace StoryBank.Cli.Rendering;

/// <summary>Renders import results for people: a summary line or a per-file report.</summary>
internal static class ImportReportView
{
    /// <summary>One line: files, stories and what changed in the bank.</summary>
    public static string SummaryLine(ImportRunResult result)
    {
        var stories = result.Reports.Sum(r => r.Stories);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"Imported {Plural(result.Reports.Count, "file")}: {Plural(stories, "story", "stories")} ({result.Reports.Sum(r => r.Inserted)} new, {result.Reports.Sum(r => r.Updated)} updated, {result.Reports.Sum(r => r.Deleted)} deleted, {result.Unchanged} unchanged)");
        if (result.Skipped.Count > 0)
        {
            line += $"; skipped {Plural(result.Skipped.Count, "file")}";
        }

        return line + ".";
    }

    public static void WriteReport(IAnsiConsole console, ImportRunResult result)
    {
        foreach (var report in result.Reports)
        {
            console.Write(new Text(report.Path + "\n", new Style(decoration: Decoration.Bold)));
            var frameworks = string.Join(", ", report.Frameworks.Select(f => $"{f.Key} {f.Value}"));
            console.Write(new Text(string.Create(
                CultureInfo.InvariantCulture,
                $"  stories {report.Stories}{(frameworks.Length > 0 ? $" ({frameworks})" : "")} · follow-ups {report.FollowUps} · short versions {report.ShortVersions} · mappings {report.Mappings} · blocks {report.Blocks}\n")));
            console.Write(new Text(string.Create(
                CultureInfo.InvariantCulture,
                $"  lines accounted {report.LinesAccounted * 100:0.0}% · {report.Encoding} · bank: {report.Inserted} new, {report.Updated} updated, {report.Deleted} deleted\n")));
            foreach (var warning in report.Warnings)
            {
                console.Write(new Text($"  warning: {warning}\n", new Style(Color.Yellow)));
            }
        }
    }

    private static string Plural(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
