using ChatBot.Protocol.Clients;
using ChatBot.Protocol.Schema;

namespace ChatBot.Protocol.Tests.Support;

/// <summary>Records what handlers send, by operation name.</summary>
internal sealed class FakeConnectorClient : IConnectorClient
{
    public List<(string Operation, string ServiceUrl, string ConversationId, string? ActivityId, Activity? Activity)> Calls { get; } = [];

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("send", serviceUrl, conversationId, null, activity);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("reply", serviceUrl, conversationId, replyToId, activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        Record("update", serviceUrl, conversationId, activityId, activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        Record("delete", serviceUrl, conversationId, activityId, null);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ConversationResourceResponse("a:new", null, serviceUrl));

    public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new TeamsMember { Id = memberId });

    private Task<ResourceResponse> Record(string operation, string serviceUrl, string conversationId, string? activityId, Activity? activity)
    {
        Calls.Add((operation, serviceUrl, conversationId, activityId, activity));
        return Task.FromResult(new ResourceResponse("sent-" + Calls.Count));
    }
}
