using ChatBot.Host.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Host.Audit;

/// <summary>
/// <c>dotnet run --project bot/ChatBot.Host -- verify-audit</c>: checks the audit trail from its genesis event and exits
/// 0 (valid) or 1 (broken or without its genesis, with the first broken sequence number and why). Program calls
/// <c>if (AuditCli.TryRun(args, app.Services, out var exitCode)) return exitCode;</c> before <c>app.Run()</c>.
/// </summary>
public static class AuditCli
{
    public const string Command = "verify-audit";

    /// <summary>Runs the command if <paramref name="args"/> asks for it; false (and nothing done) otherwise.</summary>
    public static bool TryRun(string[] args, IServiceProvider services, out int exitCode) =>
        TryRun(args, services, Console.Out, out exitCode);

    public static bool TryRun(string[] args, IServiceProvider services, TextWriter output, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        exitCode = 0;
        if (!args.Contains(Command, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            // The host has not started, so its start-up steps have not run: a fresh database gets its tables and genesis.
            services.GetRequiredService<DatabaseStartup>().PrepareAsync(CancellationToken.None).GetAwaiter().GetResult();
            var genesis = services.GetRequiredService<DatabaseGenesis>();
            genesis.EnsureAsync(CancellationToken.None).GetAwaiter().GetResult();
            var result = genesis.VerifyAsync(CancellationToken.None).GetAwaiter().GetResult();
            output.WriteLine(result.Describe());
            exitCode = result.IsValid ? 0 : 1;
        }
        catch (Exception ex)
        {
            output.WriteLine($"Audit trail could not be verified: {ex.GetType().Name}: {ex.Message}");
            exitCode = 1;
        }

        return true;
    }
}
