namespace StoryBank.Core.Coach.Text;

/// <summary>The lines of the linted file, to point findings at the exact line and column.</summary>
public sealed class SourceLines
{
    private readonly string[] _lines;

    /// <summary>Splits <paramref name="text"/> into lines (\n, \r\n or \r).</summary>
    public SourceLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
    }

    /// <summary>Number of lines.</summary>
    public int Count => _lines.Length;

    /// <summary>The 1-based line.</summary>
    public string this[int line] => _lines[line - 1];

    /// <summary>The first line from <paramref name="fromLine"/> to <paramref name="toLine"/> that contains <paramref name="text"/>, with the 1-based column.</summary>
    internal (int Line, int Column)? Find(string text, int fromLine, int toLine)
    {
        for (var line = Math.Max(1, fromLine); line <= Math.Min(toLine, _lines.Length); line++)
        {
            var at = _lines[line - 1].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (line, at + 1);
            }
        }

        return null;
    }
}
