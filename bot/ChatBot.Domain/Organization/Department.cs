namespace ChatBot.Domain.Organization;

/// <summary>
/// A department. Its responsible managers are the first escalation level; <see cref="Escalation"/> lists the
/// levels above them (AAD object ids), and the 個人情報保護管理者 always closes the chain.
/// </summary>
public sealed record Department(string Id, LocalizedText Name, IReadOnlyList<string> Escalation);
