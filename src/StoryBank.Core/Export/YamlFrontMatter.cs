using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StoryBank.Core.Export;

/// <summary>Writes YAML front matter from YamlDotNet nodes, quoting every string that plain YAML would change.</summary>
internal static class YamlFrontMatter
{
    /// <summary>The front matter block for <paramref name="root"/>, fences included, ending with a newline.</summary>
    public static string Write(YamlMappingNode root)
    {
        using var writer = new StringWriter();
        writer.NewLine = "\n";
        // An unlimited width keeps every scalar on one line, so no value can produce a "---" line of its own.
        var emitter = new Emitter(writer, 2, int.MaxValue, false);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        var yaml = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n');
        return $"{CanonicalFormat.FrontMatterFence}\n{yaml}\n{CanonicalFormat.FrontMatterFence}\n";
    }

    /// <summary>A string scalar; <see langword="null"/> becomes plain <c>null</c>.</summary>
    public static YamlScalarNode String(string? value) => value is null
        ? new YamlScalarNode("null") { Style = ScalarStyle.Plain }
        : new YamlScalarNode(value) { Style = NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };

    /// <summary>An integer scalar.</summary>
    public static YamlScalarNode Int(int value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>A one-line sequence of strings.</summary>
    public static YamlSequenceNode Strings(IEnumerable<string> values) =>
        new(values.Select(v => (YamlNode)String(v))) { Style = SequenceStyle.Flow };

    /// <summary>A one-line sequence of integers.</summary>
    public static YamlSequenceNode Ints(IEnumerable<int> values) =>
        new(values.Select(v => (YamlNode)Int(v))) { Style = SequenceStyle.Flow };

    /// <summary>A mapping written on one line.</summary>
    public static YamlMappingNode FlowMap(params (string Key, YamlNode Value)[] entries)
    {
        var map = Map(entries);
        map.Style = MappingStyle.Flow;
        return map;
    }

    /// <summary>A mapping written one key per line.</summary>
    public static YamlMappingNode Map(params (string Key, YamlNode Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(new YamlScalarNode(key) { Style = ScalarStyle.Plain }, value);
        }

        return map;
    }

    // The emitter already quotes strings with YAML indicators. It does not quote words that YAML tools (Obsidian's
    // properties among them) read as null, booleans or numbers, and it may write control characters and surrounding
    // blanks in styles that are hard to read back exactly.
    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || value is "~"
        || NonStringWords.Contains(value)
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        || value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || value.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
        || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])
        || value.Any(char.IsControl);

    private static readonly HashSet<string> NonStringWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf",
    };

    private static void Emit(IEmitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value ?? string.Empty, scalar.Style, true, true));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, sequence.Style));
                foreach (var child in sequence.Children)
                {
                    Emit(emitter, child);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, mapping.Style));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }
}
