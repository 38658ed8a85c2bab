using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Domain.Audit;

/// <summary>
/// SHA-256 over the previous hash and every field of an event, lowercase hex.
/// </summary>
/// <remarks>
/// Encoding: the version tag <c>chatbot-audit-v1</c>, then each field as a 4-byte big-endian byte length
/// followed by its UTF-8 bytes, in the order previous hash, sequence, stream, actor, occurred-at, action, details.
/// Numbers are invariant decimal strings; occurred-at is Unix milliseconds (what the database stores).
/// Length prefixes make the encoding unambiguous: no two different field lists give the same bytes,
/// whatever the fields contain. Details are hashed as the exact stored JSON text, so no JSON
/// canonicalization is needed.
/// </remarks>
public static class AuditHash
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    private static readonly byte[] VersionTag = Encoding.ASCII.GetBytes("chatbot-audit-v1");

    public static string Compute(
        string previousHash, long sequence, string stream, string actor, DateTimeOffset occurredAt, string action, string detailsJson)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(detailsJson);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(VersionTag);
        Append(hash, previousHash);
        Append(hash, sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, stream);
        Append(hash, actor);
        Append(hash, occurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Append(hash, action);
        Append(hash, detailsJson);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash the event should have, from its own fields.</summary>
    public static string Compute(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return Compute(auditEvent.PreviousHash, auditEvent.Sequence, auditEvent.Stream, auditEvent.Actor,
            auditEvent.OccurredAt, auditEvent.Action, auditEvent.DetailsJson);
    }

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
