using System.Text;

namespace StoryBank.Bench;

/// <summary>
/// Writes realistic, deterministic Markdown story banks: a title, an intro, parts in the story formats
/// people really use (numbered competency stories, "Story N" with STAR headings, "Legend N" with short
/// and full versions and follow-up Q&amp;A, management-style "1. STAR — Title" lists under question
/// headings), <c>---</c> separators, and a closing question → story table.
/// </summary>
/// <remarks>The same seed and size always give the same text. All wording comes from the lists below.</remarks>
public static class BankGenerator
{
    private const int ClosingTableReserve = 1024;

    /// <summary>A bank of about <paramref name="targetBytes"/> UTF-8 bytes.</summary>
    public static string Generate(int seed, int targetBytes)
    {
        using var writer = new StringWriter();
        Write(writer, seed, targetBytes);
        return writer.ToString();
    }

    /// <summary>Streams a bank of about <paramref name="targetBytes"/> UTF-8 bytes, so even a huge one is never held whole.</summary>
    public static void Write(TextWriter writer, int seed, long targetBytes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        new BankWriter(writer, new Random(seed), targetBytes).WriteBank();
    }

    private enum StoryFormat
    {
        Competency,
        StoryHeadings,
        Legend,
        Management,
    }

    private sealed class BankWriter(TextWriter writer, Random random, long targetBytes)
    {
        private long _bytes;
        private int _storyCount;

        public void WriteBank()
        {
            Line($"# {Pick(Words.DocumentTitles)}");
            Blank();
            Line(Intro());
            Blank();
            if (random.Next(4) == 0)
            {
                Line(Pick(Words.ForeignIntros));
                Blank();
            }

            Line("Each story follows the STAR shape (Situation, Task, Action, Result); numbers are rounded but real.");
            Blank();
            Line("---");
            Blank();

            var part = 1;
            while (_bytes < targetBytes - ClosingTableReserve)
            {
                WritePart(part++);
            }

            WriteClosingTable();
        }

        private void WritePart(int part)
        {
            var format = (StoryFormat)random.Next(4);
            Line($"# Part {part}: {Pick(Words.Themes)}");
            Blank();
            var stories = random.Next(4, 9);
            if (format == StoryFormat.Management)
            {
                WriteManagementPart(stories);
                return;
            }

            for (var i = 0; i < stories && _bytes < targetBytes - ClosingTableReserve; i++)
            {
                _storyCount++;
                switch (format)
                {
                    case StoryFormat.Competency:
                        WriteCompetencyStory();
                        break;
                    case StoryFormat.StoryHeadings:
                        WriteHeadedStory();
                        break;
                    default:
                        WriteLegend();
                        break;
                }
            }
        }

        private void WriteCompetencyStory()
        {
            var theme = Pick(Words.Themes);
            Line($"## {_storyCount}. {theme}: {Title()}");
            Line($"**Competency:** {theme}, {Pick(Words.Themes.Where(other => other != theme).ToArray())}");
            Line($"*   **Situation:** {Sentences(3, 5, Words.Situations)}");
            Line($"*   **Task:** {Sentences(1, 2, Words.Tasks)}");
            Line("*   **Action:** ");
            for (int step = 0, steps = random.Next(2, 5); step < steps; step++)
            {
                Line($"    - **{Pick(Words.StepLabels)} ({Pick(Words.Periods)}):** {Sentences(2, 3, Words.Actions)}");
            }

            Line($"*   **Result:** {Sentences(2, 4, Words.Results)}");
            Blank();
        }

        private void WriteHeadedStory()
        {
            Line($"## Story {_storyCount}: {Title()}");
            Blank();
            Line("### Situation");
            Line(Sentences(3, 5, Words.Situations));
            Blank();
            Line("### Task");
            Line(Sentences(1, 3, Words.Tasks));
            Blank();
            Line("### Action");
            Blank();
            var steps = random.Next(3, 6);
            var codeStep = random.Next(1, steps + 1);
            for (var step = 1; step <= steps; step++)
            {
                Line($"**Step {step}: {Pick(Words.StepLabels)}**");
                if (step == codeStep)
                {
                    WriteCodeBlock();
                }
                else
                {
                    Bullets(2, 4, Words.Actions);
                }

                Blank();
            }

            Line("### Result");
            for (int i = 0, results = random.Next(2, 5); i < results; i++)
            {
                Line($"- **{Pick(Words.ResultLabels)}**: {Fill(Pick(Words.Results))}");
            }

            Blank();
            Line("**Key Metrics:**");
            for (int i = 0, metrics = random.Next(2, 4); i < metrics; i++)
            {
                Line(Metric());
            }

            Blank();
            Line("---");
            Blank();
        }

        private void WriteCodeBlock()
        {
            var (language, lines) = Words.CodeSamples[random.Next(Words.CodeSamples.Length)];
            Line($"```{language}");
            foreach (var line in lines)
            {
                Line(line);
            }

            Line("```");
        }

