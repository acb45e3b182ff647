namespace StoryBank.Core.Import.Markdown;

/// <summary>Guesses the language of a text from its script (enough to tell English from Russian, Greek, CJK...).</summary>
internal static class LanguageDetector
{
    public static string Detect(string text)
    {
        int latin = 0, cyrillic = 0, greek = 0, cjk = 0, arabic = 0, hebrew = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'A' and <= 'z' when char.IsLetter(c):
                    latin++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    break;
                case >= '\u0370' and <= '\u03FF':
                    greek++;
                    break;
                case >= '\u3040' and <= '\u9FFF':
                    cjk++;
                    break;
                case >= '\u0600' and <= '\u06FF':
                    arabic++;
                    break;
                case >= '\u0590' and <= '\u05FF':
                    hebrew++;
                    break;
                default:
                    break;
            }
        }

        (int Count, string Code)[] scripts = [(latin, "en"), (cyrillic, "ru"), (greek, "el"), (cjk, "zh"), (arabic, "ar"), (hebrew, "he")];
        var best = scripts.MaxBy(s => s.Count);
        return best.Count == 0 ? "en" : best.Code;
    }
}
