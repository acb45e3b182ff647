using System.Text.RegularExpressions;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>Finds the company a story happened at from what its text says ("At FoodMesh, …", "Buro was a startup").</summary>
internal static partial class CompanyNames
{
    /// <summary><paramref name="candidate"/> (from the title) when the story's text confirms it names a company.</summary>
    public static string? Confirm(string? candidate, IReadOnlyList<string> texts)
    {
        if (candidate is null)
        {
            return null;
        }

        return texts.Any(t => Confirms(t, candidate)) ? candidate : null;
    }

    // "at X", "of X", "for X", "joined X", or "X is"/"X was": the candidate is used as a company name.
    private static bool Confirms(string text, string candidate)
    {
        for (var at = text.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = text.IndexOf(candidate, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(0, at);
            var after = text.AsSpan(at + candidate.Length);
            if (before.EndsWith("at ") || before.EndsWith("At ") || before.EndsWith("of ") || before.EndsWith("for ") || before.EndsWith("joined ")
                || after.StartsWith(" is ") || after.StartsWith(" was "))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The company named as "at X" in the first sentence of the situation (or of the short version).</summary>
    public static string? FromOpening(IReadOnlyList<Section> sections, string shortVersion)
    {
        var opening = sections.FirstOrDefault(s => s.Kind is SectionKind.Situation or SectionKind.Context)?.Text ?? shortVersion;
        var end = opening.IndexOf(". ", StringComparison.Ordinal);
        var match = AtCompany().Match(opening, 0, end < 0 ? opening.Length : end);
        return match.Success ? match.Groups["company"].Value : null;
    }

    [GeneratedRegex(@"\b[Aa]t (?<company>[A-Z][\w.-]*(?:\s+(?:&\s+)?[A-Z][\w.-]*){0,3})\b")]
    private static partial Regex AtCompany();
}
