using StoryBank.Core.Model;

namespace StoryBank.Storage.Search;

/// <summary>The text of a story that full-text search indexes: everything a candidate might look for it by.</summary>
internal static class SearchText
{
    public static string Of(Story story) => string.Join('\n',
        new[] { story.Title, story.Company, story.Project, story.ShortVersion }
            .Concat(story.Sections.SelectMany(s => new[] { s.Label, s.Text }))
            .Concat(story.FollowUps.SelectMany(f => new[] { f.Question, f.Answer }))
            .Concat(story.Competencies)
            .Concat(story.BestFor)
            .Concat(story.Tags)
            .Concat(story.Metrics.Select(m => $"{m.Name} {m.Value}"))
            .Where(text => !string.IsNullOrWhiteSpace(text)));
}
