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
    /// <remarks>Runs on every paragraph line of a bank, so it is hand-written rather than a cascade of regular expressions.</remarks>
    public static Label? ParseBold(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        if (!t.StartsWith("**"))
        {
            return null;
        }

        var whole = t.TrimEnd();
        if (whole.Length > 4 && whole.EndsWith("**") && QuestionText(whole[2..^2]) is { } question)
        {
            return new Label("Q", LabelRole.Question, SectionKind.Other, question);
        }

        var close = t[2..].IndexOf("**");
        if (close <= 0)
        {
            return null;
        }

        var inner = t.Slice(2, close);
        var after = t[(close + 4)..];
        if (inner.Contains('*'))
        {
            return null;
        }

        // "**Label:** rest" and "**Label::** rest"
        var innerTrimmed = inner.TrimEnd();
        if (innerTrimmed.EndsWith(':'))
        {
            var label = innerTrimmed.TrimEnd(':').TrimEnd();
            if (label.Length is >= 1 and <= 60)
            {
                var rest = after.StartsWith(':') ? after[1..] : after;
                return Make(label, rest);
            }
        }

        var colon = inner.IndexOf(':');
        var afterTrimmed = after.TrimStart();

        // "**Label**: rest"
        if (colon < 0 && afterTrimmed.StartsWith(':') && inner.Length <= 60)
        {
            return Make(inner, afterTrimmed.TrimStart(':'));
        }

        // "**Framework: SOAR**" — only for field labels, never for section labels or free text.
        if (colon is >= 1 and <= 40 && afterTrimmed.IsEmpty)
        {
            var rest = inner[(colon + 1)..].Trim();
            if (!rest.IsEmpty)
            {
                var label = Make(inner[..colon], rest);
                return label.Role is LabelRole.Unknown or LabelRole.Section ? null : label;
            }
        }

        // "**RESULT**" alone, or followed by a parenthesis ("**SITUATION** (2-3 sentences)")
        if (colon < 0 && inner.Length <= 40 && (afterTrimmed.IsEmpty || IsParenthesis(afterTrimmed)))
        {
            var label = Make(inner, []);
            return label.Role == LabelRole.Section ? label : null;
        }

        return null;
    }

    /// <summary>A plain label as used in bullets and packed paragraphs: <c>Situation: text</c>. Only known labels count.</summary>
    public static Label? ParsePlain(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        var colon = t.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(t[0]))
        {
            return null;
        }

        var labelText = t[..colon].TrimEnd(" \t");
        if (labelText.Length > 41 || labelText.ContainsAnyExcept(PlainLabelChars))
        {
            return null;
        }

        var label = Make(labelText, t[(colon + 1)..]);
        return label.Role is LabelRole.Unknown or LabelRole.Answer or LabelRole.Question ? null : label;
    }

    /// <summary>Any label at the start of a list item's text, bold or plain.</summary>
    public static Label? ParseItem(ReadOnlySpan<char> text) => ParseBold(text) ?? ParsePlain(text);

    /// <summary>The role of a heading inside a story ("### Situation", "### Short Version (30 sec)").</summary>
    public static Label? ParseHeading(string headingText)
    {
        var label = Make(headingText, string.Empty);
        return label.Role == LabelRole.Unknown ? null : label;
    }

    /// <summary>Classifies a label text; allocates only the label and rest it returns.</summary>
    public static Label Make(ReadOnlySpan<char> rawLabel, ReadOnlySpan<char> rest)
    {
        var text = rawLabel.Trim().TrimEnd(':').Trim();
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var role = RoleOf(Normalize(text, buffer));
        if (role != LabelRole.Unknown)
        {
            return new Label(text.ToString(), role, SectionKind.Other, rest.Trim().ToString());
        }

        var kind = SectionLabels.Classify(text);
        return kind is { } k
            ? new Label(text.ToString(), LabelRole.Section, k, rest.Trim().ToString())
            : new Label(text.ToString(), LabelRole.Unknown, SectionKind.Other, rest.Trim().ToString());
    }

    private static LabelRole RoleOf(ReadOnlySpan<char> key) => key switch
    {
        "competency" or "competencies" or "skills" or "skills demonstrated" or "competencies demonstrated" => LabelRole.Competency,
        "framework" or "answer framework" => LabelRole.Framework,
        "company" or "employer" => LabelRole.Company,
        "project" => LabelRole.Project,
        "tags" or "tag" or "theme" or "themes" => LabelRole.Tags,
        "q" or "question" or "follow up" => LabelRole.Question,
        "answer" => LabelRole.Answer,
        "key metrics" or "metrics" or "numbers to know" or "key numbers" or "numbers to know cold" => LabelRole.Metrics,
        _ when key.StartsWith("best for") || key.StartsWith("best used for") || key.StartsWith("usable for")
            || key.StartsWith("use for") || key.StartsWith("good for") => LabelRole.BestFor,
        _ when key.StartsWith("follow up") || key.StartsWith("followup") || key.StartsWith("likely follow up")
            || key.StartsWith("probing questions") => LabelRole.FollowUps,
        _ when IsShortVersion(key) => LabelRole.ShortVersion,
        _ when IsFullVersion(key) => LabelRole.FullVersion,
        _ => LabelRole.Unknown,
    };

    private static bool IsShortVersion(ReadOnlySpan<char> key) =>
        key.StartsWith("short version") || key.StartsWith("short answer") || key.StartsWith("elevator pitch")
        || key is "tl dr" or "tldr" or "one liner" || ThirtySeconds().IsMatch(key);

    private static bool IsFullVersion(ReadOnlySpan<char> key) =>
        (key.StartsWith("full") && key.Contains("version", StringComparison.Ordinal))
        || key.StartsWith("long version") || key.StartsWith("full answer") || key.StartsWith("full story");

    /// <summary>Normalized keys are cut at this length; labels are never that long.</summary>
    public const int MaxKeyLength = 256;

    private static readonly System.Buffers.SearchValues<char> PlainLabelChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ()/'’-");

    /// <summary>The question of "Q: why?" / "Q3. why?", or null.</summary>
    private static string? QuestionText(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[0] != 'Q')
        {
            return null;
        }

        var rest = body[1..];
        while (!rest.IsEmpty && char.IsAsciiDigit(rest[0]))
        {
            rest = rest[1..];
        }

        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] is not (':' or '.'))
        {
            return null;
        }

        var question = rest[1..].Trim();
        return question.IsEmpty ? null : question.ToString();
    }

    private static bool IsParenthesis(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length >= 2 && trimmed[0] == '(' && trimmed[^1] == ')' && trimmed[1..^1].IndexOfAny('(', ')') < 0;
    }

    /// <summary>Lowercase letters, digits and single spaces only: "Follow-up Questions &amp; Answers" becomes "follow up questions answers".</summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return Normalize(text, buffer).ToString();
    }

    /// <summary>The normal form of <paramref name="text"/> (at most <see cref="MaxKeyLength"/> characters) in <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (length + 2 > buffer.Length)
            {
                break;
            }

            if (pendingSpace && length > 0)
            {
                buffer[length++] = ' ';
            }

            buffer[length++] = char.ToLowerInvariant(c);
            pendingSpace = false;
        }

        return buffer[..length];
    }







    [GeneratedRegex(@"^(30|60)\s?(sec|second|s)\b")]
    private static partial Regex ThirtySeconds();
}
