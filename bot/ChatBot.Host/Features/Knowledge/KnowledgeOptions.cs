namespace ChatBot.Host.Features.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder; by default the copy bundled next to the app (the repository's <c>knowledge/</c>).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>
    /// How long a logged question (and the feedback on its answer) is kept: employees' questions are personal data.
    /// Unanswered questions an admin chose to keep stay until the admin stops keeping them.
    /// </summary>
    public TimeSpan AnswerLogRetention { get; set; } = TimeSpan.FromDays(90);
}
