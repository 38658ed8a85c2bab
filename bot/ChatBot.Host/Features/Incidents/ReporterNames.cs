using ChatBot.Domain.Privacy;

namespace ChatBot.Host.Features.Incidents;

/// <summary>The reporter's Teams display name as kept on the incident: masked like anything typed, trimmed, bounded.</summary>
internal static class ReporterNames
{
    public const int MaxLength = 128;

    public static string? Clean(string? name)
    {
        var text = MyNumberGuard.Mask(name).Text.Trim();
        return text.Length == 0 ? null : text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
