using FsCheck;
using FsCheck.Fluent;
using StoryBank.Core.Planning;

namespace StoryBank.Core.Tests.Planning;

/// <summary>The portfolio search is exact: on small matrices it scores what the best of all K-subsets scores.</summary>
public sealed class PortfolioSearchTests
{
    /// <summary>Values × stories matrices up to 6 × 10, half the cells zero, strengths in quarters, with a size K.</summary>
    private static Arbitrary<(double[,] Strength, int Size)> Cases() =>
        (from values in Gen.Choose(1, 6)
         from stories in Gen.Choose(1, 10)
         from size in Gen.Choose(1, stories)
         from cells in Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Choose(1, 24).Select(c => c / 4.0))).ArrayOf(values * stories)
         select (Matrix(values, stories, cells), size)).ToArbitrary();

    [Fact]
    public void Choose_SmallMatrices_ScoresWhatTheBestSubsetScores()
    {
        var greedyFellShort = 0;
        Prop.ForAll(Cases(), c =>
        {
            var choice = PortfolioSearch.Choose(c.Strength, c.Size);

            var best = BruteForce(c.Strength, c.Size);
            Assert.True(choice.Exact);
            Assert.Equal(c.Size, choice.Stories.Distinct().Count());
            Assert.Equal(Score(c.Strength, choice.Stories), choice.Score, 9);
            Assert.Equal(best, choice.Score, 9);
            greedyFellShort += PortfolioSearch.Greedy(c.Strength, c.Size).Score < best - 1e-9 ? 1 : 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

        Assert.True(greedyFellShort > 0, "greedy alone was optimal on every case, so the cases do not test the search");
    }

    [Fact]
    public void Greedy_OneBroadStoryFirst_MissesTheBestPairThatChooseFinds()
    {
        // The broad story has the largest gain (12), so greedy takes it and can then add only 4; the two focused stories
        // together cover every value at 5.
        double[,] strength =
        {
            { 3, 5, 0 },
            { 3, 5, 0 },
            { 3, 0, 5 },
            { 3, 0, 5 },
        };

        var greedy = PortfolioSearch.Greedy(strength, 2);
        var exact = PortfolioSearch.Choose(strength, 2);

        Assert.Equal([0, 1], greedy.Stories);
        Assert.Equal(16, greedy.Score);
        Assert.Equal([1, 2], exact.Stories);
        Assert.Equal(20, exact.Score);
        Assert.Equal(BruteForce(strength, 2), exact.Score);
        Assert.True(exact.Exact);
    }

    [Fact]
    public void Choose_NodeBudgetSpent_SaysItIsNotExactAndKeepsTheLocalSearchSet()
    {
        double[,] strength =
        {
            { 3, 5, 0, 1 },
            { 3, 5, 0, 0 },
            { 3, 0, 5, 2 },
            { 3, 0, 5, 0 },
        };

        var choice = PortfolioSearch.Choose(strength, 2, nodeBudget: 0);

        Assert.False(choice.Exact);
        Assert.Equal(20, choice.Score); // greedy (16) improved by one swap
        Assert.Equal(16, PortfolioSearch.Greedy(strength, 2).Score);
    }

    [Fact]
    public void Choose_SameMatrixTwice_SameStories()
    {
        var strength = new double[3, 8];
        for (var s = 0; s < 8; s++)
        {
            strength[s % 3, s] = 2; // many ties: every story of a value is as good as the others
        }

        Assert.Equal(PortfolioSearch.Choose(strength, 3).Stories, PortfolioSearch.Choose(strength, 3).Stories);
        Assert.Equal([0, 1, 2], PortfolioSearch.Choose(strength, 3).Stories); // ties go to the first stories
    }

    [Fact]
    public void Choose_SizeLargerThanTheBank_IsAProgrammerError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PortfolioSearch.Choose(new double[2, 3], 4));

    private static double[,] Matrix(int rows, int columns, double[] cells)
    {
        var matrix = new double[rows, columns];
        for (var i = 0; i < cells.Length; i++)
        {
            matrix[i / columns, i % columns] = cells[i];
        }

        return matrix;
    }

    private static double Score(double[,] strength, IEnumerable<int> stories) =>
        Enumerable.Range(0, strength.GetLength(0)).Sum(v => stories.Select(s => strength[v, s]).DefaultIfEmpty(0).Max());

    /// <summary>The best score over every subset of exactly <paramref name="size"/> stories.</summary>
    private static double BruteForce(double[,] strength, int size)
    {
        var stories = strength.GetLength(1);
        var best = 0.0;
        for (var mask = 0; mask < 1 << stories; mask++)
        {
            if (int.PopCount(mask) == size)
            {
                best = Math.Max(best, Score(strength, Enumerable.Range(0, stories).Where(s => (mask & (1 << s)) != 0)));
            }
        }

        return best;
    }
}
