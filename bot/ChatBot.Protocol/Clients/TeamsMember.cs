using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Protocol.Clients;

/// <summary>A conversation member as the Teams connector returns it (<c>GET …/members/{id}</c>).</summary>
public sealed class TeamsMember
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
