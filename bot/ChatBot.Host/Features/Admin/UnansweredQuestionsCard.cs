using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Admin;

/// <summary>
/// The admins' retention controls for the unanswered questions: when each is deleted, and a Keep / Stop keeping
/// button. Sent before the text list, which stays the readable list for everyone allowed to see it.
/// </summary>
public static class UnansweredQuestionsCard
{
    public const string KeepVerb = "unanswered.keep";
    public const string ReleaseVerb = "unanswered.release";

    // Enough to recognize the question next to the full text above; the card is about when it is deleted.
    private const int ExcerptLength = 40;

    /// <param name="keeperName">The display name of an admin who keeps a question (from the organization file).</param>
    public static JsonObject Build(
        IReadOnlyList<UnansweredQuestion> questions, TimeSpan retention, Func<string, string> keeperName, string? locale, string? notice = null)
    {
        var body = new List<JsonNode?>
        {
            Heading(BotTexts.Get("Admin_Unanswered_KeepTitle", locale)),
            Text(BotTexts.Format("Admin_Unanswered_KeepIntro", locale, (int)retention.TotalDays), subtle: true),
        };
        if (notice is not null) body.Add(Container([Text(notice)], style: "good"));
        if (questions.Count == 0) body.Add(Text(BotTexts.Get("Admin_Unanswered_None", locale)));
        foreach (var q in questions)
        {
            var kept = q.KeptBy is not null;
            var status = kept
                ? BotTexts.Format("Admin_Unanswered_Kept", locale, keeperName(q.KeptBy!), Date(q.KeptAt ?? q.AskedAt))
                : BotTexts.Format("Admin_Unanswered_DeletedOn", locale, Date(q.AskedAt + retention));
            body.Add(Container(
            [
                Text($"{JapanTime.ToJapan(q.AskedAt):yyyy-MM-dd HH:mm} {Excerpt(q.Question)}"),
                Text(status, subtle: !kept, size: "Small"),
                ActionSet([kept
                    ? Execute(BotTexts.Get("Admin_Unanswered_Release", locale), ReleaseVerb, new JsonObject { ["id"] = q.Id })
                    : Execute(BotTexts.Get("Admin_Unanswered_Keep", locale), KeepVerb, new JsonObject { ["id"] = q.Id })]),
            ], separator: true));
        }

        return Card(body);
    }

    private static string Date(DateTimeOffset instant) => JapanTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Excerpt(string question) =>
        question.Length <= ExcerptLength ? question : string.Concat(question.AsSpan(0, ExcerptLength), "…");
}
