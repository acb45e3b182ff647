using System.Globalization;
using System.Text;

namespace StoryBank.Core.Export;

/// <summary>File-name slugs: lowercase ASCII letters, digits and single dashes.</summary>
internal static class Slug
{
    private const int MaxLength = 60;

    /// <summary>The slug of <paramref name="text"/>; empty when it has no ASCII letter or digit.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>
    /// Gives every item a slug unique among the others and <paramref name="reserved"/>: the preferred slug when no
    /// other item wants it, else the preferred slug plus the first 6 characters of the item's id, with a counter as
    /// the last resort.
    /// </summary>
    /// <param name="items">The items, each with its id and its preferred slug (possibly empty).</param>
    /// <param name="fallback">The base used when an item's preferred slug is empty ("story", "document").</param>
    /// <param name="reserved">Slugs no item may take.</param>
    public static IReadOnlyList<string> AssignUnique(
        IReadOnlyList<(string Id, string Preferred)> items, string fallback, IReadOnlySet<string> reserved)
    {
        var wanted = items
            .Where(i => i.Preferred.Length > 0)
            .GroupBy(i => i.Preferred, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        var slugs = new List<string>(items.Count);
        foreach (var (id, preferred) in items)
        {
            var slug = preferred.Length > 0 && wanted[preferred] == 1 && !reserved.Contains(preferred)
                ? preferred
                : $"{(preferred.Length > 0 ? preferred : fallback)}-{Of(id[..Math.Min(6, id.Length)])}".TrimEnd('-');
            var unique = slug;
            for (var counter = 2; !taken.Add(unique); counter++)
            {
                unique = $"{slug}-{counter}";
            }

            slugs.Add(unique);
        }

        return slugs;
    }

    /// <summary>The slugs of documents in one export: from the title, else from the source file name.</summary>
    public static IReadOnlyList<string> ForDocuments(IReadOnlyList<Model.Document> documents) =>
        AssignUnique(
            [.. documents.Select(d => (d.Id, Of(d.Title) is { Length: > 0 } title ? title : Of(FileStem(d.Source.File))))],
            "document",
            new HashSet<string>(StringComparer.Ordinal));

    private static string FileStem(string path)
    {
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
