using StoryBank.Core.Coach.Numbers;

namespace StoryBank.Core.Tests.Coach;

/// <summary>Quantities with units, in the notations real banks use, and the claims checked against them.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData("5-10 seconds to 50-100ms", Dimension.Duration, 5, 10, 0.05, 0.1)]
    [InlineData("$800/month → $320/month", Dimension.Money, 800, 800, 320, 320)]
    [InlineData("2.5 seconds to 30 milliseconds", Dimension.Duration, 2.5, 2.5, 0.03, 0.03)]
    [InlineData("10 → 3.5", Dimension.Count, 10, 10, 3.5, 3.5)]
    [InlineData("from 2 hours to 20 minutes", Dimension.Duration, 7200, 7200, 1200, 1200)]
    [InlineData("99.99% success rate (up from 60%)", Dimension.Percent, 60, 60, 99.99, 99.99)]
    [InlineData("from 25 server instances to just 5", Dimension.Count, 25, 25, 5, 5)]
    [InlineData("500MB → 3.5GB", Dimension.DataSize, 5e8, 5e8, 3.5e9, 3.5e9)]
    public void A_change_is_read_with_units_normalised(string text, Dimension dimension, double beforeLow, double beforeHigh, double afterLow, double afterHigh)
    {
        var change = Assert.Single(SentenceFigures.Read(text).Changes);
        Assert.Equal(dimension, change.Before.Dimension);
        Assert.Equal(beforeLow, change.Before.Low, 6);
        Assert.Equal(beforeHigh, change.Before.High, 6);
        Assert.Equal(afterLow, change.After.Low, 6);
        Assert.Equal(afterHigh, change.After.High, 6);
    }

    [Fact]
    public void A_restatement_in_other_units_is_read_and_100000_GB_is_100_TB()
    {
        var (figure, restated, approximate) = Assert.Single(SentenceFigures.Read("the table ballooned to 100,000 GB (100TB)").Restatements);
        Assert.Equal(1e14, figure.Value, 1);
        Assert.Equal(1e14, restated.Value, 1);
        Assert.False(approximate);
    }

    [Fact]
    public void An_approximate_restatement_is_marked_and_judged_with_a_wider_tolerance()
    {
        var (_, _, approximate) = Assert.Single(SentenceFigures.Read("the archive held 1,000 GB (~1.1 TB)").Restatements);
        Assert.True(approximate);
        Assert.Empty(CoachHarness.Lint(CoachHarness.StoryWith("Situation", "The archive held 1,000 GB (~1.1 TB) of logs.")).Of("SB6002"));
        Assert.Single(CoachHarness.Lint(CoachHarness.StoryWith("Situation", "The archive held 1,000 GB (1.3 TB) of logs.")).Of("SB6002"));
    }

    [Theory]
    [InlineData("100K+ concurrent users", 100_000, Dimension.Count, "concurrent users")]
    [InlineData("$50k/year", 50_000, Dimension.Money, "/year")]
    [InlineData("83x", 83, Dimension.Multiplier, "x")]
    [InlineData("a 10-fold drop", 10, Dimension.Multiplier, "-fold")]
    [InlineData("1.5 weeks", 1.5 * 7 * 86400, Dimension.Duration, "weeks")]
    [InlineData("3600 seconds", 3600, Dimension.Duration, "seconds")]
    public void A_figure_is_read_with_its_unit_and_noun(string text, double value, Dimension dimension, string noun)
    {
        var quantity = Assert.Single(QuantityParser.Parse(text));
        Assert.Equal(value, quantity.Value, 3);
        Assert.Equal(dimension, quantity.Dimension);
        Assert.Equal(noun, quantity.Noun);
    }

    [Theory]
    [InlineData("We shipped it in 2021.")]
    [InlineData("The P95 target was hit in Q3 by the v2 API.")]
    [InlineData("The team moved to Postgres 16 on March 4.")]
    [InlineData("On-call ran 24/7.")]
    public void Years_versions_and_labels_are_not_figures(string text) => Assert.False(QuantityParser.HasFigure(text));

    [Theory]
    [InlineData("API response time: 60s → 2s (97% improvement)")]
    [InlineData("Processing time: 2 hours → 20 minutes (83% faster)")]
    [InlineData("P95 latency 3s → 800ms (73% faster)")]
    [InlineData("10,000 Zoho calls/day → 500 calls/day (95% reduction)")]
    [InlineData("$800/month → $320/month (60% savings)")]
    [InlineData("Query performance: 30 seconds → 45ms (99.85% faster)")]
    [InlineData("The latency dropped from 2.5 seconds to 30 milliseconds—an 83x improvement.")]
    [InlineData("I got it down from 500ms to 59ms—an 8.5x improvement.")]
    [InlineData("Availability went from 99.9% to 99.99%, a 10x reduction in downtime.")]
    [InlineData("Load time went from 5-10 seconds to 50-100ms, a 100x speedup.")]
    [InlineData("p95 fell from 1.8 s to 0.8 s and cart abandonment dropped by 7% during the next sale.")]
    public void Consistent_claims_hold(string sentence) =>
        Assert.Empty(CoachHarness.Lint(CoachHarness.StoryWith("Result", sentence)).Of("SB6001"));

    [Theory]
    [InlineData("API response time: 60s → 2s (50% improvement)", "97%")]
    [InlineData("$800/month → $320/month (40% savings)", "60%")]
    [InlineData("The latency dropped from 2.5 seconds to 30 milliseconds, a 20x improvement.", "83x")]
    [InlineData("The cluster serves 120K users on 6 nodes instead of 30K users on 24 nodes, an 8x efficiency gain.", "16x")]
    public void Inconsistent_claims_are_flagged_with_the_real_figure(string sentence, string actual)
    {
        var finding = Assert.Single(CoachHarness.Lint(CoachHarness.StoryWith("Result", sentence)).Of("SB6001"));
        Assert.EndsWith($"is {actual}", finding.Message, StringComparison.Ordinal);
    }
}
