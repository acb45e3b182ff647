namespace StoryBank.Core.Coach.Numbers;

/// <summary>What a quantity measures; values of one dimension compare after normalisation.</summary>
public enum Dimension
{
    /// <summary>A plain count ("25 servers", "100K users").</summary>
    Count,
    /// <summary>A percentage.</summary>
    Percent,
    /// <summary>Money, in the currency's unit.</summary>
    Money,
    /// <summary>Time, in seconds.</summary>
    Duration,
    /// <summary>Data size, in bytes (decimal units).</summary>
    DataSize,
    /// <summary>A factor ("83x", "10-fold").</summary>
    Multiplier,
}

/// <summary>
/// A figure read from prose: a value or a range, normalised to the dimension's base unit
/// (seconds, bytes, currency units), where it was written, and the noun it counts.
/// </summary>
/// <param name="Low">The value, or the low end of a range, in the base unit.</param>
/// <param name="High">The high end of a range; equal to <paramref name="Low"/> for a single value.</param>
/// <param name="Dimension">What is measured.</param>
/// <param name="Noun">For counts, the words after the number ("server instances"); else the unit as written.</param>
/// <param name="Start">Offset in the text it was read from.</param>
/// <param name="Length">Length of the figure as written.</param>
/// <param name="Decimals">Decimal places written (for a claimed percentage's rounding).</param>
/// <param name="AtLeast">Written with a trailing '+' ("100K+").</param>
public sealed record Quantity(double Low, double High, Dimension Dimension, string Noun, int Start, int Length, int Decimals, bool AtLeast)
{
    /// <summary>The offset just past the figure.</summary>
    public int End => Start + Length;

    /// <summary>True when the figure is a range ("5-10 seconds").</summary>
    public bool IsRange => High > Low;

    /// <summary>The value (the middle of a range).</summary>
    public double Value => (Low + High) / 2;
}
