using ChatBot.Host.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Host.Tests.Storage;

/// <summary>A host built with <c>AddStorage</c> only; stands for one instance.</summary>
internal static class StorageTestServices
{
    public static IHost Build(StorageProvider provider, string? connectionString, TimeProvider? timeProvider = null, string? contentRoot = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider.ToString(),
            ["Storage:ConnectionString"] = connectionString,
        });
        builder.Services.AddLogging();
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.AddStorage();
        return builder.Build();
    }
}
