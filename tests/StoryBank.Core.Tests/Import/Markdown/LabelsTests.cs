using StoryBank.Core.Import.Markdown;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Import.Markdown;

/// <summary>The label forms story banks use, and the look-alikes that are not labels.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("**Situation:** We had a problem.", "Situation", SectionKind.Situation, "We had a problem.")]
    [InlineData("  **Situation**: We had a problem.", "Situation", SectionKind.Situation, "We had a problem.")]
    [InlineData("**Actions:**", "Actions", SectionKind.Action, "")]
    [InlineData("**S (Situation):** Context", "S (Situation)", SectionKind.Situation, "Context")]
    [InlineData("**R:** 40% faster", "R", SectionKind.Result, "40% faster")]
    [InlineData("**RESULT**", "RESULT", SectionKind.Result, "")]
    [InlineData("**SITUATION** (2-3 sentences)", "SITUATION", SectionKind.Situation, "")]
    [InlineData("**Cleanup (Day 2)::** Deleted it", "Cleanup (Day 2)", SectionKind.Other, "Deleted it")]
    public void ParseBold_SectionAndSubStepLabels_ReturnsLabelAndRest(string line, string text, SectionKind kind, string rest)
    {
        var label = Labels.ParseBold(line);

        Assert.NotNull(label);
        Assert.Equal(text, label.Text);
        Assert.Equal(kind, label.Kind);
        Assert.Equal(rest, label.Rest);
    }

    [Theory]
    [InlineData("**Framework: SOAR**", "Framework", "SOAR")]
    [InlineData("**Competency:** Ownership, Speed", "Competency", "Ownership, Speed")]
    [InlineData("**Best for questions about:** leadership", "BestFor", "leadership")]
    [InlineData("**Q: Why did you choose it?**", "Question", "Why did you choose it?")]
    [InlineData("**Q3. What would you do differently?**", "Question", "What would you do differently?")]
    [InlineData("**Key Metrics:**", "Metrics", "")]
    public void ParseBold_FieldLabels_ReturnTheirRole(string line, string role, string rest)
    {
        var label = Labels.ParseBold(line);

        Assert.NotNull(label);
        Assert.Equal(role, label.Role.ToString());
        Assert.Equal(rest, label.Rest);
    }

    [Theory]
    [InlineData("**Step 1: Diagnosed the problem**")]
    [InlineData("**S**ituation - **T**ask")]
    [InlineData("**Zero timeouts** are great")]
    [InlineData("Plain text with **bold:** inside")]
    [InlineData("**")]
    [InlineData("****")]
    [InlineData("**Important**")]
    public void ParseBold_LookAlikes_ReturnNull(string line)
    {
        Assert.Null(Labels.ParseBold(line));
    }

    [Theory]
    [InlineData("Situation: The build failed.", SectionKind.Situation, "The build failed.")]
    [InlineData("Results: On time", SectionKind.Result, "On time")]
    [InlineData("Lessons learned: test earlier", SectionKind.Learning, "test earlier")]
    public void ParsePlain_KnownLabels_ReturnKindAndRest(string line, SectionKind kind, string rest)
    {
        var label = Labels.ParsePlain(line);

        Assert.NotNull(label);
        Assert.Equal(kind, label.Kind);
        Assert.Equal(rest, label.Rest);
    }

    [Theory]
    [InlineData("Problem solved: we shipped")]
    [InlineData("STAR: During the migration I helped")]
    [InlineData("Latency: 2s → 1s")]
    [InlineData("If you have served on panels, add one: template")]
    [InlineData("[ ] **Situation**: x")]
    public void ParsePlain_UnknownOrNotALabel_ReturnsNull(string line)
    {
        Assert.Null(Labels.ParsePlain(line));
    }
}
