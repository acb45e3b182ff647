using YamlDotNet.RepresentationModel;

namespace StoryBank.Core.Catalog;

/// <summary>Reads the fields of one YAML catalogue file, turning every problem into a <see cref="CatalogFormatException"/> at its line.</summary>
internal sealed class YamlFields(string file)
{
    /// <summary>The root mapping of <paramref name="text"/>.</summary>
    public YamlMappingNode Root(string text)
    {
        var (stream, line, problem) = YamlText.Load(text);
        if (stream is null)
        {
            throw new CatalogFormatException(file, line, problem!);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new CatalogFormatException(file, 1, "expected one YAML mapping (key: value lines) at the top");
    }

    public CatalogFormatException Error(YamlNode node, string problem) => new(file, (int)node.Start.Line, problem);

    /// <summary>An error about the value of <paramref name="key"/>, at its line (or the mapping's, when the key is absent).</summary>
    public CatalogFormatException Error(YamlMappingNode map, string key, string problem) => Error(Find(map, key) ?? map, problem);

    public string Text(YamlMappingNode map, string key, string path) =>
        OptionalText(map, key, path) ?? throw Error(map, $"{path}: '{key}' is missing");

    public string? OptionalText(YamlMappingNode map, string key, string path) =>
        Find(map, key) switch
        {
            null => null,
            YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value) => value.Trim(),
            var other => throw Error(other, $"{path}.{key} must be a non-empty text"),
        };

    public IReadOnlyList<string> Texts(YamlMappingNode map, string key, string path, bool required = true)
    {
        switch (Find(map, key))
        {
            case null when required:
                throw Error(map, $"{path}: '{key}' is missing");
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select((item, i) => item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
                    ? value.Trim()
                    : throw Error(item, $"{path}.{key}[{i}] must be a non-empty text"))];
            case var other:
                throw Error(other, $"{path}.{key} must be a list, e.g. [a, b]");
        }
    }

    /// <summary>The mappings listed under <paramref name="key"/> of the root, with their paths ("values[3]").</summary>
    public IEnumerable<(YamlMappingNode Item, string Path)> Items(YamlMappingNode root, string key)
    {
        var node = Find(root, key);
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            throw node is null ? Error(root, $"'{key}' is missing") : Error(node, $"{key} must be a non-empty list");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            yield return sequence.Children[i] is YamlMappingNode item
                ? (item, $"{key}[{i}]")
                : throw Error(sequence.Children[i], $"{key}[{i}] must be a mapping (key: value lines)");
        }
    }

    /// <summary>The ids listed under <paramref name="key"/>, each checked to be a known competency.</summary>
    public IReadOnlyList<string> CompetencyIds(YamlMappingNode map, string key, string path, IReadOnlySet<string> known)
    {
        var ids = Texts(map, key, path);
        var node = (YamlSequenceNode)Find(map, key)!;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                throw Error(node.Children[i], $"{path}.{key}: unknown competency '{ids[i]}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            }
        }

        return ids;
    }

    private static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
