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

            var definition = file.Text(node, FirstKey(node, "definition", "description", "summary", "text"), path, required: false);
            var sources = file.Sources(node, "sources", path, required: false);
            var see = file.Strings(node, "see", path).Concat(file.Strings(node, "related", path)).ToList();
            if (id is not null && term is not null)
            {
                yield return new GlossaryTerm(id, term, ja, en, definition, sources, see);
            }
        }
    }
}
