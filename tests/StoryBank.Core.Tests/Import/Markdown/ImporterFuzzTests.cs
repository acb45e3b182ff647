using FsCheck;
using FsCheck.Fluent;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Import.Markdown;

/// <summary>The importer never throws and never loses or double-counts a line, whatever the input.</summary>
public sealed class ImporterFuzzTests
{
    private static readonly string[] Fragments =
    [
        "# Title", "## 1. A story", "## Story 2: Another (Acme)", "### Situation", "### Task", "### Action", "### Result",
        "### Short Version (30 sec)", "### Follow-up Questions & Answers", "### [Theme] Title", "**Situation:** text",
        "**Task:**", "**Action:** I did it", "**Result:** 40% faster", "**Q: Why?**", "> answer", "> ", "- Situation: x",
        "- Actions: y", "- Results: z", "* **Action:** ", "    - **Sub step:** more", "1. STAR — Title", "2. Note — x",
        "**Best for questions:**", "- \"Tell me about a time\"", "**Key Metrics:**", "- Latency: 2s → 1s", "```", "```js",
        "code()", "---", "| a | b |", "|---|---|", "| 1 | 2, 3 |", "<!-- comment", "-->", "Plain text with Story 1 in it",
        "Situation: a. Task: b. Actions: c. Results: d.", "**Competency:** x, y", "**Framework: CARL**", "", "", "   ",
        "Коллекция историй", "ðŸŽ¯ â†’", "\t- tabbed", "#", "**", "**:**", "1.", ">", "- [ ] **Situation**: x", "Legend 3",
    ];

    private static Arbitrary<string> MarkdownLike() =>
        Gen.Frequency(
                (6, Gen.Elements(Fragments)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)))
            .ListOf()
            .Select(lines => string.Join('\n', lines))
            .ToArbitrary();

    [Fact]
    public void Import_ArbitraryMarkdownLikeText_NeverThrowsAndAccountsEveryLine()
    {
        Prop.ForAll(MarkdownLike(), text =>
        {
            var outcome = BankImporter.ImportText(text, "fuzz.md");
            if (outcome.File is { } file)
            {
                Assert.Empty(file.Accounting.UnaccountedLines);
                Assert.Empty(file.Accounting.DoublyClaimedLines);
            }
            else
            {
                Assert.NotNull(outcome.Error);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzCases()).WithEndSize(60));
    }

    [Fact]
    public void Import_ArbitraryBytes_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var outcome = BankImporter.Import(bytes ?? [], "bytes.bin");
            Assert.True(outcome.Succeeded || outcome.Error is not null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [SeedFact]
    public void Import_MutatedSeeds_NeverThrowsAndAccountsEveryLine()
    {
        var seeds = Directory.GetFiles(SeedFactAttribute.SeedsFolder!, "*.txt").Select(File.ReadAllText).ToArray();
        var mutation = from seed in Gen.Elements(seeds)
                       from ops in Gen.Choose(0, 1_000_000).Two().ListOf()
                       select Mutate(seed, ops);
        Prop.ForAll(mutation.ToArbitrary(), text =>
        {
            var outcome = BankImporter.ImportText(text, "mutant.md");
            if (outcome.File is { } file)
            {
                Assert.Empty(file.Accounting.UnaccountedLines);
                Assert.Empty(file.Accounting.DoublyClaimedLines);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FuzzCases() / 5));
    }

    /// <summary>Deletes, duplicates, swaps or truncates lines, picked by the random pairs.</summary>
    private static string Mutate(string seed, IEnumerable<(int, int)> ops)
    {
        var lines = seed.ReplaceLineEndings("\n").Split('\n').ToList();
        foreach (var (a, b) in ops)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var i = a % lines.Count;
            var j = b % lines.Count;
            switch (b % 4)
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(j, lines[i]); break;
                case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                default: lines[i] = lines[i][..(lines[i].Length / 2)]; break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>CI runs 10,000 generated documents; STORYBANK_FUZZ_CASES overrides.</summary>
    private static int FuzzCases() =>
        int.TryParse(Environment.GetEnvironmentVariable("STORYBANK_FUZZ_CASES"), out var n) && n > 0 ? n : 10_000;
}
