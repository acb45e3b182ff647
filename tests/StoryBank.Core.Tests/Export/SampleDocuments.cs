using StoryBank.Core.Model;

namespace StoryBank.Core.Tests.Export;

/// <summary>Hand-written fixture documents for the example-based export tests.</summary>
internal static class SampleDocuments
{
    public static Story Story(string id, string title, params Section[] sections) => new(
        id, title, "Northwind", null, FrameworkKind.STAR, sections, "We were losing orders.\n\nI fixed the queue.",
        ["Ownership"], ["Tell me about a crisis."], [new FollowUp("What would you change?", "Alert earlier.")],
        [new Metric("Orders lost", "1,200/day → 0"), new Metric(string.Empty, "3 weeks")], ["Measure first."], ["Crisis"],
        "en", ["Stories", "Crisis"], new SourceRef("/banks/bank.md", 10, 30));

    public static Section Section(string label, string text, int line = 0) =>
        new(StoryBank.Core.Frameworks.SectionLabels.Classify(label) ?? SectionKind.Other, label, text, line);

    public static Document Document(params Story[] stories) => new(
        "d0c0000000a1",
        "My story bank",
        new SourceRef("/banks/bank.md", 1, 120),
        stories,
        [
            new DocumentBlock(BlockKind.Heading, "# My story bank", [], new LineRange(1, 1)),
            new DocumentBlock(BlockKind.Table, "| Question | Story |\n|---|---|\n| Conflict | Queue |", ["My story bank"], new LineRange(3, 5)),
        ],
        [new Mapping(MappingKind.Theme, "Conflict", [.. stories.Take(1).Select(s => s.Id)], 5)]);

    public static Document StarDocument() => Document(
        Story("5t0a00000001", "Crisis Management: The $500K Queue Outage (Northwind)",
            Section("Situation", "Orders were piling up.", 12),
            Section("Task", "I owned the fix.", 14),
            Section("Action", "- Drained the queue\n- Added back-pressure", 16),
            Section("Result", "**Zero** lost orders since.", 19)));
}
