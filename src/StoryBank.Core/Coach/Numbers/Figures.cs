using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Numbers;

/// <summary>A before → after change stated in one sentence ("60s → 2s", "from 25 to 5 servers", "99.99% (up from 60%)").</summary>
/// <param name="Before">The figure before.</param>
/// <param name="After">The figure after.</param>
public sealed record Change(Quantity Before, Quantity After)
{
    /// <summary>Offset of the change's first figure.</summary>
    public int Start => Math.Min(Before.Start, After.Start);

    /// <summary>Offset just past the change's last figure.</summary>
    public int End => Math.Max(Before.End, After.End);

    /// <summary>The smallest and largest factor between the two figures (bigger over smaller), over the ends of ranges.</summary>
    public (double Min, double Max) Factor
    {
        get
        {
            var pairs = Ends();
            if (Before.Dimension == Dimension.Percent && Before.High < 100 && After.High < 100)
            {
                // 99.9% → 99.99% availability is also a 10x cut in what is left (0.1% → 0.01% downtime).
                pairs = pairs.Concat(Ends().Select(p => (100 - p.A, 100 - p.B)));
            }

            var factors = pairs.Where(p => Math.Min(p.A, p.B) > 0).Select(p => Math.Max(p.A, p.B) / Math.Min(p.A, p.B)).ToArray();
            return factors.Length == 0 ? (double.NaN, double.NaN) : (factors.Min(), factors.Max());
        }
    }

    /// <summary>Every percentage the change can fairly be said to be: relative to before, relative to after, and in points between two percentages.</summary>
    public IEnumerable<(double Min, double Max)> PercentReadings()
    {
        var ends = Ends().ToArray();
        if (ends.All(p => p.A > 0))
        {
            yield return Range(ends.Select(p => Math.Abs(p.A - p.B) / p.A * 100));
        }

        if (ends.All(p => p.B > 0))
        {
            yield return Range(ends.Select(p => Math.Abs(p.A - p.B) / p.B * 100));
        }

        if (Before.Dimension == Dimension.Percent)
        {
            yield return Range(ends.Select(p => Math.Abs(p.A - p.B)));
        }
    }

    private IEnumerable<(double A, double B)> Ends()
    {
        yield return (Before.Low, After.Low);
        yield return (Before.Low, After.High);
        yield return (Before.High, After.Low);
        yield return (Before.High, After.High);
    }

    private static (double, double) Range(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return (all.Min(), all.Max());
    }
}

/// <summary>A claimed change: a percentage ("97% faster", "cut by 60%") or a multiplier ("83x").</summary>
/// <param name="Figure">The claimed figure.</param>
public sealed record Claim(Quantity Figure);

