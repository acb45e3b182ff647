using System.Text.Json;
using StoryBank.Core.Import;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Import.Markdown;

/// <summary>The four real banks in STORYBANK_SEEDS import exactly as the issue specifies.</summary>
public sealed class SeedImportTests
{
    private static ImportedFile ImportSeed(string prefix)
    {
        var path = Directory.GetFiles(SeedFactAttribute.SeedsFolder!, prefix + "*.txt").Single();
        var outcome = BankImporter.Import(File.ReadAllBytes(path), path);
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        return outcome.File!;
    }

    private static Story StoryTitled(Document document, string title) => document.Stories.Single(s => s.Title == title);

    [SeedFact]
    public void Seed000_SevenStarStories_EachWithCompetencies()
    {
        var document = ImportSeed("000_").Document;

        Assert.Equal(7, document.Stories.Count);
        Assert.All(document.Stories, s => Assert.Equal(FrameworkKind.STAR, s.Framework));
        Assert.All(document.Stories, s => Assert.NotEmpty(s.Competencies));
        Assert.Equal(["Crisis Management", "Solo Ownership", "Security Expertise"], document.Stories[0].Competencies);
        // Duplicate numbers (two 2s, two 4s) never merge stories.
        Assert.Contains(document.Stories, s => s.Title.StartsWith("Conflict Resolution", StringComparison.Ordinal));
        Assert.Contains(document.Stories, s => s.Title.StartsWith("Innovation", StringComparison.Ordinal));
        Assert.Contains(document.Stories, s => s.Title.StartsWith("Mentorship", StringComparison.Ordinal));
        Assert.Equal(7, document.Stories.Select(s => s.Id).Distinct().Count());
    }

    [SeedFact]
    public void Seed000_CleanupSubStep_StaysInsideAction()
    {
        var story = ImportSeed("000_").Document.Stories[0];

        var action = story.SectionOf(SectionKind.Action)!;
        Assert.Contains("**Cleanup (Day 2)::**", action.Text, StringComparison.Ordinal);
        Assert.Contains("**Security Hardening (Days 3-7):**", action.Text, StringComparison.Ordinal);
        Assert.Equal(4, story.Sections.Count);
        Assert.Equal("FoodMesh", story.Company);
    }

    [SeedFact]
    public void Seed001_SevenStarStories_CodeBlocksIntactAndMetrics()
    {
        var document = ImportSeed("001_").Document;

        Assert.Equal(7, document.Stories.Count);
        Assert.All(document.Stories, s => Assert.Equal(FrameworkKind.STAR, s.Framework));
        Assert.All(document.Stories, s => Assert.Equal(3, s.Metrics.Count));
        var memoryLeak = StoryTitled(document, "Debugging Production Memory Leak");
        var action = memoryLeak.SectionOf(SectionKind.Action)!.Text;
        Assert.Contains("```javascript\n// Solution: Explicitly clear buffer", action, StringComparison.Ordinal);
        Assert.Contains("    buffer.fill(0);\n  }\n});\n```", action, StringComparison.Ordinal);
        Assert.Contains(new Metric("Uptime", "99.5% → 99.9%"), memoryLeak.Metrics);
    }

    [SeedFact]
    public void Seed001_NoMojibakeLeftAnywhere()
    {
        var imported = ImportSeed("001_");
        var json = JsonSerializer.Serialize(imported.Document, ModelJson.Compact);

        Assert.DoesNotContain("ðŸ", json, StringComparison.Ordinal);
        Assert.DoesNotContain("â†", json, StringComparison.Ordinal);
        Assert.DoesNotContain("â€", json, StringComparison.Ordinal);
        Assert.Contains(imported.Document.Blocks, b => b.Text == "## 🎯 What is STAR Method?");
        Assert.Contains("decode → upload to Zoho → wait for response", imported.Document.Stories[0].SectionOf(SectionKind.Action)!.Text, StringComparison.Ordinal);
        Assert.True(imported.MojibakeRepairs > 0);
    }

    [SeedFact]
    public void Seed001_QuestionGuide_BecomesMappings()
    {
        var document = ImportSeed("001_").Document;

        string[] TitlesFor(string question) =>
            [.. document.Mappings.Single(m => m.Text == question).StoryIds.Select(id => document.Stories.Single(s => s.Id == id).Title)];

        Assert.Equal(["Handling NetSuite Timeout Issues", "Debugging Production Memory Leak"], TitlesFor("Tell me about a time you solved a difficult technical problem"));
        Assert.Equal(["Optimizing API Latency with Redis Caching", "Implementing Database Indexing for Performance"], TitlesFor("Describe a time you improved system performance"));
        Assert.Equal(["Implementing Auto Scaling for Cost Optimization"], TitlesFor("Tell me about a time you reduced costs"));
        Assert.Equal(["Handling Zoho API Rate Limits"], TitlesFor("How do you handle failures?"));
        Assert.Equal(["Implementing Zero-Downtime Deployments"], TitlesFor("Tell me about a time you improved deployment process"));
        Assert.All(document.Mappings, m => Assert.Equal(MappingKind.Question, m.Kind));
    }

