using StoryBank.Core.Coach.Numbers;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach.Text;

/// <summary>Which part of a story a passage is.</summary>
public enum PassageKind
{
    /// <summary>A section of the full version.</summary>
    Section,
    /// <summary>The 30-second version.</summary>
    ShortVersion,
    /// <summary>A prepared follow-up question.</summary>
    FollowUpQuestion,
    /// <summary>The prepared answer to a follow-up question.</summary>
    FollowUpAnswer,
    /// <summary>A "key metric" the candidate must know cold.</summary>
    Metric,
    /// <summary>A stated learning.</summary>
    Learning,
}

/// <summary>
/// One piece of a story's text as the rules read it: the Markdown as written, the same text with
/// non-prose blanked out (same offsets), its sentences, and where it sits in the source file.
/// </summary>
internal sealed class Passage
{
    private Sentence[]? _sentences;
    private SentenceFigures[]? _figures;
    private TriggerHit[]? _triggerHits;
    private (int Line, int Column)[]? _lineMap;
    private int? _wordCount;
    private (int Singular, int Plural)? _pronouns;

    public Passage(PassageKind kind, SectionKind section, string markdown, int hintLine, int lastLine)
    {
        LastLine = lastLine;
        Kind = kind;
        Section = section;
        Markdown = markdown;
        Prose = ProseMask.Mask(markdown);
        HintLine = hintLine;
    }

    public PassageKind Kind { get; }

    /// <summary>The section kind for <see cref="PassageKind.Section"/> passages, else <see cref="SectionKind.Other"/>.</summary>
    public SectionKind Section { get; }

    public string Markdown { get; }

    /// <summary><see cref="Markdown"/> with everything that is not spoken prose replaced by spaces.</summary>
    public string Prose { get; }

    /// <summary>The source line where this passage starts, or where to start looking for it; 0 when unknown.</summary>
    public int HintLine { get; }

    /// <summary>The last source line the passage can be on (the end of its story).</summary>
    public int LastLine { get; }

    public Sentence[] Sentences => _sentences ??= Sentence.Split(Prose);

    public int WordCount => _wordCount ??= Words.Count(Prose);

    /// <summary>How many times the prose says "I" (me, my…) and "we" (us, our…).</summary>
    public (int Singular, int Plural) Pronouns => _pronouns ??= Coach.Pronouns.Count(Prose);

    /// <summary>The figures of sentence <paramref name="index"/>, read once and shared by the rules that need them.</summary>
    public SentenceFigures FiguresOf(int index)
    {
        _figures ??= new SentenceFigures[Sentences.Length];
        return _figures[index] ??= SentenceFigures.Read(Sentences[index].Text);
    }

    /// <summary>The words of <see cref="Prose"/> that <paramref name="triggers"/> looks for, found once and shared by the rules that need them.</summary>
    /// <remarks>The hits of the first index asked for are kept: the rules share one index (see <c>PatternRule</c>).</remarks>
    public TriggerHit[] TriggerHits(WordTriggers triggers) => _triggerHits ??= triggers.Find(Prose);

    /// <summary>The 1-based source line and column of <paramref name="offset"/> into this passage.</summary>
    public (int Line, int Column) Locate(int offset, SourceLines? source)
    {
        _lineMap ??= MapLines(source);
        var line = Markdown.AsSpan(0, Math.Min(offset, Markdown.Length)).Count('\n');
        var lineStart = line == 0 ? 0 : Markdown.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var (sourceLine, column) = _lineMap[line];
        return sourceLine == 0 ? (HintLine, 1) : (sourceLine, column + offset - lineStart);
    }

    /// <summary>Finds each line of the passage in the source, in order, from the hint line on.</summary>
    private (int, int)[] MapLines(SourceLines? source)
    {
        var lines = Markdown.Split('\n');
        var map = new (int, int)[lines.Length];
        var cursor = Math.Max(1, HintLine);
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (source is null || trimmed.Length == 0)
            {
                continue;
            }

            var indent = lines[i].Length - trimmed.Length;
            var found = source.Find(trimmed.TrimEnd(), cursor, LastLine);
            if (found is var (line, column))
            {
                map[i] = (line, column - indent);
                cursor = line;
            }
        }

        return map;
    }
}
