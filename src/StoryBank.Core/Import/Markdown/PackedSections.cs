using System.Text.RegularExpressions;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>A section found inside a packed paragraph, with its offset in the paragraph text.</summary>
internal sealed record PackedSection(SectionKind Kind, string Label, string Text, int Offset);

/// <summary>
/// Splits a story packed into one paragraph ("Situation: … Task: … Actions: … Results: …") into its sections.
/// </summary>
internal static partial class PackedSections
{
    /// <summary>The minimum number of distinct framework labels that makes a paragraph a packed story.</summary>
    public const int MinimumLabels = 3;

    /// <summary>
    /// The text before the first label and the sections, or <see langword="null"/> when the text is not a packed story
    /// (fewer than <see cref="MinimumLabels"/> distinct framework parts, or labels out of any sensible order).
    /// </summary>
    public static (string Lead, IReadOnlyList<PackedSection> Sections)? Split(string text)
    {
        if (text.AsSpan().Count(':') < MinimumLabels)
        {
            return null;
        }

        var matches = InlineLabel().Matches(text)
            .Select(m => (Match: m, Kind: SectionLabels.Classify(m.Groups["label"].Value)))
            .Where(x => x.Kind is { } k && SectionLabels.IsFrameworkPart(k))
            .ToList();
        if (matches.Select(x => x.Kind).Distinct().Count() < MinimumLabels)
        {
            return null;
        }

        var sections = new List<PackedSection>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i].Match;
            var bodyStart = m.Index + m.Length;
            var bodyEnd = i + 1 < matches.Count ? matches[i + 1].Match.Index : text.Length;
            var body = text[bodyStart..bodyEnd].Trim();
            sections.Add(new PackedSection(matches[i].Kind!.Value, m.Groups["label"].Value, body, m.Index));
        }

        return (text[..matches[0].Match.Index].Trim(), sections);
    }

    // A label starts the text or follows the end of a sentence, and is followed by a colon.
    [GeneratedRegex(@"(?<=^|[.!?;][""”’')]?\s+|\n)(?<label>Situation|Task|Actions?|Results?|Context|Challenge|Problem|Obstacles?|Learnings?|Lessons? learned)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLabel();
}
