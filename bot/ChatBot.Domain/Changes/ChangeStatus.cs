namespace ChatBot.Domain.Changes;

/// <summary>How a versioned change ended; every feature's card actions answer with one of these.</summary>
public enum ChangeStatus
{
    Done,
    NotFound,

    /// <summary>The actor may not do this (decided from the organization file, never from card data).</summary>
    Forbidden,

    /// <summary>The card named an older version, or someone changed it meanwhile; nothing changed.</summary>
    Stale,

    /// <summary>Not possible in this state; <see cref="ChangeResult{TState}.Reason"/> says why.</summary>
    Rejected,
}
