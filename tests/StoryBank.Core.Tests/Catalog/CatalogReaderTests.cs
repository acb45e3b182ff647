using StoryBank.Core.Catalog;

namespace StoryBank.Core.Tests.Catalog;

/// <summary>A malformed catalogue file is reported with its file, line and problem; a good one reads whole.</summary>
public sealed class CatalogReaderTests
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "conflict", "ownership" };

    private const string Pack = """
        company: Initech
        aliases: [initech, "the initech way"]
        values:
          - id: tps
            name: TPS Reports
            kind: value
            description: "Paperwork done right, every time."
            competencies: [ownership]
            questions:
              - "Tell me about a report you owned."
          - id: pushback
            name: Push Back
            kind: pillar
            description: "Disagree openly."
            competencies: [conflict, ownership]
            questions: ["Tell me about a time you pushed back."]
        """;

    [Fact]
    public void A_good_pack_reads_whole()
    {
        var pack = CatalogReader.ReadValuePack(Pack, "initech.yaml", Known);
        Assert.Equal("Initech", pack.Company);
        Assert.Equal(["initech", "the initech way"], pack.Aliases);
        Assert.Equal(["TPS Reports", "Push Back"], pack.Values.Select(v => v.Name));
        Assert.Equal(ValueKind.Pillar, pack.Values[1].Kind);
        Assert.Equal(["conflict", "ownership"], pack.Values[1].Competencies);
        Assert.Equal("initech.yaml", pack.Source);
    }

    [Theory]
    [InlineData("competencies: [ownership]", "competencies: [ownrship]", 8, "unknown competency 'ownrship'")]
    [InlineData("kind: pillar", "kind: pilar", 13, "expected value, pillar or competency")]
    [InlineData("    description: \"Disagree openly.\"\n", "", 11, "'description' is missing")]
    [InlineData("id: pushback", "id: tps", 11, "'tps' is used twice")]
    [InlineData("name: TPS Reports", "name: 'TPS Reports", 5, "not valid YAML")]
    public void A_malformed_pack_names_the_file_line_and_problem(string from, string to, int line, string problem)
    {
        var broken = Pack.Replace(from, to, StringComparison.Ordinal);
        var error = Assert.Throws<CatalogFormatException>(() => CatalogReader.ReadValuePack(broken, "initech.yaml", Known));
        Assert.Equal("initech.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"initech.yaml:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_left_open_is_refused_without_a_line() =>
        Assert.StartsWith("initech.yaml: not valid YAML", Assert.Throws<CatalogFormatException>(
            () => CatalogReader.ReadValuePack(Pack.Replace("company: Initech", "company: [Initech", StringComparison.Ordinal), "initech.yaml", Known)).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("- just\n- a list\n")]
    [InlineData("company: Initech\n")]
    [InlineData("company: Initech\nvalues: []\n")]
    public void A_pack_without_values_is_refused(string text) =>
        Assert.Throws<CatalogFormatException>(() => CatalogReader.ReadValuePack(text, "initech.yaml", Known));
}
