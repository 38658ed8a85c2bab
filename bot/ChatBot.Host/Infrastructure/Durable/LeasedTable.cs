namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>
/// One table that <see cref="LeasedQueue"/> leases rows of. Besides its key and due-time columns, such a table has
/// <c>status</c>, <c>attempts</c>, <c>lease_owner</c>, <c>lease_until</c> and <c>updated_at</c>.
/// </summary>
/// <param name="Name">The table, e.g. <c>outbox</c>.</param>
/// <param name="KeyColumn">Its text key, e.g. <c>id</c>.</param>
/// <param name="DueColumn">When a pending row becomes claimable, Unix milliseconds.</param>
/// <param name="PendingStatus">The stored status of a row waiting for a claim.</param>
/// <param name="LeasedStatus">The stored status of a claimed row.</param>
internal sealed record LeasedTable(string Name, string KeyColumn, string DueColumn, string PendingStatus, string LeasedStatus);
