using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Numbers;

/// <summary>
/// Reads the figures of a sentence with their units: durations ("2.5 seconds", "50-100ms"), data sizes
/// ("100,000 GB"), money ("$800/month", "$50k"), percentages, multipliers ("83x", "10-fold") and counts
/// with their noun ("100K+ concurrent users"). Years, versions and labels such as "P95" or "Q3" are not figures.
/// </summary>
public static partial class QuantityParser
{
    private static readonly string[] NumberNames = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly string[] NounStops =
    [
        "to", "from", "in", "on", "at", "per", "with", "and", "or", "but", "by", "for", "of", "the", "a", "an", "while",
        "which", "that", "was", "were", "is", "are", "than", "into", "across", "after", "before", "over", "under", "during",
        "without", "within", "just", "only", "down", "up", "when", "so", "as", "each", "every", "less", "more", "fewer",
    ];

    /// <summary>Words without which a text holds no figure: digits aside, spelled durations and multipliers need one of these.</summary>
    private static readonly SearchValues<string> FigureWords = SearchValues.Create(
        ["second", "minute", "hour", "day", "week", "month", "year", "doubl", "tripl", "quadrupl", "halv", "half"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Units a spelled-out number needs to be a duration.</summary>
    private static readonly SearchValues<string> DurationWords = SearchValues.Create(
        ["second", "minute", "hour", "day", "week", "month", "year"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when <paramref name="text"/> certainly holds no quantity, change or claim (a fast test that spares the parser most sentences).</summary>
    public static bool MayHoldFigures(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.AsSpan().IndexOfAny(FigureWords) >= 0;
    }

    /// <summary>Every figure in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Quantity> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldFigures(text))
        {
            return [];
        }

        var quantities = new List<Quantity>();
        foreach (var match in Figure().EnumerateMatches(text))
        {
            if (Read(text, match.Index, match.Length) is { } quantity)
            {
                quantities.Add(quantity);
            }
        }

        // Spelled-out durations ("two years", "three weeks"): only with a unit of time, where a number word can mean nothing else.
        var spelled = false;
        if (text.AsSpan().IndexOfAny(DurationWords) >= 0)
        {
            foreach (Match match in SpelledDuration().Matches(text))
            {
                if (!quantities.Any(q => q.Start < match.Index + match.Length && match.Index < q.End))
                {
                    var (name, _, scale) = Unit(match.Groups["unit"].ValueSpan);
                    var value = Array.IndexOf(NumberNames, match.Groups["number"].Value.ToLowerInvariant()) + 1.0;
                    quantities.Add(new Quantity(value * scale, value * scale, Dimension.Duration, name, match.Index, match.Length, 0, false));
                    spelled = true;
                }
            }
        }

        if (spelled)
        {
            quantities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return quantities;
    }

    /// <summary>True when <paramref name="text"/> states a figure: a parsed quantity or a number word ("three teams", "halved").</summary>
    public static bool HasFigure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text).Count > 0 || NumberWord().IsMatch(text);
    }

    private static Quantity? Read(string text, int index, int length)
    {
        var parts = FigureParts.Read(text.AsSpan(index, length));
        var first = parts.First;
        var low = Number(first, parts.FirstSuffix);
        var high = parts.HasSecond ? Number(parts.Second, parts.SecondSuffix) : low;
        var (unit, unitDimension, unitScale) = Unit(parts.Unit);
        var point = first.IndexOf('.');
        var decimals = point < 0 ? 0 : first.Length - point - 1;
        var suffixed = parts.FirstSuffix.Length > 0 || parts.SecondSuffix.Length > 0;
        if (parts.HasSecond && high < low)
        {
            return null; // "3-1" is a score or a date, not a range
        }

        var (dimension, scale) = parts.Currency ? (Dimension.Money, 1.0) : (unitDimension, unitScale);
        var end = index + length;
        var noun = unit;
        if (dimension == Dimension.Count)
        {
            (noun, end) = CountNoun(text, end);
            if (IsLabel(text, index, length, first.Contains(','), low, suffixed, noun))
            {
                return null;
            }
        }

        if (Rate().Match(text, end) is { Success: true } rate && rate.Index == end)
        {
            noun = (noun + rate.Value).Trim();
            end += rate.Length;
        }

        var written = end - index;
        while (written > 0 && char.IsWhiteSpace(text[index + written - 1]))
        {
            written--;
        }

        return new Quantity(low * scale, high * scale, dimension, noun, index, written, decimals, parts.Plus);
    }

    private static double Number(ReadOnlySpan<char> digits, ReadOnlySpan<char> suffix)
    {
        Span<char> plain = stackalloc char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                plain[length++] = c;
            }
        }

        var value = double.Parse(plain[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        suffix = suffix.Trim();
        return value * (suffix.Length == 0 ? 1
            : suffix.Equals("k", StringComparison.OrdinalIgnoreCase) || suffix.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1e3
            : suffix.Equals("m", StringComparison.OrdinalIgnoreCase) || suffix.Equals("million", StringComparison.OrdinalIgnoreCase) ? 1e6
            : suffix.Equals("b", StringComparison.OrdinalIgnoreCase) || suffix.Equals("billion", StringComparison.OrdinalIgnoreCase) ? 1e9
            : 1);
    }

    /// <summary>Every unit spelling the figure pattern reads, lower case, with its dimension and its scale to the base unit (read-only once built).</summary>
    private static readonly Dictionary<string, (Dimension Dimension, double Scale)> Units = new(StringComparer.Ordinal)
    {
        ["%"] = (Dimension.Percent, 1), ["percent"] = (Dimension.Percent, 1),
        ["x"] = (Dimension.Multiplier, 1), ["×"] = (Dimension.Multiplier, 1), ["times"] = (Dimension.Multiplier, 1),
        ["-fold"] = (Dimension.Multiplier, 1), ["fold"] = (Dimension.Multiplier, 1), [" fold"] = (Dimension.Multiplier, 1),
        ["ms"] = (Dimension.Duration, 0.001), ["millisecond"] = (Dimension.Duration, 0.001), ["milliseconds"] = (Dimension.Duration, 0.001), ["msec"] = (Dimension.Duration, 0.001),
        ["s"] = (Dimension.Duration, 1), ["sec"] = (Dimension.Duration, 1), ["secs"] = (Dimension.Duration, 1), ["second"] = (Dimension.Duration, 1), ["seconds"] = (Dimension.Duration, 1),
        ["min"] = (Dimension.Duration, 60), ["mins"] = (Dimension.Duration, 60), ["minute"] = (Dimension.Duration, 60), ["minutes"] = (Dimension.Duration, 60),
        ["h"] = (Dimension.Duration, 3600), ["hr"] = (Dimension.Duration, 3600), ["hrs"] = (Dimension.Duration, 3600), ["hour"] = (Dimension.Duration, 3600), ["hours"] = (Dimension.Duration, 3600),
        ["day"] = (Dimension.Duration, 86400), ["days"] = (Dimension.Duration, 86400),
        ["week"] = (Dimension.Duration, 7 * 86400), ["weeks"] = (Dimension.Duration, 7 * 86400),
        ["month"] = (Dimension.Duration, 30.44 * 86400), ["months"] = (Dimension.Duration, 30.44 * 86400),
        ["year"] = (Dimension.Duration, 365.25 * 86400), ["years"] = (Dimension.Duration, 365.25 * 86400),
        ["kb"] = (Dimension.DataSize, 1e3), ["mb"] = (Dimension.DataSize, 1e6), ["gb"] = (Dimension.DataSize, 1e9), ["tb"] = (Dimension.DataSize, 1e12), ["pb"] = (Dimension.DataSize, 1e15),
    };

    private static readonly Dictionary<string, (Dimension Dimension, double Scale)>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The unit as written, lower case (the known spellings without allocating), its dimension and scale; no unit is a count.</summary>
    private static (string Name, Dimension Dimension, double Scale) Unit(ReadOnlySpan<char> unit)
    {
        if (unit.Length == 0)
        {
            return ("", Dimension.Count, 1);
        }

        Span<char> lower = unit.Length <= 32 ? stackalloc char[unit.Length] : new char[unit.Length];
        unit.ToLowerInvariant(lower);
        return UnitsBySpan.TryGetValue(lower, out var name, out var known)
            ? (name, known.Dimension, known.Scale)
            : (new string(lower), Dimension.Count, 1);
    }

    /// <summary>Plain numbers that label rather than count: years, "v2", "Q3", "P95", "#4", times of day.</summary>
    private static bool IsLabel(string text, int index, int length, bool grouped, double value, bool suffixed, string noun)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        if (before is '#' or ':' or '/' || char.IsLetter(before))
        {
            return true;
        }

        var end = index + length;
        var after = end < text.Length ? text[end] : ' ';
        // "Python 3.12", "Postgres 16", "March 4": a bare number right after a capitalised word names a version or a date.
        if (!suffixed && noun.Length == 0 && !grouped && PreviousWordCapitalised(text, index))
        {
            return true;
        }

        if (after is ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        if (after == '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        return !suffixed && value is >= 1900 and <= 2100 && value == Math.Floor(value) && !grouped;
    }

    private static bool PreviousWordCapitalised(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && end < at && char.IsUpper(text[start]) && (start == 0 || text[start - 1] != '.');
    }

    /// <summary>The noun a count counts: up to three words after the number, stopping at prepositions and punctuation.</summary>
    private static (string Noun, int End) CountNoun(string text, int from)
    {
        var count = 0;
        var at = from;
        var end = from;
        var nounStart = -1;
        while (count < 3)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            var start = at;
            while (at < text.Length && (char.IsLetter(text[at]) || (text[at] == '-' && at > start)))
            {
                at++;
            }

            if (at == start)
            {
                break;
            }

            if (IsNounStop(text.AsSpan(start, at - start)))
            {
                break;
            }

            nounStart = nounStart < 0 ? start : nounStart;
            count++;
            end = at;
        }

        return (nounStart < 0 ? "" : string.Create(end - nounStart, (text, nounStart), static (noun, at) => at.text.AsSpan(at.nounStart, noun.Length).ToLowerInvariant(noun)), end);
    }

    private static bool IsNounStop(ReadOnlySpan<char> word)
    {
        foreach (var stop in NounStops)
        {
            if (word.Equals(stop, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("""
        (?<![\w.,$€£])
        (?<c1>[$€£])?(?<n1>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<s1>[kKMB](?![a-zA-Z])|\s(?:thousand|million|billion)\b)?
        (?:\s?[-–]\s?(?<c2>[$€£])?(?<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<s2>[kKMB](?![a-zA-Z]))?)?
        (?<plus>\+)?
        (?:\s?(?<unit>%|percent\b|[x×](?![a-zA-Z])|times\b|-?\s?fold\b|ms\b|msec\b|milliseconds?\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|hrs?\b|h\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|[KMGTP]B\b))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?<number>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledDuration();

    /// <summary>"/month", " per day", " a year" after a figure: a rate, part of the figure ("$800/month").</summary>
    [GeneratedRegex(@"\G(?:/|\s?per\s|\s(?:a|an)\s)(?:month|mo|year|yr|day|week|hour|hr|minute|min|second|sec|s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(?:(?:a|one|two) (?:fifth|third|quarter|tenth)s?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|twice|thrice|double|doubled|tripled|quadrupled|halved|zero)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
