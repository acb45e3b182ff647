using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Import;
using StoryBank.Core.Matching.Evaluation;
using StoryBank.Semantic;
using Xunit.Abstractions;

namespace StoryBank.Semantic.Tests;

/// <summary>
/// Matching on the held-out set (HeldOut/: a bank and 60 labeled questions written apart from the matcher), with and
/// without the evidence of meaning. Run with <c>--logger "console;verbosity=detailed"</c> to see the figures and misses.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Meaning_ranks_the_held_out_questions_better_than_words_alone()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "HeldOut");
        var bank = Path.Combine(folder, "bank.md");
        var outcome = BankImporter.Import(File.ReadAllBytes(bank), bank);
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        var document = outcome.File!.Document;
        Assert.Equal(18, document.Stories.Count);
        var questionFile = Path.Combine(folder, "questions.txt");
        using var reader = new StreamReader(questionFile);
        var questions = QuestionSetEvaluation.Parse(reader, questionFile, document.Stories);
        Assert.Equal(60, questions.Count);

        var words = QuestionSetEvaluation.Evaluate(document.Stories, document.Mappings, questions, InterviewCatalog.Default);
        using var model = MeaningModel.Open(cacheFile: null);
        var meaning = QuestionSetEvaluation.Evaluate(document.Stories, document.Mappings, questions, InterviewCatalog.Default, model.Encoder);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words only: top-1 {words.Top1:0.000} top-3 {words.Top3:0.000}; with meaning: top-1 {meaning.Top1:0.000} top-3 {meaning.Top3:0.000}"));
        var titles = document.Stories.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        foreach (var miss in meaning.Cases.Where(c => c.Rank != 1))
        {
            output.WriteLine($"   rank {miss.Rank}: {miss.Question.Question} → got {string.Join(" | ", miss.Top.Select(id => titles[id]))}");
        }

        Assert.True(meaning.Top1 > words.Top1, $"top-1 with meaning {meaning.Top1:0.000} ≤ words only {words.Top1:0.000}");
        Assert.True(meaning.Top3 > words.Top3, $"top-3 with meaning {meaning.Top3:0.000} ≤ words only {words.Top3:0.000}");
    }
}
