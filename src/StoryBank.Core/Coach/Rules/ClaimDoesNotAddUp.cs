using System.Globalization;
using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Numbers;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach.Rules;

/// <summary>
/// SB6001: a claimed percentage or multiplier that the story's own figures contradict: the before → after
/// it is stated with ("60s → 2s (97% improvement)" holds), the sentence before it, or, for a claim about a
/// ratio ("100K users on 5 servers — a 20x improvement in efficiency"), the same ratio stated earlier in the story.
/// </summary>
internal sealed partial class ClaimDoesNotAddUp : CoachRule
{
    /// <summary>How far a claimed multiplier may be from the figures' own factor (rounding, "about").</summary>
    internal const double MultiplierTolerance = 0.10;

    public override RuleDescriptor Descriptor { get; } = new(
        "SB6001", "claim-does-not-add-up", RuleCategory.Numbers, Severity.Error,
        "A claimed change that its own figures contradict",
        "\"{0}\" does not add up: {1} is {2}",
        "Recompute the claim from its own before and after, or correct the figures.");

    public override void Analyze(StoryContext story)
    {
        var figures = FiguresOf(story);
        for (var i = 0; i < figures.Length; i++)
        {
            var (passage, sentence, read) = figures[i];
            foreach (var claim in read.Claims)
            {
                var change = Nearest(read.Changes, claim.Figure, sentence.Text);
                var changeText = sentence.Text;
                if (change is null && read.Quantities.Count == 1 && i > 0 && figures[i - 1].Passage == passage && RefersBack().IsMatch(sentence.Text))
                {
                    change = figures[i - 1].Figures.Changes is [.., var last] ? last : null;
                    changeText = figures[i - 1].Sentence.Text;
                }

                var text = sentence.Text.Substring(claim.Figure.Start, claim.Figure.Length);
                if (change is not null)
                {
                    if (Contradicts(claim.Figure, change) is { } actual)
                    {
                        var stated = $"{Excerpt(changeText, change.Before)} → {Excerpt(changeText, change.After)}";
                        Report(story, passage, sentence.Start + claim.Figure.Start, claim.Figure.Length, text, stated, actual);
                    }
                }
                else if (claim.Figure.Dimension == Dimension.Multiplier && RatioContradiction(claim.Figure, read, sentence.Text, figures) is { } ratio)
                {
                    Report(story, passage, sentence.Start + claim.Figure.Start, claim.Figure.Length, text, ratio.Stated, ratio.Actual);
                }
            }
        }
    }

    /// <summary>Every sentence the candidate says or has prepared (follow-up questions aside), with its figures, in order.</summary>
    private static (Passage Passage, Sentence Sentence, SentenceFigures Figures)[] FiguresOf(StoryContext story)
    {
        var count = 0;
        foreach (var passage in story.Passages)
        {
            count += passage.Kind == PassageKind.FollowUpQuestion ? 0 : passage.Sentences.Length;
        }

        var figures = new (Passage, Sentence, SentenceFigures)[count];
        var at = 0;
        foreach (var passage in story.Passages)
        {
            if (passage.Kind == PassageKind.FollowUpQuestion)
            {
                continue;
            }

            for (var i = 0; i < passage.Sentences.Length; i++)
            {
                figures[at++] = (passage, passage.Sentences[i], passage.FiguresOf(i));
            }
        }

        return figures;
    }

    /// <summary>The change the claim is about: the nearest one in the same clause ("…, and the cluster absorbed 40% more traffic" starts a new one).</summary>
    private static Change? Nearest(IReadOnlyList<Change> changes, Quantity claim, string sentence)
    {
        var before = changes.Where(c => c.End <= claim.Start).MaxBy(c => c.End);
        if (before is not null)
        {
            return NewClause().IsMatch(sentence.AsSpan(before.End, claim.Start - before.End)) ? null : before;
        }

        var after = changes.Where(c => c.Start >= claim.End).MinBy(c => c.Start);
        return after is not null && !NewClause().IsMatch(sentence.AsSpan(claim.End, after.Start - claim.End)) ? after : null;
    }

    /// <summary>What the change really is, when the claim is outside every fair reading of it; else null.</summary>
    private static string? Contradicts(Quantity claim, Change change)
    {
        if (claim.Dimension == Dimension.Multiplier)
        {
            var (min, max) = change.Factor;
            if (double.IsNaN(min) || (claim.Low <= max * (1 + MultiplierTolerance) && claim.High >= min * (1 - MultiplierTolerance)))
            {
                return null;
            }

            return Factor(min, max);
        }

        var tolerance = Math.Max(1.0, Math.Max(0.5 * Math.Pow(10, -claim.Decimals), claim.Value * 0.02));
        var readings = change.PercentReadings().ToArray();
        if (readings.Length == 0 || readings.Any(r => claim.Low <= r.Max + tolerance && claim.High >= r.Min - tolerance))
        {
            return null;
        }

        var (low, high) = readings[0];
        return Math.Abs(high - low) < 0.05
            ? string.Create(CultureInfo.InvariantCulture, $"{Round(low)}%")
            : string.Create(CultureInfo.InvariantCulture, $"{Round(low)}–{Round(high)}%");
    }

