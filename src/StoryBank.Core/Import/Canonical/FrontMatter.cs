using System.Globalization;
using StoryBank.Core.Export;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StoryBank.Core.Import.Canonical;

/// <summary>A canonical file's YAML front matter: typed access to its fields, with errors that name the file line.</summary>
internal sealed class FrontMatter
{
    private readonly YamlMappingNode _map;
    private readonly int _lineOffset;

    private FrontMatter(YamlMappingNode map, int lineOffset)
    {
        _map = map;
        _lineOffset = lineOffset;
    }

    /// <summary>The 0-based index of the closing fence line.</summary>
    public int ClosingLineIndex { get; private init; }

    /// <summary>
    /// Index of the closing fence when <paramref name="lines"/> open with front matter that holds a
    /// <c>storybank:</c> key; <see langword="null"/> otherwise. Does not parse the YAML.
    /// </summary>
    public static int? FindStoryBankFence(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0] != CanonicalFormat.FrontMatterFence)
        {
            return null;
        }

        var hasMarker = false;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i] == CanonicalFormat.FrontMatterFence)
            {
                return hasMarker ? i : null;
            }

            hasMarker |= lines[i].StartsWith(CanonicalFormat.MarkerKey + ":", StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary>Parses the front matter that <paramref name="lines"/> open with.</summary>
    /// <exception cref="FrontMatterException">The front matter is missing, unclosed or not a YAML mapping.</exception>
    public static FrontMatter Parse(IReadOnlyList<string> lines)
    {
        var closing = FindStoryBankFence(lines)
            ?? throw new FrontMatterException(1, "the file does not start with StoryBank front matter (\"---\", a \"storybank:\" line, \"---\")");
        var yaml = string.Join('\n', lines.Skip(1).Take(closing - 1));
        var (stream, line, problem) = YamlText.Load(yaml);
        if (stream is null)
        {
            // The YAML starts on file line 2; YamlDotNet's marks are 1-based.
            throw new FrontMatterException(line == 0 ? 2 : line + 1, $"the front matter is {problem}");
        }

        return stream.Documents is [{ RootNode: YamlMappingNode map }]
            ? new FrontMatter(map, 1) { ClosingLineIndex = closing }
            : throw new FrontMatterException(2, "the front matter is not a YAML mapping of keys to values");
    }

    /// <summary>The file line where this mapping starts.</summary>
    public int Line => LineOf(_map);

    /// <summary>The file line of a node.</summary>
    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => _map.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>A required, non-empty text value.</summary>
    public string RequiredText(string key)
    {
        var value = Text(key, null) ?? throw Error(_map, $"the front matter has no '{key}'");
        return value.Trim().Length > 0 ? value : throw Error(_map[key], $"'{key}' is empty");
    }

    /// <summary>A text value; <paramref name="missing"/> when the key is absent; <see langword="null"/> for YAML null.</summary>
    public string? Text(string key, string? missing) =>
        TryGet(key, out var node) ? ScalarText(node, key) : missing;

    /// <summary>An integer value, <paramref name="missing"/> when the key is absent.</summary>
    public int Int(string key, int missing) => TryGet(key, out var node) ? ScalarInt(node, key) : missing;

    /// <summary>An enum value given by name; <paramref name="missing"/> when the key is absent.</summary>
    public T? Enum<T>(string key, T? missing)
        where T : struct, System.Enum
    {
        if (!TryGet(key, out var node))
        {
            return missing;
        }

        var text = ScalarText(node, key);
        return System.Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? System.Enum.Parse<T>(name)
            : throw Error(node, $"'{key}' is '{text}', expected one of {string.Join(", ", System.Enum.GetNames<T>())}");
    }

    /// <summary>A required enum value given by name.</summary>
    public T RequiredEnum<T>(string key)
        where T : struct, System.Enum =>
        Enum<T>(key, null) ?? throw Error(_map, $"the front matter has no '{key}'");

    /// <summary>A list of texts; empty when the key is absent.</summary>
    public IReadOnlyList<string> Texts(string key) =>
        [.. Items(key).Select(node => ScalarText(node, key) ?? throw Error(node, $"'{key}' holds a null entry"))];

    /// <summary>A list of integers; empty when the key is absent.</summary>
    public IReadOnlyList<int> Ints(string key) => [.. Items(key).Select(node => ScalarInt(node, key))];

    /// <summary>A nested mapping, <see langword="null"/> when the key is absent.</summary>
    public FrontMatter? Map(string key) => TryGet(key, out var node)
        ? node is YamlMappingNode map ? new FrontMatter(map, _lineOffset) : throw Error(node, $"'{key}' must be a mapping")
        : null;

    /// <summary>A list of nested mappings; empty when the key is absent.</summary>
    public IReadOnlyList<FrontMatter> Maps(string key) =>
        [.. Items(key).Select(node => node is YamlMappingNode map ? new FrontMatter(map, _lineOffset) : throw Error(node, $"'{key}' entries must be mappings"))];

    private IEnumerable<YamlNode> Items(string key) => TryGet(key, out var node)
        ? node is YamlSequenceNode sequence ? sequence.Children : throw Error(node, $"'{key}' must be a list")
        : [];

    private bool TryGet(string key, out YamlNode node) => _map.Children.TryGetValue(new YamlScalarNode(key), out node!);

    private string? ScalarText(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Error(node, $"'{key}' must be text");
        }

        var isNull = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
        return isNull ? null : scalar.Value ?? string.Empty;
    }

    private int ScalarInt(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(node, $"'{key}' must be a whole number");

    private FrontMatterException Error(YamlNode node, string message) => new(LineOf(node), message);
}

/// <summary>A canonical file's front matter is unusable; caught by the reader and turned into an <see cref="ImportError"/>.</summary>
internal sealed class FrontMatterException(int line, string message) : Exception(message)
{
    /// <summary>The 1-based file line of the problem.</summary>
    public int Line { get; } = line;
}
