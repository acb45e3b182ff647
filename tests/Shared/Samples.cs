using System.Text.Json;
using StoryBank.Core.Import;
using StoryBank.Core.Model;

namespace StoryBank.Tests.Common;

/// <summary>Small documents and stories built in code (our own words), so storage and CLI are tested without the importer.</summary>
internal static class Samples
{
    public static Story Story(string id, string title, string file = "/banks/bank.md", string result = "Builds take two hours.") => new(
        id,
        title,
        Company: "Northwind",
        Project: "Checkout",
        FrameworkKind.STAR,
        [
            new Section(SectionKind.Situation, "Situation", "The nightly build took four hours.", 3),
            new Section(SectionKind.Task, "Task", "Make it fit in a lunch break.", 4),
            new Section(SectionKind.Action, "Actions", "- Cached the restore\n- Split the tests", 5),
            new Section(SectionKind.Result, "Result", result, 7),
        ],
        ShortVersion: "I halved our build time.",
        Competencies: ["Ownership"],
        BestFor: ["Tell me about a process you improved."],
        FollowUps: [new FollowUp("What would you do differently?", "Measure first.")],
        Metrics: [new Metric("Build time", "4h → 2h")],
        Learnings: ["Measure before optimizing."],
        Tags: ["Process"],
        Language: "en",
        HeadingPath: ["Stories"],
        new SourceRef(file, 3, 8));

    public static Document Document(string id, string file, params Story[] stories) => new(
        id,
        $"Bank {id}",
        new SourceRef(file, 1, 100),
        stories,
        [new DocumentBlock(BlockKind.Heading, "# My bank", [], new LineRange(1, 1))],
        [new Mapping(MappingKind.Theme, "Process", [.. stories.Select(s => s.Id).Take(1)], 90)]);

    /// <summary>Two documents, three stories; two ids share the prefix <c>abcd</c>.</summary>
    public static Document[] Bank() =>
    [
        Document("doc-a", "/banks/a.md", Story("abcd11110000", "Build time", "/banks/a.md"), Story("abcd22220000", "Outage night", "/banks/a.md")),
        Document("doc-b", "/banks/b.md", Story("ef0000000000", "Queue debate", "/banks/b.md")),
    ];

    public static ImportedFile File(Document document, FragmentKind fragment = FragmentKind.Whole) => new(
        document,
        fragment,
        SourceFormat.Json,
        "utf-8",
        MojibakeRepairs: 0,
        Warnings: [],
        new LineAccounting(0, 0, [], []));

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ModelJson.Compact);
}
