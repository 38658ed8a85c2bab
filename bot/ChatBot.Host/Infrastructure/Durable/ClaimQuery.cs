namespace ChatBot.Host.Infrastructure.Durable;

/// <summary>What a queue adds to the shared claim statement (<see cref="LeasedQueue"/>).</summary>
/// <param name="Returning">The columns a claim returns (aliased for Dapper).</param>
/// <param name="OrderBy">Which due rows go first; the candidate row is aliased <c>c</c>.</param>
/// <param name="AlsoSet">Further assignments on claim, starting with a comma, or empty.</param>
/// <param name="AlsoWhere">A further condition on the candidate <c>c</c>, starting with <c>AND</c>, or empty.</param>
internal sealed record ClaimQuery(string Returning, string OrderBy, string AlsoSet = "", string AlsoWhere = "");
