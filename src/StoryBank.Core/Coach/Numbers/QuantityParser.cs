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
        var low = Number(match.Groups["n1"].Value, match.Groups["s1"].Value);
        var high = match.Groups["n2"].Success ? Number(match.Groups["n2"].Value, match.Groups["s2"].Value) : low;
        var currency = match.Groups["c1"].Success || match.Groups["c2"].Success;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var decimals = match.Groups["n1"].Value.Split('.') is [_, var fraction] ? fraction.Length : 0;
        var atLeast = match.Groups["plus"].Success;
        var suffixed = match.Groups["s1"].Success || match.Groups["s2"].Success;
        if (match.Groups["n2"].Success && high < low)
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

    private static double Number(string digits, string suffix)
    {
        var value = double.Parse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        return value * (suffix.Trim().ToUpperInvariant() switch
        {
            "K" or "THOUSAND" => 1e3,
            "M" or "MILLION" => 1e6,
            "B" or "BILLION" => 1e9,
            _ => 1,
        });
    }

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
        var words = new List<string>();
        var at = from;
        var end = from;
        while (words.Count < 3)
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

            var word = text[start..at].ToLowerInvariant();
            if (NounStops.Contains(word))
            {
                break;
            }

            words.Add(word);
            end = at;
        }

        return (string.Join(' ', words), end);
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
