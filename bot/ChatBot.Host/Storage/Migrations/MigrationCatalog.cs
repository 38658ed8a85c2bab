using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ChatBot.Host.Storage.Migrations;

/// <summary>
/// Finds the embedded <c>Migrations/NNNN_name.sql</c> scripts, written once for both engines, and fills each
/// <c>{{fragment}}</c> in them from <c>Migrations/{Provider}/fragment.sql</c>: the few words where SQLite and
/// PostgreSQL differ (a column type, an identity key) live in the provider folders, nothing else.
/// </summary>
internal static partial class MigrationCatalog
{
    private const string Prefix = "Migrations/";

    public static IReadOnlyList<MigrationScript> Load(SqlDialect dialect) =>
        Load(typeof(MigrationCatalog).Assembly, dialect.MigrationFolder);

    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, string providerFolder)
    {
        var resources = assembly.GetManifestResourceNames()
            .Select(r => (Resource: r, Path: r.Replace('\\', '/'))) // LogicalName keeps the folder; normalize a Windows build's separator
            .Where(r => r.Path.StartsWith(Prefix, StringComparison.Ordinal))
            .ToList();
        var fragments = ReadFragments(assembly, resources, providerFolder);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var scripts = new List<MigrationScript>();
        foreach (var (resource, path) in resources.Where(r => !r.Path[Prefix.Length..].Contains('/', StringComparison.Ordinal)))
        {
            var match = FileNamePattern().Match(path[Prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{path}' must be named NNNN_name.sql.");
            }

            var sql = FragmentPattern().Replace(Read(assembly, resource), m =>
            {
                var name = m.Groups["name"].Value;
                used.Add(name);
                return fragments.TryGetValue(name, out var text)
                    ? text
                    : throw new InvalidOperationException($"Migration '{path}' uses {{{{{name}}}}}, but {Prefix}{providerFolder}/{name}.sql does not exist.");
            });
            scripts.Add(new MigrationScript(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, sql));
        }

        if (fragments.Keys.FirstOrDefault(f => !used.Contains(f)) is { } unused)
        {
            throw new InvalidOperationException($"{Prefix}{providerFolder}/{unused}.sql is used by no migration.");
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    // A fragment replaces its placeholder without the file's final line break, so it can stand inside a line.
    private static Dictionary<string, string> ReadFragments(
        Assembly assembly, IEnumerable<(string Resource, string Path)> resources, string providerFolder)
    {
        var folder = Prefix + providerFolder + "/";
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (resource, path) in resources.Where(r => r.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            var match = FragmentFileNamePattern().Match(path[folder.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration fragment '{path}' must be named name.sql (lower case, no version).");
            }

            fragments[match.Groups["name"].Value] = Read(assembly, resource).TrimEnd('\r', '\n');
        }

        return fragments;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(?<name>[a-z][a-z_]*)\.sql$")]
    private static partial Regex FragmentFileNamePattern();

    [GeneratedRegex(@"\{\{(?<name>[a-z][a-z_]*)\}\}")]
    private static partial Regex FragmentPattern();
}
