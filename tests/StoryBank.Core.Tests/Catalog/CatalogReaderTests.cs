using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
    public void A_key_less_colon_line_is_refused_at_its_line()
    {
        // Found by the fuzzing below: YamlDotNet's model threw ArgumentException on it.
        var broken = Pack.Replace("    kind: value\n", "    :\n", StringComparison.Ordinal);
        var refused = Assert.Throws<CatalogFormatException>(() => CatalogReader.ReadValuePack(broken, "initech.yaml", Known));
        Assert.StartsWith("initech.yaml:6:", refused.Message, StringComparison.Ordinal);
    }

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

    /// <summary>
    /// Fuzzing what `storybank values add` reads: a pack with lines dropped, duplicated, cut or spliced with YAML debris is
    /// either read whole or refused with a <see cref="CatalogFormatException"/> naming the file — never another exception.
    /// </summary>
    [Property(MaxTest = 5000)]
    public Property A_mangled_pack_is_read_or_refused_with_the_file_never_a_crash()
    {
        var lines = Pack.Split('\n');
        var debris = Gen.Elements("", ":", "- ", "[", "]", "{", "}", "\"", "'", "&a", "*a", "!!int", "? ", "|", ">", "#", "\t", "---", "...", "%", "@", "`", "values:", "  - id:", "competencies: [x]", "kind: boss");
        var edit = Gen.Choose(0, lines.Length - 1).SelectMany(at => Gen.Choose(0, 3).SelectMany(how => debris.Select(junk => (at, how, junk))));
        return Prop.ForAll(edit.ListOf().Select(edits => edits.Take(6).ToList()).ToArbitrary(), edits =>
        {
            var mangled = lines.ToList();
            foreach (var (at, how, junk) in edits)
            {
                var i = Math.Min(at, mangled.Count - 1);
                switch (how)
                {
                    case 0: mangled.RemoveAt(i); break;
                    case 1: mangled.Insert(i, mangled[i]); break;
                    case 2: mangled[i] = mangled[i][..(mangled[i].Length / 2)] + junk; break;
                    default: mangled.Insert(i, junk); break;
                }

                if (mangled.Count == 0)
                {
                    mangled.Add(junk);
                }
            }

            try
            {
                var pack = CatalogReader.ReadValuePack(string.Join('\n', mangled), "mangled.yaml", Known);
                Assert.NotEmpty(pack.Values);
            }
            catch (CatalogFormatException refused)
            {
                Assert.StartsWith("mangled.yaml", refused.Message, StringComparison.Ordinal);
            }

        });
    }
}