    [SeedFact]
    public void Seed002_EveryNumberedAndPackedStory_UnderItsPillarAndQuestion()
    {
        var document = ImportSeed("002_").Document;

        // 59 "N. STAR — Title" entries plus 3 stories packed into one bullet each.
        Assert.Equal(62, document.Stories.Count);
        Assert.All(document.Stories, s => Assert.Equal(FrameworkKind.STAR, s.Framework));
        Assert.All(document.Stories, s => Assert.Equal(4, s.Sections.Count(x => SectionKindIsStar(x.Kind))));
        var first = StoryTitled(document, "Approvals Framework observability and tracking");
        Assert.Equal(["Pillar: Accountability (Owning outcomes)", "How do you keep track of the project?"], first.HeadingPath);
        var packed = StoryTitled(document, "Read model strategy — materialized views vs query-time joins");
        Assert.Equal(["Quick STAR Answers to Common Questions", "Did you ever oppose someone’s technical approach and how?"], packed.HeadingPath);
        Assert.StartsWith("Ran benchmarks, set SLOs", packed.SectionOf(SectionKind.Action)!.Text, StringComparison.Ordinal);
        var question = document.Mappings.Single(m => m.Text == "How do you keep track of the project?");
        Assert.Equal(3, question.StoryIds.Count);
        var pillar = document.Mappings.Single(m => m.Kind == MappingKind.Value && m.Text == "Accountability (Owning outcomes)");
        Assert.Equal(14, pillar.StoryIds.Count);
    }

    [SeedFact]
    public void Seed002_QuickAnswersAndTemplate_AreBlocksNotStories()
    {
        var imported = ImportSeed("002_");
        var document = imported.Document;

        Assert.DoesNotContain(document.Stories, s => s.Title.Contains("Interviews/hiring", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text.Contains("STAR: During async engine migration", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text.Contains("Example template:", StringComparison.Ordinal));
        Assert.Contains(imported.Warnings, w => w.Line == 374);
    }

    [SeedFact]
    public void Seed004_FifteenLegends_WithShortVersionsAndEveryFollowUp()
    {
        var document = ImportSeed("004_").Document;

        Assert.Equal(15, document.Stories.Count);
        Assert.All(document.Stories, s => Assert.False(string.IsNullOrWhiteSpace(s.ShortVersion)));
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2], document.Stories.Select(s => s.FollowUps.Count));
        Assert.All(document.Stories, s => Assert.Equal(3, s.BestFor.Count));
        Assert.All(document.Stories.SelectMany(s => s.FollowUps), f => Assert.NotEmpty(f.Answer));
        var first = document.Stories[0];
        Assert.Equal("Why did you choose consistent hashing over other approaches?", first.FollowUps[0].Question);
        Assert.StartsWith("Consistent hashing was ideal", first.FollowUps[0].Answer, StringComparison.Ordinal);
        Assert.Equal("EEG", first.Company);
        Assert.StartsWith("At EEG, our gambling platform", first.ShortVersion, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed004_Legends13To15_KeepTheirOwnPartsWithoutInventedStarSections()
    {
        var document = ImportSeed("004_").Document;

        foreach (var legend in document.Stories.Skip(12))
        {
            Assert.Equal(FrameworkKind.Other, legend.Framework);
            Assert.Null(legend.SectionOf(SectionKind.Task));
            Assert.Null(legend.SectionOf(SectionKind.Action));
        }

        Assert.Equal("My Learning Philosophy", document.Stories[12].Sections[0].Label);
        Assert.Contains(document.Stories[14].Sections, s => s.Text.Contains("Why [This Company]", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Seed004_RussianIntroAndMatchingTable_ArePreserved()
    {
        var document = ImportSeed("004_").Document;

        Assert.Contains(document.Blocks, b => b.Text.StartsWith("Коллекция историй и ответов", StringComparison.Ordinal));
        var table = document.Mappings.Single(m => m.Text == "Failure/Learning");
        Assert.Equal(MappingKind.Theme, table.Kind);
        Assert.Equal([document.Stories[8].Id, document.Stories[9].Id], table.StoryIds);
        Assert.Equal(8, document.Mappings.Count(m => m.Line is >= 883 and <= 890));
    }

    [SeedFact]
    public void AllSeeds_EveryNonBlankLineAccountedExactlyOnce()
    {
        foreach (var prefix in new[] { "000_", "001_", "002_", "004_" })
        {
            var accounting = ImportSeed(prefix).Accounting;
            Assert.Empty(accounting.UnaccountedLines);
            Assert.Empty(accounting.DoublyClaimedLines);
            Assert.Equal(1.0, accounting.Share);
        }
    }

    [SeedFact]
    public void AllSeeds_ReimportGivesSameIdsAndModel()
    {
        foreach (var prefix in new[] { "000_", "001_", "002_", "004_" })
        {
            var first = JsonSerializer.Serialize(ImportSeed(prefix).Document, ModelJson.Compact);
            var second = JsonSerializer.Serialize(ImportSeed(prefix).Document, ModelJson.Compact);
            Assert.Equal(first, second);
        }
    }

    private static bool SectionKindIsStar(SectionKind kind) => kind is SectionKind.Situation or SectionKind.Task or SectionKind.Action or SectionKind.Result;
}
