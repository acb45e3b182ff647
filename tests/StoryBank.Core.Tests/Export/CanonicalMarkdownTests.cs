using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Canonical;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

public class CanonicalMarkdownTests
{
    private static Document RoundTrip(Document document)
    {
        var imported = new CanonicalMarkdownExporter().Export(document)
            .Select(f => ExportAssert.Succeeded(CanonicalMarkdownReader.Read(f.Content, f.RelativePath)))
            .ToList();
        var index = imported.Single(i => i.Fragment == FragmentKind.Index).Document;
        return DocumentAssembler.Assemble(index, imported.Where(i => i.Fragment == FragmentKind.Story).Select(i => i.Document));
    }

    [Fact]
    public void Export_StarStory_WritesFrontMatterTitleAndOneHeadingPerPart()
    {
        var files = new CanonicalMarkdownExporter().Export(SampleDocuments.StarDocument());

        Assert.Equal(["my-story-bank/crisis-management-the-500k-queue-outage-northwind.md", "my-story-bank/index.md"], files.Select(f => f.RelativePath));
        Assert.Equal(
            """
            ---
            storybank: story
            id: 5t0a00000001
            document: d0c0000000a1
            title: 'Crisis Management: The $500K Queue Outage (Northwind)'
            company: Northwind
            project: null
            framework: STAR
            language: en
            competencies: [Ownership]
            tags: [Crisis]
            learnings: [Measure first.]
            headingPath: [Stories, Crisis]
            source: {file: /banks/bank.md, startLine: 10, endLine: 30}
            sectionLines: [12, 14, 16, 19]
            ---
            # Crisis Management: The $500K Queue Outage (Northwind)

            ## Short version

            > We were losing orders.
            >
            > I fixed the queue.

            ## Situation

            Orders were piling up.

            ## Task

            I owned the fix.

            ## Action

            - Drained the queue
            - Added back-pressure

            ## Result

            **Zero** lost orders since.

            ## Follow-up questions

            **Q: What would you change?**
            > Alert earlier.

            ## Best for questions

            - Tell me about a crisis.

            ## Key metrics

            - Orders lost: 1,200/day → 0
            - 3 weeks

            """.ReplaceLineEndings("\n"),
            files[0].Content);
    }

    [Fact]
    public void Export_Index_WritesBlocksBetweenMarkersAndLinksTheStories()
    {
        var index = new CanonicalMarkdownExporter().Export(SampleDocuments.StarDocument())[^1].Content;

        Assert.EndsWith(
            """
            ---
            <!-- block 0 -->
            # My story bank

            <!-- block 1 -->
            | Question | Story |
            |---|---|
            | Conflict | Queue |

            <!-- stories -->

            ## Stories

            - [[crisis-management-the-500k-queue-outage-northwind|Crisis Management: The $500K Queue Outage (Northwind)]]

            """.ReplaceLineEndings("\n"),
            index,
            StringComparison.Ordinal);
        Assert.Contains("- {kind: Theme, text: Conflict, storyIds: [5t0a00000001], line: 5}", index, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_EmptyShortVersion_StaysEmptyNotNull()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with { ShortVersion = string.Empty };

        var read = RoundTrip(SampleDocuments.Document(story));

        Assert.Equal(string.Empty, read.Stories[0].ShortVersion);
    }

    [Fact]
    public void RoundTrip_StoryWithoutSectionsOrLists_KeepsItEmpty()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with
        {
            Sections = [], ShortVersion = null, FollowUps = [], BestFor = [], Metrics = [], Framework = FrameworkKind.Other,
        };
        var document = SampleDocuments.Document(story);

        var read = RoundTrip(document);

        ExportAssert.SameDocument(document, read);
        Assert.Empty(read.Stories[0].Sections);
        Assert.Null(read.Stories[0].ShortVersion);
    }

