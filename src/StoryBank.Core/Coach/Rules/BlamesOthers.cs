using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB4001: blame of colleagues, teams, managers or vendors.</summary>
internal sealed partial class BlamesOthers : PatternRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        "SB4001", "blames-others", RuleCategory.Tone, Severity.Warning,
        "Blame of others",
        "\"{0}\" blames others; state what happened as a fact and focus on what you did about it",
        "Describe what happened neutrally and move on to what you did about it.");

    protected internal override Regex Pattern => Blame();

    protected internal override IReadOnlyList<string> Triggers => TriggerWords;

    /// <summary>Every match of <see cref="Blame"/> holds one of these words (see <see cref="PatternRule.Triggers"/>).</summary>
    private static readonly string[] TriggerWords =
        ["fault", "ball", "messed", "screwed", "incompetent", "lazy", "sloppy", "useless", "clueless", "careless",
         "negligent", "care", "bother", "bothered", "ignored", "broke", "listened", "listen", "caused", "bus",
         "botched", "overpromised", "mess", "documented", "trusted", "terrible", "shoddy", "bad", "thought",
         "usual", "me", "blamed"];

    private const string People = @"(?:he|she|they|product|ops|sales|design|legal|marketing|the dba|the designer|the other squad|my predecessor|the previous (?:tech )?lead|qa|management|leadership|the [\w-]+ (?:team|teams|group|department)|the (?:other|ops|qa|backend|frontend|platform|data|product|design|sales|infra|infrastructure|security|mobile|devops|sre|offshore|outsourced|previous|old|legacy|client|vendor's) (?:team|teams|developers?|engineers?|devs)|my (?:manager|boss|lead|colleagues?|teammates?|predecessor|coworkers?|co-workers?|director|pm)|the (?:vendor|contractors?|client|customer|pm|intern|junior|previous developer|previous engineer|other developer|other engineer|architect|dba|consultants?|agency)|(?:our|the) (?:manager|director|cto|ceo))";

    [GeneratedRegex(@"\b(?:(?:was|were|is) (?:entirely |all |completely |totally |clearly |really )?(?:his|her|their|the \w+ team's|qa's|management's) fault|(?:wasn't|was not|is not|isn't) my fault|" + People + @"\s+(?:had\s+|simply\s+|completely\s+|totally\s+|just\s+)?(?:dropped the ball|messed (?:it |things |everything )?up|screwed (?:it |things |everything )?up|(?:was|were) (?:completely |totally |just )?(?:incompetent|lazy|sloppy|useless|clueless|careless|negligent)|didn't care|did not care|didn't bother|did not bother|couldn't be bothered|ignored (?:my|our|the|all) (?:warnings?|advice|emails?|concerns|recommendations?)|broke everything|never listened|didn't listen|did not listen|caused (?:the|this|all)(?: \w+)? (?:outage|mess|problems?|issues?|incident|bugs?|delays?)|threw (?:me|us) under the bus|botched (?:it|the \w+)|had botched|overpromised|left (?:a|the|us a) mess|never documented anything|can't be trusted|cannot be trusted|(?:wrote|shipped|left) (?:careless|sloppy|terrible|shoddy|bad) (?:code|work)|ignored the (?:alerts|warnings|alarms)|never thought (?:anything|it) through|made every bad call|as usual, shipped)|\bthat was on (?:the \w+|them|him|her), not (?:on )?me|\b(?:\w+) team's work was sloppy|\b(?:had )?botched\b|(?:incompetent|clueless|lazy|useless|sloppy|careless|negligent) (?:team|teams|manager|managers|engineers?|developers?|colleagues?|contractors?|vendors?|people|devs|qa|management|leadership)|threw (?:me|us) under the bus|(?:I|we) blamed (?:him|her|them|the \w+(?: team)?|qa|management))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Blame();
}
