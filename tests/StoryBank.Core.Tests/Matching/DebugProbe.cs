using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching;
using StoryBank.Core.Matching.Evaluation;
using Xunit.Abstractions;

namespace StoryBank.Core.Tests.Matching;

public sealed class DebugProbe(ITestOutputHelper output)
{
    [SeedFact]
    public void Probe()
    {
        var wanted = Environment.GetEnvironmentVariable("PROBE_LINES")!.Split(',').Select(int.Parse).ToHashSet();
        foreach (var path in Directory.GetFiles(SeedFactAttribute.SeedsFolder!, Environment.GetEnvironmentVariable("PROBE_SEED") + "*.txt"))
        {
            var doc = BankImporter.Import(File.ReadAllBytes(path), path).File!.Document;
            foreach (var m in doc.Mappings.Where(m => wanted.Contains(m.Line)))
            {
                var (stories, mappings) = MatchEvaluation.Hide(doc, m);
                var matcher = new StoryMatcher(stories, mappings, InterviewCatalog.Default);
                var answer = matcher.Match(m.Text, null, 4);
                output.WriteLine($"== {m.Text} [{answer.Reading.Kind}] competencies: {string.Join(",", answer.Reading.Competencies.Select(c => $"{c.Id}:{c.Weight} {c.Why}"))}");
                foreach (var s in answer.Stories)
                {
                    output.WriteLine($"   {s.Score:0.000} {(m.StoryIds.Contains(s.Story.Id) ? "*" : " ")} {s.Story.Title}: {string.Join(" / ", s.Reasons)}");
                }
                var want = stories.First(s => m.StoryIds.Contains(s.Id));
                var profile = matcher.Profiles[stories.ToList().IndexOf(want)];
                output.WriteLine($"   wanted {want.Title} profile: {string.Join(", ", profile.Competencies.Take(8).Select(c => $"{c.CompetencyId}:{c.Weight}"))}");
            }
        }
    }
}
