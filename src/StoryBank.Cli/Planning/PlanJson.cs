using StoryBank.Cli.Rendering;
using StoryBank.Core.Planning;

namespace StoryBank.Cli.Planning;

/// <summary>
/// The shape of <c>storybank plan --json</c> (camelCase): <c>company</c>, <c>packSource</c>, <c>bankStories</c>,
/// <c>maxValuesPerStory</c>; <c>portfolio</c> (<c>exact</c>, <c>note</c>, <c>score</c>, <c>stories</c>: id, title,
/// source, values covered with strength and reasons); <c>values</c> (id, name, <c>goTo</c>, <c>backup</c>, <c>note</c>);
/// <c>gaps</c> (id, name, <c>best</c>, competencies, sampleQuestion, advice); <c>overuse</c> (id, title, source,
/// goToFor, strongestFor, message); <c>rounds</c> (number, values: id, name, <c>story</c>, note; empty without
/// <c>--rounds</c>); <c>coverage</c> (every non-zero cell: valueId, storyId, strength, reasons). A story pick is
/// id, title, source (<c>file:line</c>), inPortfolio, strength and reasons.
/// </summary>
internal static class PlanJson
{
    public static object Of(LoopPlan plan)
    {
        var coverage = plan.Coverage;
        return new
        {
            company = coverage.Pack.Company,
            packSource = coverage.Pack.Source,
            bankStories = coverage.Stories.Count,
            maxValuesPerStory = plan.MaxValuesPerStory,
            portfolio = new
            {
                exact = plan.Portfolio.Exact,
                note = plan.Portfolio.Note,
                score = Round(plan.Portfolio.Score),
                stories = plan.Portfolio.Stories.Select(p => new
                {
                    id = p.Story.Id,
                    title = p.Story.Title,
                    source = StoryViews.SourceOf(p.Story),
                    values = p.Values.Select(v => new { id = v.Value.Id, name = v.Value.Name, strength = Round(v.Coverage.Strength), reasons = v.Coverage.Reasons }),
                }),
            },
            values = plan.Values.Select(v => new { id = v.Value.Id, name = v.Value.Name, goTo = Pick(v.GoTo), backup = Pick(v.Backup), note = v.Note }),
            gaps = plan.Gaps.Select(g => new { id = g.Value.Id, name = g.Value.Name, best = Pick(g.Best), competencies = g.Competencies, sampleQuestion = g.SampleQuestion, advice = g.Advice }),
            overuse = plan.Overuse.Select(o => new
            {
                id = o.Story.Id,
                title = o.Story.Title,
                source = StoryViews.SourceOf(o.Story),
                goToFor = o.GoToFor.Select(v => v.Id),
                strongestFor = o.StrongestFor.Select(v => v.Id),
                message = o.Message,
            }),
            rounds = plan.Rounds.Select(r => new
            {
                number = r.Number,
                values = r.Slots.Select(s => new { id = s.Value.Id, name = s.Value.Name, story = Pick(s.Story), note = s.Note }),
            }),
            coverage = Cells(coverage),
        };
    }

    private static IEnumerable<object> Cells(CoverageMatrix coverage)
    {
        for (var v = 0; v < coverage.Pack.Values.Count; v++)
        {
            for (var s = 0; s < coverage.Stories.Count; s++)
            {
                if (coverage[v, s].Strength > 0)
                {
                    yield return new { valueId = coverage.Pack.Values[v].Id, storyId = coverage.Stories[s].Id, strength = Round(coverage[v, s].Strength), reasons = coverage[v, s].Reasons };
                }
            }
        }
    }

    private static object? Pick(StoryPick? pick) => pick is null ? null : new
    {
        id = pick.Story.Id,
        title = pick.Story.Title,
        source = StoryViews.SourceOf(pick.Story),
        inPortfolio = pick.InPortfolio,
        strength = Round(pick.Coverage.Strength),
        reasons = pick.Coverage.Reasons,
    };

    private static double Round(double value) => Math.Round(value, 4);
}
