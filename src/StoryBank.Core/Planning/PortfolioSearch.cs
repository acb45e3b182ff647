namespace StoryBank.Core.Planning;

/// <summary>The stories a portfolio search chose and how good they are together.</summary>
/// <param name="Stories">The chosen columns (stories), ascending.</param>
/// <param name="Score">Σ over values of the best strength among the chosen stories.</param>
/// <param name="Exact">True when the search proved no other set of that size scores more; false when it ran out of nodes.</param>
public sealed record PortfolioChoice(IReadOnlyList<int> Stories, double Score, bool Exact);

/// <summary>
/// Chooses the K stories that together cover a pack's values best: the set S of size K that maximizes
/// Σ over values v of max over s ∈ S of strength[v, s] (a max-coverage, or facility-location, objective).
/// </summary>
/// <remarks>
/// <para>
/// The search is exact branch and bound. It starts from the greedy set improved by 1-swaps (a good incumbent), then at
/// each node takes the remaining candidate of highest marginal gain (ties: lower column) and branches on including or
/// excluding it. A node is cut when its upper bound is no better than the incumbent; the bound is the smaller of
/// current + Σ_v max(0, best remaining strength for v − current best for v) and current + the sum of the largest
/// marginal gains of as many candidates as there are places left (valid because the objective is submodular).
/// </para>
/// <para>
/// Banks up to about 100 stories with K ≤ 7 finish well within <see cref="DefaultNodeBudget"/>; when the budget is spent,
/// the greedy + 1-swap set is returned with <see cref="PortfolioChoice.Exact"/> false. Pure and deterministic: the same
/// matrix gives the same choice.
/// </para>
/// </remarks>
public static class PortfolioSearch
{
    /// <summary>How many search nodes <see cref="Choose"/> visits before settling for the local-search set.</summary>
    public const long DefaultNodeBudget = 200_000;

