using System.Globalization;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Matching.Ranking;
using StoryBank.Core.Model;

namespace StoryBank.Core.Planning.Similarity;

/// <summary>
/// Finds the pairs of stories too alike to back each other up — a backup story must give the interviewer something new
/// when the go-to was told already. Two kinds of likeness, each 0–1; a pair is listed when either reaches the threshold,
/// with the greater as its score:
/// <list type="bullet">
/// <item><b>Same project</b>: both name the same project (<see cref="Story.Project"/>, else <see cref="Story.Company"/>,
/// case aside) and their competency profiles overlap: the weighted Jaccard (Ruzicka) similarity, Σ min(wᵢ) / Σ max(wᵢ) over
/// the competencies of either profile. It is the share of their competency weight they have in common — 1 only when the
/// profiles are equal, and a competency strong in one and absent from the other lowers it by its whole weight, which a
/// cosine would forgive when the rest points the same way.</item>
/// <item><b>Near-duplicate text</b>: the cosine of TF-IDF vectors of stemmed content terms (<see cref="TermVectors"/>),
/// of the titles and of the texts (sections, short version, follow-ups, metrics, learnings — not the headings, which
/// stories filed under one question share, nor the stated uses): the texts' cosine, or the mean of the titles' and the
/// texts' when that is greater, since a retelling keeps the story's name ("Approvals Framework (E2E)" and "Approvals
/// Framework E2E") while re-wording its parts. A title alone reaches at most 0.5 — two stories may share a plain name.
/// TF-IDF cosine rather than MinHash of shingles: retellings re-word and re-order ("designed orchestration + evaluator
/// services" / "implemented services"), which word shingles, needing the same words in the same order, miss; stems match
/// "integrations" with "integrated"; rarity weighting keeps words every story uses from making stories alike; and a bank
/// of a thousand stories is small enough to compare every pair exactly, where MinHash only approximates.</item>
/// <item><b>Same meaning</b> (with a sentence-embedding model): the cosine of the two stories' mean embeddings of their
/// title and texts, mapped onto 0–1 between 0.60 (→ 0) and 0.90 (→ 1), so that the default threshold falls at a cosine
/// of 0.78. Retellings re-word more than TF-IDF forgives ("Dashboard latency SLOs" and "Dashboard performance
/// improvement" reach 0.91; "On-call toil reduction metrics" and "On-call load reduction" 0.79 with all-MiniLM-L6-v2),
/// while different stories of a bank reach at most 0.71 in seed 004 and 0.63 in the held-out bank.</item>
/// </list>
/// </summary>
/// <remarks>Deterministic: pairs are sorted by score, then by the bank order of their stories. Stateless and thread-safe.</remarks>
public static class StorySimilarity
{
    /// <summary>
    /// The default threshold: stories of one project sharing 60 % of their competency weight, or texts that alike, tell
    /// the interviewer little new.
    /// </summary>
    public const double DefaultThreshold = Retelling.Threshold;

    // How many shared competencies and words a reason names.
    private const int Named = 5;

    /// <summary>Why <paramref name="threshold"/> cannot be used, or null when it can (0–1).</summary>
    public static string? ProblemWith(double threshold) =>
        threshold is >= 0 and <= 1 ? null : $"the threshold must be between 0 and 1, not {threshold.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The pairs of <paramref name="stories"/> alike at <paramref name="threshold"/> or more, most alike first.</summary>
    /// <param name="stories">The bank's stories, in bank order.</param>
    /// <param name="profiles">The profile of each story, in the same order (with the user's tag overrides applied).</param>
    /// <param name="threshold">0–1: the least likeness listed (a likeness of 0 never is).</param>
    /// <param name="encoder">A sentence-embedding model, for the likeness of meaning; without one, projects and wording only.</param>
    public static IReadOnlyList<SimilarPair> Find(IReadOnlyList<Story> stories, IReadOnlyList<StoryProfile> profiles, double threshold = DefaultThreshold, ITextEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(profiles);
        if (stories.Count != profiles.Count)
        {
            throw new ArgumentException("one profile per story is needed", nameof(profiles));
        }

        if (ProblemWith(threshold) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, problem);
        }

        var fields = StoryFields.Of(stories, []);
        var titles = TermVectors.Build([.. stories.Select(s => new[] { s.Title })]);
        var texts = TermVectors.Build([.. fields.Select(f => f.Texts().Where(t => t.Field == StoryField.Text).Select(t => t.Text))]);
        var meanings = encoder is null ? null : new MeaningIndex(fields, encoder);
        var projects = stories.Select(ProjectOf).ToArray();
        var tags = profiles.Select(p => p.Competencies.ToDictionary(c => c.CompetencyId, StringComparer.Ordinal)).ToArray();

