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

    /// <summary>Weight matrices up to 5×4 in quarters (many ties), some cells forbidden, with a column capacity.</summary>
    private static Arbitrary<(double[,] Weight, int Capacity)> CappedMatrices() =>
        (from rows in Gen.Choose(1, 5)
         from columns in Gen.Choose(1, 4)
         from capacity in Gen.Choose(1, 3)
         from cells in Gen.Frequency((4, Gen.Choose(1, 8).Select(c => c / 4.0)), (1, Gen.Constant(double.NegativeInfinity))).ArrayOf(rows * columns)
         select (Matrix(rows, columns, cells), capacity)).ToArbitrary();

    [Fact]
    public void MaximumWeight_ColumnsWithCapacity_MatchesBruteForceAndKeepsTheCapacity()
    {
        Prop.ForAll(CappedMatrices(), c =>
        {
            var assigned = Assignment.MaximumWeight(c.Weight, c.Capacity);

            Assert.All(assigned.Where(a => a >= 0).GroupBy(a => a), g => Assert.True(g.Count() <= c.Capacity));
            Assert.All(assigned.Select((a, r) => (a, r)).Where(p => p.a >= 0), p => Assert.True(double.IsFinite(c.Weight[p.r, p.a])));
            var best = BruteForceWeight(c.Weight, c.Capacity);
            var score = WeightScore(c.Weight, assigned, new bool[c.Weight.GetLength(1)]);
            Assert.Equal((best.Pairs, best.Weight), (score.Pairs, score.Weight));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void MaximumWeight_PreferredColumns_MatchesBruteForceAndPrefersOnTiesOnly()
    {
        var cases =
            from matrix in CappedMatrices().Generator
            from preferred in Gen.Elements(true, false).ArrayOf(matrix.Weight.GetLength(1))
            select (matrix.Weight, Preferred: preferred);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var assigned = Assignment.MaximumWeight(c.Weight, c.Preferred);

            var used = assigned.Where(a => a >= 0).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            Assert.Equal(BruteForceWeight(c.Weight, 1, c.Preferred), WeightScore(c.Weight, assigned, c.Preferred));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void MaximumWeight_EqualWeights_TakesThePreferredColumn()
    {
        double[,] weight = { { 2, 2, 2 } };

        Assert.Equal([1], Assignment.MaximumWeight(weight, [false, true, false]));
        Assert.Equal([0], Assignment.MaximumWeight(weight, [false, false, false]));
    }

    /// <summary>(allowed pairs, total weight, pairs in preferred columns) of an assignment.</summary>
    private static (int Pairs, double Weight, int Preferred) WeightScore(double[,] weight, int[] assigned, bool[] preferred)
    {
        var pairs = assigned.Select((c, r) => (c, r)).Where(p => p.c >= 0).ToList();
        return (pairs.Count, pairs.Sum(p => weight[p.r, p.c]), pairs.Count(p => preferred[p.c]));
    }

    /// <summary>
    /// The best (pairs, weight, preferred) over every way to give rows columns (or none), each column at most
    /// <paramref name="capacity"/> times, forbidden cells never used: more pairs, then more weight, then more preferred.
    /// </summary>
    private static (int Pairs, double Weight, int Preferred) BruteForceWeight(double[,] weight, int capacity, bool[]? preferred = null)
    {
        var (rows, columns) = (weight.GetLength(0), weight.GetLength(1));
        preferred ??= new bool[columns];
        var best = (Pairs: 0, Weight: 0.0, Preferred: 0);
        var load = new int[columns];
        void Visit(int row, int pairs, double total, int liked)
        {
            if (row == rows)
            {
                if ((pairs, total, liked).CompareTo(best) > 0)
                {
                    best = (pairs, total, liked);
                }

                return;
            }

            Visit(row + 1, pairs, total, liked);
            for (var c = 0; c < columns; c++)
            {
                if (load[c] < capacity && double.IsFinite(weight[row, c]))
                {
                    load[c]++;
                    Visit(row + 1, pairs + 1, total + weight[row, c], liked + (preferred[c] ? 1 : 0));
                    load[c]--;
                }
            }
        }

        Visit(0, 0, 0, 0);
        return best;
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
