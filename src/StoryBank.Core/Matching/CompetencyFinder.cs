using StoryBank.Core.Catalog;
using StoryBank.Core.Matching.Text;

namespace StoryBank.Core.Matching;

/// <summary>A phrase of a text that is evidence for a competency: which one, the phrase as written and where it is.</summary>
/// <param name="CompetencyId">The competency's id.</param>
/// <param name="Phrase">The words of the text that matched, as written.</param>
/// <param name="Start">Offset of the phrase in the text.</param>
/// <param name="Length">Length of the phrase in the text.</param>
public sealed record CompetencyEvidence(string CompetencyId, string Phrase, int Start, int Length);

/// <summary>
/// Finds the competencies a text speaks of, from the taxonomy's names and synonyms: a phrase matches whole words, case
/// aside (the taxonomy spells out the word forms it accepts: "led", "leading", "dove into"; only a plural or
/// third-person "-s" is taken without being listed: "failure" finds "failures"), with "/" and "-" read as word breaks ("Conflict/Disagreement", "deep-dive", "buy-in"). At each word the longest
/// phrase wins; a phrase shared by two competencies is evidence for both.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class CompetencyFinder
{
    private readonly Dictionary<string, List<(string[] Words, string CompetencyId)>> _phrasesByFirstWord = new(StringComparer.Ordinal);

    /// <summary>Indexes the names, ids and synonyms of <paramref name="competencies"/>.</summary>
    public CompetencyFinder(IEnumerable<Competency> competencies)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        foreach (var competency in competencies)
        {
            foreach (var phrase in competency.Synonyms.Append(competency.Id).Distinct(StringComparer.Ordinal))
            {
                var words = Terms.Tokenize(phrase, stem: false).Select(t => t.Term).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_phrasesByFirstWord.TryGetValue(words[0], out var phrases))
                {
                    _phrasesByFirstWord[words[0]] = phrases = [];
                }

                if (!phrases.Exists(p => p.CompetencyId == competency.Id && p.Words.SequenceEqual(words)))
                {
                    phrases.Add((words, competency.Id));
                }
            }
        }

        foreach (var phrases in _phrasesByFirstWord.Values)
        {
            phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest first
        }
    }

    /// <summary>The finder over the built-in taxonomy.</summary>
    public static CompetencyFinder Default { get; } = new(InterviewCatalog.Default.Competencies);

    /// <summary>Every piece of evidence in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<CompetencyEvidence> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Terms.Tokenize(text, stem: false);
        var evidence = new List<CompetencyEvidence>();
        var coveredUntil = new Dictionary<string, int>(StringComparer.Ordinal); // a shorter phrase inside a longer one of the same competency is not new evidence
        for (var i = 0; i < words.Count; i++)
        {
            var longest = 0;
            foreach (var (phraseWords, competencyId) in PhrasesAt(words[i].Term))
            {
                if (phraseWords.Length < longest || i + phraseWords.Length > words.Count || !Matches(words, i, phraseWords)
                    || coveredUntil.GetValueOrDefault(competencyId) > i)
                {
                    continue;
                }

                longest = phraseWords.Length;
                coveredUntil[competencyId] = i + phraseWords.Length;
                var last = words[i + phraseWords.Length - 1];
                var (start, end) = (words[i].Start, last.Start + last.Length);
                evidence.Add(new CompetencyEvidence(competencyId, text[start..end], start, end - start));
            }
        }

        return evidence;
    }

    // The phrases that may start at a word: those starting with it, or with its singular ("failures", "processes").
    private IEnumerable<(string[] Words, string CompetencyId)> PhrasesAt(string word)
    {
        IEnumerable<(string[] Words, string CompetencyId)> found = _phrasesByFirstWord.GetValueOrDefault(word) ?? [];
        foreach (var singular in Singulars(word))
        {
            if (_phrasesByFirstWord.TryGetValue(singular, out var phrases))
            {
                found = found.Concat(phrases);
            }
        }

        // Longest first over all of them, so that the longest phrase still wins at each word.
        return found.OrderByDescending(p => p.Words.Length);
    }

    private static IEnumerable<string> Singulars(string word)
    {
        if (word.Length > MinimumInflectedLength && word.EndsWith('s'))
        {
            yield return word[..^1];
            if (word.EndsWith("es", StringComparison.Ordinal))
            {
                yield return word[..^2];
            }
        }
    }

    // Plural and third-person "-s" is inflection, which the taxonomy need not spell out ("failure" finds "failures");
    // shorter words are left alone ("is", "us", "news" against "new" would be false evidence).
    private const int MinimumInflectedLength = 4;

    private static bool Matches(List<Token> words, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = words[at + k].Term;
            if (!string.Equals(word, phrase[k], StringComparison.Ordinal) && !Singulars(word).Contains(phrase[k], StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
