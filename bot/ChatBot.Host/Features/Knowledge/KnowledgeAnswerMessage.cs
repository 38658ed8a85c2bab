using System.Globalization;
using ChatBot.Domain.Knowledge;
using ChatBot.Host.Resources;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// The chat message for an answer: Markdown text with <c>[n]</c> markers and Teams citations, 👍/👎 enabled; an
/// abstention carries no citation. A generated answer is labelled AI-generated.
/// </summary>
public static class KnowledgeAnswerMessage
{
    /// <param name="alternativeTitles">Titles of <see cref="KnowledgeAnswer.Alternatives"/>: offered as buttons that ask them.</param>
    public static Activity Build(KnowledgeAnswer answer, string? locale, bool aiGenerated = false, IReadOnlyList<string>? alternativeTitles = null)
    {
        var text = answer.Text;
        if (answer is { Found: true, CheckedOn: { } asOf })
            text += "\n\n_" + AsOf(asOf, locale) + "_";
        if (!answer.Found && answer.Suggestions.Count > 0)
            text += "\n\n" + string.Join("\n", answer.Suggestions.Select(s => $"- {s}"));
        if (answer.Found && alternativeTitles is { Count: > 0 })
            text += "\n\n" + BotTexts.Get("Knowledge_DidYouMean", locale);

        var message = MessageBuilder.Text(text).WithLocale(locale).WithSuggestedActions(alternativeTitles ?? []);
        if (answer.Found)
        {
            var citations = answer.Citations.Select(c => new Citation(
                c.Position,
                Truncate(c.Section is null ? c.Name : $"{c.Name} {c.Section}", KnowledgeCitation.NameMaxLength),
                c.Abstract,
                c.Url?.ToString()));
            message = message.WithCitations(citations, aiGenerated).WithFeedbackLoop();
        }
        return message.Build();
    }

    /// <summary>「2026年12月時点の法令・ガイドラインに基づく」: how current the answer is, from the content's check date.</summary>
    public static string AsOf(DateOnly checkedOn, string? locale) =>
        BotTexts.Format("Knowledge_AsOf", locale, checkedOn.Year, checkedOn.Month,
            checkedOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture));

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
