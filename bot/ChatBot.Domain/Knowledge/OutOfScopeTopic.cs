namespace ChatBot.Domain.Knowledge;

/// <summary>
/// A kind of question this assistant does not answer (one's own My Number card, the IT help desk, lunch), with example
/// questions and where to go instead. Indexed beside the content: when one of these ranks first, the question is
/// outside the scope, however many of its words the knowledge base also uses (パスワード, 通知, カード).
/// </summary>
public sealed record OutOfScopeTopic(
    string Id,
    LocalizedText Title,
    LocalizedText Reply,
    IReadOnlyList<string> QuestionsJa,
    IReadOnlyList<string> QuestionsEn)
{
    /// <summary>
    /// The entry that answers when a question of this topic names My Number (健康診断の管理にマイナンバーを使いたい):
    /// then it asks whether the number may be used for that, which the content answers.
    /// </summary>
    public string? WithMyNumber { get; init; }
}
