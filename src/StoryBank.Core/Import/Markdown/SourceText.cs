namespace StoryBank.Core.Import.Markdown;

/// <summary>The lines of a source with offset → line lookup; lines are 1-based.</summary>
internal sealed class SourceText
{
    private const byte BoldParsed = 1;
    private const byte ItemParsed = 2;

    private readonly int[] _lineStarts;
    private readonly string?[] _lines;
    private readonly Dictionary<int, List<Unit>> _items = [];
    private readonly Label?[] _boldLabels;
    private readonly Label?[] _itemLabels;
    private readonly byte[] _parsed;
    private int _lastLineIndex;

    public SourceText(string text)
    {
        Text = text;
        _lineStarts = new int[text.AsSpan().Count('\n') + 1];
        for (int line = 1, at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            _lineStarts[line++] = at + 1;
        }

        _lines = new string?[_lineStarts.Length];

        _boldLabels = new Label?[_lines.Length];
        _itemLabels = new Label?[_lines.Length];
        _parsed = new byte[_lines.Length];
    }

    public string Text { get; }

    /// <summary>Number of lines (a text ending with \n has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The text of the 1-based line, as a string made on first use (most lines are only ever read as spans).</summary>
    public string this[int line] => _lines[line - 1] ??= Text.Substring(LineStart(line), LineLength(line));

    /// <summary>The text of the 1-based line, without copying.</summary>
    public ReadOnlySpan<char> Span(int line) => Text.AsSpan(LineStart(line), LineLength(line));

    /// <summary>True when the 1-based line holds only whitespace.</summary>
    public bool IsBlank(int line) => Span(line).IsWhiteSpace();

    /// <summary>The offset in <see cref="Text"/> where the 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    private int LineLength(int line) =>
        (line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length) - _lineStarts[line - 1];

    /// <summary>The 1-based line holding the character at <paramref name="offset"/>.</summary>
    /// <remarks>Lookups come mostly in document order, so the line found last is tried first.</remarks>
    public int LineAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, Text.Length - 1));
        // A short walk forward from the last line found: blocks are mostly looked up one after another.
        if (_lineStarts[_lastLineIndex] <= offset)
        {
            for (var line = _lastLineIndex; line < Math.Min(_lineStarts.Length, _lastLineIndex + 16); line++)
            {
                if (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1])
                {
                    _lastLineIndex = line;
                    return line + 1;
                }
            }
        }

        int low = 0, high = _lineStarts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (_lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        _lastLineIndex = low;
        return low + 1;
    }

    /// <summary>The items of a list unit, computed once per list (see <see cref="Unit.ItemsOf"/>).</summary>
    public List<Unit> ItemsOf(Unit list)
    {
        // Keyed by line, not by block: hashing Markdig's objects by identity costs more than the lookup saves.
        if (!_items.TryGetValue(list.StartLine, out var items))
        {
            _items[list.StartLine] = items = Unit.ItemsOf(list, this);
        }

        return items;
    }

    /// <summary>How many times <paramref name="c"/> occurs in lines <paramref name="start"/>..<paramref name="end"/>.</summary>
    public int Count(int start, int end, char c)
    {
        var count = 0;
        for (var line = start; line <= end; line++)
        {
            count += Span(line).Count(c);
        }

        return count;
    }

    /// <summary>The bold label starting line <paramref name="line"/> (see <see cref="Labels.ParseBold"/>), parsed once.</summary>
    public Label? BoldLabel(int line)
    {
        if ((_parsed[line - 1] & BoldParsed) == 0)
        {
            _boldLabels[line - 1] = Labels.ParseBold(Span(line));
            _parsed[line - 1] |= BoldParsed;
        }

        return _boldLabels[line - 1];
    }

    /// <summary>The label starting the list item whose first line is <paramref name="line"/>, parsed once.</summary>
    public Label? ItemLabel(int line)
    {
        if ((_parsed[line - 1] & ItemParsed) == 0)
        {
            var text = Span(line);
            _itemLabels[line - 1] = Labels.ParseItem(text[StoryBuilder.ContentIndent(text)..]);
            _parsed[line - 1] |= ItemParsed;
        }

        return _itemLabels[line - 1];
    }

    /// <summary>Lines <paramref name="start"/>..<paramref name="end"/> as they stand in the source, joined by \n.</summary>
    public string Slice(int start, int end) =>
        Text.Substring(LineStart(start), LineStart(end) + LineLength(end) - LineStart(start));
}
