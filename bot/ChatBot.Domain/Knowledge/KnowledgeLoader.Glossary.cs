using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    private static IEnumerable<GlossaryTerm> ParseGlossary(YamlFile file)
    {
        foreach (var (node, path) in RootItems(file, "terms", "glossary"))
        {
            var id = file.Scalar(node, "id", path);
            var term = FirstOf(node, out var termKey, "term", "title", "name") is null && YamlFile.Get(node, "ja") is not null
                ? file.TextOf(node, path)
                : file.Text(node, termKey, path);
            IReadOnlyList<string> ja = [], en = [];
            var synonyms = YamlFile.Get(node, "synonyms");
            if (synonyms is YamlMappingNode map)
            {
                ja = file.Strings(map, "ja", YamlFile.Join(path, "synonyms"));
                en = file.Strings(map, "en", YamlFile.Join(path, "synonyms"));
            }
            else if (synonyms is not null)
            {
                var all = file.Strings(synonyms, YamlFile.Join(path, "synonyms"));
                ja = all.Where(KnowledgeText.HasCjk).ToList();
                en = all.Where(s => !KnowledgeText.HasCjk(s)).ToList();
            }

            ja = [.. ja, .. KanaReadings(term?.Ja, file.Scalar(node, "reading", path, required: false))];
            var definition = file.Text(node, FirstKey(node, "definition", "description", "summary", "text"), path, required: false);
            var sources = file.Sources(node, "sources", path, required: false);
            var see = file.Strings(node, "see", path).Concat(file.Strings(node, "related", path)).ToList();
            if (id is not null && term is not null)
            {
                yield return new GlossaryTerm(id, term, ja, en, definition, sources, see)
                {
                    Checked = file.Date(node, "checked", path, required: false),
                };
            }
        }
    }

    /// <summary>
    /// The kana a term is typed in when its kanji are not at hand (ほかん for 保管): the whole reading and, for a
    /// term of parts (廃棄・削除 / はいき・さくじょ), each part's. As synonyms they expand queries and name the domain.
    /// Readings under three kana are left out: they occur inside ordinary words.
    /// </summary>
    private static IEnumerable<string> KanaReadings(string? term, string? reading)
    {
        if (term is null || string.IsNullOrWhiteSpace(reading))
        {
            return [];
        }

        var parts = reading.Split('・', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var termParts = term.Split('・', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> all = parts.Length == termParts.Length && parts.Length > 1 ? [reading.Replace("・", ""), .. parts] : [reading.Replace("・", "")];
        return all.Where(r => r.Length >= MinReadingLength).Distinct(StringComparer.Ordinal);
    }

    private const int MinReadingLength = 3;

    /// <summary>
    /// <c>spellings:</c> in <c>glossary.yaml</c>: everyday words and the kana people type them in (永久 / えいきゅう),
    /// for words that are not glossary terms. Each group is a list whose first member is the written form.
    /// </summary>
    private static IEnumerable<string[]> ParseSpellings(YamlFile file)
    {
        if (file.Root is not YamlMappingNode map || YamlFile.Get(map, "spellings") is not { } node)
        {
            yield break;
        }

        if (node is not YamlSequenceNode groups)
        {
            file.Error("spellings", "must be a list of lists (written form first, then kana spellings)", node);
            yield break;
        }

        var i = 0;
        foreach (var group in groups)
        {
            var words = file.Strings(group, $"spellings[{i++}]");
            if (words.Count < 2)
            {
                file.Error($"spellings[{i - 1}]", "needs the written form and at least one kana spelling", group);
                continue;
            }

            yield return [.. words];
        }
    }
}
