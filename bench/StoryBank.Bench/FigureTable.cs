namespace StoryBank.Bench;

/// <summary>A titled, column-aligned table of figures printed to the console.</summary>
internal sealed class FigureTable(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public FigureTable Row(params object[] cells)
    {
        _rows.Add([.. cells.Select(cell => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)]);
        return this;
    }

    public void Print()
    {
        var widths = headers.Select((header, column) => _rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(Format(headers, widths));
        Console.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in _rows)
        {
            Console.WriteLine(Format(row, widths));
        }
    }

    /// <summary>The first column is a label (left-aligned); the figures after it are right-aligned.</summary>
    private static string Format(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd();
}