        private void WriteLegend()
        {
            Line($"## Legend {_storyCount}: {Title()} ({Pick(Words.Companies)})");
            Blank();
            Line("**Best for questions:**");
            for (int i = 0, questions = random.Next(2, 4); i < questions; i++)
            {
                Line($"- \"{Fill(Pick(Words.Questions))}\"");
            }

            Blank();
            Line("### Short Version (30 sec)");
            Line($"> {Sentences(3, 4, Words.Situations, Words.Actions, Words.Results)}");
            Blank();
            Line("### Full STAR Version (2-3 min)");
            Blank();
            Label("Situation", Sentences(3, 5, Words.Situations));
            Label("Task", Sentences(2, 3, Words.Tasks));
            Line("**Action:**");
            Line(Sentences(1, 2, Words.Actions));
            for (int i = 1, items = random.Next(2, 5); i <= items; i++)
            {
                Line($"{i}. {Fill(Pick(Words.Actions))}");
            }

            Blank();
            Label("Result", Sentences(2, 4, Words.Results));
            Line("### Follow-up Questions & Answers");
            Blank();
            for (int i = 0, followUps = random.Next(2, 4); i < followUps; i++)
            {
                Line($"**Q: {Fill(Pick(Words.FollowUps))}**");
                Line($"> {Sentences(2, 3, Words.Answers)}");
                Blank();
            }

            Line("---");
            Blank();
        }

        private void WriteManagementPart(int stories)
        {
            Line($"## Pillar: {Pick(Words.Themes)} ({Pick(Words.PillarGlosses)})");
            Blank();
            while (stories > 0 && _bytes < targetBytes - ClosingTableReserve)
            {
                Line($"### {Fill(Pick(Words.Questions))}?");
                Blank();
                for (int number = 1, count = Math.Min(stories, random.Next(1, 4)); number <= count; number++, stories--)
                {
                    _storyCount++;
                    Line($"{number}. STAR — {Title()}");
                    Blank();
                    Line($"- Situation: {Sentences(2, 3, Words.Situations)}");
                    Line($"- Task: {Sentences(1, 2, Words.Tasks)}");
                    Line($"- Actions: {string.Join("; ", Enumerable.Range(0, random.Next(3, 6)).Select(_ => Fill(Pick(Words.Actions)).TrimEnd('.')))}.");
                    Line($"- Results: {Sentences(1, 3, Words.Results)}");
                    Blank();
                }
            }

            Line("---");
            Blank();
        }

        private void WriteClosingTable()
        {
            Line("## Matching Questions to Stories");
            Blank();
            Line("| Question Type | Best Stories |");
            Line("|---|---|");
            foreach (var questionType in Words.QuestionTypes)
            {
                var picks = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => random.Next(1, Math.Max(_storyCount, 1) + 1))
                    .Distinct()
                    .Order();
                Line($"| {questionType} | {string.Join(", ", picks)} |");
            }
        }

        private void Label(string label, string text)
        {
            Line($"**{label}:**");
            Line(text);
            Blank();
        }

        private void Bullets(int min, int max, string[] templates)
        {
            for (int i = 0, count = random.Next(min, max + 1); i < count; i++)
            {
                Line($"- {Fill(Pick(templates))}");
            }
        }

        private string Intro() =>
            $"{Fill(Pick(Words.IntroOpenings))} {Sentences(1, 2, Words.IntroDetails)}";

        private string Title() => Fill(Pick(Words.Titles));

        private string Metric()
        {
            var before = random.Next(20, 5000);
            var after = Math.Max(1, before * random.Next(2, 60) / 100);
            var (name, unit) = Words.Metrics[random.Next(Words.Metrics.Length)];
            return $"- {name}: {before}{unit} → {after}{unit} ({100 - after * 100 / before}% better)";
        }

        private string Sentences(int min, int max, params string[][] pools)
        {
            var count = random.Next(min, max + 1);
            return string.Join(' ', Enumerable.Range(0, count).Select(i => Fill(Pick(pools[i % pools.Length]))));
        }

        /// <summary>Replaces each {slot} in a template with a word from that slot's list, and starts the text with a capital.</summary>
        private string Fill(string template)
        {
            var text = new StringBuilder(template.Length + 32);
            var at = 0;
            while (at < template.Length)
            {
                var open = template.IndexOf('{', at);
                if (open < 0)
                {
                    text.Append(template, at, template.Length - at);
                    break;
                }

                var close = template.IndexOf('}', open);
                text.Append(template, at, open - at);
                text.Append(Slot(template[(open + 1)..close]));
                at = close + 1;
            }

            text[0] = char.ToUpperInvariant(text[0]);
            return text.ToString();
        }

        private string Slot(string name) => name switch
        {
            "company" => Pick(Words.Companies),
            "system" => Pick(Words.Systems),
            "tech" => Pick(Words.Technologies),
            "team" => Pick(Words.Teams),
            "problem" => Pick(Words.Problems),
            "metric" => Pick(Words.MetricNames),
            "n" => random.Next(2, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "big" => random.Next(100, 90000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            "pct" => random.Next(5, 96).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"unknown template slot {{{name}}}"),
        };

        private string Pick(string[] words) => words[random.Next(words.Length)];

        private void Blank() => Line(string.Empty);

        private void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
            _bytes += Encoding.UTF8.GetByteCount(text) + 1;
        }
    }
}
