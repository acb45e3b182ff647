using System.Reflection;

namespace StoryBank.Core.Catalog;

/// <summary>
/// The interview catalogue: the competency taxonomy, the follow-up probes, the question bank and the company value
/// packs. The built-in one is read once from the YAML files embedded in this assembly; user packs are added to a copy.
/// </summary>
/// <param name="Competencies">The competency taxonomy.</param>
/// <param name="Probes">The standard follow-up probes.</param>
/// <param name="Questions">The question bank.</param>
/// <param name="Packs">The company value packs.</param>
public sealed record InterviewCatalog(
    IReadOnlyList<Competency> Competencies,
    IReadOnlyList<FollowUpProbe> Probes,
    IReadOnlyList<CatalogQuestion> Questions,
    IReadOnlyList<ValuePack> Packs)
{
    private const string ResourcePrefix = "StoryBank.Catalog.";
    private static readonly Lazy<InterviewCatalog> BuiltIn = new(Load);

    /// <summary>The built-in catalogue.</summary>
    public static InterviewCatalog Default => BuiltIn.Value;

    /// <summary>The ids of <see cref="Competencies"/>.</summary>
    public IReadOnlySet<string> CompetencyIds { get; } = Competencies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The pack whose company name or alias is <paramref name="name"/> (case and surrounding spaces aside); null if none.</summary>
    public ValuePack? FindPack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        return Packs.FirstOrDefault(p => p.Company.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => a.Equals(wanted, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>This catalogue with <paramref name="pack"/> added, replacing a pack of the same company.</summary>
    public InterviewCatalog WithPack(ValuePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return this with { Packs = [.. Packs.Where(p => !p.Company.Equals(pack.Company, StringComparison.OrdinalIgnoreCase)), pack] };
    }

    private static InterviewCatalog Load()
    {
        var assembly = typeof(InterviewCatalog).Assembly;
        var (competencies, probes) = CatalogReader.ReadTaxonomy(Resource(assembly, "competencies.yaml"), "competencies.yaml");
        var ids = competencies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var questions = CatalogReader.ReadQuestions(Resource(assembly, "questions.yaml"), "questions.yaml", ids);
        var packs = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "values/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => CatalogReader.ReadValuePack(Resource(assembly, n[ResourcePrefix.Length..]), n[ResourcePrefix.Length..], ids))
            .ToList();
        return new InterviewCatalog(competencies, probes, questions, packs);
    }

    private static string Resource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the catalogue resource {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
