using StoryBank.Core.Frameworks;
using StoryBank.Core.Model;

namespace StoryBank.Core.Catalog;

/// <summary>Reads the catalogue's YAML files: the competency taxonomy and probes, the question bank, value packs.</summary>
/// <remarks>Every problem is a <see cref="CatalogFormatException"/> naming the file and line.</remarks>
public static class CatalogReader
{
    /// <summary>The competencies and follow-up probes of a taxonomy file.</summary>
    public static (IReadOnlyList<Competency> Competencies, IReadOnlyList<FollowUpProbe> Probes) ReadTaxonomy(string text, string file)
    {
        var yaml = new YamlFields(file);
        var root = yaml.Root(text);
        var competencies = new List<Competency>();
        foreach (var (item, path) in yaml.Items(root, "competencies"))
        {
            competencies.Add(new Competency(yaml.Text(item, "id", path), yaml.Text(item, "name", path),
                [.. yaml.Texts(item, "synonyms", path).Select(s => s.ToLowerInvariant())]));
            Unique(yaml, item, competencies.Select(c => c.Id), path);
        }

        var probes = new List<FollowUpProbe>();
        foreach (var (item, path) in yaml.Items(root, "probes"))
        {
            probes.Add(new FollowUpProbe(yaml.Text(item, "id", path), yaml.Text(item, "question", path), yaml.Texts(item, "variants", path, required: false)));
            Unique(yaml, item, probes.Select(p => p.Id), path);
        }

        return (competencies, probes);
    }

    /// <summary>The questions of a question-bank file; every competency must be one of <paramref name="competencies"/>.</summary>
    public static IReadOnlyList<CatalogQuestion> ReadQuestions(string text, string file, IReadOnlySet<string> competencies)
    {
        var yaml = new YamlFields(file);
        var questions = new List<CatalogQuestion>();
        foreach (var (item, path) in yaml.Items(yaml.Root(text), "questions"))
        {
            var level = yaml.Text(item, "level", path) switch
            {
                "normal" => QuestionLevel.Normal,
                "grilling" => QuestionLevel.Grilling,
                var other => throw yaml.Error(item, "level", $"{path}.level is '{other}'; expected normal or grilling"),
            };
            var framework = FrameworkCatalog.Parse(yaml.Text(item, "framework", path)) is { } kind
                ? kind
                : throw yaml.Error(item, "framework", $"{path}.framework must be one of {string.Join(", ", Enum.GetNames<FrameworkKind>())}");
            questions.Add(new CatalogQuestion(yaml.Text(item, "id", path), yaml.Text(item, "text", path),
                yaml.CompetencyIds(item, "competencies", path, competencies), level, framework));
            Unique(yaml, item, questions.Select(q => q.Id), path);
        }

        return questions;
    }

    /// <summary>A company's value pack; every competency must be one of <paramref name="competencies"/>.</summary>
    public static ValuePack ReadValuePack(string text, string file, IReadOnlySet<string> competencies)
    {
        var yaml = new YamlFields(file);
        var root = yaml.Root(text);
        var company = yaml.Text(root, "company", "pack");
        var values = new List<CompanyValue>();
        foreach (var (item, path) in yaml.Items(root, "values"))
        {
            var kind = yaml.OptionalText(item, "kind", path) switch
            {
                null or "value" => ValueKind.Value,
                "pillar" => ValueKind.Pillar,
                "competency" => ValueKind.Competency,
                var other => throw yaml.Error(item, "kind", $"{path}.kind is '{other}'; expected value, pillar or competency"),
            };
            var questions = yaml.Texts(item, "questions", path);
            values.Add(new CompanyValue(yaml.Text(item, "id", path), yaml.Text(item, "name", path), kind, yaml.Text(item, "description", path),
                yaml.CompetencyIds(item, "competencies", path, competencies), questions));
            Unique(yaml, item, values.Select(v => v.Id), path);
        }

        IReadOnlyList<string> aliases = [.. yaml.Texts(root, "aliases", "pack", required: false).Select(a => a.ToLowerInvariant()).Prepend(company.ToLowerInvariant()).Distinct()];
        return new ValuePack(company, aliases, values, file);
    }

    private static void Unique(YamlFields yaml, YamlDotNet.RepresentationModel.YamlMappingNode item, IEnumerable<string> ids, string path)
    {
        var all = ids.ToList();
        if (all.IndexOf(all[^1]) != all.Count - 1)
        {
            throw yaml.Error(item, "id", $"{path}.id '{all[^1]}' is used twice");
        }
    }
}
