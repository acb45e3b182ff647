using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    [Theory]
    [InlineData(FrameworkKind.STAR, SectionKind.Situation, SectionKind.Task, SectionKind.Action, SectionKind.Result)]
    [InlineData(FrameworkKind.STAR, SectionKind.Situation, SectionKind.Task, SectionKind.Action, SectionKind.Result, SectionKind.Learning)]
    [InlineData(FrameworkKind.CAR, SectionKind.Challenge, SectionKind.Action, SectionKind.Result)]
    [InlineData(FrameworkKind.CAR, SectionKind.Situation, SectionKind.Action, SectionKind.Result)]
    [InlineData(FrameworkKind.SOAR, SectionKind.Situation, SectionKind.Obstacle, SectionKind.Action, SectionKind.Result)]
    [InlineData(FrameworkKind.CARL, SectionKind.Context, SectionKind.Action, SectionKind.Result, SectionKind.Learning)]
    [InlineData(FrameworkKind.PAR, SectionKind.Problem, SectionKind.Action, SectionKind.Result)]
    [InlineData(FrameworkKind.DIGS, SectionKind.Dramatize, SectionKind.Pivot, SectionKind.Details, SectionKind.Summary)]
    [InlineData(FrameworkKind.Other, SectionKind.Situation, SectionKind.Result, SectionKind.Learning)]
    [InlineData(FrameworkKind.Other, SectionKind.Other)]
    public void Infer_SectionKinds_GivesTheFrameworkTheyFill(FrameworkKind expected, params SectionKind[] kinds)
    {
        Assert.Equal(expected, FrameworkCatalog.Infer(kinds));
    }

    [Fact]
    public void All_TimeSharesOfEveryFramework_SumToOne()
    {
        Assert.All(FrameworkCatalog.All, f => Assert.Equal(1.0, f.Parts.Sum(p => p.TimeShare), 6));
        Assert.Equal([0.15, 0.10, 0.50, 0.25], FrameworkCatalog.Get(FrameworkKind.STAR)!.Parts.Select(p => p.TimeShare));
        Assert.Equal([0.20, 0.50, 0.30], FrameworkCatalog.Get(FrameworkKind.CAR)!.Parts.Select(p => p.TimeShare));
    }

    [Theory]
    [InlineData("STAR", FrameworkKind.STAR)]
    [InlineData("soar", FrameworkKind.SOAR)]
    [InlineData("C.A.R.", FrameworkKind.CAR)]
    [InlineData("Other", null)]
    [InlineData("whatever", null)]
    public void Parse_NameAsWritten_KnownFrameworksOnly(string text, FrameworkKind? expected)
    {
        Assert.Equal(expected, FrameworkCatalog.Parse(text));
    }
}
