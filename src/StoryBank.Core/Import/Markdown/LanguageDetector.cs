namespace StoryBank.Core.Import.Markdown;

/// <summary>Guesses the language of a text from its script (enough to tell English from Russian, Greek, CJK...).</summary>
internal static class LanguageDetector
{
    private static readonly string[] Codes = ["en", "ru", "el", "zh", "ar", "he"];

    public static string Detect(IEnumerable<string> texts)
    {
        Span<int> counts = stackalloc int[Codes.Length];
        foreach (var text in texts)
        {
            var rest = text.AsSpan();
            while (rest.Length > 0)
            {
                // ASCII runs are skipped in bulk and counted as Latin script; only other characters are looked at.
                var other = rest.IndexOfAnyExceptInRange('\0', '\x7F');
                if (other < 0)
                {
                    counts[0] += rest.Length;
                    break;
                }

                counts[0] += other;
                var script = ScriptOf(rest[other]);
                if (script >= 0)
                {
                    counts[script]++;
                }

                rest = rest[(other + 1)..];
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Codes[best];
    }

    private static int ScriptOf(char c) => c switch
    {
        >= '\u00C0' and <= '\u024F' => 0,
        >= '\u0400' and <= '\u04FF' => 1,
        >= '\u0370' and <= '\u03FF' => 2,
        >= '\u3040' and <= '\u9FFF' => 3,
        >= '\u0600' and <= '\u06FF' => 4,
        >= '\u0590' and <= '\u05FF' => 5,
        _ => -1,
    };
}
