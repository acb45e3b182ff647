using StoryBank.Core.Coach;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Coach;

/// <summary>Lints Markdown written in a test, and finds the repository's files (docs/rules, the corpus).</summary>
internal static class CoachHarness
{
    /// <summary>Bland STAR sections that trip none of the sentence rules, to surround a corpus entry.</summary>
    public static readonly IReadOnlyDictionary<string, string> Filler = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Situation"] = "The billing service sent invoices through a nightly batch job.",
        ["Task"] = "I owned the batch job and its schedule.",
        ["Action"] = "I moved the job to a queue and added a retry for each invoice.",
        ["Result"] = "Failed invoices fell from 120 to 4 a month.",
    };

    /// <summary>A one-story bank whose <paramref name="section"/> is <paramref name="text"/>; the other sections are <see cref="Filler"/>.</summary>
    public static string StoryWith(string section, string text)
    {
        var parts = Filler.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var markdown = new System.Text.StringBuilder("## Corpus entry\n\n");
        if (section == "Short")
        {
            markdown.Append("### Short Version (30 sec)\n> ").Append(text).Append("\n\n### Full STAR Version\n\n");
        }
        else
        {
            parts[section] = text;
        }

        foreach (var (label, body) in parts)
        {
            markdown.Append("**").Append(label).Append(":**\n").Append(body).Append("\n\n");
        }

        return markdown.ToString();
    }

    /// <summary>Imports <paramref name="markdown"/> and lints it with <paramref name="options"/> (default options when null).</summary>
    public static DocumentReport Lint(string markdown, CoachOptions? options = null, string file = "bank.md")
    {
        var outcome = BankImporter.ImportText(markdown, file);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        return StoryCoach.Lint(outcome.File!.Document, options ?? CoachOptions.Default, new Core.Coach.Text.SourceLines(markdown));
    }

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Finding> Of(this DocumentReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.Rule.Id == ruleId)];
}
