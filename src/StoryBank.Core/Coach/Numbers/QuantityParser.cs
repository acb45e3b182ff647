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
        var quantities = new List<Quantity>();
        if (!MayHoldFigures(text))
        {
            return quantities;
        }

        foreach (Match match in Figure().Matches(text))
        {
            if (Read(text, match) is { } quantity)
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
                    var (_, scale) = Unit(match.Groups["unit"].Value.ToLowerInvariant());
                    var value = Array.IndexOf(NumberNames, match.Groups["number"].Value.ToLowerInvariant()) + 1.0;
                    quantities.Add(new Quantity(value * scale, value * scale, Dimension.Duration, match.Groups["unit"].Value.ToLowerInvariant(), match.Index, match.Length, 0, false));
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

    private static Quantity? Read(string text, Match match)
    {
        var groups = match.Groups;
        var first = groups[N1].ValueSpan;
        var low = Number(first, groups[S1].ValueSpan);
        var high = groups[N2].Success ? Number(groups[N2].ValueSpan, groups[S2].ValueSpan) : low;
        var currency = groups[C1].Success || groups[C2].Success;
        var unit = groups[UnitGroup].Success ? groups[UnitGroup].Value.ToLowerInvariant() : "";
        var point = first.IndexOf('.');
        var decimals = point < 0 ? 0 : first.Length - point - 1;
        var atLeast = groups[Plus].Success;
        var suffixed = groups[S1].Success || groups[S2].Success;
        if (groups[N2].Success && high < low)
        {
            return null; // "3-1" is a score or a date, not a range
        }

        var (dimension, scale) = currency ? (Dimension.Money, 1.0) : Unit(unit);
        var end = match.Index + match.Length;
        var noun = unit;
        if (dimension == Dimension.Count)
        {
            (noun, end) = CountNoun(text, end);
            if (IsLabel(text, match, low, suffixed, noun))
            {
                return null;
            }
        }

        if (Rate().Match(text, end) is { Success: true } rate && rate.Index == end)
        {
            noun = (noun + rate.Value).Trim();
            end += rate.Length;
        }

        var length = end - match.Index;
        while (length > 0 && char.IsWhiteSpace(text[match.Index + length - 1]))
        {
            length--;
        }

        return new Quantity(low * scale, high * scale, dimension, noun, match.Index, length, decimals, atLeast);
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

    private static readonly int N1 = Figure().GroupNumberFromName("n1");
    private static readonly int N2 = Figure().GroupNumberFromName("n2");
    private static readonly int S1 = Figure().GroupNumberFromName("s1");
    private static readonly int S2 = Figure().GroupNumberFromName("s2");
    private static readonly int C1 = Figure().GroupNumberFromName("c1");
    private static readonly int C2 = Figure().GroupNumberFromName("c2");
    private static readonly int Plus = Figure().GroupNumberFromName("plus");
    private static readonly int UnitGroup = Figure().GroupNumberFromName("unit");

    private static (Dimension, double) Unit(string unit) => unit switch
    {
        "%" or "percent" => (Dimension.Percent, 1),
        "x" or "×" or "times" or "-fold" or "fold" or " fold" => (Dimension.Multiplier, 1),
        "ms" or "millisecond" or "milliseconds" or "msec" => (Dimension.Duration, 0.001),
        "s" or "sec" or "secs" or "second" or "seconds" => (Dimension.Duration, 1),
        "min" or "mins" or "minute" or "minutes" => (Dimension.Duration, 60),
        "h" or "hr" or "hrs" or "hour" or "hours" => (Dimension.Duration, 3600),
        "day" or "days" => (Dimension.Duration, 86400),
        "week" or "weeks" => (Dimension.Duration, 7 * 86400),
        "month" or "months" => (Dimension.Duration, 30.44 * 86400),
        "year" or "years" => (Dimension.Duration, 365.25 * 86400),
        "kb" => (Dimension.DataSize, 1e3),
        "mb" => (Dimension.DataSize, 1e6),
        "gb" => (Dimension.DataSize, 1e9),
        "tb" => (Dimension.DataSize, 1e12),
        "pb" => (Dimension.DataSize, 1e15),
        _ => (Dimension.Count, 1),
    };

    /// <summary>Plain numbers that label rather than count: years, "v2", "Q3", "P95", "#4", times of day.</summary>
    private static bool IsLabel(string text, Match match, double value, bool suffixed, string noun)
    {
        var before = match.Index > 0 ? text[match.Index - 1] : ' ';
        if (before is '#' or ':' or '/' || char.IsLetter(before))
        {
            return true;
        }

        var after = match.Index + match.Length < text.Length ? text[match.Index + match.Length] : ' ';
        // "Python 3.12", "Postgres 16", "March 4": a bare number right after a capitalised word names a version or a date.
        if (!suffixed && noun.Length == 0 && !match.Groups["n1"].Value.Contains(',', StringComparison.Ordinal) && PreviousWordCapitalised(text, match.Index))
        {
            return true;
        }

        if (after is ':' && match.Index + match.Length + 1 < text.Length && char.IsAsciiDigit(text[match.Index + match.Length + 1]))
        {
            return true;
        }

        if (after == '/' && match.Index + match.Length + 1 < text.Length && char.IsAsciiDigit(text[match.Index + match.Length + 1]))
        {
            return true;
        }

        return !suffixed && value is >= 1900 and <= 2100 && value == Math.Floor(value)
            && !match.Groups["n1"].Value.Contains(',', StringComparison.Ordinal);
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

        return (nounStart < 0 ? "" : text[nounStart..end].ToLowerInvariant(), end);
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
