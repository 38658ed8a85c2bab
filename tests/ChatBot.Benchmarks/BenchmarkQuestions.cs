using ChatBot.Domain;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// The questions of the evaluation and blind sets (<c>tests/ChatBot.Domain.Tests/Knowledge/*.yaml</c>): realistic,
/// varied knowledge-base questions, so a turns run measures answering rather than a cache of one question's answer.
/// </summary>
internal static class BenchmarkQuestions
{
    /// <summary>The questions by the language they are written in, for users who each keep to one language.</summary>
    public static (string[] Japanese, string[] English) Load(string repositoryRoot)
    {
        var sets = Path.Combine(repositoryRoot, "tests", "ChatBot.Domain.Tests", "Knowledge");
        var questions = KnowledgeEvaluation.LoadQuestions(Path.Combine(sets, "eval-set.yaml")).Select(q => q.Question)
            .Concat(KnowledgeAnswerEvaluation.Load(Path.Combine(sets, "blind-set.yaml")).Select(q => q.Question))
            .Where(q => q.Length > 0).ToList();
        var japanese = questions.Where(q => UserLanguage.FromText(q) == UserLanguage.Japanese).ToArray();
        return (japanese, questions.Except(japanese).ToArray());
    }
}
