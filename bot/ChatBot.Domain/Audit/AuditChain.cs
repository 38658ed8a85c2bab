namespace ChatBot.Domain.Audit;

/// <summary>Checks a run of events, in sequence order, against the chain.</summary>
public sealed class AuditChain
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditHash.Genesis;

    /// <summary>Events checked so far.</summary>
    public long Count { get; private set; }

    /// <summary>The hash of the last event checked (<see cref="AuditHash.Genesis"/> when none).</summary>
    public string HeadHash => _previousHash;

    /// <summary>The first genesis event (<see cref="AuditGenesis"/>) among those checked, if any.</summary>
    public AuditEvent? Genesis { get; private set; }

    /// <summary>Checks the next event; returns the problem, or null when it continues the chain.</summary>
    public AuditBreak? Next(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        AuditBreak? problem = null;
        if (auditEvent.Sequence > _expectedSequence)
        {
            problem = new AuditBreak(auditEvent.Sequence, AuditBreakKind.Deleted,
                $"Sequence {_expectedSequence} is missing before {auditEvent.Sequence}: a row was deleted.");
        }
        else if (auditEvent.Sequence < _expectedSequence)
        {
            problem = new AuditBreak(auditEvent.Sequence, AuditBreakKind.Reordered,
                $"Sequence {auditEvent.Sequence} appears where {_expectedSequence} was expected: rows were reordered or duplicated.");
        }
        else if (!string.Equals(AuditHash.Compute(auditEvent), auditEvent.Hash, StringComparison.Ordinal))
        {
            problem = new AuditBreak(auditEvent.Sequence, AuditBreakKind.Edited,
                $"Event {auditEvent.Sequence} does not match its hash: the row was edited.");
        }
        else if (!string.Equals(auditEvent.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            problem = new AuditBreak(auditEvent.Sequence, AuditBreakKind.Reordered,
                $"Event {auditEvent.Sequence} does not follow event {_expectedSequence - 1}: rows were replaced, reordered or deleted and renumbered.");
        }

        if (problem is null)
        {
            _expectedSequence++;
            _previousHash = auditEvent.Hash;
            Count++;
            if (Genesis is null && AuditGenesis.Is(auditEvent)) Genesis = auditEvent;
        }

        return problem;
    }

    /// <summary>Verifies a whole log given in sequence order.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var chain = new AuditChain();
        foreach (var auditEvent in events)
        {
            if (chain.Next(auditEvent) is { } problem)
            {
                return AuditVerification.Broken(chain.Count, problem);
            }
        }

        return AuditVerification.Valid(chain.Count, chain.HeadHash, chain.Genesis);
    }
}
