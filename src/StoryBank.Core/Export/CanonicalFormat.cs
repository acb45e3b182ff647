namespace StoryBank.Core.Export;

/// <summary>
/// The fixed words of the canonical Markdown format, shared by <see cref="CanonicalMarkdownExporter"/> and the
/// canonical reader so the two cannot drift apart. The format is documented in <c>docs/formats.md</c>.
/// </summary>
internal static class CanonicalFormat
{
    /// <summary>The line that opens and closes the YAML front matter.</summary>
    public const string FrontMatterFence = "---";

    /// <summary>The front matter key that marks a StoryBank file; its value is <see cref="StoryFile"/> or <see cref="IndexFile"/>.</summary>
    public const string MarkerKey = "storybank";

    /// <summary>Marker value of a story file.</summary>
    public const string StoryFile = "story";

    /// <summary>Marker value of a document index file.</summary>
    public const string IndexFile = "document";

    /// <summary>File name of a document's index inside its folder.</summary>
    public const string IndexFileName = "index";

    /// <summary>Heading of the 30-second version.</summary>
    public const string ShortVersionHeading = "Short version";

    /// <summary>Heading of the follow-up questions.</summary>
    public const string FollowUpsHeading = "Follow-up questions";

    /// <summary>Heading of the questions the story is best for.</summary>
    public const string BestForHeading = "Best for questions";

    /// <summary>Heading of the key metrics.</summary>
    public const string MetricsHeading = "Key metrics";

    /// <summary>Heading of a section with an empty label that cannot be written as text under the title.</summary>
    public const string UntitledHeading = "(untitled)";

    /// <summary>Appended to a section heading whose label would otherwise read back as a reserved heading.</summary>
    public const string SectionSuffix = " <!-- section -->";

    /// <summary>Starts a part heading; only these headings, outside fenced code, split a story file.</summary>
    public const string PartHeadingPrefix = "## ";

    /// <summary>Starts the story title line.</summary>
    public const string TitlePrefix = "# ";

    /// <summary>Starts a follow-up question line; the line ends with <see cref="QuestionSuffix"/>.</summary>
    public const string QuestionPrefix = "**Q: ";

    /// <summary>Ends a follow-up question line.</summary>
    public const string QuestionSuffix = "**";

    /// <summary>Starts a list item (best-for question, metric).</summary>
    public const string ItemPrefix = "- ";

    /// <summary>Separates a metric's name from its value.</summary>
    public const string MetricSeparator = ": ";

    /// <summary>The marker after which an index file holds only the story link list, which readers ignore.</summary>
    public const string StoriesMarker = "<!-- stories -->";

    /// <summary>The marker line that precedes block <paramref name="index"/> (0-based) in an index file.</summary>
    public static string BlockMarker(int index) => $"<!-- block {index} -->";

    /// <summary>True when a part heading names a story part rather than a section.</summary>
    public static bool IsReservedHeading(string heading) =>
        heading.Equals(ShortVersionHeading, StringComparison.OrdinalIgnoreCase)
        || heading.Equals(FollowUpsHeading, StringComparison.OrdinalIgnoreCase)
        || heading.Equals(BestForHeading, StringComparison.OrdinalIgnoreCase)
        || heading.Equals(MetricsHeading, StringComparison.OrdinalIgnoreCase)
        || heading.Equals(UntitledHeading, StringComparison.OrdinalIgnoreCase);
}