/// <summary>The figures of one sentence: its quantities, the changes they state and the claims made about them.</summary>
/// <param name="Quantities">Every quantity, in order.</param>
/// <param name="Changes">Before → after pairs.</param>
/// <param name="Claims">Claimed percentages and multipliers.</param>
/// <param name="Restatements">A figure followed by the same figure in other units in parentheses ("100,000 GB (100TB)").</param>
public sealed partial record SentenceFigures(
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Change> Changes,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<(Quantity Figure, Quantity Restated, bool Approximate)> Restatements)
{
    /// <summary>Reads the figures of <paramref name="sentence"/>.</summary>
    public static SentenceFigures Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!QuantityParser.MayHoldFigures(sentence))
        {
            return None;
        }

        var quantities = QuantityParser.Parse(sentence);
        List<Claim>? claims = null;
        List<Change>? changes = null;
        List<(Quantity, Quantity, bool)>? restatements = null;
        Span<bool> inChange = quantities.Count <= 64 ? stackalloc bool[quantities.Count] : new bool[quantities.Count];
        for (var i = 0; i + 1 < quantities.Count; i++)
        {
            var (first, second) = (quantities[i], quantities[i + 1]);
            if (!Compatible(first, second))
            {
                continue;
            }

            var gap = sentence.AsSpan(first.End, second.Start - first.End);

            if (Arrow().IsMatch(gap) || (ToGap().IsMatch(gap) && (FromBefore(sentence, first) || (first.Dimension != Dimension.Count && first.Noun.Length > 0))))
            {
                (changes ??= []).Add(new Change(first, second));
                inChange[i] = inChange[i + 1] = true;
            }
            else if (UpFrom().IsMatch(gap))
            {
                (changes ??= []).Add(new Change(second, first));
                inChange[i] = inChange[i + 1] = true;
            }
            else if (OpenParen().IsMatch(gap) && first.Dimension != Dimension.Percent
                && (first.Dimension != Dimension.Count || SameCountNoun(first, second))
                && CloseParen().IsMatch(sentence.AsSpan(second.End)))
            {
                var approximate = OpenParen().Match(sentence, first.End, second.Start - first.End).Groups["about"].Success;
                (restatements ??= []).Add((first, second, approximate));
            }
        }

        for (var i = 0; i < quantities.Count; i++)
        {
            var quantity = quantities[i];
            if (!inChange[i] && (quantity.Dimension == Dimension.Multiplier
                || (quantity.Dimension == Dimension.Percent && (ClaimAfter().IsMatch(sentence.AsSpan(quantity.End)) || ClaimBefore().IsMatch(sentence.AsSpan(0, quantity.Start))))))
            {
                (claims ??= []).Add(new Claim(quantity));
            }
        }

        foreach (var verb in VerbalMultiplier().EnumerateMatches(sentence))
        {
            var v = sentence.AsSpan(verb.Index, verb.Length);
            var factor = v.StartsWith("doubl", StringComparison.OrdinalIgnoreCase) || v.StartsWith("halv", StringComparison.OrdinalIgnoreCase) || v.Contains("half", StringComparison.OrdinalIgnoreCase) ? 2
                : v.StartsWith("tripl", StringComparison.OrdinalIgnoreCase) ? 3
                : 4;
            (claims ??= []).Add(new Claim(new Quantity(factor, factor, Dimension.Multiplier, "x", verb.Index, verb.Length, 0, false)));
        }

        return new SentenceFigures(quantities, changes ?? [], claims ?? [], restatements ?? []);
    }

    /// <summary>"10 million rows (1M rows)" restates a count; "3 engineers (2 backend)" splits it.</summary>
    private static bool SameCountNoun(Quantity first, Quantity second)
    {
        var words = first.Noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return second.Noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(words.Contains)
            || (first.Noun.Contains(" per ", StringComparison.Ordinal) && second.Noun.StartsWith("per ", StringComparison.Ordinal));
    }

    private static readonly SentenceFigures None = new([], [], [], []);

    private static bool Compatible(Quantity first, Quantity second) =>
        first.Dimension == second.Dimension && first.Dimension != Dimension.Multiplier;

    private static bool FromBefore(string sentence, Quantity first)
    {
        var clauseStart = Math.Max(sentence.LastIndexOfAny([',', ';', '(', '—'], Math.Max(0, first.Start - 1)), 0);
        return From().IsMatch(sentence.AsSpan(clauseStart, first.Start - clauseStart));
    }

    [GeneratedRegex(@"\b(?:doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupl(?:ed|ing)|halv(?:ed|ing)|cut (?:it |them |that |this )?in half)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbalMultiplier();

    [GeneratedRegex(@"^\s*(?:→|->|=>|⟶|➡|–>|—>)\s*$")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"^\s*to\s+(?:(?:just|only|under|below|about|around|roughly|nearly|almost|over|a mere|merely)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToGap();

    [GeneratedRegex(@"\bfrom\b", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"^\s*(?:[a-z][\w-]*\s+){0,3}?[(,]?\s*(?:(?:up|down)\s+from|was|previously|vs\.?|versus)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpFrom();

    [GeneratedRegex(@"^\s*\(\s*(?<about>~|≈|about|approx\.?|approximately|roughly|around|nearly)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenParen();

    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex CloseParen();

    [GeneratedRegex(@"^\s*(?:improvement|improved|faster|quicker|reduction|reduced|savings?|saved|less|lower|fewer|decrease|decreased|drop|cheaper|smaller|better|increase|increased|more|higher|gain|slower|speed-?up|cut|boost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimAfter();

    [GeneratedRegex(@"\bby\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimBefore();
}
