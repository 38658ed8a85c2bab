namespace ChatBot.Host.Features.Incidents;

/// <summary>The reporter's Teams display name as kept on the incident (already masked on arrival by InboundGuard): trimmed, bounded.</summary>
internal static class ReporterNames
{
    public const int MaxLength = 128;

    public static string? Clean(string? name)
    {
        var text = name?.Trim() ?? "";
        return text.Length == 0 ? null : text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
