using System.Text.RegularExpressions;
using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Markdown;

/// <summary>What a label at the start of a line introduces.</summary>
internal enum LabelRole
{
    Unknown,
    Section,
    Competency,
    Framework,
    BestFor,
    Metrics,
    ShortVersion,
    FullVersion,
    FollowUps,
    Company,
    Project,
    Tags,
    Question,
    Answer,
}

/// <summary>A label found at the start of a line: "**Situation:** rest", "- Actions: rest", "### Result".</summary>
/// <param name="Text">The label as written, without markup and colon.</param>
/// <param name="Role">What the label introduces.</param>
/// <param name="Kind">The section kind when <paramref name="Role"/> is <see cref="LabelRole.Section"/>.</param>
/// <param name="Rest">The text after the label on the same line.</param>
internal sealed record Label(string Text, LabelRole Role, SectionKind Kind, string Rest);

/// <summary>Recognizes section and field labels in the many ways story banks write them.</summary>
internal static partial class Labels
{
    /// <summary>A bold label: <c>**Situation:** text</c>, <c>**Situation**: text</c>, <c>**Cleanup (Day 2)::**</c>, <c>**RESULT**</c>, <c>**Q: why?**</c>.</summary>
    public static Label? ParseBold(string line)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith("**", StringComparison.Ordinal))
        {
            return null;
        }

        var question = BoldQuestion().Match(trimmed);
        if (question.Success)
        {
            return new Label("Q", LabelRole.Question, SectionKind.Other, question.Groups["rest"].Value.Trim());
        }

        var match = BoldColonInside().Match(trimmed);
        if (!match.Success)
        {
            match = BoldColonOutside().Match(trimmed);
        }

        if (match.Success)
        {
            return Make(match.Groups["label"].Value, match.Groups["rest"].Value);
        }

        var wrapped = BoldWrapped().Match(trimmed);
        if (wrapped.Success)
        {
            var label = Make(wrapped.Groups["label"].Value, wrapped.Groups["rest"].Value);
            if (label.Role is not (LabelRole.Unknown or LabelRole.Section))
            {
                return label;
            }
        }

        var alone = BoldAlone().Match(trimmed);
        if (alone.Success)
        {
            var label = Make(alone.Groups["label"].Value, string.Empty);
            return label.Role == LabelRole.Section ? label : null;
        }

        return null;
    }

    /// <summary>A plain label as used in bullets and packed paragraphs: <c>Situation: text</c>. Only known labels count.</summary>
    public static Label? ParsePlain(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0 || !char.IsAsciiLetter(trimmed[0]) || !trimmed.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var match = PlainLabel().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var label = Make(match.Groups["label"].Value, match.Groups["rest"].Value);
        return label.Role is LabelRole.Unknown or LabelRole.Answer or LabelRole.Question ? null : label;
    }

    /// <summary>Any label at the start of a list item's text, bold or plain.</summary>
    public static Label? ParseItem(string text) => ParseBold(text) ?? ParsePlain(text);

    /// <summary>The role of a heading inside a story ("### Situation", "### Short Version (30 sec)").</summary>
    public static Label? ParseHeading(string headingText)
    {
        var label = Make(headingText, string.Empty);
        return label.Role == LabelRole.Unknown ? null : label;
    }

    /// <summary>Classifies a label text.</summary>
    public static Label Make(string rawLabel, string rest)
    {
        var text = rawLabel.Trim().TrimEnd(':').Trim();
        var key = Normalize(text);
        var role = RoleOf(key);
        if (role != LabelRole.Unknown)
        {
            return new Label(text, role, SectionKind.Other, rest.Trim());
        }

        var kind = SectionLabels.Classify(text);
        return kind is { } k
            ? new Label(text, LabelRole.Section, k, rest.Trim())
            : new Label(text, LabelRole.Unknown, SectionKind.Other, rest.Trim());
    }

    private static LabelRole RoleOf(string key) => key switch
    {
        "competency" or "competencies" or "skills" or "skills demonstrated" or "competencies demonstrated" => LabelRole.Competency,
        "framework" or "answer framework" => LabelRole.Framework,
        "company" or "employer" => LabelRole.Company,
        "project" => LabelRole.Project,
        "tags" or "tag" or "theme" or "themes" => LabelRole.Tags,
        "q" or "question" or "follow up" or "follow-up" => LabelRole.Question,
        "answer" => LabelRole.Answer,
        "key metrics" or "metrics" or "numbers to know" or "key numbers" or "numbers to know cold" => LabelRole.Metrics,
        _ when key.StartsWith("best for", StringComparison.Ordinal) || key.StartsWith("best used for", StringComparison.Ordinal)
            || key.StartsWith("usable for", StringComparison.Ordinal) || key.StartsWith("use for", StringComparison.Ordinal)
            || key.StartsWith("good for", StringComparison.Ordinal) => LabelRole.BestFor,
        _ when key.StartsWith("follow up", StringComparison.Ordinal) || key.StartsWith("followup", StringComparison.Ordinal)
            || key.StartsWith("likely follow up", StringComparison.Ordinal) || key.StartsWith("probing questions", StringComparison.Ordinal) => LabelRole.FollowUps,
        _ when IsShortVersion(key) => LabelRole.ShortVersion,
        _ when IsFullVersion(key) => LabelRole.FullVersion,
        _ => LabelRole.Unknown,
    };

    private static bool IsShortVersion(string key) =>
        key.StartsWith("short version", StringComparison.Ordinal) || key.StartsWith("short answer", StringComparison.Ordinal)
        || key.StartsWith("elevator pitch", StringComparison.Ordinal) || key is "tl dr" or "tldr" or "one liner"
        || ThirtySeconds().IsMatch(key);

    private static bool IsFullVersion(string key) =>
        (key.StartsWith("full", StringComparison.Ordinal) && key.Contains("version", StringComparison.Ordinal))
        || key.StartsWith("long version", StringComparison.Ordinal) || key.StartsWith("full answer", StringComparison.Ordinal)
        || key.StartsWith("full story", StringComparison.Ordinal);

    /// <summary>Lowercase letters, digits and single spaces only: "Follow-up Questions &amp; Answers" becomes "follow up questions answers".</summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 256)))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }

    [GeneratedRegex(@"^\*\*Q\d*\s*[:.]\s*(?<rest>.+?)\*\*\s*$")]
    private static partial Regex BoldQuestion();

    [GeneratedRegex(@"^\*\*(?<label>[^*\n]{1,60}?)\s*:{1,2}\s*\*\*:?[ \t]*(?<rest>.*)$")]
    private static partial Regex BoldColonInside();

    [GeneratedRegex(@"^\*\*(?<label>[^*:\n]{1,60}?)\*\*\s*:{1,2}[ \t]*(?<rest>.*)$")]
    private static partial Regex BoldColonOutside();

    [GeneratedRegex(@"^\*\*(?<label>[^*:\n]{1,40}):[ \t]*(?<rest>[^*\n]+)\*\*\s*$")]
    private static partial Regex BoldWrapped();

    [GeneratedRegex(@"^\*\*(?<label>[^*:\n]{1,40}?)\*\*\s*(\([^()]*\))?\s*$")]
    private static partial Regex BoldAlone();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z ()/'’-]{0,40}?)[ \t]*:[ \t]*(?<rest>.*)$")]
    private static partial Regex PlainLabel();

    [GeneratedRegex(@"^(30|60)\s?(sec|second|s)\b")]
    private static partial Regex ThirtySeconds();
}
