namespace StoryBank.Core.Import;

/// <summary>
/// Records which place each source line landed in, so an import can prove that no non-blank line was dropped
/// and none was used twice.
/// </summary>
/// <remarks>Not thread-safe; one ledger per file being read.</remarks>
public sealed class LineLedger
{
    private readonly bool[] _blank;
    private readonly int[] _claims;

    /// <summary>Creates a ledger over the given source lines (index 0 is line 1).</summary>
    public LineLedger(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _blank = [.. lines.Select(string.IsNullOrWhiteSpace)];
        _claims = new int[_blank.Length];
    }

    /// <summary>Creates a ledger over the lines of <paramref name="text"/> (split at <c>\n</c>) without copying them.</summary>
    public LineLedger(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blank = new List<bool>();
        foreach (var line in text.AsSpan().Split('\n'))
        {
            blank.Add(text.AsSpan(line).IsWhiteSpace());
        }

        _blank = [.. blank];
        _claims = new int[_blank.Length];
    }

    /// <summary>Number of lines in the source.</summary>
    public int LineCount => _blank.Length;

    /// <summary>Claims the 1-based inclusive line range for one destination. Out-of-range lines are ignored.</summary>
    public void Claim(int startLine, int endLine)
    {
        for (var line = Math.Max(1, startLine); line <= Math.Min(endLine, _blank.Length); line++)
        {
            _claims[line - 1]++;
        }
    }

    /// <summary>True when the 1-based line has been claimed.</summary>
    public bool IsClaimed(int line) => line >= 1 && line <= _blank.Length && _claims[line - 1] > 0;

    /// <summary>The accounting of non-blank lines.</summary>
    public LineAccounting ToAccounting()
    {
        var nonBlank = 0;
        var accounted = 0;
        var unaccounted = new List<int>();
        var doubly = new List<int>();
        for (var i = 0; i < _blank.Length; i++)
        {
            if (_blank[i])
            {
                continue;
            }

            nonBlank++;
            switch (_claims[i])
            {
                case 0:
                    unaccounted.Add(i + 1);
                    break;
                case 1:
                    accounted++;
                    break;
                default:
                    accounted++;
                    doubly.Add(i + 1);
                    break;
            }
        }

        return new LineAccounting(nonBlank, accounted, unaccounted, doubly);
    }
}
