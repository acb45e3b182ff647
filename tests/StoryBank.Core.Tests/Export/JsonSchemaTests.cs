using System.Text.Json;
using FsCheck.Xunit;
using StoryBank.Core.Export;
using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

public class JsonSchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();

    [Fact]
    public void Export_SampleDocument_MatchesTheSchema()
    {
        var exported = new JsonExporter().Export(SampleDocuments.StarDocument())[0].Content;

        using var json = JsonDocument.Parse(exported);
        Assert.Empty(new StructuralSchemaChecker(Schema).Check(json.RootElement));
    }

    [Property(Arbitrary = [typeof(DocumentArbitrary)], MaxTest = 200)]
    public void Export_GeneratedDocument_MatchesTheSchema(Document document)
    {
        using var json = JsonDocument.Parse(new JsonExporter().Export(document)[0].Content);

        Assert.Empty(new StructuralSchemaChecker(Schema).Check(json.RootElement));
    }

    [Fact]
    public void Check_DocumentWithWrongShape_ReportsEveryProblem()
    {
        using var json = JsonDocument.Parse("""{ "storybank": 2, "document": { "id": "", "title": 3, "extra": true } }""");

        var errors = new StructuralSchemaChecker(Schema).Check(json.RootElement);

        Assert.Contains("$.storybank: expected 1, found 2", errors);
        Assert.Contains("$.document: missing required 'stories'", errors);
        Assert.Contains("$.document: unexpected 'extra'", errors);
        Assert.Contains("$.document.id: shorter than 1", errors);
        Assert.Contains(errors, e => e.StartsWith("$.document.title: expected string", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(FrameworkKind), "frameworkKind")]
    [InlineData(typeof(SectionKind), "sectionKind")]
    [InlineData(typeof(BlockKind), "blockKind")]
    [InlineData(typeof(MappingKind), "mappingKind")]
    public void Schema_EnumDefinition_ListsEveryValueOfTheModelEnum(Type enumType, string definition)
    {
        var listed = Schema.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(Enum.GetNames(enumType).Order(), listed.Order());
    }

    private static JsonElement LoadSchema()
    {
        var path = Path.Combine(Repository.Root, "docs", "schema", "storybank-document.schema.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.Clone();
    }
}
