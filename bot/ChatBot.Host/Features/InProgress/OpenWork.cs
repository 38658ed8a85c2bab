using System.Text.Json.Nodes;

namespace ChatBot.Host.Features.InProgress;

/// <summary>
/// Something a user has started and not finished. The resume button uses the owning feature's own read-only verb,
/// which authorizes the clicker from their identity (owner or role), never from the data.
/// </summary>
/// <param name="TouchedAt">When it last changed: the most recent one is what a typed word acts on, and the reminder shows only while it is recent.</param>
/// <param name="Reminder">One line: 「取得・収集のガイドの途中です（3/7）」.</param>
public sealed record OpenWork(IOpenWorkSource Source, DateTimeOffset TouchedAt, string Reminder, string ResumeTitle, string ResumeVerb, JsonObject ResumeData);
