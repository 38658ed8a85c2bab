namespace ChatBot.Host.Privacy;

/// <summary>Per-request record of what the inbound guard masked, so a feature can tell the user in its own reply (e.g. a card).</summary>
public sealed class TurnPrivacy
{
    public int MaskedCount { get; set; }

    public bool Masked => MaskedCount > 0;
}
