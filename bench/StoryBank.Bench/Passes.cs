using System.Text;
using Markdig;
using StoryBank.Core.Import;

namespace StoryBank.Bench;

/// <summary>The two things measured on each file: Markdig's bare parse (the floor) and StoryBank's import.</summary>
internal static class Passes
{
    public const string MarkdigPipelineDescription = "Markdig default pipeline + UsePipeTables + UseYamlFrontMatter";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    /// <summary>Reads, decodes and parses one file with Markdig; returns the number of top-level blocks so the work is not optimized away.</summary>
    public static int ParseWithMarkdig(string path) => ParseWithMarkdig(File.ReadAllBytes(path));

    public static int ParseWithMarkdig(byte[] bytes) => Markdown.Parse(Encoding.UTF8.GetString(bytes), Pipeline).Count;

    /// <summary>Reads and imports one file through the real import path, keeping only counts.</summary>
    public static ImportTally Import(string path) => ImportTally.Of(BankImporter.Import(File.ReadAllBytes(path), path));

    public static int ParseAllWithMarkdig(IReadOnlyList<string> paths)
    {
        var blocks = 0;
        foreach (var path in paths)
        {
            blocks += ParseWithMarkdig(path);
        }

        return blocks;
    }

    public static ImportTally ImportAll(IEnumerable<string> paths, Action? afterEachFile = null)
    {
        var tally = ImportTally.None;
        foreach (var path in paths)
        {
            tally += Import(path);
            afterEachFile?.Invoke();
        }

        return tally;
    }
}

/// <summary>What a run of imports produced, as counts only, so nothing imported is retained.</summary>
internal sealed record ImportTally(int Files, int Stories, int Warnings, int Failed, string? FirstError)
{
    public static readonly ImportTally None = new(0, 0, 0, 0, null);

    public static ImportTally Of(ImportOutcome outcome) => outcome.File is { } file
        ? new ImportTally(1, file.Document.Stories.Count, file.Warnings.Count, 0, null)
        : new ImportTally(1, 0, 0, 1, outcome.Error?.ToString());

    public static ImportTally operator +(ImportTally left, ImportTally right) => new(
        left.Files + right.Files,
        left.Stories + right.Stories,
        left.Warnings + right.Warnings,
        left.Failed + right.Failed,
        left.FirstError ?? right.FirstError);

    public void Print()
    {
        new FigureTable("What the import produced", "figure", "value")
            .Row("files imported", Files - Failed)
            .Row("files failed", Failed)
            .Row("stories", Stories)
            .Row("warnings", Warnings)
            .Print();
        if (FirstError is { } error)
        {
            Console.WriteLine($"first error: {error}");
        }
    }
}
