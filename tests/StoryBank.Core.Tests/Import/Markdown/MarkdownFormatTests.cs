using StoryBank.Core.Import;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Import.Markdown;

/// <summary>Each story-bank format the importer must understand, in fixtures written for these tests.</summary>
public sealed class MarkdownFormatTests
{
    private static ImportedFile Import(string markdown)
    {
        var outcome = BankImporter.ImportText(markdown.ReplaceLineEndings("\n"), "bank.md");
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        Assert.Empty(outcome.File!.Accounting.UnaccountedLines);
        Assert.Empty(outcome.File.Accounting.DoublyClaimedLines);
        return outcome.File;
    }

    [Fact]
    public void CareerOpsFormat_AbbreviatedLabelsReflectionAndTemplateComment()
    {
        const string bank = """
            # Story Bank

            ## Stories

            <!-- Format:
            ### [Theme] Story Title
            **S (Situation):** ...
            **T (Task):** ...
            **A (Action):** ...
            **R (Result):** ...
            -->

            ### [Reliability] Taming the nightly batch at Lumen
            **Source:** Report #012 — Lumen — Platform Engineer
            **S:** The nightly billing batch overran its window twice a week.
            **T (Task):** Make it finish before 6 AM every night.
            **A:** I split the job into 40 shards and added checkpoints.
            **R:** Runtime fell from 7 hours to 90 minutes.
            **Reflection:** Measure before you parallelize.
            **Best for questions about:** reliability, performance, ownership
            """;

        var imported = Import(bank);
        var story = Assert.Single(imported.Document.Stories);

        Assert.Equal("Taming the nightly batch at Lumen", story.Title);
        Assert.Equal(["Reliability"], story.Tags);
        Assert.Equal("Lumen", story.Company);
        Assert.Equal(FrameworkKind.STAR, story.Framework);
        Assert.Equal(["Source", "S", "T (Task)", "A", "R", "Reflection"], story.Sections.Select(s => s.Label));
        Assert.Equal(SectionKind.Task, story.Sections[2].Kind);
        Assert.Equal(SectionKind.Reflection, story.Sections[5].Kind);
        Assert.Equal(["reliability", "performance", "ownership"], story.BestFor);
        Assert.Contains(imported.Document.Blocks, b => b.Kind == BlockKind.Html && b.Text.Contains("[Theme] Story Title", StringComparison.Ordinal));
    }

