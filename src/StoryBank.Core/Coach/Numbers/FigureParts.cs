namespace StoryBank.Core.Coach.Numbers;

/// <summary>
/// The parts of one figure as <see cref="QuantityParser"/>'s pattern matched it — currency, number, suffix, range,
/// '+', unit — read back from the matched text by offsets, so reading a figure allocates nothing. The pattern has
/// already decided where the figure starts and ends; every part after the first number is optional and greedy, so
/// reading left to right takes the same parts the pattern did.
/// </summary>
internal readonly ref struct FigureParts
{
    /// <summary>A currency sign before either number ("$800", "5-$10").</summary>
    public bool Currency { get; private init; }

    /// <summary>The first number as written ("100,000", "2.5").</summary>
    public ReadOnlySpan<char> First { get; private init; }

    /// <summary>The first number's suffix: "k", "M", "B" or " million"; empty when there is none.</summary>
    public ReadOnlySpan<char> FirstSuffix { get; private init; }

    /// <summary>True when a range follows ("5-10").</summary>
    public bool HasSecond { get; private init; }

    /// <summary>The range's second number; empty without a range.</summary>
    public ReadOnlySpan<char> Second { get; private init; }

    /// <summary>The second number's suffix.</summary>
    public ReadOnlySpan<char> SecondSuffix { get; private init; }

    /// <summary>A trailing '+' ("100K+").</summary>
    public bool Plus { get; private init; }

    /// <summary>The unit as written ("ms", "%", "fold"); empty when there is none.</summary>
    public ReadOnlySpan<char> Unit { get; private init; }

    /// <summary>Reads the parts of <paramref name="figure"/>, the exact text the figure pattern matched.</summary>
    public static FigureParts Read(ReadOnlySpan<char> figure)
    {
        var at = 0;
        var currency = figure[at] is '$' or '€' or '£';
        at += currency ? 1 : 0;
        var (firstStart, firstLength) = (at, NumberLength(figure, at));
        at += firstLength;
        var (firstSuffixStart, firstSuffixLength) = (at, SuffixLength(figure, at));
        at += firstSuffixLength;

        var (hasSecond, secondStart, secondLength, secondSuffixStart, secondSuffixLength) = (false, at, 0, at, 0);
        var range = at;
        range += range < figure.Length && char.IsWhiteSpace(figure[range]) ? 1 : 0;
        if (range < figure.Length && figure[range] is '-' or '–')
        {
            range++;
            range += range < figure.Length && char.IsWhiteSpace(figure[range]) ? 1 : 0;
            var secondCurrency = range < figure.Length && figure[range] is '$' or '€' or '£';
            range += secondCurrency ? 1 : 0;
            if (range < figure.Length && char.IsDigit(figure[range]))
            {
                hasSecond = true;
                currency |= secondCurrency;
                (secondStart, secondLength) = (range, NumberLength(figure, range));
                range += secondLength;
                (secondSuffixStart, secondSuffixLength) = (range, LetterSuffixLength(figure, range));
                at = range + secondSuffixLength;
            }
        }

        var plus = at < figure.Length && figure[at] == '+';
        at += plus ? 1 : 0;
        at += at < figure.Length && char.IsWhiteSpace(figure[at]) ? 1 : 0;
        return new FigureParts
        {
            Currency = currency,
            First = figure.Slice(firstStart, firstLength),
            FirstSuffix = figure.Slice(firstSuffixStart, firstSuffixLength),
            HasSecond = hasSecond,
            Second = figure.Slice(secondStart, secondLength),
            SecondSuffix = figure.Slice(secondSuffixStart, secondSuffixLength),
            Plus = plus,
            Unit = figure[at..],
        };
    }

    /// <summary>"1,234,567.8" (groups of exactly three digits after a lead of one to three) or "1234.5".</summary>
    private static int NumberLength(ReadOnlySpan<char> text, int start)
    {
        var lead = Digits(text, start);
        var at = start + lead;
        if (lead <= 3)
        {
            var grouped = at;
            while (grouped + 3 < text.Length && text[grouped] == ',' && Digits(text, grouped + 1) >= 3)
            {
                grouped += 4;
            }

            at = grouped;
        }

        if (at + 1 < text.Length && text[at] == '.' && char.IsDigit(text[at + 1]))
        {
            at += 1 + Digits(text, at + 1);
        }

        return at - start;
    }

    private static int Digits(ReadOnlySpan<char> text, int start)
    {
        var at = start;
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return at - start;
    }

    /// <summary>"k", "M", "B" not followed by a letter, or " thousand", " million", " billion".</summary>
    private static int SuffixLength(ReadOnlySpan<char> text, int start)
    {
        var letter = LetterSuffixLength(text, start);
        if (letter > 0 || start >= text.Length || !char.IsWhiteSpace(text[start]))
        {
            return letter;
        }

        foreach (var word in (ReadOnlySpan<string>)["thousand", "million", "billion"])
        {
            var end = start + 1 + word.Length;
            if (text[(start + 1)..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && (end == text.Length || !IsWordChar(text[end])))
            {
                return 1 + word.Length;
            }
        }

        return 0;
    }

    private static int LetterSuffixLength(ReadOnlySpan<char> text, int start) =>
        start < text.Length && text[start] is 'k' or 'K' or 'm' or 'M' or 'b' or 'B'
        && (start + 1 == text.Length || !char.IsAsciiLetter(text[start + 1])) ? 1 : 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
