using StoryBank.Core.Coach;

namespace StoryBank.Core.Tests.Coach;

/// <summary>docs/rules: one page per rule, and every example on a page does what the page says.</summary>
public sealed class RuleDocsTests
{
    private static string Docs => Path.Combine(Repository.Root, "docs", "rules");

    public static TheoryData<string> Rules => [.. RuleCatalog.All.Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_rule_page_names_the_rule_and_its_examples_fire_and_stay_quiet_as_labeled(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var page = File.ReadAllText(Path.Combine(Docs, id + ".md"));
        Assert.StartsWith($"# {id} — {rule.Alias}", page, StringComparison.Ordinal);
        Assert.Contains("## How to suppress", page, StringComparison.Ordinal);
        var fires = Examples(page, "Fires");
        var quiet = Examples(page, "Quiet");
        Assert.NotEmpty(fires);
        Assert.NotEmpty(quiet);
        Assert.All(fires, example => Assert.True(CoachHarness.Lint(example).Of(id).Count > 0, $"{id}: the example under Fires does not fire:\n{example}"));
        Assert.All(quiet, example => Assert.True(CoachHarness.Lint(example).Of(id).Count == 0, $"{id}: the example under Quiet fires:\n{example}"));
    }

    [Fact]
    public void The_index_lists_every_rule_with_its_alias_and_default_severity()
    {
        var index = File.ReadAllText(Path.Combine(Docs, "README.md"));
        foreach (var rule in RuleCatalog.All.Select(r => r.Descriptor))
        {
            Assert.Matches($@"\[{rule.Id}\]\({rule.Id}\.md\) \| `{rule.Alias}` \| {rule.Category.ToString().ToLowerInvariant()} \| {rule.DefaultSeverity.ToString().ToLowerInvariant()} \|", index);
        }
    }

    /// <summary>The ```markdown blocks under "### {heading}", up to the next heading outside a code block.</summary>
    private static List<string> Examples(string page, string heading)
    {
        var examples = new List<string>();
        var inSection = false;
        List<string>? block = null;
        foreach (var line in page.Split('\n'))
        {
            if (block is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    examples.Add(string.Join('\n', block));
                    block = null;
                }
                else
                {
                    block.Add(line);
                }
            }
            else if (line.StartsWith('#'))
            {
                inSection = line == $"### {heading}";
            }
            else if (inSection && line.StartsWith("```markdown", StringComparison.Ordinal))
            {
                block = [];
            }
        }

        return examples;
    }
}
