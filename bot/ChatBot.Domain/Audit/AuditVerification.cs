namespace ChatBot.Domain.Audit;

public enum AuditBreakKind
{
    /// <summary>A row's fields no longer match its hash.</summary>
    Edited,

    /// <summary>A sequence number is missing.</summary>
    Deleted,

    /// <summary>A row is out of place: its sequence or its link to the previous row is wrong.</summary>
    Reordered,
}

/// <summary>Where the chain first breaks, and why.</summary>
public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Reason);

/// <summary>The outcome of checking the whole audit trail.</summary>
/// <param name="CheckedCount">Events that verified before the first break (all of them when valid).</param>
/// <param name="HeadHash">The last event's hash when valid: record it elsewhere to detect a truncated tail later.</param>
public sealed record AuditVerification(bool IsValid, long CheckedCount, string? HeadHash, AuditBreak? FirstBreak)
{
    public static AuditVerification Valid(long count, string headHash) => new(true, count, headHash, null);

    public static AuditVerification Broken(long checkedCount, AuditBreak problem) => new(false, checkedCount, null, problem);

    /// <summary>One line for an operator (CLI, admin command, log).</summary>
    public string Describe() => IsValid
        ? $"Audit trail OK: {CheckedCount} events, head {HeadHash}."
        : $"Audit trail BROKEN at sequence {FirstBreak!.Sequence} ({FirstBreak.Kind}): {FirstBreak.Reason} {CheckedCount} events before it verified.";
}
