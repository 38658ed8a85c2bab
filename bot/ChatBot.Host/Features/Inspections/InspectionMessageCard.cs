using System.Text.Json.Nodes;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Inspections;

/// <summary>A card with one message, for refusals that have no sheet to show (unknown campaign, not a participant).</summary>
public static class InspectionMessageCard
{
    public static JsonObject Build(string text) => Card([Text(text)]);
}
