using StoryBank.Core.Export;

namespace StoryBank.Cli;

/// <summary>The export formats <c>storybank export --format</c> offers.</summary>
internal static class ExportFormats
{
    /// <summary>The names <c>--format</c> accepts.</summary>
    public static readonly string[] Names = ["md", "json"];

    /// <summary>Every format by name.</summary>
    public static IReadOnlyDictionary<string, Func<IDocumentExporter>> All { get; } =
        new Dictionary<string, Func<IDocumentExporter>>(StringComparer.Ordinal)
        {
            ["md"] = () => new CanonicalMarkdownExporter(),
            ["json"] = () => new JsonExporter(),
        };
}
