using System.Text;

namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Accumulates the Markdown text of one field from source lines, keeping the blank lines between them as in the source
/// and never starting or ending with blank lines.
/// </summary>
internal sealed class TextDraft
{
    private readonly StringBuilder _builder = new();
    private int _lastLine;

    /// <summary>Appends the text of source line <paramref name="line"/> (0 for text with no line of its own).</summary>
    public void AppendLine(int line, string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (_builder.Length > 0)
        {
            var gap = line > 0 && _lastLine > 0 ? Math.Max(1, line - _lastLine) : 1;
            _builder.Append('\n', gap);
        }

        _builder.Append(trimmed);
        _lastLine = line;
    }

    /// <summary>Appends free text (for example one section of a packed paragraph).</summary>
    public void AppendText(string text) => AppendLine(0, text);

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