    [Fact]
    public void ExplicitFrameworkLine_WinsOverLabels()
    {
        const string bank = """
            ## Story 1: The migration nobody wanted
            **Framework: SOAR**
            **Situation:** Our payments team ran on a database version that lost vendor support.
            **Obstacle:** Two teams refused to freeze their schemas.
            **Action:** I wrote a compatibility layer and ran both schemas side by side for a month.
            **Result:** We moved 1.2 TB with 4 minutes of read-only time.
            """;

        var story = Assert.Single(Import(bank).Document.Stories);

        Assert.Equal(FrameworkKind.SOAR, story.Framework);
        Assert.Equal([SectionKind.Situation, SectionKind.Obstacle, SectionKind.Action, SectionKind.Result], story.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void QuestionHeading_IsTitleAndMapping()
    {
        const string bank = """
            # Prep

            ### Q7: Tell me about a time you disagreed with your manager?
            **Situation:** My manager wanted to skip the load test before the sale.
            **Action:** I ran a two-hour test on a copy of production and shared the graphs.
            **Result:** We found a pool limit and fixed it; the sale peaked at 3x normal traffic without errors.
            """;

        var document = Import(bank).Document;
        var story = Assert.Single(document.Stories);

        Assert.Equal("Tell me about a time you disagreed with your manager?", story.Title);
        var mapping = Assert.Single(document.Mappings);
        Assert.Equal(MappingKind.Question, mapping.Kind);
        Assert.Equal([story.Id], mapping.StoryIds);
    }

    [Fact]
    public void PackedParagraph_SplitsIntoSections()
    {
        const string bank = """
            ## 3. Saving the launch
            Situation: The launch build failed on half the devices. Task: Ship anyway by Friday. Actions: I bisected the build flags and found the culprit. Results: We shipped on Friday with a 0.2% crash rate.
            """;

        var story = Assert.Single(Import(bank).Document.Stories);

        Assert.Equal(["Situation", "Task", "Actions", "Results"], story.Sections.Select(s => s.Label));
        Assert.Equal("Ship anyway by Friday.", story.SectionOf(SectionKind.Task)!.Text);
    }

    [Fact]
    public void AHeadingThatCallsItselfAStory_IsOneWithPartsOfItsOwn()
    {
        const string bank = """
            # Bank

            ## Story 1: Halving the build time

            **Best for:** "Tell me about a time you improved a process"

            ### Situation
            Builds took 40 minutes.

            ### Result
            They take 18 now.

            ## Story 2: How I keep learning

            **Best for:** "How do you keep your skills up to date?"

            ### What I do
            I read one postmortem a week.

            ### Why it matters
            Outages teach what documentation does not.

            ## Notes on delivery

            **Best for:** nothing in particular; speak slowly.
            """;

        var document = Import(bank).Document;

        Assert.Equal(["Halving the build time", "How I keep learning"], document.Stories.Select(s => s.Title));
        var personal = document.Stories[1];
        Assert.Equal(["How do you keep your skills up to date?"], personal.BestFor);
        Assert.Equal(["What I do", "Why it matters"], personal.Sections.Select(s => s.Label));
    }

    [Fact]
    public void HeadingSections_ShortVersionFollowUpsAndMetrics()
    {
        const string bank = """
            # Bank

            ## Legend 2: Rebuilding search (Quilt)

            **Best for questions:**
            - "Tell me about a time you improved performance"

            ### Short Version (30 sec)
            > At Quilt, search took 4 seconds.
            > I rebuilt the index and it now takes 200 ms.

            ### Full STAR Version (2-3 min)

            **Situation:**
            Search at Quilt took 4 seconds at p95.

            **Task:**
            I owned the search service.

            **Action:**
            I profiled the queries.

            ```sql
            CREATE INDEX idx ON items (name);
            ```

            **Result:**
            p95 fell to 200 ms.

            **Key Metrics:**
            - p95 latency: 4s → 200ms
            - 20x faster

            ### Follow-up Questions & Answers

            **Q: Why not a search engine?**
            > The data fit in one database.
            > An engine would have doubled our operations work.

            **Q: What was the hardest part?**
            > Convincing the team to freeze writes for an hour.

            ---
            """;

        var imported = Import(bank);
        var story = Assert.Single(imported.Document.Stories);

        Assert.Equal("Rebuilding search (Quilt)", story.Title);
        Assert.Equal("Quilt", story.Company);
        Assert.Equal("At Quilt, search took 4 seconds.\nI rebuilt the index and it now takes 200 ms.", story.ShortVersion);
        Assert.Equal(["Tell me about a time you improved performance"], story.BestFor);
        Assert.Equal("I profiled the queries.\n\n```sql\nCREATE INDEX idx ON items (name);\n```", story.SectionOf(SectionKind.Action)!.Text);
        Assert.Equal([new Metric("p95 latency", "4s → 200ms"), new Metric(string.Empty, "20x faster")], story.Metrics);
        Assert.Equal(2, story.FollowUps.Count);
        Assert.Equal("The data fit in one database.\nAn engine would have doubled our operations work.", story.FollowUps[0].Answer);
        Assert.Contains(imported.Document.Blocks, b => b.Kind == BlockKind.Separator);
    }

    [Fact]
    public void NumberedItemsUnderQuestionHeading_BecomeStoriesAndMapping()
    {
        const string bank = """
            ## Pillar: Ownership

            ### How do you handle a slipping deadline?

            1. STAR — Billing cutover

            - Situation: The billing cutover was two weeks late.
            - Task: Land it before quarter end.
            - Actions: I cut scope to the three invoice types that mattered.
            - Results: We cut over on time and handled 98% of invoices.

            2. STAR — Mobile release train

            - Situation: Releases slipped every month.
            - Task: Make releases predictable.
            - Actions: I introduced a fixed two-week train.
            - Results: Eleven releases in a row shipped on the planned day.
            """;

        var document = Import(bank).Document;

        Assert.Equal(["Billing cutover", "Mobile release train"], document.Stories.Select(s => s.Title));
        Assert.All(document.Stories, s => Assert.Equal(["Pillar: Ownership", "How do you handle a slipping deadline?"], s.HeadingPath));
        var question = document.Mappings.Single(m => m.Kind == MappingKind.Question);
        Assert.Equal(2, question.StoryIds.Count);
        var value = document.Mappings.Single(m => m.Kind == MappingKind.Value);
        Assert.Equal("Ownership", value.Text);
    }

    [Fact]
    public void DuplicateNumbers_NeverMergeStories()
    {
        const string bank = """
            ## 2. First story
            **Situation:** One. **Task:** none.
            **Action:** I did one thing.
            **Result:** It worked 10 times.

            ## 2. Second story
            **Situation:** Two.
            **Action:** I did another thing.
            **Result:** It worked 20 times.
            """;

        var stories = Import(bank).Document.Stories;

        Assert.Equal(2, stories.Count);
        Assert.NotEqual(stories[0].Id, stories[1].Id);
    }

    [Fact]
    public void TextWithoutStories_IsNoStoriesError()
    {
        var outcome = BankImporter.ImportText("# Shopping list\n\n- milk\n- eggs\n", "list.md");

        Assert.False(outcome.Succeeded);
        Assert.Equal(ImportErrorKind.NoStories, outcome.Error!.Kind);
        Assert.Contains("no stories found", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyText_IsEmptyError()
    {
        var outcome = BankImporter.ImportText("  \n\n", "empty.md");

        Assert.Equal(ImportErrorKind.Empty, outcome.Error!.Kind);
    }
}
