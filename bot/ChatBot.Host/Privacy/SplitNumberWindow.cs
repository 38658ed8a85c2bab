using System.Collections.Concurrent;

namespace ChatBot.Host.Privacy;

/// <summary>
/// The digits each sender's last message ended with, per conversation, kept in memory for a few minutes so that a
/// number typed over two messages ("123456", then "789018") is found in the second. Never stored or logged: they may
/// be part of a My Number. Lost on restart and not shared between instances; the guard holds back the first part
/// anyway, so what a miss costs is the masking of a second part shorter than twelve digits.
/// </summary>
public sealed class SplitNumberWindow(TimeProvider time)
{
    /// <summary>Long enough to type the rest of a number; short enough that unrelated messages are not joined.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Digits, DateTimeOffset Until)> _tails = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    /// <summary>The digits the sender's previous message ended with, if it came within <see cref="Lifetime"/>; forgotten once read.</summary>
    public string Take(string sender) =>
        _tails.TryRemove(sender, out var tail) && tail.Until > time.GetUtcNow() ? tail.Digits : string.Empty;

    public void Keep(string sender, string digits)
    {
        if (digits.Length == 0) return;
        var now = time.GetUtcNow();
        _tails[sender] = (digits, now + Lifetime);
        if (now < _nextSweep) return;
        // Senders who never write again would stay forever: drop the expired, at most once per lifetime.
        _nextSweep = now + Lifetime;
        foreach (var entry in _tails)
            if (entry.Value.Until <= now) _tails.TryRemove(entry);
    }
}
