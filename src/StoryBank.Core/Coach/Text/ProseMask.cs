namespace StoryBank.Core.Coach.Text;

/// <summary>
/// Blanks out the Markdown that is not spoken prose (code, HTML comments, emphasis markers, list and quote
/// markers, link targets) with spaces, so that offsets into the masked text stay offsets into the original.
/// </summary>
internal static class ProseMask
{
    public static string Mask(string markdown) => string.Create(markdown.Length, markdown, static (chars, source) =>
    {
        source.AsSpan().CopyTo(chars);
        MaskInPlace(chars);
    });

    private static void MaskInPlace(Span<char> chars)
    {
        var lineStart = 0;
        var inFence = false;
        var fence = '\0';
        while (lineStart < chars.Length)
        {
            var lineEnd = chars[lineStart..].IndexOf('\n');
            lineEnd = lineEnd < 0 ? chars.Length : lineStart + lineEnd;

            var firstText = lineStart;
            while (firstText < lineEnd && chars[firstText] is ' ' or '\t')
            {
                firstText++;
            }

            var opensFence = lineEnd - firstText >= 3 && chars[firstText] is '`' or '~'
                && chars[firstText + 1] == chars[firstText] && chars[firstText + 2] == chars[firstText];
            if (inFence || opensFence)
            {
                if (opensFence && (!inFence || chars[firstText] == fence))
                {
                    inFence = !inFence;
                    fence = chars[firstText];
                }

                Blank(chars, lineStart, lineEnd);
            }
            else
            {
                MaskLine(chars, firstText, lineEnd);
            }

            lineStart = lineEnd + 1;
        }

        MaskComments(chars);
    }

    private static void MaskLine(Span<char> chars, int start, int end)
    {
        // Block markers: quotes, headings, bullets and numbers that open the line.
        var at = start;
        while (at < end)
        {
            if (chars[at] is '>' or '#')
            {
                chars[at++] = ' ';
            }
            else if (chars[at] is '-' or '*' or '+' && at + 1 < end && chars[at + 1] == ' ')
            {
                chars[at++] = ' ';
            }
            else if (char.IsAsciiDigit(chars[at]))
            {
                var digits = at;
                while (digits < end && char.IsAsciiDigit(chars[digits]))
                {
                    digits++;
                }

                if (digits < end - 1 && chars[digits] is '.' or ')' && chars[digits + 1] == ' ' && digits - at <= 3)
                {
                    Blank(chars, at, digits + 1);
                    at = digits + 1;
                }
                else
                {
                    break;
                }
            }
            else if (chars[at] == ' ')
            {
                at++;
            }
            else
            {
                break;
            }
        }

        var inCode = false;
        for (var i = at; i < end; i++)
        {
            switch (chars[i])
            {
                case '`':
                    inCode = !inCode;
                    chars[i] = ' ';
                    break;
                case var _ when inCode:
                    chars[i] = ' ';
                    break;
                case '*' or '|':
                    chars[i] = ' ';
                    break;
                case '_' when (i + 1 < end && chars[i + 1] == '_') || (i > 0 && chars[i - 1] == '_'):
                    chars[i] = ' ';
                    break;
                case '[':
                    chars[i] = ' ';
                    break;
                case ']' when i + 1 < end && chars[i + 1] == '(':
                    var close = chars[i..end].IndexOf(')') is var found and >= 0 ? i + found : -1;
                    Blank(chars, i, close < 0 ? i + 1 : close + 1);
                    i = close < 0 ? i : close;
                    break;
                case ']':
                    chars[i] = ' ';
                    break;
            }
        }
    }

    private static void MaskComments(Span<char> chars)
    {
        for (var open = chars.IndexOf("<!--"); open >= 0;)
        {
            var close = chars[(open + 4)..].IndexOf("-->");
            var end = close < 0 ? chars.Length : open + 4 + close + 3;
            Blank(chars, open, end);
            var next = chars[end..].IndexOf("<!--");
            open = next < 0 ? -1 : end + next;
        }
    }

    private static void Blank(Span<char> chars, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (chars[i] != '\n')
            {
                chars[i] = ' ';
            }
        }
    }
}
