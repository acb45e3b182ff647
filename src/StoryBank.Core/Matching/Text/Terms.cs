using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace StoryBank.Core.Matching.Text;

/// <summary>A word of a text: its term (the lower-cased, stemmed form words are matched by) and where it is.</summary>
/// <param name="Term">The stem: "debugging", "debugged" and "debug" all have the term "debug"; "dove" has "dive".</param>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="Length">Length of the word in the text.</param>
public readonly record struct Token(string Term, int Start, int Length);

/// <summary>
/// Turns text into terms for matching: words are runs of letters and digits (with inner apostrophes: "didn't"), lower-cased,
/// irregular forms mapped to their base ("led" → "lead", "dove" → "dive", "fought" → "fight"), stemmed with the Snowball
/// English stemmer (Porter 2), and the stems of one word family it leaves apart joined ("failure" and "failed" → "fail"). Words of other scripts pass through lower-cased.
/// </summary>
/// <remarks>Thread-safe; stems are cached.</remarks>
public static class Terms
{
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    // Irregular past forms people use in stories and questions; the stemmer would leave them alone.
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["dove"] = "dive", ["dived"] = "dive", ["took"] = "take", ["taken"] = "take", ["fought"] = "fight",
        ["ran"] = "run", ["built"] = "build", ["thought"] = "think", ["taught"] = "teach", ["brought"] = "bring",
        ["made"] = "make", ["won"] = "win", ["lost"] = "lose", ["sold"] = "sell", ["wrote"] = "write", ["written"] = "write",
        ["drove"] = "drive", ["driven"] = "drive", ["spoke"] = "speak", ["spoken"] = "speak", ["gave"] = "give",
        ["given"] = "give", ["went"] = "go", ["gone"] = "go", ["found"] = "find", ["held"] = "hold", ["kept"] = "keep",
        ["met"] = "meet", ["paid"] = "pay", ["sent"] = "send", ["spent"] = "spend", ["stood"] = "stand",
        ["understood"] = "understand", ["chose"] = "choose", ["chosen"] = "choose", ["broke"] = "break",
        ["broken"] = "break", ["began"] = "begin", ["begun"] = "begin", ["grew"] = "grow", ["grown"] = "grow",
        ["knew"] = "know", ["known"] = "know", ["saw"] = "see", ["seen"] = "see", ["told"] = "tell", ["felt"] = "feel",
        ["got"] = "get", ["gotten"] = "get", ["caught"] = "catch", ["fell"] = "fall", ["fallen"] = "fall",
        ["overcame"] = "overcome", ["undertook"] = "undertake", ["mistook"] = "mistake", ["mistaken"] = "mistake",
        ["sought"] = "seek", ["bought"] = "buy", ["shook"] = "shake", ["struck"] = "strike", ["rose"] = "rise",
        ["risen"] = "rise", ["wore"] = "wear", ["hid"] = "hide", ["hidden"] = "hide", ["forgot"] = "forget",
        ["forgotten"] = "forget", ["withdrew"] = "withdraw", ["foresaw"] = "foresee", ["drew"] = "draw", ["drawn"] = "draw",
        ["threw"] = "throw", ["thrown"] = "throw", ["flew"] = "fly", ["flown"] = "fly", ["bore"] = "bear",
        ["born"] = "bear", ["swore"] = "swear", ["slept"] = "sleep", ["dealt"] = "deal", ["meant"] = "mean",
        ["learnt"] = "learn", ["burnt"] = "burn", ["spelt"] = "spell", ["oversaw"] = "oversee", ["overseen"] = "oversee",
        ["rebuilt"] = "rebuild", ["rewrote"] = "rewrite", ["rewritten"] = "rewrite", ["understated"] = "understate",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Stems of nouns and verbs of one family that Porter 2 leaves apart ("failure" → "failur", "failed" → "fail"), so that a
    // question about failing finds a "Failure & Learning" heading. "Leadership" is deliberately not joined to "lead": "led"
    // opens half the actions in a bank, so the word would stop telling stories apart.
    private static readonly FrozenDictionary<string, string> Derived = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["failur"] = "fail", ["decis"] = "decid", ["deliveri"] = "deliv", ["disagr"] = "disagre", ["persuas"] = "persuad",
        ["growth"] = "grow", ["solut"] = "solv", ["resolut"] = "resolv", ["analysi"] = "analyz", ["analyt"] = "analyz",
        ["simplif"] = "simplifi", ["prioriti"] = "priorit", ["mentorship"] = "mentor", ["creation"] = "creat",
        ["success"] = "succeed", ["explan"] = "explain", ["conclus"] = "conclud", ["recoveri"] = "recov",
        ["discoveri"] = "discov", ["assumpt"] = "assum", ["curios"] = "curious", ["urgenc"] = "urgent",
        ["difficulti"] = "difficult", ["uncertainti"] = "uncertain", ["clariti"] = "clarifi", ["scalabl"] = "scale",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every word of <paramref name="text"/> with its term, in text order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="stem">
    /// False to keep each word as written, lower-cased: for phrase lists that spell out the word forms they accept, where a
    /// stemmer's conflations ("experience" and "experiment", "initially" and "initiative") would be false evidence.
    /// </param>
    public static List<Token> Tokenize(string text, bool stem = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        for (var at = 0; at < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[at]))
            {
                at++;
                continue;
            }

            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at])
                || (text[at] is '\'' or '’' && at + 1 < text.Length && char.IsLetter(text[at + 1]))))
            {
                at++;
            }

            var word = text.AsSpan(start, at - start);
            tokens.Add(new Token(stem ? TermOf(word) : Lower(word), start, at - start));
        }

        return tokens;
    }

    /// <summary>The term of one word, as <see cref="Tokenize"/> gives it.</summary>
    public static string TermOf(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        var lookup = StemCache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var cached))
        {
            return cached;
        }

        var key = lower.ToString();
        return StemCache.GetOrAdd(key, Stem);
    }

    private static string Lower(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant().Replace('’', '\'');

    private static string Stem(string lowerWord)
    {
        if (Irregular.TryGetValue(lowerWord, out var baseForm))
        {
            lowerWord = baseForm;
        }

        if (!lowerWord.Any(c => c is >= 'a' and <= 'z'))
        {
            return lowerWord; // numbers and other scripts
        }

        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lowerWord);
        stemmer.Stem();
        return Derived.GetValueOrDefault(stemmer.Current, stemmer.Current);
    }

    /// <summary>
    /// Whether <paramref name="term"/> carries no meaning for ranking: function words and the words every interview
    /// question is framed with ("tell", "describe", "example").
    /// </summary>
    public static bool IsStopTerm(string term) => StopTerms.Contains(term);

    private static readonly FrozenSet<string> StopTerms = new[]
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "onto", "about", "as", "than", "then", "so", "if", "when", "while", "where", "which", "who", "whom", "whose",
        "what", "why", "how", "that", "this", "these", "those", "there", "here", "it", "it's", "its", "is", "are", "was",
        "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "i", "i'm",
        "i've", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "you've", "you're", "your", "yours",
        "yourself", "he", "she", "him", "her", "his", "they", "them", "their", "can", "could", "would", "should",
        "will", "shall", "may", "might", "must", "not", "no", "yes", "any", "some", "all", "each", "every", "such",
        "own", "other", "just", "also", "veri", "too", "up", "down", "out", "over", "under", "again", "onli", "ever",
        "tell", "describ", "give", "exampl", "share", "walk", "talk", "explain", "time", "situat", "instanc", "one",
        "experi", "someth", "thing", "specif", "particular", "recent", "ever",
    }.Select(w => TermOf(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="run"/> (non-empty) occurs in <paramref name="terms"/> as consecutive terms.</summary>
    public static bool ContainsRun(IReadOnlyList<string> terms, IReadOnlyList<string> run)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(run);
        for (var i = 0; run.Count > 0 && i + run.Count <= terms.Count; i++)
        {
            var k = 0;
            while (k < run.Count && string.Equals(terms[i + k], run[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == run.Count)
            {
                return true;
            }
        }

        return false;
    }
}