    [Fact]
    public void Export_DuplicateStoryTitles_GetUniqueSlugsAndBothRoundTrip()
    {
        var story = SampleDocuments.StarDocument().Stories[0];
        var twin = story with { Id = "7b1500000002", Source = story.Source with { StartLine = 40 } };
        var document = SampleDocuments.Document(story, twin);

        var paths = new CanonicalMarkdownExporter().Export(document).Select(f => f.RelativePath).ToList();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Contains("my-story-bank/crisis-management-the-500k-queue-outage-northwind-5t0a00.md", paths);
        Assert.Contains("my-story-bank/crisis-management-the-500k-queue-outage-northwind-7b1500.md", paths);
        ExportAssert.SameDocument(document, RoundTrip(document));
    }

    [Fact]
    public void Export_StoryTitledIndex_DoesNotOverwriteTheIndexFile()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with { Title = "Index" };

        var paths = new CanonicalMarkdownExporter().Export(SampleDocuments.Document(story)).Select(f => f.RelativePath).ToList();

        Assert.Equal(["my-story-bank/index-5t0a00.md", "my-story-bank/index.md"], paths);
    }

    [Fact]
    public void RoundTrip_CodeFenceWithResultHeadingInsideAction_StaysInAction()
    {
        var action = "I scripted the rollback:\n\n```markdown\n## Result\nnot a heading\n```\n\nThen I ran it.";
        var story = SampleDocuments.StarDocument().Stories[0] with
        {
            Sections = [SampleDocuments.Section("Action", action, 3), SampleDocuments.Section("Result", "It worked.", 9)],
        };

        var read = RoundTrip(SampleDocuments.Document(story)).Stories[0];

        Assert.Equal(2, read.Sections.Count);
        Assert.Equal(action, read.Sections[0].Text);
        Assert.Equal(SectionKind.Result, read.Sections[1].Kind);
    }

    [Fact]
    public void RoundTrip_UnlabeledSections_FirstIsTextUnderTheTitleOthersUntitled()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with
        {
            Sections = [SampleDocuments.Section("", "Intro text."), SampleDocuments.Section("Action", "Did it."), SampleDocuments.Section("", "Aside.")],
        };

        var content = new CanonicalMarkdownExporter().Export(SampleDocuments.Document(story))[0].Content;
        var read = RoundTrip(SampleDocuments.Document(story)).Stories[0];

        Assert.Contains("# Crisis Management: The $500K Queue Outage (Northwind)\n\nIntro text.\n\n## Short version", content, StringComparison.Ordinal);
        Assert.Contains("## (untitled)\n\nAside.", content, StringComparison.Ordinal);
        Assert.Equal(["", "Action", ""], read.Sections.Select(s => s.Label));
    }

    [Fact]
    public void RoundTrip_SectionLabeledLikeAReservedPart_IsEscapedAndStaysASection()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with { Sections = [SampleDocuments.Section("Key metrics", "Uptime 99.9%")] };

        var read = RoundTrip(SampleDocuments.Document(story)).Stories[0];

        Assert.Equal("Key metrics", Assert.Single(read.Sections).Label);
        Assert.Equal(2, read.Metrics.Count);
    }

    [Theory]
    [InlineData("---\nstorybank: story\nid: x\n---\n# T\n", true)]
    [InlineData("---\r\nstorybank: document\r\n---\r\n", true)]
    [InlineData("---\ntitle: My notes\n---\n# Notes\n", false)]
    [InlineData("# Stories\n\nstorybank: story\n", false)]
    [InlineData("---\nstorybank: story\n", false)]
    public void LooksCanonical_FrontMatter_NeedsTheStoryBankKey(string text, bool expected) =>
        Assert.Equal(expected, CanonicalMarkdownReader.LooksCanonical(text));

    [Fact]
    public void Read_InvalidYaml_IsMalformedNamingTheLine()
    {
        var outcome = CanonicalMarkdownReader.Read("---\nstorybank: story\nid: x\ntitle: \"unclosed\ndocument: d\n---\n# T\n", "story.md");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.InRange(outcome.Error.Line, 4, 6);
        Assert.StartsWith("the front matter is not valid YAML", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeyLessColonLine_IsMalformedNamingTheLine_NotACrash()
    {
        // YamlDotNet throws ArgumentException here, not YamlException.
        var outcome = CanonicalMarkdownReader.Read("---\nstorybank: story\nid: x\nmetrics:\n  - name: a\n    :\n    value: b\ndocument: d\n---\n# T\n", "story.md");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.Equal(6, outcome.Error.Line);
        Assert.StartsWith("the front matter is not valid YAML", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownFramework_IsMalformedNamingTheLine()
    {
        var outcome = CanonicalMarkdownReader.Read("---\nstorybank: story\nid: s1\ndocument: d1\nframework: STARR\n---\n# T\n", "story.md");

        Assert.Equal(5, outcome.Error!.Line);
        Assert.StartsWith("'framework' is 'STARR', expected one of STAR, CAR", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownFileKind_IsMalformed()
    {
        var outcome = CanonicalMarkdownReader.Read("---\nstorybank: plan\nid: s1\n---\n", "plan.md");

        Assert.Equal("unknown StoryBank file kind 'plan' (expected 'story' or 'document')", outcome.Error!.Message);
    }

    [Fact]
    public void Read_HandWrittenMinimalStoryFile_FillsDefaultsAndInfersTheFramework()
    {
        const string text = "---\nstorybank: story\nid: new-story\ndocument: d1\n---\n# Draft\n\n## Problem\n\nBuild broke.\n\n## Action\n\nBisected.\n\n## Result\n\nGreen again.\n";

        var imported = ExportAssert.Succeeded(CanonicalMarkdownReader.Read(text, "bank/draft.md"));

        var story = Assert.Single(imported.Document.Stories);
        Assert.Equal(FragmentKind.Story, imported.Fragment);
        Assert.Equal(FrameworkKind.PAR, story.Framework);
        Assert.Equal([SectionKind.Problem, SectionKind.Action, SectionKind.Result], story.Sections.Select(s => s.Kind));
        Assert.Equal(new SourceRef("bank/draft.md", 1, 18), story.Source);
        ExportAssert.EveryLineClaimedOnce(imported);
    }

    [Fact]
    public void Read_TextBeforeTheFirstQuestion_IsWarnedAboutAndLeftUnaccounted()
    {
        const string text = "---\nstorybank: story\nid: s1\ndocument: d1\n---\n# T\n\n## Follow-up questions\n\nstray note\n**Q: Why?**\n> Because.\n";

        var imported = ExportAssert.Succeeded(CanonicalMarkdownReader.Read(text, "s.md"));

        Assert.Equal(new FollowUp("Why?", "Because."), Assert.Single(imported.Document.Stories[0].FollowUps));
        Assert.Equal(10, Assert.Single(imported.Warnings).Line);
        Assert.Equal([10], imported.Accounting.UnaccountedLines);
    }

    [Fact]
    public void Read_IndexListingMoreBlocksThanTheBodyHas_IsMalformed()
    {
        const string text = "---\nstorybank: document\nid: d1\nblocks:\n- {kind: Paragraph, headingPath: [], lines: [1, 1]}\n---\n<!-- stories -->\n";

        var outcome = CanonicalMarkdownReader.Read(text, "index.md");

        Assert.Equal(5, outcome.Error!.Line);
        Assert.Equal("the front matter lists block 0 but the body has no \"<!-- block 0 -->\" line", outcome.Error.Message);
    }

    [Fact]
    public void Assemble_FragmentsOfOtherDocumentsAndUnplacedStories_AreIgnoredOrAppendedInIdOrder()
    {
        var document = SampleDocuments.StarDocument();
        var template = document.Stories[0];
        Document Fragment(string documentId, string storyId, int line) =>
            new(documentId, "", new SourceRef("f.md", 1, 1), [template with { Id = storyId, Source = template.Source with { StartLine = line } }], [], []);

        var assembled = DocumentAssembler.Assemble(
            document with { Stories = [] },
            [Fragment(document.Id, "zz", 0), Fragment(document.Id, "b", 50), Fragment("other", "c", 1), Fragment(document.Id, "aa", 0), Fragment(document.Id, "a", 20)]);

        Assert.Equal(["a", "b", "aa", "zz"], assembled.Stories.Select(s => s.Id));
        Assert.Equal(document.Blocks, assembled.Blocks);
    }
}
