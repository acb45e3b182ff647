namespace StoryBank.Core.Import.Canonical;

/// <summary>Tracks whether a line-by-line walk through Markdown is inside fenced code (``` or ~~~, CommonMark rules).</summary>
internal struct CodeFence
{
    private char _marker;
    private int _length;

    /// <summary>True while inside fenced code.</summary>
    public readonly bool IsOpen => _length > 0;

    /// <summary>Advances past <paramref name="line"/>; call it for every line in order.</summary>
    public void Advance(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > 3)
        {
            return;
        }

        var rest = line.AsSpan(indent);
        if (rest.Length < 3 || rest[0] is not ('`' or '~'))
        {
            return;
        }

        var marker = rest[0];
        var run = rest.Length - rest.TrimStart(marker).Length;
        if (run < 3)
        {
            return;
        }

        if (IsOpen)
        {
            if (marker == _marker && run >= _length && rest[run..].IsWhiteSpace())
            {
                _length = 0;
            }
        }
        else if (marker == '~' || !rest[run..].Contains('`'))
        {
            _marker = marker;
            _length = run;
        }
    }
}
