namespace ChatBot.Domain.Audit;

/// <summary>
/// The event that opens a database's audit trail. A database the bot creates records it as event 1
/// (<see cref="Created"/>); a database whose trail predates genesis events records it once, after the events it
/// already has (<see cref="Adopted"/>). It is what tells "empty because new" from "emptied": a trail that lost its
/// genesis was cut off or replaced, however valid the chain that remains.
/// </summary>
public static class AuditGenesis
{
    public const string Stream = "storage";

    /// <summary>The trail was empty when the genesis was written: everything the bot did here is after it.</summary>
    public const string Created = "storage.created";

    /// <summary>The trail already had events (written before genesis events existed); they are before it.</summary>
    public const string Adopted = "storage.adopted";

    public static bool Is(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return auditEvent.Stream == Stream && auditEvent.Action is Created or Adopted;
    }
}
