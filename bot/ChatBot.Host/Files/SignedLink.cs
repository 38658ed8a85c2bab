namespace ChatBot.Host.Files;

/// <summary>A signed, short-lived link to a file, made for one user.</summary>
public sealed record SignedLink(string Url, TimeSpan Lifetime);
