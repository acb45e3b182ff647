using System.Text.RegularExpressions;
using StoryBank.Core.Export;
using StoryBank.Core.Import;
using StoryBank.Core.Import.Canonical;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

public class JsonExportTests
{
    [Fact]
    public void Export_Document_WritesOneFileNamedAfterTheTitleWithTheMarker()
    {
        var file = Assert.Single(new JsonExporter().Export(SampleDocuments.StarDocument()));

        Assert.Equal("my-story-bank.json", file.RelativePath);
        Assert.StartsWith("{\n  \"storybank\": 1,\n  \"document\": {\n    \"id\": \"d0c0000000a1\"", file.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", file.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportAll_TitleslessAndCollidingDocuments_GetUniqueNames()
    {
        var first = SampleDocuments.StarDocument() with { Id = "aaaaaa111111" };
        var second = first with { Id = "bbbbbb222222" };
        var untitled = first with { Id = "cccccc333333", Title = "Мой банк", Source = new SourceRef("/x/Interview Prep.md", 1, 2) };

        var names = new JsonExporter().ExportAll([first, second, untitled]).Select(f => f.RelativePath).ToList();

        Assert.Equal(["my-story-bank-aaaaaa.json", "my-story-bank-bbbbbb.json", "interview-prep.json"], names);
    }

    [Fact]
    public void ImportText_JsonExport_IsSniffedAndReadWhole()
    {
        var document = SampleDocuments.StarDocument();

        var outcome = BankImporter.ImportText(JsonExporter.Serialize(document), "bank.json");

        var imported = ExportAssert.Succeeded(outcome);
        Assert.Equal(SourceFormat.Json, imported.Format);
        ExportAssert.SameDocument(document, imported.Document);
    }

    [Fact]
    public void Read_SyntaxError_ReportsMalformedWithOneBasedLine()
    {
        var outcome = JsonBankReader.Read("{\n  \"storybank\": 1,\n  \"document\" {\n}", "bank.json");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.Equal(3, outcome.Error.Line);
        Assert.StartsWith("malformed JSON: ", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonWithoutMarker_IsNotAStoryBankExport()
    {
        var outcome = JsonBankReader.Read("""{ "document": {} }""", "other.json");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.StartsWith("not a StoryBank export", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownVersion_SaysWhichVersionIsRead()
    {
        var outcome = JsonBankReader.Read("""{ "storybank": 7, "document": {} }""", "future.json");

        Assert.Equal("unsupported StoryBank export version 7 (this version reads 1)", outcome.Error!.Message);
    }

    [Fact]
    public void Read_UnknownFramework_NamesThePathAndLine()
    {
        var text = JsonExporter.Serialize(SampleDocuments.StarDocument()).Replace("\"framework\": \"STAR\"", "\"framework\": \"STARR\"", StringComparison.Ordinal);
        var expectedLine = text.Split('\n').ToList().FindIndex(l => l.Contains("STARR", StringComparison.Ordinal)) + 1;

        var outcome = JsonBankReader.Read(text, "bank.json");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.Equal(expectedLine, outcome.Error.Line);
        Assert.Contains("$.document.stories[0].framework", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredMember_IsMalformedNotAnException()
    {
        var outcome = JsonBankReader.Read("""{ "storybank": 1, "document": { "id": "d1", "title": "t" } }""", "bank.json");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.Contains("does not have the StoryBank document shape", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateStoryIds_IsMalformed()
    {
        var story = SampleDocuments.StarDocument().Stories[0];
        var document = SampleDocuments.Document(story, story with { Title = "Another" });

        var outcome = JsonBankReader.Read(JsonExporter.Serialize(document), "bank.json");

        Assert.Equal($"the story id {story.Id} is used by two stories", outcome.Error!.Message);
    }

    [Fact]
    public void Read_EmptyStoryId_IsMalformed()
    {
        var story = SampleDocuments.StarDocument().Stories[0] with { Id = "" };

        var outcome = JsonBankReader.Read(JsonExporter.Serialize(SampleDocuments.Document(story)), "bank.json");

        Assert.Equal(ImportErrorKind.Malformed, outcome.Error!.Kind);
        Assert.Contains("has an empty id", outcome.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullListEntry_IsMalformed()
    {
        var text = Regex.Replace(JsonExporter.Serialize(SampleDocuments.StarDocument()), @"""tags"": \[[^\]]*\]", "\"tags\": [ null ]");

        var outcome = JsonBankReader.Read(text, "bank.json");

        Assert.Equal("story 5t0a00000001: tags[0] is null", outcome.Error!.Message);
    }
}
