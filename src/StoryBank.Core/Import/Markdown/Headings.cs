namespace StoryBank.Core.Import.Markdown;

/// <summary>Reads heading text from the source as written (ATX "## Title ##" or setext).</summary>
internal static class Headings
{
    public static string TextOf(Unit heading, SourceText source)
    {
        var line = source.Span(heading.StartLine).TrimStart(' ');
        if (!line.StartsWith('#'))
        {
            // Setext: the text is every line above the underline.
            return heading.EndLine == heading.StartLine
                ? line.Trim().ToString()
                : source.Slice(heading.StartLine, heading.EndLine - 1).ReplaceLineEndings(" ").Trim();
        }

        var text = line.TrimStart('#').Trim();
        // An optional closing sequence of #s counts only when a space separates it from the text.
        var closing = text.TrimEnd('#');
        if (closing.Length == 0 || closing.Length < text.Length && char.IsWhiteSpace(closing[^1]))
        {
            text = closing.TrimEnd();
        }

        return text.ToString();
    }
}