        var found = new List<(SimilarPair Pair, int First, int Second)>();
        var titleCosines = new double[stories.Count];
        var textCosines = new double[stories.Count];
        for (var i = 0; i < stories.Count; i++)
        {
            titles.AddCosinesWithLater(i, titleCosines);
            texts.AddCosinesWithLater(i, textCosines);
            for (var j = i + 1; j < stories.Count; j++)
            {
                var (title, text) = (titleCosines[j], textCosines[j]);
                (titleCosines[j], textCosines[j]) = (0, 0);
                if (string.Equals(stories[i].Id, stories[j].Id, StringComparison.Ordinal))
                {
                    continue; // the same story given twice
                }

                var likenesses = new List<(LikenessKind Kind, double Score, string Reason)>(2);
                if (projects[i] is { } project && string.Equals(project.Name, projects[j]?.Name, StringComparison.OrdinalIgnoreCase)
                    && Overlap(tags[i], tags[j]) is var competencies && Reaches(competencies, threshold))
                {
                    likenesses.Add((LikenessKind.SameProject, competencies, ProjectReason(project, competencies, tags[i], tags[j])));
                }

                var wording = Math.Min(1, Math.Max(text, (title + text) / 2));
                if (Reaches(wording, threshold))
                {
                    likenesses.Add((LikenessKind.NearDuplicateText, wording, TextReason(titles, texts, i, j, title, text)));
                }

                if (meanings is not null
                    && meanings.Cosine(i, j) is var cosine
                    && Retelling.Likeness(cosine) is var meaning
                    && Reaches(meaning, threshold))
                {
                    likenesses.Add((LikenessKind.SameMeaning, meaning, string.Create(CultureInfo.InvariantCulture,
                        $"alike in meaning: the mean sentence embeddings of their titles and texts have a cosine of {cosine:0.00} ({encoder!.Model})")));
                }

                if (likenesses.Count > 0)
                {
                    var pair = new SimilarPair(stories[i], stories[j], likenesses.Max(l => l.Score), [.. likenesses.Select(l => l.Kind)], [.. likenesses.Select(l => l.Reason)]);
                    found.Add((pair, i, j));
                }
            }
        }

        return [.. found.OrderByDescending(f => f.Pair.Score).ThenBy(f => f.First).ThenBy(f => f.Second).Select(f => f.Pair)];
    }

    private static bool Reaches(double likeness, double threshold) => likeness > 0 && likeness >= threshold;

    private static (string Name, bool IsProject)? ProjectOf(Story story) =>
        !string.IsNullOrWhiteSpace(story.Project) ? (story.Project.Trim(), true)
        : !string.IsNullOrWhiteSpace(story.Company) ? (story.Company.Trim(), false)
        : null;

    /// <summary>The weighted Jaccard similarity of two profiles: Σ min / Σ max of the competencies' weights (0 when both are empty).</summary>
    private static double Overlap(Dictionary<string, CompetencyTag> first, Dictionary<string, CompetencyTag> second)
    {
        var (shared, either) = (0.0, 0.0);
        foreach (var id in first.Keys.Union(second.Keys).Order(StringComparer.Ordinal))
        {
            var (a, b) = (first.GetValueOrDefault(id)?.Weight ?? 0, second.GetValueOrDefault(id)?.Weight ?? 0);
            shared += Math.Min(a, b);
            either += Math.Max(a, b);
        }

        return either == 0 ? 0 : shared / either;
    }

    private static string ProjectReason((string Name, bool IsProject) project, double overlap, Dictionary<string, CompetencyTag> first, Dictionary<string, CompetencyTag> second)
    {
        var shared = first.Values.Where(t => second.ContainsKey(t.CompetencyId))
            .Select(t => (Tag: t, Other: second[t.CompetencyId]))
            .OrderByDescending(p => Math.Min(p.Tag.Weight, p.Other.Weight))
            .ThenBy(p => p.Tag.CompetencyId, StringComparer.Ordinal)
            .ToList();
        var named = string.Join(", ", shared.Take(Named).Select(p =>
            $"{p.Tag.CompetencyId} (first: {Evidence(p.Tag)}; second: {Evidence(p.Other)})"));
        var more = shared.Count > Named ? $" and {shared.Count - Named} more" : "";
        var where = project.IsProject ? $"both about project \"{project.Name}\"" : $"both at \"{project.Name}\" (no project named)";
        return $"{where}, sharing {Percent(overlap)} of their competency weight: {named}{more}";
    }

    private static string Evidence(CompetencyTag tag) => $"\"{tag.Evidence[0].Phrase}\" in its {StoryProfiler.Describe(tag.Evidence[0].Source)}";

    private static string TextReason(TermVectors titles, TermVectors texts, int first, int second, double title, double text)
    {
        var inTexts = $"{Percent(text)} of their wording{Words(texts.Shared(first, second))}";
        return text >= (title + text) / 2
            ? $"near-duplicate text: the texts share {inTexts}"
            : $"near-duplicate text: the titles share {Percent(title)} of their wording{Words(titles.Shared(first, second))} and the texts {inTexts}";
    }

    private static string Words(IReadOnlyList<SharedTerm> shared) =>
        shared.Count == 0 ? "" : $" ({string.Join(", ", shared.Take(Named).Select(s => s.Word))}{(shared.Count > Named ? ", …" : "")})";

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0}%");
}
