using StoryBank.Core.Catalog;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching.Evaluation;

/// <summary>An interview question with the stories that answer it, written apart from the bank it is asked of.</summary>
/// <param name="Question">The question.</param>
/// <param name="StoryIds">The stories that are right answers.</param>
/// <param name="Line">Its line in the question file.</param>
public sealed record LabeledQuestion(string Question, IReadOnlySet<string> StoryIds, int Line);

/// <summary>How the matcher ranked one labeled question: the 1-based rank of its first right story (0 when unranked).</summary>
public sealed record QuestionCase(LabeledQuestion Question, int Rank, IReadOnlyList<string> Top);

/// <summary>The matcher's top-1 and top-3 over a set of labeled questions.</summary>
public sealed record QuestionSetResult(IReadOnlyList<QuestionCase> Cases)
{
    /// <summary>The share of questions whose first story is right.</summary>
    public double Top1 => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Rank == 1) / Cases.Count;

    /// <summary>The share of questions with a right story among the first three.</summary>
    public double Top3 => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Rank is >= 1 and <= 3) / Cases.Count;
}

/// <summary>
/// Measures matching on questions written apart from the bank (a held-out set): nothing is hidden, since no question
/// is in the bank. The question file has one question per line, "N M | question", where N and M are the right
/// stories' positions in the bank (1 for its first story); blank lines and lines starting with # are skipped.
/// </summary>
public static class QuestionSetEvaluation
{
    /// <summary>Reads a question file against <paramref name="stories"/> (in bank order).</summary>
    /// <exception cref="FormatException">A line is not "N | question" or names no story of the bank; the message names the line.</exception>
    public static IReadOnlyList<LabeledQuestion> Parse(TextReader reader, string file, IReadOnlyList<Story> stories)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stories);
        var questions = new List<LabeledQuestion>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var positions = bar < 0 ? [] : line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var position in positions)
            {
                if (!int.TryParse(position, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1 || n > stories.Count)
                {
                    throw new FormatException($"{file}:{number}: \"{position}\" is not the position of a story of the bank (1–{stories.Count})");
                }

                ids.Add(stories[n - 1].Id);
            }

            var question = bar < 0 ? string.Empty : line[(bar + 1)..].Trim();
            if (ids.Count == 0 || question.Length == 0)
            {
                throw new FormatException($"{file}:{number}: expected \"N | question\", e.g. \"3 | Tell me about a time you failed\"");
            }

            questions.Add(new LabeledQuestion(question, ids, number));
        }

        return questions;
    }

    /// <summary>Ranks every question against the bank and reports where its right stories came.</summary>
    public static QuestionSetResult Evaluate(IReadOnlyList<Story> stories, IEnumerable<Mapping> mappings, IReadOnlyList<LabeledQuestion> questions, InterviewCatalog catalog, ITextEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var matcher = new StoryMatcher(stories, mappings, catalog, encoder: encoder);
        return new QuestionSetResult([.. questions.Select(q =>
        {
            var ranked = matcher.RankAll(q.Question).Select(i => stories[i].Id).ToList();
            return new QuestionCase(q, ranked.FindIndex(q.StoryIds.Contains) + 1, [.. ranked.Take(3)]);
        })]);
    }
}
