using System.Diagnostics;

namespace ChatBot.Host.Tests.Support;

/// <summary>
/// The host as its own process (<c>dotnet ChatBot.Host.dll</c>, copied next to the tests), for what only a process
/// shows: its exit code, and whether it ended or was aborted by the runtime.
/// </summary>
public static class HostProcess
{
    /// <summary>What a process ended with; <see cref="ExitCode"/> is null when it was still running at the deadline.</summary>
    public sealed record Outcome(int? ExitCode, string StandardOutput, string StandardError);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("No ChatBot.sln above the test output.");
        }
    }

    /// <summary>Starts the host on <paramref name="databasePath"/> and waits for it to end; kills it at the deadline.</summary>
    public static async Task<Outcome> RunAsync(string databasePath, TimeSpan deadline, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.Host.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Organization__Path"] = Path.Combine(RepositoryRoot, "bot", "ChatBot.Host", "Samples", "organization.yaml");
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        // No core file for an abort: the test reads the exit code, a dump would only fill the disk.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Outcome(null, await output, await error);
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}
