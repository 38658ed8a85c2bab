using ChatBot.Domain.Knowledge;
using ChatBot.Host.Organization;
using ChatBot.Host.Storage;
using ChatBot.Protocol.Auth;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Fails the start on invalid content (the organization file) and trusts the service URLs of stored
/// conversations: they were learned from authenticated activities, and proactive sends after a restart need them.
/// </summary>
internal sealed class StartupChecks(OrganizationDirectory organization, ConversationReferenceStore references, IServiceUrlTrust trust, KnowledgeBase knowledge, ILogger<StartupChecks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = organization.Current;
        foreach (var warning in knowledge.Warnings) Log.KnowledgeWarning(logger, warning);
        foreach (var url in await references.ListServiceUrlsAsync(cancellationToken)) trust.Remember(url);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
