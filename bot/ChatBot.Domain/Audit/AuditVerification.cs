using System.Globalization;

namespace ChatBot.Domain.Audit;

public enum AuditBreakKind
{
    /// <summary>A row's fields no longer match its hash.</summary>
    Edited,

    /// <summary>A sequence number is missing.</summary>
    Deleted,

    /// <summary>A row is out of place: its sequence or its link to the previous row is wrong.</summary>
    Reordered,

    /// <summary>The chain holds together but its genesis event (<see cref="AuditGenesis"/>) is gone or was never there.</summary>
    MissingGenesis,
}

/// <summary>Where the chain first breaks, and why.</summary>
public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Reason);

/// <summary>The outcome of checking the whole audit trail.</summary>
/// <param name="CheckedCount">Events that verified before the first break (all of them when valid).</param>
/// <param name="HeadHash">The last event's hash when valid: record it elsewhere to detect a truncated tail later.</param>
/// <param name="Genesis">The trail's genesis event when valid and present: where the record of this database begins.</param>
public sealed record AuditVerification(bool IsValid, long CheckedCount, string? HeadHash, AuditBreak? FirstBreak, AuditEvent? Genesis = null)
{
    public static AuditVerification Valid(long count, string headHash, AuditEvent? genesis = null) => new(true, count, headHash, null, genesis);

    public static AuditVerification Broken(long checkedCount, AuditBreak problem) => new(false, checkedCount, null, problem);

    /// <summary>One line for an operator (CLI, admin command, log).</summary>
    public string Describe() => IsValid
        ? $"Audit trail OK: {CheckedCount} events, head {HeadHash}.{DescribeGenesis()}"
        : $"Audit trail BROKEN at sequence {FirstBreak!.Sequence} ({FirstBreak.Kind}): {FirstBreak.Reason} {CheckedCount} events before it verified.";

    private string DescribeGenesis() => Genesis switch
    {
        null => "",
        { Action: AuditGenesis.Created } g => string.Create(CultureInfo.InvariantCulture,
            $" It begins with the database's creation at {g.OccurredAt:yyyy-MM-dd HH:mm:ss} UTC (genesis, event {g.Sequence})."),
        var g => string.Create(CultureInfo.InvariantCulture,
            $" Its genesis (event {g.Sequence}) was recorded at {g.OccurredAt:yyyy-MM-dd HH:mm:ss} UTC after {g.Sequence - 1} earlier events."),
    };
}
