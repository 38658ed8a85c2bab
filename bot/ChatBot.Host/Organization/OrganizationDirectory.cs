using ChatBot.Domain.Organization;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Organization;

/// <summary>
/// Holds the current organization snapshot and reloads it when the file changes. An invalid file at start
/// stops the start; an invalid edit later is logged and the last good snapshot stays in force. Besides file-system
/// events it polls the modification time, because events do not arrive for files on network shares (Azure Files).
/// </summary>
public sealed class OrganizationDirectory : IDisposable
{
    private readonly ILogger<OrganizationDirectory> _logger;
    private readonly string _path;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly ITimer _poll;
    private DateTime _loadedWriteTime;
    private volatile OrganizationModel _current;

    public OrganizationDirectory(IOptions<OrganizationOptions> options, IHostEnvironment environment, ILogger<OrganizationDirectory> logger, TimeProvider? time = null)
    {
        _logger = logger;
        _path = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        if (!File.Exists(_path))
            throw new OrganizationValidationException([$"{_path}: the organization file does not exist (setting {OrganizationOptions.Section}:Path)"]);
        _loadedWriteTime = File.GetLastWriteTimeUtc(_path);
        _current = OrganizationLoader.LoadFile(_path);
        _poll = (time ?? TimeProvider.System).CreateTimer(_ => ReloadIfChanged(), null, options.Value.PollInterval, options.Value.PollInterval);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = TryWatch();
        Log.OrganizationLoaded(_logger, _path, _current.People.Count());
    }

    public OrganizationModel Current => _current;

    // Change events make edits take effect at once; without them (no inotify instance left, a network share) the
    // modification-time poll still picks the edit up.
    private FileSystemWatcher? TryWatch()
    {
        try
        {
            var watcher = new FileSystemWatcher(System.IO.Path.GetDirectoryName(_path)!, System.IO.Path.GetFileName(_path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            // Editors save in bursts (truncate, write, rename): reload once things settle.
            watcher.Changed += (_, _) => _debounce.Change(300, Timeout.Infinite);
            watcher.Created += (_, _) => _debounce.Change(300, Timeout.Infinite);
            watcher.Renamed += (_, _) => _debounce.Change(300, Timeout.Infinite);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (IOException e)
        {
            Log.OrganizationWatchUnavailable(_logger, _path, e.Message);
            return null;
        }
    }

    private void ReloadIfChanged()
    {
        if (File.Exists(_path) && File.GetLastWriteTimeUtc(_path) != _loadedWriteTime) Reload();
    }

    public void Reload()
    {
        try
        {
            _loadedWriteTime = File.GetLastWriteTimeUtc(_path);
            _current = OrganizationLoader.LoadFile(_path);
            Log.OrganizationLoaded(_logger, _path, _current.People.Count());
        }
        catch (Exception e) when (e is OrganizationValidationException or IOException)
        {
            Log.OrganizationReloadFailed(_logger, _path, e.Message);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
        _poll.Dispose();
    }
}
