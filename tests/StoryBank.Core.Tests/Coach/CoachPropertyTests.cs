using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StoryBank.Core.Coach;
using StoryBank.Core.Coach.Numbers;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Import;

namespace StoryBank.Core.Tests.Coach;

/// <summary>
/// Properties and fuzzing of the coach's parsers: the prose mask keeps every offset, the quantity parser and the
/// figure reader never fail and stay inside their text, and linting any imported story never throws and points
/// every finding inside its story.
/// </summary>
public sealed class CoachPropertyTests
{
    private static readonly Gen<string> Token = Gen.Elements(
        "60s", "→", "->", "2s", "(97%", "improvement)", "from", "to", "$800/month", "$320", "100,000", "GB", "(100TB)", "5-10",
        "seconds", "50-100ms", "83x", "10-fold", "100K+", "users", "on", "5", "servers", "a", "20x", "by", "40%", "~", "about",
        "we", "I", "was", "rewritten", "**", "`", "```", "<!--", "-->", "[link](http://x)", "> ", "- ", "1. ", "\n", " ", ".",
        ",", ";", "(", ")", "up", "down", "halved", "doubling", "P95", "v2", "Q3", "2021", "24/7", "0.5%", "1.2M", "k", "é", "—");

    private static readonly Gen<string> Sentence = Gen.ListOf(Token).Select(tokens => string.Join(' ', tokens));

    private static readonly Gen<string> AnyText = Gen.OneOf(Sentence, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    [Property(MaxTest = 1000)]
    public Property The_prose_mask_keeps_the_length_and_every_line_break() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            var masked = ProseMask.Mask(text);
            Assert.Equal(text.Length, masked.Length);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.Equal(text[i] == '\n', masked[i] == '\n');
            }
        });

    [Property(MaxTest = 3000)]
    public Property Words_are_counted_as_runs_of_letters_digits_and_joiners_that_hold_a_letter_or_digit() =>
        Prop.ForAll(Gen.OneOf(AnyText, Gen.Elements("don't", "3.5", "1,000", "re-run", "’tis", "naïve", "日本語", "x’y", "--", "a.b.", " , ")
                .ListOf().Select(parts => string.Concat(parts))).ToArbitrary(), text =>
            Assert.Equal(CountWordsOneCharAtATime(text), Words.Count(text)));

    /// <summary>The word count's definition, one character at a time: what the vectorized count must agree with.</summary>
    private static int CountWordsOneCharAtATime(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            count += wordChar && !inWord ? 1 : 0;
            inWord = wordChar || (inWord && c is '\'' or '’' or '-' or '.' or ',');
        }

        return count;
    }

    [Property(MaxTest = 1000)]
    public Property Quantities_are_in_order_inside_the_text_with_low_at_most_high() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            var end = 0;
            foreach (var quantity in QuantityParser.Parse(text))
            {
                Assert.InRange(quantity.Start, end, text.Length);
                Assert.InRange(quantity.End, quantity.Start + 1, text.Length);
                Assert.True(quantity.Low <= quantity.High);
                Assert.False(double.IsNaN(quantity.Value) || double.IsInfinity(quantity.Value));
                end = quantity.Start;
            }
        });

    [Property(MaxTest = 1000)]
    public Property Figures_of_any_sentence_pair_quantities_of_one_dimension() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            var figures = SentenceFigures.Read(text);
            Assert.All(figures.Changes, c => Assert.Equal(c.Before.Dimension, c.After.Dimension));
            Assert.All(figures.Claims, c => Assert.True(c.Figure.Dimension is Dimension.Percent or Dimension.Multiplier));
            Assert.All(figures.Restatements, r => Assert.Equal(r.Figure.Dimension, r.Restated.Dimension));
        });

    [Property(MaxTest = 300)]
    public Property Linting_any_story_never_throws_and_every_finding_is_inside_its_story() =>
        Prop.ForAll(Gen.ArrayOf(Sentence, 5).ToArbitrary(), parts =>
        {
            var markdown = $"## A story\n### Short Version (30 sec)\n> {parts[0]}\n\n### Full STAR Version\n**Situation:** {parts[1]}\n**Task:** {parts[2]}\n**Action:** {parts[3]}\n**Result:** {parts[4]}\n";
            var outcome = BankImporter.ImportText(markdown, "fuzz.md");
            if (outcome.File is not { } file)
            {
                return;
            }

            var report = StoryCoach.Lint(file.Document, CoachOptions.Default, new SourceLines(markdown));
            foreach (var story in report.Stories)
            {
                Assert.InRange(story.Readiness, 0, 100);
                Assert.All(story.Findings, f => Assert.InRange(f.Location.Line, story.Story.Source.StartLine, story.Story.Source.EndLine));
                Assert.All(story.Findings.SelectMany(f => f.Fixes), fix => Assert.InRange(fix.Span.Line, 1, markdown.Count(c => c == '\n') + 1));
            }
        });

    /// <summary>Fuzzing with the seeds: lines deleted, doubled, swapped and spliced with figure-heavy text never make the coach fail.</summary>
    [SeedFact]
    public void Linting_mutated_seeds_never_throws_and_every_finding_is_inside_its_story()
    {
        var random = new Random(4242);
        var noise = new[] { "60s → 2s (50% faster)", "<!-- storybank-disable-next-line -->", "We were asked to.", "$1.2M ($10k a month)", "**Result:**", "> ", "```", "100K users on 5 servers, a 3x gain", "~", "" };
        var cases = 0;
        foreach (var file in Directory.GetFiles(SeedFactAttribute.SeedsFolder!).Order(StringComparer.Ordinal))
        {
            var lines = Core.Import.Text.TextDecoder.Decode(File.ReadAllBytes(file)).Text!.Text.Split('\n');
            for (var round = 0; round < 150; round++)
            {
                var mutated = lines.ToList();
                for (var edit = random.Next(1, 6); edit > 0; edit--)
                {
                    var at = random.Next(mutated.Count);
                    switch (random.Next(4))
                    {
                        case 0: mutated.RemoveAt(at); break;
                        case 1: mutated.Insert(at, mutated[at]); break;
                        case 2: (mutated[at], mutated[^1]) = (mutated[^1], mutated[at]); break;
                        default: mutated[at] = mutated[at] + " " + noise[random.Next(noise.Length)]; break;
                    }
                }

                var text = string.Join('\n', mutated);
                if (BankImporter.ImportText(text, "fuzz.md").File is not { } imported)
                {
                    continue;
                }

                var report = StoryCoach.Lint(imported.Document, CoachOptions.Default, new SourceLines(text));
                cases++;
                foreach (var story in report.Stories)
                {
                    Assert.All(story.Findings, f => Assert.InRange(f.Location.Line, story.Story.Source.StartLine, story.Story.Source.EndLine));
                }
            }
        }

        Assert.True(cases >= 500, $"only {cases} mutated seeds imported");
    }
}