    /// <summary>Gains below this are equal: strengths are sums of small fractions.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>
    /// The best <paramref name="size"/> columns of <paramref name="strength"/> (values × stories, every cell ≥ 0), found
    /// exactly unless more than <paramref name="nodeBudget"/> nodes are needed.
    /// </summary>
    public static PortfolioChoice Choose(double[,] strength, int size, long nodeBudget = DefaultNodeBudget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeBudget);
        var columns = ColumnsOf(strength, size);
        var incumbent = SwapImprove(columns, GreedyColumns(columns, size));
        var search = new Search(columns, size, nodeBudget, incumbent);
        var exact = search.Run();
        return Choice(columns, search.Best, exact);
    }

    /// <summary>The greedy set: <paramref name="size"/> times, the column of highest marginal gain (ties: lower column).</summary>
    /// <remarks>Within 1 − 1/e of the best, and often below it: the search starts from it and improves on it.</remarks>
    internal static PortfolioChoice Greedy(double[,] strength, int size)
    {
        var columns = ColumnsOf(strength, size);
        return Choice(columns, GreedyColumns(columns, size), exact: false);
    }

    /// <summary>Σ over values of the best strength among <paramref name="chosen"/>.</summary>
    private static double Score(double[][] columns, IEnumerable<int> chosen)
    {
        var best = new double[columns[0].Length];
        foreach (var column in chosen)
        {
            for (var v = 0; v < best.Length; v++)
            {
                best[v] = Math.Max(best[v], columns[column][v]);
            }
        }

        return best.Sum();
    }

    private static PortfolioChoice Choice(double[][] columns, IEnumerable<int> chosen, bool exact)
    {
        var sorted = chosen.Order().ToList();
        return new PortfolioChoice(sorted, Score(columns, sorted), exact);
    }

    /// <summary>The matrix as one array of value strengths per story.</summary>
    private static double[][] ColumnsOf(double[,] strength, int size)
    {
        ArgumentNullException.ThrowIfNull(strength);
        var (values, stories) = (strength.GetLength(0), strength.GetLength(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, stories);
        var columns = new double[stories][];
        for (var s = 0; s < stories; s++)
        {
            columns[s] = new double[values];
            for (var v = 0; v < values; v++)
            {
                columns[s][v] = strength[v, s] >= 0 ? strength[v, s] : throw new ArgumentException("strengths cannot be negative", nameof(strength));
            }
        }

        return columns;
    }

    private static double Gain(double[] column, double[] current)
    {
        var gain = 0.0;
        for (var v = 0; v < current.Length; v++)
        {
            gain += Math.Max(0, column[v] - current[v]);
        }

        return gain;
    }

    private static List<int> GreedyColumns(double[][] columns, int size)
    {
        var chosen = new List<int>();
        var current = new double[columns[0].Length];
        while (chosen.Count < size)
        {
            var (pick, pickGain) = (-1, double.NegativeInfinity);
            for (var s = 0; s < columns.Length; s++)
            {
                if (!chosen.Contains(s) && Gain(columns[s], current) is var gain && gain > pickGain + Tolerance)
                {
                    (pick, pickGain) = (s, gain);
                }
            }

            chosen.Add(pick);
            for (var v = 0; v < current.Length; v++)
            {
                current[v] = Math.Max(current[v], columns[pick][v]);
            }
        }

        return chosen;
    }

    /// <summary>Swaps one chosen column for one left out while that raises the score (the best swap first), to a local optimum.</summary>
    private static List<int> SwapImprove(double[][] columns, List<int> chosen)
    {
        var score = Score(columns, chosen);
        while (true)
        {
            var (outIndex, inColumn, bestScore) = (-1, -1, score + Tolerance);
            for (var i = 0; i < chosen.Count; i++)
            {
                for (var s = 0; s < columns.Length; s++)
                {
                    if (chosen.Contains(s))
                    {
                        continue;
                    }

                    var swapped = chosen.Select((c, j) => j == i ? s : c);
                    if (Score(columns, swapped) is var candidate && candidate > bestScore)
                    {
                        (outIndex, inColumn, bestScore) = (i, s, candidate);
                    }
                }
            }

            if (outIndex < 0)
            {
                return chosen;
            }

            chosen[outIndex] = inColumn;
            score = Score(columns, chosen);
        }
    }

    /// <summary>One depth-first branch and bound over include/exclude decisions.</summary>
    private sealed class Search(double[][] columns, int size, long nodeBudget, List<int> incumbent)
    {
        private readonly List<int> _chosen = [];
        private long _nodes;
        private double _bestScore = Score(columns, incumbent);

        public IReadOnlyList<int> Best { get; private set; } = incumbent;

        /// <summary>Searches the whole tree; false when the node budget ran out first.</summary>
        public bool Run() => Visit([.. Enumerable.Range(0, columns.Length)], new double[columns[0].Length], 0);

        private bool Visit(List<int> candidates, double[] current, double score)
        {
            if (++_nodes > nodeBudget)
            {
                return false;
            }

            if (_chosen.Count == size)
            {
                if (score > _bestScore + Tolerance)
                {
                    (_bestScore, Best) = (score, [.. _chosen]);
                }

                return true;
            }

            if (_chosen.Count + candidates.Count < size)
            {
                return true;
            }

            var gains = candidates.Select(c => (Column: c, Gain: Gain(columns[c], current)))
                .OrderByDescending(g => g.Gain)
                .ThenBy(g => g.Column)
                .ToList();
            if (score + Math.Min(Reachable(candidates, current), gains.Take(size - _chosen.Count).Sum(g => g.Gain)) <= _bestScore + Tolerance)
            {
                return true;
            }

            var pick = gains[0].Column;
            List<int> rest = [.. gains.Skip(1).Select(g => g.Column)];
            var with = new double[current.Length];
            for (var v = 0; v < current.Length; v++)
            {
                with[v] = Math.Max(current[v], columns[pick][v]);
            }

            _chosen.Add(pick);
            var finished = Visit(rest, with, score + gains[0].Gain);
            _chosen.RemoveAt(_chosen.Count - 1);
            return finished && Visit(rest, current, score);
        }

        /// <summary>Σ_v max(0, best strength for v among the candidates − current best for v).</summary>
        private double Reachable(List<int> candidates, double[] current)
        {
            var total = 0.0;
            for (var v = 0; v < current.Length; v++)
            {
                var best = current[v];
                foreach (var c in candidates)
                {
                    best = Math.Max(best, columns[c][v]);
                }

                total += best - current[v];
            }

            return total;
        }
    }
}
