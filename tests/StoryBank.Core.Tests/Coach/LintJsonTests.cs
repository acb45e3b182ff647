using System.Text;
using System.Text.Json;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Reports;

namespace StoryBank.Core.Tests.Coach;

/// <summary>
/// The JSON report of a document with many stories, whose text is written in runs on several threads, is one valid,
/// evenly indented document with every story once and in order.
/// </summary>
public sealed class LintJsonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(70)]
    public void Stories_written_in_runs_join_into_one_document_in_order(int stories)
    {
        var markdown = string.Concat(Enumerable.Range(1, stories).Select(i => CoachHarness.StoryWith("Action", $"I moved job {i} to a queue.")
            .Replace("## Corpus entry", $"## Story {i}", StringComparison.Ordinal)));
        var report = CoachHarness.Lint(markdown);
        var summary = new BankSummary.Builder();
        summary.Add(report);

        using var output = new MemoryStream();
        using (var json = new LintJson(output))
        {
            json.Add(report);
            json.Finish(summary.Build());
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        using var parsed = JsonDocument.Parse(text);
        var written = parsed.RootElement.GetProperty("files")[0].GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(report.Stories.Select(s => s.Story.Id), written);
        Assert.Equal(stories, text.Split('\n').Count(line => line == "        {")); // each story opens at the depth of the stories array
        Assert.Equal(stories, parsed.RootElement.GetProperty("summary").GetProperty("stories").GetInt32());
    }
}
