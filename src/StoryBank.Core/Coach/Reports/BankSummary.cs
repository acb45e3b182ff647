namespace StoryBank.Core.Coach.Reports;

/// <summary>The bank at a glance: stories by readiness, the most frequent problems, stories not ready to practise.</summary>
/// <param name="Stories">Stories linted.</param>
/// <param name="PracticeReady">Stories that are practice-ready.</param>
/// <param name="ByReadiness">Story counts per readiness band ("90–100", "70–89", "50–69", "0–49"), best first.</param>
/// <param name="FrequentProblems">Rules by number of stories they fire on, most frequent first.</param>
/// <param name="NotReady">Stories that are not practice-ready, lowest score first.</param>
/// <param name="Errors">Error-level findings.</param>
/// <param name="Warnings">Warning-level findings.</param>
/// <param name="Notes">Note-level findings.</param>
public sealed record BankSummary(
    int Stories,
    int PracticeReady,
    IReadOnlyList<ReadinessBand> ByReadiness,
    IReadOnlyList<RuleFrequency> FrequentProblems,
    IReadOnlyList<StoryReadiness> NotReady,
    int Errors,
    int Warnings,
    int Notes)
{
    private static readonly (string Name, int Min, int Max)[] Bands = [("90–100", 90, 100), ("70–89", 70, 89), ("50–69", 50, 69), ("0–49", 0, 49)];

    /// <summary>Summarises the reports of every linted document.</summary>
    public static BankSummary Of(IEnumerable<DocumentReport> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stories = documents.SelectMany(d => d.Stories.Select(s => (d.File, Report: s))).ToArray();
        var findings = stories.SelectMany(s => s.Report.Findings).ToArray();
        return new BankSummary(
            stories.Length,
            stories.Count(s => s.Report.PracticeReady),
            [.. Bands.Select(b => new ReadinessBand(b.Name, stories.Count(s => s.Report.Readiness >= b.Min && s.Report.Readiness <= b.Max)))],
            [.. findings.GroupBy(f => f.Rule)
                .Select(g => new RuleFrequency(g.Key.Id, g.Key.Alias, g.Key.Title, g.Select(f => f.StoryId).Distinct(StringComparer.Ordinal).Count(), g.Count()))
                .OrderByDescending(r => r.Stories).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. stories.Where(s => !s.Report.PracticeReady)
                .OrderBy(s => s.Report.Readiness).ThenBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Report.Story.Source.StartLine)
                .Select(s => new StoryReadiness(s.Report.Story.Id, s.Report.Story.Title, s.File, s.Report.Story.Source.StartLine, s.Report.Readiness))],
            findings.Count(f => f.Severity == Severity.Error),
            findings.Count(f => f.Severity == Severity.Warning),
            findings.Count(f => f.Severity == Severity.Note));
    }
}

/// <summary>How many stories score within a band.</summary>
public sealed record ReadinessBand(string Band, int Stories);

/// <summary>How often a rule fires: on how many stories, how many times.</summary>
public sealed record RuleFrequency(string Id, string Alias, string Title, int Stories, int Findings);

/// <summary>A story and its readiness score.</summary>
public sealed record StoryReadiness(string Id, string Title, string File, int Line, int Readiness);
