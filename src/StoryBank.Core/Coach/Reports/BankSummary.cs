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

    /// <summary>Builds a summary one document at a time, keeping only what the summary needs (not the findings).</summary>
    public sealed class Builder
    {
        private readonly List<StoryReadiness> _notReady = [];
        private readonly int[] _bands = new int[Bands.Length];
        private readonly Dictionary<string, (RuleDescriptor Rule, int Stories, int Findings)> _rules = new(StringComparer.Ordinal);
        private int _stories;
        private int _practiceReady;
        private int _errors;
        private int _warnings;
        private int _notes;

        /// <summary>Counts one document's stories and findings.</summary>
        public void Add(DocumentReport document)
        {
            ArgumentNullException.ThrowIfNull(document);
            foreach (var story in document.Stories)
            {
                _stories++;
                _practiceReady += story.PracticeReady ? 1 : 0;
                _bands[Array.FindIndex(Bands, b => story.Readiness >= b.Min && story.Readiness <= b.Max)]++;
                if (!story.PracticeReady)
                {
                    _notReady.Add(new StoryReadiness(story.Story.Id, story.Story.Title, document.File, story.Story.Source.StartLine, story.Readiness));
                }

                var findings = story.Findings;
                for (var i = 0; i < findings.Count; i++)
                {
                    var rule = findings[i].Rule;
                    var (_, stories, count) = _rules.GetValueOrDefault(rule.Id);
                    _rules[rule.Id] = (rule, FirstOfItsRule(findings, i) ? stories + 1 : stories, count + 1);
                    _errors += findings[i].Severity == Severity.Error ? 1 : 0;
                    _warnings += findings[i].Severity == Severity.Warning ? 1 : 0;
                    _notes += findings[i].Severity == Severity.Note ? 1 : 0;
                }
            }
        }

        private static bool FirstOfItsRule(IReadOnlyList<Finding> findings, int index)
        {
            for (var i = 0; i < index; i++)
            {
                if (findings[i].Rule.Id == findings[index].Rule.Id)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The summary of everything added.</summary>
        public BankSummary Build() => new(
            _stories,
            _practiceReady,
            [.. Bands.Select((b, i) => new ReadinessBand(b.Name, _bands[i]))],
            [.. _rules.Values.Select(r => new RuleFrequency(r.Rule.Id, r.Rule.Alias, r.Rule.Title, r.Stories, r.Findings))
                .OrderByDescending(r => r.Stories).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. _notReady.OrderBy(s => s.Readiness).ThenBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line)],
            _errors,
            _warnings,
            _notes);
    }
}

/// <summary>How many stories score within a band.</summary>
public sealed record ReadinessBand(string Band, int Stories);

/// <summary>How often a rule fires: on how many stories, how many times.</summary>
public sealed record RuleFrequency(string Id, string Alias, string Title, int Stories, int Findings);

/// <summary>A story and its readiness score.</summary>
public sealed record StoryReadiness(string Id, string Title, string File, int Line, int Readiness);
