namespace ChatBot.Host.Features.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The knowledge folder; by default the copy bundled next to the app (the repository's <c>knowledge/</c>).</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "knowledge");
}
