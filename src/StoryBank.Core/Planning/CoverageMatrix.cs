using StoryBank.Core.Catalog;
using StoryBank.Core.Matching;
using StoryBank.Core.Model;

namespace StoryBank.Core.Planning;

/// <summary>How strongly one story covers one company value, and why.</summary>
/// <param name="Strength">0 when the story says nothing of the value; larger is stronger.</param>
/// <param name="Reasons">Plain reasons: the value's competencies the story shows and where, and where it names the value.</param>
public sealed record Coverage(double Strength, IReadOnlyList<string> Reasons)
{
    /// <summary>No coverage.</summary>
    public static Coverage None { get; } = new(0, []);
}

/// <summary>
/// Values × stories: how strongly each story covers each value of a pack. A value draws on competencies; a story covers it
/// by the mean weight of those competencies in its profile, plus the weight of the places where it names the value outright
/// ("Dive Deep" in its best-for questions, "Earn Trust" in its title).
/// </summary>
public sealed class CoverageMatrix
{
    private readonly Coverage[,] _cells;

    private CoverageMatrix(ValuePack pack, IReadOnlyList<Story> stories, Coverage[,] cells)
    {
        Pack = pack;
        Stories = stories;
        _cells = cells;
    }

    /// <summary>The pack whose values are the rows.</summary>
    public ValuePack Pack { get; }

    /// <summary>The stories that are the columns.</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>The coverage of value <paramref name="value"/> (row) by story <paramref name="story"/> (column).</summary>
    public Coverage this[int value, int story] => _cells[value, story];

    /// <summary>Builds the matrix of <paramref name="pack"/>'s values over <paramref name="profiles"/>' stories.</summary>
    public static CoverageMatrix Build(ValuePack pack, IReadOnlyList<Story> stories, IReadOnlyList<StoryProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(profiles);
        if (stories.Count != profiles.Count)
        {
            throw new ArgumentException("one profile per story is needed", nameof(profiles));
        }

        var cells = new Coverage[pack.Values.Count, stories.Count];
        for (var v = 0; v < pack.Values.Count; v++)
        {
            var value = pack.Values[v];
            var namedBy = new CompetencyFinder([new Competency(value.Id, value.Name, [value.Name.ToLowerInvariant()])]);
            for (var s = 0; s < stories.Count; s++)
            {
                cells[v, s] = Cover(value, stories[s], profiles[s], namedBy);
            }
        }

        return new CoverageMatrix(pack, stories, cells);
    }

    private static Coverage Cover(CompanyValue value, Story story, StoryProfile profile, CompetencyFinder namedBy)
    {
        var reasons = new List<string>();
        var strength = 0.0;
        foreach (var competency in value.Competencies)
        {
            if (profile.Competencies.FirstOrDefault(c => c.CompetencyId == competency) is { } tag)
            {
                strength += tag.Weight / value.Competencies.Count;
                var strongest = tag.Evidence[0];
                reasons.Add($"shows {competency} (\"{strongest.Phrase}\" in its {StoryProfiler.Describe(strongest.Source)})");
            }
        }

        foreach (var (source, texts) in StoryProfiler.PlacesOf(story))
        {
            if (texts.Any(t => namedBy.Find(t).Count > 0))
            {
                strength += StoryProfiler.WeightOf(source);
                reasons.Add($"names \"{value.Name}\" in its {StoryProfiler.Describe(source)}");
            }
        }

        return strength == 0 ? Coverage.None : new Coverage(strength, reasons);
    }
}
