namespace StoryBank.Core.Import.Markdown;

/// <summary>
/// Accumulates the Markdown text of one field from source lines, keeping the blank lines between them as in the source
/// and never starting or ending with blank lines. The parts are referenced, not copied, until the text is built.
/// </summary>
internal sealed class TextDraft
{
    private readonly List<(string Text, int Start, int Length, int Gap)> _parts = [];
    private int _lastLine;
    private string? _built;

    /// <summary>Appends the text of source line <paramref name="line"/> (0 for text with no line of its own).</summary>
    public void AppendLine(int line, string text) => AppendRange(line, text, 0, text.Length);

    /// <summary>Appends <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> as line <paramref name="line"/>.</summary>
    public void AppendRange(int line, string text, int start, int length)
    {
        var trimmed = text.AsSpan(start, length).TrimEnd();
        if (trimmed.Length == 0)
        {
            return;
        }

        var gap = _parts.Count == 0 ? 0 : line > 0 && _lastLine > 0 ? Math.Max(1, line - _lastLine) : 1;
        _parts.Add((text, start, trimmed.Length, gap));
        _lastLine = line;
        _built = null;
    }

    /// <summary>Appends free text (for example one section of a packed paragraph).</summary>
    public void AppendText(string text) => AppendLine(0, text);

    /// <inheritdoc/>
    public override string ToString() => _built ??= Build();

    private string Build()
    {
        var length = 0;
        foreach (var part in _parts)
        {
            length += part.Length + part.Gap;
        }

        return string.Create(length, _parts, static (span, parts) =>
        {
            foreach (var (text, start, length, gap) in parts)
            {
                span[..gap].Fill('\n');
                text.AsSpan(start, length).CopyTo(span[gap..]);
                span = span[(gap + length)..];
            }
        });
    }
}
