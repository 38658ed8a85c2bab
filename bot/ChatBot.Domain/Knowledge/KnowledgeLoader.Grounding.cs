namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    /// <summary>
    /// An entry's <c>basis</c> must name a legal source (law, ordinance, guideline, Q&amp;A, notice, standard) and the
    /// section it rests on; <c>facts</c> keys must be declared in facts.yaml, and two entries stating the same fact must
    /// give the same value. Errors name the file and field of the entry (and of the first entry for a disagreement).
    /// </summary>
    private static void ValidateGrounding(List<YamlFile> files, KnowledgeBase kb, IReadOnlyDictionary<string, string> ids)
    {
        var factIds = kb.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var stated = new Dictionary<string, (string Value, string At)>(StringComparer.Ordinal);
        foreach (var entry in kb.Entries)
        {
            var (file, path) = Locate(files, ids, entry.Id);
            if (file is null) continue;
            for (var i = 0; i < entry.Basis.Count; i++)
            {
                var basis = entry.Basis[i];
                var field = $"{path}basis[{i}]";
                if (kb.FindSource(basis.SourceId) is { } source && (source.Kind is null || !BasisKinds.Contains(source.Kind)))
                {
                    file.Error(field + ".source", $"'{basis.SourceId}' is a {source.Kind ?? "document"}, not a legal basis (expected a source of kind {string.Join(", ", BasisKinds)}); cite it under sources");
                }

                if (string.IsNullOrWhiteSpace(basis.Section))
                {
                    file.Error(field + ".section", "required: the article, guideline section or Q&A number the answer rests on");
                }
            }

            foreach (var (key, value) in entry.Facts)
            {
                var field = $"{path}facts.{key}";
                if (!factIds.Contains(key))
                {
                    file.Error(field, $"unknown fact '{key}' (not declared in facts.yaml)");
                }
                else if (stated.TryGetValue(key, out var first) && first.Value != value)
                {
                    file.Error(field, $"'{value}' disagrees with '{first.Value}' stated at {first.At}");
                }
                else
                {
                    stated.TryAdd(key, (value, $"{file.Path}: {field}"));
                }
            }
        }
    }

    /// <summary>The file holding an id and the field path prefix of its mapping (e.g. <c>entries[3].</c>).</summary>
    private static (YamlFile? File, string Path) Locate(List<YamlFile> files, IReadOnlyDictionary<string, string> ids, string id)
    {
        if (!ids.TryGetValue(id, out var at)) return (null, "");
        var colon = at.IndexOf(": ", StringComparison.Ordinal);
        var file = files.FirstOrDefault(f => f.Path == at[..colon]);
        var field = at[(colon + 2)..];
        return (file, field.EndsWith("id", StringComparison.Ordinal) ? field[..^2] : field);
    }
}
