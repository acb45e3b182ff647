using System.Text.Json;
using StoryBank.Core.Import;
using StoryBank.Core.Model;

namespace StoryBank.Storage.Tests;

/// <summary>Small documents and stories built in code, so storage is tested without the importer.</summary>
internal static class Samples
{
    public static Story Story(string id, string title, string file = "bank.md", string result = "Cut the build time in half.") => new(
        id,
        title,
        Company: "Northwind",
        Project: null,
        FrameworkKind.STAR,
        [
            new Section(SectionKind.Situation, "Situation", "The nightly build took four hours.", 3),
            new Section(SectionKind.Task, "Task", "Make it fit in a lunch break.", 4),
            new Section(SectionKind.Action, "Action", "- Cached the dependency restore\n- Split the test suite", 5),
            new Section(SectionKind.Result, "Result", result, 7),
        ],
        ShortVersion: "I halved our build time by caching and splitting tests.",
        Competencies: ["Ownership"],
        BestFor: ["Tell me about a time you improved a process."],
        FollowUps: [new FollowUp("What would you do differently?", "Measure first.")],
        Metrics: [new Metric("Build time", "4h → 2h")],
        Learnings: ["Measure before optimizing."],
        Tags: ["Process"],
        Language: "en",
        HeadingPath: ["Stories"],
        new SourceRef(file, 1, 8));

    public static Document Document(string id, string file, params Story[] stories) => new(
        id,
        $"Bank {id}",
        new SourceRef(file, 1, 100),
        stories,
        [new DocumentBlock(BlockKind.Heading, "# My bank", [], new LineRange(1, 1))],
        [new Mapping(MappingKind.Theme, "Process", [.. stories.Select(s => s.Id).Take(1)], 90)]);

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
