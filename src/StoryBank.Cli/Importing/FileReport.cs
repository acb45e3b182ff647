using StoryBank.Core.Import;
using StoryBank.Storage;

namespace StoryBank.Cli.Importing;

/// <summary>What one imported file held and what it changed in the bank (the <c>--report</c> entry).</summary>
/// <param name="Path">The file.</param>
/// <param name="Stories">Stories read.</param>
/// <param name="Frameworks">Stories per framework.</param>
/// <param name="FollowUps">Follow-up questions over all stories.</param>
/// <param name="ShortVersions">Stories with a short version.</param>
/// <param name="Mappings">Question/theme/value mappings.</param>
/// <param name="Blocks">Blocks kept outside stories.</param>
/// <param name="Warnings">Warnings as <c>file:line: message</c>.</param>
/// <param name="LinesAccounted">The share of non-blank lines accounted for, 0–1.</param>
/// <param name="Encoding">The detected text encoding.</param>
/// <param name="Inserted">Stories new to the bank.</param>
/// <param name="Updated">Stories changed in the bank.</param>
/// <param name="Deleted">Stories removed from the bank.</param>
internal sealed record FileReport(
    string Path,
    int Stories,
    IReadOnlyDictionary<string, int> Frameworks,
    int FollowUps,
    int ShortVersions,
    int Mappings,
    int Blocks,
    IReadOnlyList<string> Warnings,
    double LinesAccounted,
    string Encoding,
    int Inserted,
    int Updated,
    int Deleted)
{
    public static FileReport From(string path, ImportedFile file, ImportCounts counts)
    {
        var stories = file.Document.Stories;
        return new FileReport(
            path,
            stories.Count,
            stories.GroupBy(s => s.Framework).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            stories.Sum(s => s.FollowUps.Count),
            stories.Count(s => s.ShortVersion is not null),
            file.Document.Mappings.Count,
            file.Document.Blocks.Count,
            [.. file.Warnings.Select(w => w.ToString())],
            file.Accounting.Share,
            file.Encoding,
            counts.Inserted,
            counts.Updated,
            counts.Deleted);
    }
}
