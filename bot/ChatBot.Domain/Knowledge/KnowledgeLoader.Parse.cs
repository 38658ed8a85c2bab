using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    private static List<KnowledgeSource> ParseSources(YamlFile? file)
    {
        var list = new List<KnowledgeSource>();
        if (file is null)
        {
            return list;
        }

        foreach (var (node, path) in RootItems(file, "sources"))
        {
            var id = file.Scalar(node, "id", path);
            var title = file.Text(node, "title", path);
            var shortTitle = ShortTitle(file, node, path);
            var locator = file.Scalar(node, FirstKey(node, "locator", "url"), path, required: false);
            if (id is not null && title is not null)
            {
                list.Add(new KnowledgeSource(id, title, file.Scalar(node, "kind", path, required: false),
                    file.Scalar(node, "date", path, required: false), locator, shortTitle));
            }
        }

        return list;
    }

    /// <summary>The optional <c>short_title</c>: what citations show, so it must fit their name unshortened.</summary>
    private static LocalizedText? ShortTitle(YamlFile file, YamlMappingNode node, string path)
    {
        var shortTitle = file.Text(node, "short_title", path, required: false);
        foreach (var (language, text) in new[] { ("ja", shortTitle?.Ja), ("en", shortTitle?.En) })
        {
            if (text is not null && text.Length > KnowledgeCitation.NameMaxLength)
            {
                file.Error(YamlFile.Join(path, $"short_title.{language}"),
                    $"has {text.Length} characters (at most {KnowledgeCitation.NameMaxLength}: citations show it whole)", YamlFile.Get(node, "short_title"));
            }
        }

        return shortTitle;
    }

    private static List<Measure> ParseMeasures(YamlFile? file)
    {
        var list = new List<Measure>();
        if (file is not null)
        {
            foreach (var (node, path) in RootItems(file, "measures", "items"))
            {
                ParseMeasure(file, node, path, null, list);
            }
        }

        return list;
    }

    private static void ParseMeasure(YamlFile file, YamlMappingNode node, string path, Measure? parent, List<Measure> list)
    {
        var id = file.Scalar(node, "id", path);
        var title = file.Text(node, FirstKey(node, "title", "name"), path);
        var category = file.Scalar(node, "category", path, required: false) ?? parent?.Category;
        if (category is not null && !SafetyCategory.IsKnown(category))
        {
            file.Error(YamlFile.Join(path, "category"), $"unknown category '{category}' (expected one of {string.Join(", ", SafetyCategory.All)})", YamlFile.Get(node, "category"));
        }

        Measure? measure = null;
        if (id is not null && title is not null)
        {
            measure = new Measure(
                id,
                file.Scalar(node, "parent", path, required: false) ?? parent?.Id,
                category,
                title,
                file.Text(node, FirstKey(node, "summary", "description", "text", "what"), path, required: false),
                Sme(file, node, path),
                file.Sources(node, "sources", path, required: false));
            list.Add(measure);
        }

        var childKey = FirstKey(node, "items", "subitems", "sub", "children");
        foreach (var (child, childPath) in file.Items(node, childKey, path))
        {
            ParseMeasure(file, child, childPath, measure, list);
        }
    }

    /// <summary>A 中小規模事業者 relaxation: a text, or a mapping holding one under <c>text</c>; <c>none</c>/<c>false</c> mean none.</summary>
    private static LocalizedText? Sme(YamlFile file, YamlMappingNode node, string path)
    {
        var sme = YamlFile.Get(node, "sme");
        if (YamlFile.IsNull(sme) || sme is YamlScalarNode { Value: "none" or "false" or "no" })
        {
            return null;
        }

        if (sme is YamlMappingNode map && YamlFile.Get(map, "ja") is null && YamlFile.Get(map, "en") is null)
        {
            var key = FirstKey(map, "text", "relaxation", "note", "what");
            return YamlFile.Get(map, key) is null ? null : file.Text(map, key, YamlFile.Join(path, "sme"));
        }

        return file.Text(node, "sme", path, required: false);
    }

    private static LifecycleStep? ParseLifecycle(YamlFile file)
    {
        if (file.Mapping(file.Root, "(root)", required: false) is not { } root)
        {
            if (file.Root is null)
            {
                file.Error("", "the file is empty");
            }

            return null;
        }

        var id = file.Scalar(root, "step", "");
        if (id is not null && !LifecycleStep.KnownIds.Contains(id))
        {
            file.Error("step", $"unknown step '{id}' (expected one of {string.Join(", ", LifecycleStep.KnownIds)})", YamlFile.Get(root, "step"));
        }

        var title = file.Text(root, "title", "");
        var scope = file.Text(root, "scope", "", required: false);
        var sources = file.Sources(root, "sources", "", required: true);
        var preconditions = file.Items(root, "preconditions", "")
            .Select(p => ParseProcessStep(file, p.Node, p.Path, precondition: true)).OfType<ProcessStep>().ToList();
        var patterns = new List<LifecyclePattern>();
        foreach (var (node, path) in file.Items(root, "patterns", "", required: true))
        {
            var patternId = file.Scalar(node, "id", path);
            var patternTitle = file.Text(node, "title", path);
            var steps = file.Items(node, "steps", path, required: true)
                .Select(s => ParseProcessStep(file, s.Node, s.Path, precondition: false)).OfType<ProcessStep>().ToList();
            var summary = file.Text(node, "summary", path, required: false);
            var patternSources = file.Sources(node, "sources", path, required: true);
            if (patternId is not null && patternTitle is not null && id is not null)
            {
                patterns.Add(new LifecyclePattern(patternId, id, file.Scalar(node, "letter", path, required: false),
                    patternTitle, summary, patternSources, steps));
            }
        }

        return id is null || title is null ? null : new LifecycleStep(id, title, scope, sources, preconditions, patterns);
    }

    private static ProcessStep? ParseProcessStep(YamlFile file, YamlMappingNode node, string path, bool precondition)
    {
        var no = precondition ? null : file.Integer(node, "no", path);
        var actor = file.Text(node, "actor", path, required: false);
        var action = file.Text(node, "action", path);
        var concerns = new List<Concern>();
        foreach (var (c, cPath) in file.Items(node, "concerns", path))
        {
            var id = file.Scalar(c, "id", cPath);
            var text = file.Text(c, "text", cPath);
            var risk = file.Scalar(c, "risk", cPath, required: false);
            if (risk is not null and not ("high" or "medium" or "low"))
            {
                file.Error(YamlFile.Join(cPath, "risk"), $"unknown risk '{risk}' (expected high, medium or low)", YamlFile.Get(c, "risk"));
            }

            if (id is not null && text is not null)
            {
                concerns.Add(new Concern(id, text, risk));
            }
        }

        var countermeasures = new List<Countermeasure>();
        foreach (var (c, cPath) in file.Items(node, "countermeasures", path))
        {
            var id = file.Scalar(c, "id", cPath);
            var text = file.Text(c, "text", cPath);
            var category = file.Scalar(c, "category", cPath, required: false);
            CheckCategory(file, c, cPath, category);
            var measure = file.Scalar(c, "measure", cPath, required: false);
            var addresses = file.Strings(c, "addresses", cPath);
            var sme = Sme(file, c, cPath);
            var sources = file.Sources(c, "sources", cPath, required: false);
            if (id is not null && text is not null)
            {
                countermeasures.Add(new Countermeasure(id, text, category, measure, addresses, sme, sources));
            }
        }

        return action is null ? null : new ProcessStep(no, actor, action, concerns, countermeasures);
    }

    private static void CheckCategory(YamlFile file, YamlMappingNode node, string path, string? category)
    {
        if (category is not null && !SafetyCategory.IsKnown(category))
        {
            file.Error(YamlFile.Join(path, "category"), $"unknown category '{category}' (expected one of {string.Join(", ", SafetyCategory.All)})", YamlFile.Get(node, "category"));
        }
    }

    private static IEnumerable<KnowledgeEntry> ParseEntries(YamlFile file)
    {
        IReadOnlyList<(YamlMappingNode Node, string Path)> items = file.Root switch
        {
            YamlMappingNode map when YamlFile.Get(map, "entries") is { } list => file.Items(list, "entries", required: true, map),
            YamlMappingNode map => [(map, "")],
            YamlSequenceNode seq => file.Items(seq, "", required: false),
            null => [],
            _ => Invalid(file),
        };
        if (file.Root is null)
        {
            file.Error("", "the file is empty");
        }

        foreach (var (node, path) in items)
        {
            if (ParseEntry(file, node, path) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private static IReadOnlyList<(YamlMappingNode, string)> Invalid(YamlFile file)
    {
        file.Error("", "expected a mapping or a list", file.Root);
        return [];
    }

    private static KnowledgeEntry? ParseEntry(YamlFile file, YamlMappingNode node, string path)
    {
        var id = file.Scalar(node, "id", path);
        var topic = file.Scalar(node, "topic", path);
        if (topic is not null && !KnowledgeEntry.KnownTopics.Contains(topic))
        {
            file.Error(YamlFile.Join(path, "topic"), $"unknown topic '{topic}' (expected one of {string.Join(", ", KnowledgeEntry.KnownTopics)})", YamlFile.Get(node, "topic"));
        }

        var title = file.Text(node, "title", path);
        IReadOnlyList<string> keywordsJa = [], keywordsEn = [];
        if (file.Mapping(YamlFile.Get(node, "keywords"), YamlFile.Join(path, "keywords"), required: false) is { } keywords)
        {
            keywordsJa = file.Strings(keywords, "ja", YamlFile.Join(path, "keywords"));
            keywordsEn = file.Strings(keywords, "en", YamlFile.Join(path, "keywords"));
        }

        IReadOnlyList<string> questionsJa = [], questionsEn = [];
        if (file.Mapping(YamlFile.Get(node, "questions"), YamlFile.Join(path, "questions"), required: false) is { } questions)
        {
            questionsJa = file.Strings(questions, "ja", YamlFile.Join(path, "questions"));
            questionsEn = file.Strings(questions, "en", YamlFile.Join(path, "questions"));
        }

        var answer = file.Text(node, "answer", path);
        var detail = file.Text(node, "detail", path, required: false);
        var category = file.Scalar(node, "category", path, required: false);
        CheckCategory(file, node, path, category);
        var measures = file.Strings(node, "measures", path);
        var changes = file.Text(node, "changes", path, required: false);
        var sources = file.Sources(node, "sources", path, required: true);
        var related = file.Strings(node, "related", path);
        var basis = file.Sources(node, "basis", path, required: true);
        var checkedOn = file.Date(node, "checked", path);
        var facts = Facts(file, node, path);
        if (answer is not null)
        {
            foreach (var language in new[] { KnowledgeLanguage.Japanese, KnowledgeLanguage.English })
            {
                var length = KnowledgeText.VisibleLength(answer.Get(language));
                var field = YamlFile.Join(path, language == KnowledgeLanguage.English ? "answer.en" : "answer.ja");
                if (length > AnswerErrorLength)
                {
                    file.Error(field, $"the answer has {length} visible characters (at most {AnswerErrorLength}; keep to {AnswerTargetLength})", YamlFile.Get(node, "answer"));
                }
            }
        }

        return id is null || topic is null || title is null || answer is null
            ? null
            : new KnowledgeEntry(id, topic, title, keywordsJa, keywordsEn, answer, detail, category, measures, changes, sources, related)
            {
                QuestionsJa = questionsJa,
                QuestionsEn = questionsEn,
                Basis = basis,
                Checked = checkedOn ?? default,
                Facts = facts,
            };
    }

    /// <summary>The optional <c>facts:</c> mapping of fact key to value; keys are checked against facts.yaml later.</summary>
    private static Dictionary<string, string> Facts(YamlFile file, YamlMappingNode node, string path)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Mapping(YamlFile.Get(node, "facts"), YamlFile.Join(path, "facts"), required: false) is not { } map)
        {
            return facts;
        }

        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name } && file.Scalar(map, name, YamlFile.Join(path, "facts")) is { } value)
            {
                facts[name] = value;
            }
        }

        return facts;
    }
}
