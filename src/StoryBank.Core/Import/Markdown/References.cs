using System.Text.RegularExpressions;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Finds the mappings a document states outside its stories: "→ Use Story 1 (NetSuite Timeout) or Story 3" under a
/// question, and tables such as "| Question Type | Best Legends |" with story numbers in a column.
/// </summary>
internal static partial class References
{
    public static IEnumerable<Mapping> Find(DocumentBlock block, IReadOnlyList<(Story Story, int? Number)> numbered, Func<string, MappingKind> kindOf)
    {
        return block.Kind == BlockKind.Table ? FromTable(block, numbered, kindOf) : FromText(block, numbered, kindOf);
    }

    private static IEnumerable<Mapping> FromText(DocumentBlock block, IReadOnlyList<(Story Story, int? Number)> numbered, Func<string, MappingKind> kindOf)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.List))
        {
            yield break;
        }

        var lines = block.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var refs = StoryReference().Matches(lines[i]);
            if (refs.Count == 0)
            {
                continue;
            }

            // The question is the text before the reference on the same line, or else the line above.
            var before = lines[i][..refs[0].Index];
            before = LeadIn().Replace(before, string.Empty);
            var question = Clean(before);
            if (question.Length == 0 && i > 0)
            {
                question = Clean(lines[i - 1]);
            }

            var ids = refs.SelectMany(r => Resolve(numbered, int.Parse(r.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), r.Groups["hint"].Value))
                .Distinct(StringComparer.Ordinal).ToList();
            if (question.Length > 0 && ids.Count > 0)
            {
                yield return new Mapping(kindOf(question), question, ids, block.Lines.Start + (question == Clean(before) ? i : i - 1));
            }
        }
    }

    private static IEnumerable<Mapping> FromTable(DocumentBlock block, IReadOnlyList<(Story Story, int? Number)> numbered, Func<string, MappingKind> kindOf)
    {
        var rows = block.Text.Split('\n').Select(SplitRow).ToList();
        if (rows.Count < 3)
        {
            yield break;
        }

        var header = rows[0];
        var column = header.FindIndex(h => StoryColumn().IsMatch(h));
        if (column <= 0)
        {
            yield break;
        }

        for (var r = 2; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count <= column)
            {
                continue;
            }

            var numbers = NumberList().Matches(row[column]).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
            var ids = numbers.SelectMany(n => Resolve(numbered, n, string.Empty)).Distinct(StringComparer.Ordinal).ToList();
            var text = Clean(row[0]);
            if (ids.Count > 0 && text.Length > 0)
            {
                yield return new Mapping(text.EndsWith('?') ? MappingKind.Question : header[0].Contains("question", StringComparison.OrdinalIgnoreCase) && !text.EndsWith('?') ? MappingKind.Theme : kindOf(text), text, ids, block.Lines.Start + r);
            }
        }
    }

    /// <summary>The stories numbered <paramref name="number"/>; when several share it, the one whose title shares most words with the hint.</summary>
    private static IEnumerable<string> Resolve(IReadOnlyList<(Story Story, int? Number)> numbered, int number, string hint)
    {
        var candidates = numbered.Where(s => s.Number == number).Select(s => s.Story).ToList();
        if (candidates.Count <= 1 || hint.Length == 0)
        {
            return candidates.Select(c => c.Id);
        }

        var hintWords = Labels.Normalize(hint).Split(' ').ToHashSet();
        var best = candidates.MaxBy(c => Labels.Normalize(c.Title).Split(' ').Count(hintWords.Contains))!;
        return [best.Id];
    }

    private static List<string> SplitRow(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }

        return trimmed.Split('|').Select(c => c.Trim()).ToList();
    }

    private static string Clean(string text) =>
        text.Trim().TrimStart('-', '*', '+', '>', ' ').Replace("**", string.Empty, StringComparison.Ordinal)
            .Trim().Trim('"', '“', '”', '\'').Trim().TrimEnd(':', '→', '-', ' ').Trim().Trim('"', '“', '”');

    [GeneratedRegex(@"\b(?:Story|Legend)\s+#?(?<n>\d{1,4})\b(?:\s*\((?<hint>[^)]*)\))?")]
    private static partial Regex StoryReference();

    [GeneratedRegex(@"(?:→|->|=>)?\s*(?:Use|Tell|Pick|Try|See)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"legend|stor(?:y|ies)|best", RegexOptions.IgnoreCase)]
    private static partial Regex StoryColumn();

    [GeneratedRegex(@"\d{1,4}")]
    private static partial Regex NumberList();
}
