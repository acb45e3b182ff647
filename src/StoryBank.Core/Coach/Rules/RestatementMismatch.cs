using System.Globalization;
using StoryBank.Core.Coach.Numbers;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB6002: a figure restated in other units in parentheses that disagrees with itself ("100 GB (1 TB)").</summary>
internal sealed class RestatementMismatch : CoachRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB6002", "restatement-mismatch", RuleCategory.Numbers, Severity.Error,
        "A figure restated in other units that disagrees with itself",
        "\"{0}\" restates {1} as {2}, which is {3}x of it",
        "Make both forms of the figure agree (1 TB = 1,000 GB).");

    public override void Analyze(StoryContext story)
    {
        foreach (var passage in story.Passages)
        {
            for (var index = 0; index < passage.Sentences.Length; index++)
            {
                var sentence = passage.Sentences[index];
                foreach (var (figure, restated, approximate) in passage.FiguresOf(index).Restatements)
                {
                    if (figure.Value <= 0 || restated.Value <= 0 || Agrees(figure, restated, approximate))
                    {
                        continue;
                    }

                    var start = figure.Start;
                    var end = sentence.Text.IndexOf(')', restated.End) + 1;
                    var excerpt = sentence.Text[start..end];
                    var ratio = restated.Value / figure.Value;
                    story.Report(this, passage, sentence.Start + start, end - start, excerpt,
                        sentence.Text.Substring(figure.Start, figure.Length), sentence.Text.Substring(restated.Start, restated.Length),
                        Math.Round(ratio, ratio >= 10 ? 0 : 3).ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static bool Agrees(Quantity figure, Quantity restated, bool approximate)
    {
        var tolerance = approximate ? 0.15 : 0.03;
        var (figureRate, restatedRate) = (PerYear(figure.Noun), PerYear(restated.Noun));
        if (figureRate is null != restatedRate is null)
        {
            return true; // "$400 ($4.8k a year)" mixes a total and a rate: not comparable, so not contradicted
        }

        var ratio = restated.Value * (restatedRate ?? 1) / (figure.Value * (figureRate ?? 1));

        // Data sizes are written in decimal (GB) and binary (GiB) units interchangeably.
        var binary = figure.Dimension == Dimension.DataSize ? 5 : 0;
        for (var power = -binary; power <= binary; power++)
        {
            if (Math.Abs(ratio / Math.Pow(1.024, power) - 1) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times a year a rate written after a figure ("/month", " a week") repeats; null when there is none.</summary>
    private static double? PerYear(string noun)
    {
        var unit = noun.Split(['/', ' '], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var isRate = noun.Contains('/', StringComparison.Ordinal) || noun.Contains(" per ", StringComparison.Ordinal) || noun.Contains(" a ", StringComparison.Ordinal)
            || noun.StartsWith("per ", StringComparison.Ordinal) || noun.StartsWith("a ", StringComparison.Ordinal) || noun.StartsWith("an ", StringComparison.Ordinal);
        if (!isRate)
        {
            return null;
        }

        return unit switch
        {
            "year" or "yr" => 1,
            "month" or "mo" => 12,
            "week" => 52,
            "day" => 365,
            "hour" or "hr" => 8760,
            "minute" or "min" => 525_600,
            "second" or "sec" or "s" => 31_536_000,
            _ => null,
        };
    }
}
