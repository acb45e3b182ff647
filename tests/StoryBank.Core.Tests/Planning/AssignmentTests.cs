using FsCheck;
using FsCheck.Fluent;
using StoryBank.Core.Planning;

namespace StoryBank.Core.Tests.Planning;

/// <summary>The assignment is optimal: on every small matrix it matches the best of all assignments, found by brute force.</summary>
public sealed class AssignmentTests
{
    /// <summary>Matrices up to 6×6 of small costs, some cells forbidden (infinite).</summary>
    private static Arbitrary<double[,]> Matrices() =>
        (from rows in Gen.Choose(1, 6)
         from columns in Gen.Choose(1, 6)
         from cells in Gen.Frequency((6, Gen.Choose(0, 20).Select(c => (double)c)), (1, Gen.Constant(double.PositiveInfinity))).ArrayOf(rows * columns)
         select Matrix(rows, columns, cells)).ToArbitrary();

    [Fact]
    public void The_least_cost_assignment_matches_brute_force()
    {
        Prop.ForAll(Matrices(), cost =>
        {
            var assigned = Assignment.MinimumCost(cost);
            Assert.Equal(cost.GetLength(0), assigned.Length);
            var used = assigned.Where(c => c >= 0).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            Assert.All(assigned.Select((c, r) => (c, r)).Where(p => p.c >= 0), p => Assert.True(double.IsFinite(cost[p.r, p.c])));
            Assert.Equal(BruteForce(cost), Score(cost, assigned));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void The_greatest_weight_assignment_is_the_least_cost_of_the_negated_weights()
    {
        double[,] weight = { { 3, 1, 2 }, { 2, 4, 6 }, { 5, 2, 1 } };
        Assert.Equal([1, 2, 0], Assignment.MaximumWeight(weight)); // 1 + 6 + 5 = 12, the best of the six
    }

    [Fact]
    public void A_row_that_can_only_take_forbidden_columns_is_left_unassigned()
    {
        var never = double.PositiveInfinity;
        double[,] cost = { { 1, never }, { never, never }, { never, 2 } };
        Assert.Equal([0, -1, 1], Assignment.MinimumCost(cost));
    }

    private static double[,] Matrix(int rows, int columns, double[] cells)
    {
        var matrix = new double[rows, columns];
        for (var i = 0; i < cells.Length; i++)
        {
            matrix[i / columns, i % columns] = cells[i];
        }

        return matrix;
    }

    /// <summary>(allowed pairs used, their total cost): more pairs first, then less cost.</summary>
    private static (int Pairs, double Cost) Score(double[,] cost, int[] assigned)
    {
        var pairs = assigned.Select((c, r) => (c, r)).Where(p => p.c >= 0).ToList();
        return (pairs.Count, pairs.Sum(p => cost[p.r, p.c]));
    }

    /// <summary>The best score over every way to give rows distinct columns (or none), forbidden cells never used.</summary>
    private static (int Pairs, double Cost) BruteForce(double[,] cost)
    {
        var (rows, columns) = (cost.GetLength(0), cost.GetLength(1));
        var best = (Pairs: 0, Cost: 0.0);
        var taken = new bool[columns];
        void Visit(int row, int pairs, double total)
        {
            if (row == rows)
            {
                if (pairs > best.Pairs || (pairs == best.Pairs && total < best.Cost))
                {
                    best = (pairs, total);
                }

                return;
            }

            Visit(row + 1, pairs, total);
            for (var c = 0; c < columns; c++)
            {
                if (!taken[c] && double.IsFinite(cost[row, c]))
                {
                    taken[c] = true;
                    Visit(row + 1, pairs + 1, total + cost[row, c]);
                    taken[c] = false;
                }
            }
        }

        Visit(0, 0, 0);
        return best;
    }
}
