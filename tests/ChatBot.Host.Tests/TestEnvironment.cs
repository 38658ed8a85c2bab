using System.Runtime.CompilerServices;

namespace ChatBot.Host.Tests;

/// <summary>
/// Test hosts do not watch appsettings files for changes: each watcher costs an inotify instance (128 per user on
/// Linux by default), and a parallel test run starts dozens of hosts, which then fail to start.
/// </summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
