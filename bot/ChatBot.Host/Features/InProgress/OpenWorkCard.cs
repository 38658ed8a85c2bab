using System.Text.Json.Nodes;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.InProgress;

/// <summary>One line about open work and the button that shows it again (the reminder, and the answers to typed words that have no step to take).</summary>
public static class OpenWorkCard
{
    public static JsonObject Build(string text, OpenWork work) =>
        Card([Text(text)], [Execute(work.ResumeTitle, work.ResumeVerb, work.ResumeData.DeepClone().AsObject(), style: "positive")]);
}
