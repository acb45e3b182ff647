using System.Text.RegularExpressions;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>What a story heading or numbered item says besides the title itself.</summary>
/// <param name="Title">The title without numbering, theme brackets or framework prefix.</param>
/// <param name="Number">The number the document gives the story ("Legend 3", "2."), used to resolve references.</param>
/// <param name="Theme">A theme in brackets ("[Conflict] …") or before a colon ("Crisis Management: …").</param>
/// <param name="Framework">A framework named as a prefix ("STAR — …").</param>
/// <param name="CompanyCandidate">A trailing parenthesis ("(FoodMesh)") or "at X" that may name the company.</param>
/// <param name="CompanyAt">A company the title states outright ("AI Moderation at Openlane").</param>
/// <param name="IsQuestion">True when the title is itself an interview question ("Q7: Tell me about…").</param>
internal sealed partial record StoryTitle(string Title, int? Number, string? Theme, FrameworkKind? Framework, string? CompanyCandidate, string? CompanyAt, bool IsQuestion)
{
    /// <summary>Whether a heading calls itself a story: "Story 15: …", "Legend 3 — …".</summary>
    public static bool NamesItselfAStory(string heading)
    {
        var labeled = NumberedLabel().Match(heading.Trim());
        return labeled.Success && labeled.Groups["word"].Value.ToLowerInvariant() is "story" or "legend";
    }

    public static StoryTitle Parse(string raw)
    {
        var text = raw.Trim();
        int? number = null;
        string? theme = null;
        FrameworkKind? framework = null;
        var isQuestion = false;

        var labeled = text.Length > 0 && char.IsAsciiLetter(text[0]) && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? NumberedLabel().Match(text) : Match.Empty;
        if (labeled.Success)
        {
            number = int.Parse(labeled.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            isQuestion = labeled.Groups["word"].Value.StartsWith('q') || labeled.Groups["word"].Value.StartsWith('Q');
            text = labeled.Groups["rest"].Value.Trim();
        }
        else
        {
            var numbered = text.Length > 0 && char.IsAsciiDigit(text[0]) ? Numbered().Match(text) : Match.Empty;
            if (numbered.Success)
            {
                number = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                text = numbered.Groups["rest"].Value.Trim();
            }
        }

        var bracket = text.StartsWith('[') ? BracketTheme().Match(text) : Match.Empty;
        if (bracket.Success)
        {
            theme = bracket.Groups["theme"].Value.Trim();
            text = bracket.Groups["rest"].Value.Trim();
        }

        var prefix = text.Length > 3 && text[0] is 'S' or 'C' or 'P' or 'D' ? FrameworkPrefix().Match(text) : Match.Empty;
        if (prefix.Success && FrameworkCatalog.Parse(prefix.Groups["fw"].Value) is { } kind)
        {
            framework = kind;
            text = prefix.Groups["rest"].Value.Trim();
        }

        if (theme is null)
        {
            var colon = text.Contains(':', StringComparison.Ordinal) ? ColonTheme().Match(text) : Match.Empty;
            if (colon.Success)
            {
                theme = colon.Groups["theme"].Value.Trim();
            }
        }

        var paren = text.EndsWith(')') ? TrailingParenthesis().Match(text) : Match.Empty;
        var at = text.Contains(" at ", StringComparison.Ordinal) ? AtCompany().Match(text) : Match.Empty;
        isQuestion |= text.EndsWith('?') && QuestionStart().IsMatch(text);
        return new StoryTitle(
            text,
            number,
            theme,
            framework,
            paren.Success ? paren.Groups["c"].Value.Trim() : null,
            at.Success ? at.Groups["c"].Value.Trim() : null,
            isQuestion);
    }

    [GeneratedRegex(@"^(?<word>story|legend|example|case|scenario|q|question)\s*#?\s*(?<n>\d+)\s*[:.)—–-]\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"^(?<n>\d{1,4})[.)]\s+(?<rest>.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\[(?<theme>[^\]]+)\]\s*(?<rest>.+)$")]
    private static partial Regex BracketTheme();

    [GeneratedRegex(@"^(?<fw>STAR|CAR|SOAR|CARL|PAR|DIGS)\s*[—–:-]\s*(?<rest>.+)$")]
    private static partial Regex FrameworkPrefix();

    [GeneratedRegex(@"^(?<theme>[A-Za-z][A-Za-z&/ -]{2,40}?):\s+\S")]
    private static partial Regex ColonTheme();

    [GeneratedRegex(@"\((?<c>[A-Z][\w&.' -]{1,40})\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"\bat (?<c>[A-Z][\w&.-]+(?: [A-Z][\w&.-]+)?)\s*$")]
    private static partial Regex AtCompany();

    [GeneratedRegex(@"^(tell|describe|how|what|why|when|give|walk|have|did|do|can|share)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();
}
