namespace StoryBank.Core.Import.Markdown;

/// <summary>The lines of a source with offset → line lookup; lines are 1-based.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly Dictionary<int, List<Unit>> _items = [];
    private readonly Dictionary<int, Label?> _boldLabels = [];
    private readonly Dictionary<int, Label?> _itemLabels = [];

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        Lines = [.. text.Split('\n')];
    }

    public string Text { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The text of the 1-based line.</summary>
    public string this[int line] => Lines[line - 1];

    /// <summary>The 1-based line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Math.Max(0, Text.Length - 1)));
        return (index >= 0 ? index : ~index - 1) + 1;
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
            count += Lines[line - 1].AsSpan().Count(c);
        }

        return count;
    }

    /// <summary>The bold label starting line <paramref name="line"/> (see <see cref="Labels.ParseBold"/>), parsed once.</summary>
    public Label? BoldLabel(int line)
    {
        if (!_boldLabels.TryGetValue(line, out var label))
        {
            _boldLabels[line] = label = Labels.ParseBold(this[line]);
        }

        return label;
    }

    /// <summary>The label starting the list item whose first line is <paramref name="line"/>, parsed once.</summary>
    public Label? ItemLabel(int line)
    {
        if (!_itemLabels.TryGetValue(line, out var label))
        {
            var text = this[line];
            _itemLabels[line] = label = Labels.ParseItem(text[StoryBuilder.ContentIndent(text)..]);
        }

        return label;
    }

    /// <summary>Lines <paramref name="start"/>..<paramref name="end"/> joined with \n.</summary>
    public string Slice(int start, int end) => string.Join('\n', Lines.Skip(start - 1).Take(end - start + 1));
}
