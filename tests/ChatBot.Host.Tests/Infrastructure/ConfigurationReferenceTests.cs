using System.Reflection;
using System.Text.RegularExpressions;

namespace ChatBot.Host.Tests.Infrastructure;

/// <summary>
/// The configuration reference (deployment/README.md, section 10) names every setting the options classes bind:
/// each class with a section constant, each settable property (nested settings classes by their path).
/// </summary>
public sealed partial class ConfigurationReferenceTests
{
    [Fact]
    public void Reference_NamesEverySettingOfTheOptionsClasses()
    {
        var documented = Documented();
        var missing = Settings().Where(s => !documented.Contains(s)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Not in the configuration reference of deployment/README.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Reference_NamesNoSettingOfAKnownSectionThatNoOptionsClassHas()
    {
        var settings = Settings().ToHashSet(StringComparer.Ordinal);
        var sections = OptionsTypes().Select(t => t.Section).ToHashSet(StringComparer.Ordinal);
        // Settings read outside an options class (aliases, legacy names kept readable).
        string[] readDirectly = ["Bot:PublicBaseUrl", "Bot:AppPassword", "Lifecycle:DownloadSigningKey", "Lifecycle:DownloadLinkLifetime", "Inspections:ExportLinkLifetime", "OpenTelemetry:OtlpEndpoint", "Logging:Json"];
        var unknown = Documented()
            .Where(d => d.Contains(':', StringComparison.Ordinal) && sections.Contains(d[..d.LastIndexOf(':')]) && !settings.Contains(d) && !readDirectly.Contains(d))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0, "Documented but bound by no options class: " + string.Join(", ", unknown));
    }

    private static HashSet<string> Documented()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "deployment", "README.md"));
        var start = text.IndexOf("## 10. Configuration reference", StringComparison.Ordinal);
        var end = text.IndexOf("\n## 11.", start, StringComparison.Ordinal);
        var rows = text[start..end].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        return rows.SelectMany(r => CodeSpan().Matches(r.Split('|')[1]).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Settings() =>
        OptionsTypes().SelectMany(t => Properties(t.Type, t.Section));

    private static IEnumerable<(Type Type, string Section)> OptionsTypes() =>
        new[] { typeof(Program).Assembly, typeof(ChatBot.Protocol.Auth.BotAuthenticationOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) ?? t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string) && x.Type.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(x => (x.Type, (string)x.Field!.GetRawConstantValue()!));

    // Public settable properties; a property of a settings class of ours (not a string or collection) is a subsection.
    private static IEnumerable<string> Properties(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var propertyType = property.PropertyType;
            var nested = propertyType.IsClass && propertyType != typeof(string) && propertyType.Namespace?.StartsWith("ChatBot", StringComparison.Ordinal) == true;
            if (nested)
            {
                foreach (var inner in Properties(propertyType, $"{prefix}:{property.Name}")) yield return inner;
            }
            else if (property.SetMethod is { IsPublic: true })
            {
                yield return $"{prefix}:{property.Name}";
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatBot.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ChatBot.sln not found above the test output.");
    }

    [GeneratedRegex("`([A-Za-z]+(?::[A-Za-z]+)+)`")]
    private static partial Regex CodeSpan();
}
