using StoryBank.Semantic;

namespace StoryBank.Semantic.Tests;

/// <summary>The real model: all-MiniLM-L6-v2, run locally.</summary>
public sealed class MiniLmEncoderTests : IDisposable
{
    private readonly MiniLmEncoder _encoder = new();

    public void Dispose() => _encoder.Dispose();

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void Vectors_have_unit_length_and_384_dimensions_and_do_not_depend_on_the_batch()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"Story number {i} about a migration").Append("I mentored a junior engineer").ToArray();
        var together = _encoder.Encode(texts);
        var alone = _encoder.Encode(["I mentored a junior engineer"])[0];

        Assert.Equal(texts.Length, together.Count);
        Assert.All(together, v => Assert.Equal(384, v.Length));
        Assert.All(together, v => Assert.Equal(1.0, Math.Sqrt(Dot(v, v)), 3));
        Assert.Equal(1.0, Dot(together[^1], alone), 3);
    }

    [Fact]
    public void A_paraphrase_is_closer_than_a_sentence_on_another_subject()
    {
        var v = _encoder.Encode([
            "Describe a time when you had to change course",
            "I threw away the clever design and rewrote it with a simpler approach",
            "I interviewed and hired five backend engineers",
        ]);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]), $"paraphrase {Dot(v[0], v[1]):0.00} vs other subject {Dot(v[0], v[2]):0.00}");
    }

    [Fact]
    public void A_query_on_another_subject_gets_no_closeness_while_a_question_does()
    {
        var stories = new[]
        {
            ("Cutting p99 latency on the payments API", "The API was slow at peak. I profiled it, batched the queries and added a cache; p99 fell from 900 ms to 180 ms."),
            ("Disagreeing with my manager about a launch", "My manager wanted to launch without load tests. I showed the error budget and we agreed to wait two days."),
            ("Hiring for the platform team", "I rewrote our interview loop, trained six interviewers and we hired five engineers in a quarter."),
        }.Select((s, i) => new Core.Model.Story($"s{i}", s.Item1, null, null, Core.Model.FrameworkKind.STAR,
            [new Core.Model.Section(Core.Model.SectionKind.Action, "Action", s.Item2, 3)], null, [], [], [], [], [], [], "en", [], new Core.Model.SourceRef("bank.md", 1, 5))).ToList();
        var index = new Core.Matching.Meaning.MeaningIndex(Core.Matching.Ranking.StoryFields.Of(stories, []), _encoder);

        Assert.All(index.Read("What is your favourite pizza topping?").Closeness, c => Assert.Equal(0, c));
        var question = index.Read("Tell me about a time you pushed back on your boss");
        Assert.Equal(1, question.Closeness[1]);
    }
}
