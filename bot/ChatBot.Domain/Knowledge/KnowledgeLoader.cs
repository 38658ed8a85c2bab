using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Loads the <c>knowledge/</c> folder into a typed <see cref="KnowledgeBase"/> and validates it: YAML syntax,
/// required fields and languages, source ids, categories, measures, duplicate ids and cross-links.
/// Every problem is collected; if there is any, <see cref="KnowledgeValidationException"/> lists them all.
/// </summary>
public static partial class KnowledgeLoader
{
    /// <summary>Visible characters above which an <c>answer</c> is an error (above 600 it is a warning).</summary>
    public const int AnswerErrorLength = 800;

    /// <summary>Visible characters an <c>answer</c> should keep to.</summary>
    public const int AnswerTargetLength = 600;

    /// <exception cref="KnowledgeValidationException">The content is invalid; the message names each file and field.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static KnowledgeBase Load(string knowledgeRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeRoot);
        var root = Path.GetFullPath(knowledgeRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The knowledge folder '{root}' does not exist.");
        }

        var errors = new List<string>();
        var warnings = new List<string>();
        var files = ReadFiles(root, errors);

        var sources = ParseSources(Required(files, "sources.yaml", errors));
        var measures = ParseMeasures(Required(files, "measures.yaml", errors));
        var lifecycle = files.Where(f => f.Path.StartsWith("lifecycle/", StringComparison.Ordinal))
            .Select(ParseLifecycle).OfType<LifecycleStep>().OrderBy(s => IndexOf(LifecycleStep.KnownIds, s.Id)).ToList();
        var entries = files.Where(f => f.Path.StartsWith("entries/", StringComparison.Ordinal))
            .SelectMany(ParseEntries).ToList();
        var glossary = files.Where(f => f.Path == "glossary.yaml").SelectMany(ParseGlossary).ToList();
        var checklists = files.Where(f => f.Path.StartsWith("checklists/", StringComparison.Ordinal))
            .Select(ParseChecklist).OfType<ChecklistTemplate>().ToList();
        var incidents = files.Where(f => f.Path.StartsWith("incidents/", StringComparison.Ordinal) && f.Root is not null)
            .ToDictionary(f => f.Path, f => f.Root!, StringComparer.Ordinal);

        var kb = new KnowledgeBase(sources, measures, lifecycle, entries, glossary, checklists, incidents, warnings)
        {
            Spellings = files.Where(f => f.Path == "glossary.yaml").SelectMany(ParseSpellings).ToList(),
            OutOfScope = files.Where(f => f.Path == "out-of-scope.yaml").SelectMany(ParseOutOfScope).ToList(),
            Facts = ParseFacts(Required(files, "facts.yaml", errors)),
            Amendments = ParseAmendments(Required(files, "amendments.yaml", errors)),
        };
        kb.CheckedDates = CheckedDates(files, kb);
        Validate(files, kb, errors, warnings);

        if (errors.Count > 0)
        {
            throw new KnowledgeValidationException(root, errors);
        }

        return kb;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return list.Count;
    }

    private static List<YamlFile> ReadFiles(string root, List<string> errors)
    {
        var files = new List<YamlFile>();
        var paths = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(root, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in paths)
        {
            try
            {
                using var reader = new StreamReader(full);
                var stream = new YamlStream();
                stream.Load(reader);
                var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
                if (stream.Documents.Count > 1)
                {
                    errors.Add($"{relative}: (root): only one YAML document per file is read; found {stream.Documents.Count}");
                }

                files.Add(new YamlFile(relative, node, errors));
            }
            catch (YamlException ex)
            {
                var message = (ex.InnerException?.Message ?? ex.Message).ReplaceLineEndings(" ");
                errors.Add($"{relative}: (line {ex.Start.Line}, column {ex.Start.Column}): YAML syntax error: {message}");
                files.Add(new YamlFile(relative, null, errors));
            }
        }

        return files;
    }

    private static YamlFile? Required(List<YamlFile> files, string path, List<string> errors)
    {
        var file = files.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            errors.Add($"{path}: (file): the file is missing");
        }

        return file;
    }

    /// <summary>The items of a file that is either a list or a mapping holding the list under one of <paramref name="keys"/>.</summary>
    private static IReadOnlyList<(YamlMappingNode Node, string Path)> RootItems(YamlFile file, params string[] keys)
    {
        switch (file.Root)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return file.Items(seq, "", required: false);
            case YamlMappingNode map:
                foreach (var key in keys)
                {
                    if (YamlFile.Get(map, key) is { } node)
                    {
                        return file.Items(node, key, required: true, map);
                    }
                }

                file.Error("", $"expected a list under '{keys[0]}'", map);
                return [];
            default:
                file.Error("", "expected a mapping or a list", file.Root);
                return [];
        }
    }

    private static YamlNode? FirstOf(YamlMappingNode map, out string key, params string[] keys)
    {
        foreach (var candidate in keys)
        {
            if (YamlFile.Get(map, candidate) is { } node)
            {
                key = candidate;
                return node;
            }
        }

        key = keys[0];
        return null;
    }

    private static string FirstKey(YamlMappingNode map, params string[] keys)
    {
        _ = FirstOf(map, out var key, keys);
        return key;
    }
}
