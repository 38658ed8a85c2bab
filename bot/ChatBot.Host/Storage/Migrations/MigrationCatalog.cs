using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ChatBot.Host.Storage.Migrations;

/// <summary>Finds the embedded <c>Migrations/{Provider}/NNNN_name.sql</c> scripts.</summary>
internal static partial class MigrationCatalog
{
    private const string Prefix = "Migrations/";

    public static IReadOnlyList<MigrationScript> Load(SqlDialect dialect) =>
        Load(typeof(MigrationCatalog).Assembly, dialect.MigrationFolder);

    public static IReadOnlyList<MigrationScript> Load(Assembly assembly, string folder)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // LogicalName keeps the folder; normalize the separator a Windows build would use.
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith(Prefix + folder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = path[(Prefix.Length + folder.Length + 1)..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{path}' must be named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {folder} migrations have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
