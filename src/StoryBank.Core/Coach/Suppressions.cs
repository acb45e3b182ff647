using System.Text.RegularExpressions;
using StoryBank.Core.Coach.Text;

namespace StoryBank.Core.Coach;

/// <summary>The <c>&lt;!-- storybank-disable-next-line SB2001 --&gt;</c> comments of a Markdown file.</summary>
internal sealed partial class Suppressions
{
    private readonly Dictionary<int, HashSet<string>?> _byLine = [];

    private Suppressions()
    {
    }

    public static Suppressions None { get; } = new();

    /// <summary>Reads the suppression comments of <paramref name="source"/>; rule names are resolved by <paramref name="resolve"/>.</summary>
    /// <exception cref="CoachConfigurationException">A comment names a rule that does not exist.</exception>
    public static Suppressions Read(SourceLines source, string file, Func<string, RuleDescriptor?> resolve)
    {
        var suppressions = new Suppressions();
        for (var line = 1; line <= source.Count; line++)
        {
            if (!source.Line(line).Contains(Marker, StringComparison.Ordinal) || Comment().Match(source[line]) is not { Success: true } match)
            {
                continue;
            }

            HashSet<string>? rules = null;
            foreach (var name in match.Groups["rules"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var rule = resolve(name) ?? throw new CoachConfigurationException(file, line, $"unknown rule '{name}' in storybank-disable-next-line");
                (rules ??= new HashSet<string>(StringComparer.Ordinal)).Add(rule.Id);
            }

            suppressions._byLine[line + 1] = rules;
        }

        return suppressions;
    }

    /// <summary>True when a comment silences <paramref name="rule"/> on <paramref name="line"/>.</summary>
    public bool Silences(string rule, int line) =>
        _byLine.TryGetValue(line, out var rules) && (rules is null || rules.Contains(rule));

    private const string Marker = "storybank-disable-next-line";

    [GeneratedRegex(@"<!--\s*storybank-disable-next-line(?<rules>[^>]*?)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
