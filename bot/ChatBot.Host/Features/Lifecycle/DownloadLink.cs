namespace ChatBot.Host.Features.Lifecycle;

/// <summary>A signed, short-lived link to an assessment's workbook.</summary>
public sealed record DownloadLink(string Url, DateTimeOffset ExpiresAt, TimeSpan Lifetime);
