namespace StoryBank.Core.Coach.Text;

/// <summary>The lines of the linted file, to point findings at the exact line and column.</summary>
/// <remarks>Lines are kept as offsets into the text; a line becomes a string only when it is asked for as one.</remarks>
public sealed class SourceLines
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _ends;

    /// <summary>Splits <paramref name="text"/> into lines (\n, \r\n or \r).</summary>
    public SourceLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        var span = text.AsSpan();
        var count = span.Count('\n') + span.Count('\r') - span.Count("\r\n") + 1;
        _starts = new int[count];
        _ends = new int[count];
        var line = 0;
        for (var at = 0; text.AsSpan(at).IndexOfAny('\n', '\r') is var found and >= 0;)
        {
            var end = at + found;
            at = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            _ends[line] = end;
            _starts[++line] = at;
        }

        _ends[line] = text.Length;
    }

    /// <summary>Number of lines.</summary>
    public int Count => _starts.Length;

    /// <summary>The 1-based line.</summary>
    public string this[int line] => Line(line).ToString();

    /// <summary>The 1-based line, without copying.</summary>
    public ReadOnlySpan<char> Line(int line) => _text.AsSpan(_starts[line - 1], _ends[line - 1] - _starts[line - 1]);

    /// <summary>The first line from <paramref name="fromLine"/> to <paramref name="toLine"/> that contains <paramref name="text"/>, with the 1-based column.</summary>
    internal (int Line, int Column)? Find(string text, int fromLine, int toLine)
    {
        for (var line = Math.Max(1, fromLine); line <= Math.Min(toLine, _starts.Length); line++)
        {
            var at = Line(line).IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (line, at + 1);
            }
        }

        return null;
    }
}
