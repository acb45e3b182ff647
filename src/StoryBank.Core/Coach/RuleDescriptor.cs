using System.Globalization;
using System.Text;

namespace StoryBank.Core.Coach;

/// <summary>What a rule is: its stable identity, its default severity and how its findings read.</summary>
/// <remarks>Immutable. IDs are grouped by category (SB1xxx structure … SB6xxx numbers) and never reused.</remarks>
/// <param name="Id">The stable ID, e.g. <c>SB3001</c>.</param>
/// <param name="Alias">The kebab-case alias accepted wherever the ID is, e.g. <c>result-not-quantified</c>.</param>
/// <param name="Category">The rule's family.</param>
/// <param name="DefaultSeverity">The severity used when the configuration says nothing.</param>
/// <param name="Title">One line on what the rule catches.</param>
/// <param name="MessageFormat">The finding message, a composite format string over the rule's arguments.</param>
/// <param name="Advice">How to fix it, in one or two plain sentences (the rule's page says more).</param>
public sealed record RuleDescriptor(
    string Id,
    string Alias,
    RuleCategory Category,
    Severity DefaultSeverity,
    string Title,
    string MessageFormat,
    string Advice)
{
    private readonly CompositeFormat format = CompositeFormat.Parse(MessageFormat);

    /// <summary>The rule's documentation page, relative to the repository root.</summary>
    public string HelpPath { get; } = $"docs/rules/{Id}.md";

    /// <summary>The category as written in JSON and SARIF output: "structure", "voice", …</summary>
    public string CategoryName { get; } = Category.ToString().ToLowerInvariant();

    /// <summary>The message for one finding.</summary>
    public string Format(params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
