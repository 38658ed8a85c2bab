using System.Reflection;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Turns a failed start into one clear line and an exit code. An exception escaping <c>Main</c> makes the .NET runtime
/// abort the process (SIGABRT, exit 134, a core dump), which a supervisor reads as a crash and restarts at once: a
/// damaged database then became a crash loop whose cause was buried in a stack trace.
/// </summary>
public static class HostExit
{
    public const int Failed = 1;

    /// <summary>Restarting cannot help; a supervisor can be told not to (systemd <c>RestartPreventExitStatus=2</c>).</summary>
    public const int DamagedDatabase = 2;

    public static int Run(WebApplication app, Action run)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(run);
        // Taken now: a failed Run disposes the host's services (after logging the failure through them).
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostExit).FullName!);
        try
        {
            run();
            return 0;
        }
        // Under WebApplicationFactory or a design-time tool another assembly owns the process: the exception is its answer.
        catch (Exception e) when (Assembly.GetEntryAssembly() == typeof(HostExit).Assembly)
        {
            var reason = (e as AggregateException)?.InnerExceptions.Count == 1 ? e.InnerException! : e;
            Console.Error.WriteLine($"ChatBot.Host did not start: {reason.Message}");
            try
            {
                Log.StartFailed(logger, reason.Message, reason);
                app.DisposeAsync().AsTask().GetAwaiter().GetResult(); // flushes the log providers' queues
            }
            catch (Exception)
            {
                // The line above is written; a failing log or dispose must not turn the exit into an abort after all.
            }

            return reason is DamagedDatabaseException ? DamagedDatabase : Failed;
        }
    }
}
