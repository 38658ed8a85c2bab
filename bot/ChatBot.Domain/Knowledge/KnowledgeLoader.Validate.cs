using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    /// <summary>Keys whose values name other ids in the folder.</summary>
    private static readonly string[] LinkKeys = ["related", "see", "parent"];

    private static void Validate(List<YamlFile> files, KnowledgeBase kb, List<string> errors, List<string> warnings)
    {
        // 1. Ids are unique across the whole folder (every `id:` key in every file, plus the lifecycle `step`).
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Walk(file.Root, "", (map, path) =>
            {
                foreach (var key in new[] { "id", "step" })
                {
                    if (key == "step" && !(file.Path.StartsWith("lifecycle/", StringComparison.Ordinal) && path.Length == 0))
                    {
                        continue;
                    }

                    if (YamlFile.Get(map, key) is YamlScalarNode { Value: { Length: > 0 } id } node)
                    {
                        var field = YamlFile.Join(path, key);
                        if (file.Path.StartsWith("incidents/", StringComparison.Ordinal))
                        {
                            // The incident rules use `id` for local codes (report items, criteria); they are not link targets.
                            continue;
                        }

                        if (ids.TryGetValue(id, out var first))
                        {
                            file.Error(field, $"duplicate id '{id}' (first defined at {first})", node);
                        }
                        else
                        {
                            ids[id] = $"{file.Path}: {field}";
                            if (key == "id" && file.Path != "measures.yaml" && !IdFormat().IsMatch(id))
                            {
                                warnings.Add($"{file.Path}: {field}: id '{id}' is not lower-case kebab-case");
                            }
                        }
                    }
                }
            });
        }

        // 2. References: every `source:` key, cross-links, concern and measure references, in every file.
        var sourceIds = kb.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var measureIds = kb.Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var entryIds = kb.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var concernIds = kb.Lifecycle
            .SelectMany(s => s.Preconditions.Concat(s.Patterns.SelectMany(p => p.Steps)))
            .SelectMany(p => p.Concerns).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var isMeasures = file.Path == "measures.yaml";
            Walk(file.Root, "", (map, path) =>
            {
                foreach (var (keyNode, value) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        continue;
                    }

                    var field = YamlFile.Join(path, key);
                    switch (key)
                    {
                        case "source":
                            CheckRefs(file, field, value, sourceIds, "source", "not in sources.yaml");
                            break;
                        case "addresses":
                            CheckRefs(file, field, value, concernIds, "concern", "not a concern id of the lifecycle files");
                            break;
                        case "with_my_number":
                            CheckRefs(file, field, value, entryIds, "entry", "not an entry id");
                            break;
                        case "measure":
                        case "measures" when !isMeasures || path.Length > 0:
                            CheckRefs(file, field, value, measureIds, "measure", "not in measures.yaml");
                            break;
                        default:
                            if (LinkKeys.Contains(key))
                            {
                                CheckRefs(file, field, value, ids.Keys, "link target", "no entry, pattern, measure or term has this id");
                            }

                            break;
                    }
                }
            });
        }

        // 3. Grounding: every entry's basis is a legal provision with its section; facts agree across entries.
        ValidateGrounding(files, kb, ids);

        // 4. Warnings: long answers, citation names Teams would cut.
        foreach (var entry in kb.Entries)
        {
            foreach (var language in new[] { KnowledgeLanguage.Japanese, KnowledgeLanguage.English })
            {
                var length = KnowledgeText.VisibleLength(entry.Answer.Get(language));
                if (length is > AnswerTargetLength and <= AnswerErrorLength)
                {
                    var at = ids.GetValueOrDefault(entry.Id, entry.Id + ".id");
                    warnings.Add($"{at[..^2]}answer.{(language == KnowledgeLanguage.English ? "en" : "ja")}: has {length} visible characters (keep to {AnswerTargetLength})");
                }
            }
        }

        foreach (var source in kb.Sources)
        {
            if (source.ShortTitle is null
                && (source.Title.Ja.Length > KnowledgeCitation.NameMaxLength || source.Title.En.Length > KnowledgeCitation.NameMaxLength))
            {
                warnings.Add($"sources.yaml: {source.Id}.title: longer than {KnowledgeCitation.NameMaxLength} characters; citations shorten it (add a short_title)");
            }
        }
    }

    private static void CheckRefs(YamlFile file, string field, YamlNode value, IEnumerable<string> known, string what, string problem)
    {
        var set = known as ISet<string> ?? known.ToHashSet(StringComparer.Ordinal);
        switch (value)
        {
            case YamlScalarNode scalar when YamlFile.IsNull(scalar):
                return;
            case YamlScalarNode { Value: { } id }:
                if (!set.Contains(id.Trim()))
                {
                    file.Error(field, $"unknown {what} '{id.Trim()}' ({problem})", value);
                }

                return;
            case YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (seq.Children[i] is YamlScalarNode)
                    {
                        CheckRefs(file, $"{field}[{i}]", seq.Children[i], set, what, problem);
                    }
                }

                return;
            case YamlMappingNode:
                if (what == "source")
                {
                    file.Error(field, "expected a source id", value);
                }

                return;
        }
    }

    private static void Walk(YamlNode? node, string path, Action<YamlMappingNode, string> visit)
    {
        switch (node)
        {
            case YamlMappingNode map:
                visit(map, path);
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlMappingNode or YamlSequenceNode)
                    {
                        Walk(value, YamlFile.Join(path, name), visit);
                    }
                }

                break;
            case YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    Walk(seq.Children[i], $"{path}[{i}]", visit);
                }

                break;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();
}
