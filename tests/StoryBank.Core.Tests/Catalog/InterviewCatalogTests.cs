using StoryBank.Core.Catalog;

namespace StoryBank.Core.Tests.Catalog;

/// <summary>The built-in catalogue loads and holds what the matcher and planner rely on.</summary>
public sealed class InterviewCatalogTests
{
    private static readonly InterviewCatalog Catalog = InterviewCatalog.Default;

    private static readonly string[] AmazonPrinciples =
    [
        "Customer Obsession", "Ownership", "Invent and Simplify", "Are Right, A Lot", "Learn and Be Curious", "Hire and Develop the Best",
        "Insist on the Highest Standards", "Think Big", "Bias for Action", "Frugality", "Earn Trust", "Dive Deep",
        "Have Backbone; Disagree and Commit", "Deliver Results", "Strive to be Earth's Best Employer", "Success and Scale Bring Broad Responsibility",
    ];

    [Fact]
    public void The_question_bank_has_at_least_150_questions_and_every_competency_is_probed()
    {
        Assert.True(Catalog.Questions.Count >= 150, $"{Catalog.Questions.Count} questions");
        Assert.Equal(Catalog.Questions.Count, Catalog.Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(Catalog.Competencies, c => Assert.True(Catalog.Questions.Count(q => q.Competencies.Contains(c.Id)) >= 3, $"{c.Id} is probed by fewer than 3 questions"));
        Assert.Contains(Catalog.Questions, q => q.Level == QuestionLevel.Grilling);
        Assert.All(Enum.GetValues<StoryBank.Core.Model.FrameworkKind>().Where(k => k != StoryBank.Core.Model.FrameworkKind.Other),
            kind => Assert.Contains(Catalog.Questions, q => q.Framework == kind));
    }

    [Fact]
    public void The_taxonomy_has_synonyms_and_the_standard_probes()
    {
        Assert.True(Catalog.Competencies.Count >= 30);
        Assert.All(Catalog.Competencies, c => Assert.True(c.Synonyms.Count >= 5, $"{c.Id} has {c.Synonyms.Count} synonyms"));
        Assert.Contains("disagreement", Catalog.Competencies.Single(c => c.Id == "conflict").Synonyms);
        Assert.Contains("incomplete information", Catalog.Competencies.Single(c => c.Id == "ambiguity").Synonyms);
        Assert.Superset(new HashSet<string> { "differently", "contribution", "not-worked", "how-knew", "hardest", "resistance", "timeline" },
            Catalog.Probes.Select(p => p.Id).ToHashSet());
    }

    [Fact]
    public void The_six_company_packs_are_there_and_every_value_is_usable()
    {
        foreach (var company in new[] { "amazon", "google", "meta", "atlassian", "microsoft", "netflix" })
        {
            var pack = Catalog.FindPack(company);
            Assert.NotNull(pack);
            Assert.All(pack.Values, v =>
            {
                Assert.False(string.IsNullOrWhiteSpace(v.Description));
                Assert.NotEmpty(v.Competencies);
                Assert.True(v.Questions.Count >= 3, $"{pack.Company}/{v.Id} has {v.Questions.Count} sample questions");
            });
        }
    }

    [Fact]
    public void Amazon_has_its_sixteen_leadership_principles_by_name()
    {
        var amazon = Catalog.FindPack("Amazon")!;
        Assert.Equal(AmazonPrinciples.Order(StringComparer.Ordinal), amazon.Values.Where(v => v.Kind == ValueKind.Value).Select(v => v.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Atlassian_holds_the_management_interview_pillars_of_seed_002()
    {
        var pillars = Catalog.FindPack("atlassian")!.Values.Where(v => v.Kind == ValueKind.Pillar).Select(v => v.Name).ToList();
        Assert.Contains(pillars, p => p.StartsWith("Accountability", StringComparison.Ordinal));
        Assert.Contains(pillars, p => p.StartsWith("Operational Excellence", StringComparison.Ordinal));
        Assert.Contains(pillars, p => p.StartsWith("Org Impact", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  AMAZON ", "Amazon")]
    [InlineData("aws", "Amazon")]
    [InlineData("Netflix", "Netflix")]
    public void Packs_are_found_by_company_or_alias(string name, string company) =>
        Assert.Equal(company, Catalog.FindPack(name)?.Company);

    [Fact]
    public void An_unknown_company_finds_no_pack() => Assert.Null(Catalog.FindPack("Initech"));
}
