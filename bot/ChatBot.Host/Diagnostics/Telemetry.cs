using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatBot.Host.Diagnostics;

/// <summary>Names of the bot's own traces and metrics, in one place.</summary>
public static class Telemetry
{
    public const string Name = "ChatBot";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("chatbot.turns", description: "Activities handled, by type");
    public static readonly Counter<long> MyNumbersMasked = Meter.CreateCounter<long>("chatbot.mynumber.masked", description: "My Numbers masked in user input");
}