    /// <summary>
    /// For a multiplier stated beside two counts ("100K users on 5 servers"), the same two counts stated
    /// together elsewhere in the story give the factor the claim must match.
    /// </summary>
    private static (string Stated, string Actual)? RatioContradiction(
        Quantity claim, SentenceFigures read, string sentence, (Passage Passage, Sentence Sentence, SentenceFigures Figures)[] figures)
    {
        var counts = read.Quantities.Where(q => q.Dimension == Dimension.Count && q.Noun.Length > 0 && q.Value > 0).ToArray();
        if (counts.Length == 4 && SharesNoun(counts[0].Noun, counts[2].Noun) && SharesNoun(counts[1].Noun, counts[3].Noun) && !SharesNoun(counts[0].Noun, counts[1].Noun))
        {
            var both = counts[0].Value / counts[1].Value / (counts[2].Value / counts[3].Value);
            both = both < 1 ? 1 / both : both;
            return Math.Abs(claim.Value - both) <= both * MultiplierTolerance
                ? null
                : ($"{Excerpt(sentence, counts[2])} on {Excerpt(sentence, counts[3])} → {Excerpt(sentence, counts[0])} on {Excerpt(sentence, counts[1])}", Factor(both, both));
        }

        if (counts.Length != 2 || SharesNoun(counts[0].Noun, counts[1].Noun))
        {
            return null;
        }

        var (numerator, denominator) = (counts[0], counts[1]);
        (string, string)? contradiction = null;
        foreach (var other in figures)
        {
            var before = other.Figures.Quantities.Where(q => q.Dimension == Dimension.Count && q.Value > 0).ToArray();
            var n = before.FirstOrDefault(q => SharesNoun(q.Noun, numerator.Noun));
            var d = before.FirstOrDefault(q => SharesNoun(q.Noun, denominator.Noun));
            if (n is null || d is null || (n.Value == numerator.Value && d.Value == denominator.Value))
            {
                continue;
            }

            var factor = numerator.Value / denominator.Value / (n.Value / d.Value);
            factor = factor < 1 ? 1 / factor : factor;
            if (Math.Abs(claim.Value - factor) <= factor * MultiplierTolerance)
            {
                return null;
            }

            var stated = $"{Excerpt(other.Sentence.Text, n)} on {Excerpt(other.Sentence.Text, d)} → {Excerpt(sentence, numerator)} on {Excerpt(sentence, denominator)}";
            contradiction ??= (stated, Factor(factor, factor));
        }

        return contradiction;
    }

    private static bool SharesNoun(string a, string b)
    {
        var left = a.Split(' ').Select(Singular).ToHashSet(StringComparer.Ordinal);
        return b.Split(' ').Select(Singular).Any(w => w.Length > 2 && left.Contains(w));
    }

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;

    private static string Excerpt(string text, Quantity quantity) => text.Substring(quantity.Start, quantity.Length);

    private static string Factor(double min, double max) => max - min < 0.05 * max
        ? string.Create(CultureInfo.InvariantCulture, $"{Round(min)}x")
        : string.Create(CultureInfo.InvariantCulture, $"{Round(min)}–{Round(max)}x");

    private static double Round(double value) => value >= 10 ? Math.Round(value) : Math.Round(value, value >= 1 ? 1 : 2);

    [GeneratedRegex(@"(?:\band\b(?!\s+(?:a|an|thus|so|hence|that)\b)|;|\bwhile\b|\bwhereas\b|\bbut\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewClause();

    /// <summary>Reports the claim; when the figures give one value, the fix writes it in place of the claimed one.</summary>
    private void Report(StoryContext story, Passage passage, int start, int length, string claimed, string stated, string actual)
    {
        if (actual.Contains('–', StringComparison.Ordinal))
        {
            story.Report(this, passage, start, length, claimed, stated, actual);
        }
        else
        {
            story.ReportWithFix(this, passage, start, length, actual, claimed, stated, actual);
        }
    }

    /// <summary>A sentence that only comments on the one before ("That's a 50% improvement.").</summary>
    [GeneratedRegex(@"^\W*(?:that|this|which|it)(?:'s|\s+is|\s+was|\s+meant|\s+made)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefersBack();
}
