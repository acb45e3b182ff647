namespace StoryBank.Core.Import.Markdown;

/// <summary>The lines of a source with offset → line lookup; lines are 1-based.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

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

    /// <summary>Lines <paramref name="start"/>..<paramref name="end"/> joined with \n.</summary>
    public string Slice(int start, int end) => string.Join('\n', Lines.Skip(start - 1).Take(end - start + 1));
}
