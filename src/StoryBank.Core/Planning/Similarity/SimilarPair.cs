using StoryBank.Core.Model;

namespace StoryBank.Core.Planning.Similarity;

/// <summary>Why two stories are too alike to back each other up.</summary>
public enum LikenessKind
{
    /// <summary>Both are about the same project (or, where neither names one, the same company) and show largely the same competencies.</summary>
    SameProject,
    /// <summary>Their text is nearly the same: one retells the other, under the same name or in the same words.</summary>
    NearDuplicateText,
    /// <summary>They tell the same thing in other words, as a sentence-embedding model reads them.</summary>
    SameMeaning,
}

/// <summary>Two stories too alike to back each other up, with how alike and why.</summary>
/// <param name="First">The story that comes first in the bank.</param>
/// <param name="Second">The other story.</param>
/// <param name="Score">0–1: the greatest likeness of <paramref name="Kinds"/>.</param>
/// <param name="Kinds">The kinds of likeness at or above the threshold, in <see cref="LikenessKind"/> order.</param>
/// <param name="Reasons">Plain reasons, one per kind: the shared project with the shared competencies and their evidence; the share of shared wording.</param>
public sealed record SimilarPair(Story First, Story Second, double Score, IReadOnlyList<LikenessKind> Kinds, IReadOnlyList<string> Reasons);
