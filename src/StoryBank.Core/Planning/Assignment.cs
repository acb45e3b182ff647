namespace StoryBank.Core.Planning;

/// <summary>
/// Optimal assignment (the Hungarian method, O(n²m)): each row gets a different column so that the total cost is the
/// least possible, or the total weight the greatest. Used to give interview rounds their stories so that no story is
/// told twice in a loop.
/// </summary>
/// <remarks>
/// A cell may be <see cref="double.PositiveInfinity"/> (cost) or <see cref="double.NegativeInfinity"/> (weight): the pair
/// is forbidden. A row that can only be assigned through forbidden pairs is left unassigned (-1), so a caller can say
/// which constraint could not be met. With more rows than columns, the surplus rows are left unassigned.
/// </remarks>
public static class Assignment
{
    /// <summary>For each row of <paramref name="cost"/>, the column it gets (-1: none) in an assignment of least total cost.</summary>
    public static int[] MinimumCost(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var (rows, columns) = (cost.GetLength(0), cost.GetLength(1));
        if (rows > columns)
        {
            var transposed = new double[columns, rows];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    transposed[c, r] = cost[r, c];
                }
            }

            var rowOfColumn = MinimumCost(transposed);
            var columnOfRow = Enumerable.Repeat(-1, rows).ToArray();
            for (var c = 0; c < columns; c++)
            {
                if (rowOfColumn[c] >= 0)
                {
                    columnOfRow[rowOfColumn[c]] = c;
                }
            }

            return columnOfRow;
        }

        // Forbidden pairs cost more than any assignment of allowed ones could, so they are only taken when unavoidable.
        var finite = 0.0;
        foreach (var value in cost)
        {
            finite += double.IsFinite(value) ? Math.Abs(value) : 0;
        }

        var forbidden = (finite + 1) * (rows + 1);
        var result = Solve(rows, columns, (r, c) => double.IsPositiveInfinity(cost[r, c]) ? forbidden : cost[r, c]);
        for (var r = 0; r < rows; r++)
        {
            if (result[r] >= 0 && double.IsPositiveInfinity(cost[r, result[r]]))
            {
                result[r] = -1;
            }
        }

        return result;
    }

    /// <summary>For each row of <paramref name="weight"/>, the column it gets (-1: none) in an assignment of greatest total weight.</summary>
    public static int[] MaximumWeight(double[,] weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        var cost = new double[weight.GetLength(0), weight.GetLength(1)];
        for (var r = 0; r < weight.GetLength(0); r++)
        {
            for (var c = 0; c < weight.GetLength(1); c++)
            {
                cost[r, c] = -weight[r, c];
            }
        }

        return MinimumCost(cost);
    }

    /// <summary>
    /// For each row of <paramref name="weight"/>, the column it gets (-1: none) in an assignment of greatest total weight
    /// where every column may take up to <paramref name="capacity"/> rows (each column stands for that many copies).
    /// </summary>
    public static int[] MaximumWeight(double[,] weight, int capacity)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var (rows, columns) = (weight.GetLength(0), weight.GetLength(1));
        var copies = new double[rows, columns * capacity];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns * capacity; c++)
            {
                copies[r, c] = weight[r, c / capacity];
            }
        }

        return [.. MaximumWeight(copies).Select(c => c < 0 ? -1 : c / capacity)];
    }

    /// <summary>
    /// For each row of <paramref name="weight"/>, the column it gets (-1: none) in an assignment of greatest total weight
    /// and, among the assignments of that weight, the one with the most rows in <paramref name="preferred"/> columns.
    /// </summary>
    /// <remarks>
    /// Weights are compared to the ten-thousandth (<see cref="WeightResolution"/>): each becomes a whole number of
    /// ten-thousandths times (rows + 1), plus 1 in a preferred column, so the preference (at most one per row) can never
    /// outweigh a real difference in weight. Every sum stays an exact whole number in a double.
    /// </remarks>
    public static int[] MaximumWeight(double[,] weight, IReadOnlyList<bool> preferred)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(preferred);
        var (rows, columns) = (weight.GetLength(0), weight.GetLength(1));
        if (preferred.Count != columns)
        {
            throw new ArgumentException("one preference per column is needed", nameof(preferred));
        }

        var scaled = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scaled[r, c] = double.IsNegativeInfinity(weight[r, c])
                    ? double.NegativeInfinity
                    : (Math.Round(weight[r, c] * WeightResolution) * (rows + 1)) + (preferred[c] ? 1 : 0);
            }
        }

        return MaximumWeight(scaled);
    }

    /// <summary>How finely <see cref="MaximumWeight(double[,], IReadOnlyList{bool})"/> tells weights apart: 1/10,000.</summary>
    public const double WeightResolution = 10_000;

    /// <summary>Rows ≤ columns, all costs finite: potentials u (rows) and v (columns), 1-based, column 0 a sentinel.</summary>
    private static int[] Solve(int rows, int columns, Func<int, int, double> cost)
    {
        var u = new double[rows + 1];
        var v = new double[columns + 1];
        var rowOf = new int[columns + 1];
        var previous = new int[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            rowOf[0] = row;
            var column = 0;
            var slack = Enumerable.Repeat(double.PositiveInfinity, columns + 1).ToArray();
            var visited = new bool[columns + 1];
            do
            {
                visited[column] = true;
                var current = rowOf[column];
                var delta = double.PositiveInfinity;
                var next = 0;
                for (var c = 1; c <= columns; c++)
                {
                    if (visited[c])
                    {
                        continue;
                    }

                    var reduced = cost(current - 1, c - 1) - u[current] - v[c];
                    if (reduced < slack[c])
                    {
                        (slack[c], previous[c]) = (reduced, column);
                    }

                    if (slack[c] < delta)
                    {
                        (delta, next) = (slack[c], c);
                    }
                }

                for (var c = 0; c <= columns; c++)
                {
                    if (visited[c])
                    {
                        u[rowOf[c]] += delta;
                        v[c] -= delta;
                    }
                    else
                    {
                        slack[c] -= delta;
                    }
                }

                column = next;
            }
            while (rowOf[column] != 0);

            // Flip the augmenting path back to the row that started it.
            do
            {
                var before = previous[column];
                rowOf[column] = rowOf[before];
                column = before;
            }
            while (column != 0);
        }

        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var c = 1; c <= columns; c++)
        {
            if (rowOf[c] != 0)
            {
                result[rowOf[c] - 1] = c - 1;
            }
        }

        return result;
    }
}
