using System.Text.RegularExpressions;

namespace StoryBank.Core.Import.Markdown;

/// <summary>Reads heading text from the source as written (ATX "## Title ##" or setext).</summary>
internal static partial class Headings
{
    public static string TextOf(Unit heading, SourceText source)
    {
        var line = source[heading.StartLine];
        var atx = Atx().Match(line);
        return atx.Success || heading.EndLine == heading.StartLine
            ? atx.Groups["text"].Value.Trim()
            : source.Slice(heading.StartLine, heading.EndLine - 1).ReplaceLineEndings(" ").Trim();
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?:\s+(?<text>.*?))?(?:\s+#+)?\s*$")]
    private static partial Regex Atx();
}
