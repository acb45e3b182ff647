using System.Text.RegularExpressions;

namespace StoryBank.Core.Coach.Rules;

/// <summary>SB4002: emotional rather than factual wording.</summary>
internal sealed partial class EmotionalWording : PatternRule
{
    /// <summary>Every match of <see cref="Emotional"/> holds one of these words (see <see cref="PatternRule.Triggers"/>).</summary>
    private static readonly string[] TriggerWords =
        ["furious", "angry", "livid", "frustrated", "annoyed", "irritated", "upset", "pissed", "mad", "devastated",
         "panicked", "panicking", "terrified", "scared", "heartbroken", "outraged", "disgusted", "fed", "sick",
         "miserable", "desperate", "hated", "hate", "despised", "stand", "frustrating", "infuriating", "maddening",
         "annoying", "awful", "terrible", "horrible", "insane", "ridiculous", "nightmare", "stupid", "idiotic",
         "dumb", "moronic", "absurd", "pathetic", "atrocious", "shitty", "crappy", "garbage", "disaster", "mess",
         "joke", "shitshow", "trainwreck", "train", "clusterfuck", "sucked", "sucks", "damn", "drove", "hell"];

    public override RuleDescriptor Descriptor { get; } = new(
        "SB4002", "emotional-wording", RuleCategory.Tone, Severity.Warning,
        "Emotional rather than factual wording",
        "\"{0}\" is emotional; describe the facts and their impact instead",
        "Replace feelings with facts and their impact (\"the page took 9 s; users abandoned carts\").");

    protected internal override Regex Pattern => Emotional();

    protected internal override IReadOnlyList<string> Triggers => TriggerWords;

    [GeneratedRegex(@"\b(?:(?:I|we) (?:was|were|felt|got|became|grew) (?:so |really |very |extremely |totally |completely |absolutely |pretty )?(?:furious|angry|livid|frustrated|annoyed|irritated|upset|pissed(?: off)?|mad|devastated|panicked|panicking|terrified|scared|heartbroken|outraged|disgusted|fed up|sick of (?:it|this|them)|miserable|desperate)|I (?:hated|hate|despised|couldn't stand|could not stand|was sick of)|(?:it|this|that) was (?:so |really |very |extremely |incredibly )?(?:frustrating|infuriating|maddening|annoying|awful|terrible|horrible|insane|ridiculous|a nightmare)|(?:stupid|idiotic|dumb|moronic|ridiculous|insane|absurd|pathetic|atrocious|horrible|terrible|awful|shitty|crappy|garbage)(?: \w+)?|(?:a|an) (?:total |complete |absolute |utter )?(?:nightmare|disaster(?! recovery)|mess|joke|shitshow|trainwreck|train wreck|clusterfuck)|nightmare|sucked|sucks|damn|drove me (?:crazy|nuts|insane|mad|up the wall)|(?:pure|absolute|living|total) hell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Emotional();
}
