using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    /// <summary>Fewer examples than this per language recognize too little of a topic to be worth indexing.</summary>
    private const int MinOutOfScopeExamples = 5;

    private static IEnumerable<OutOfScopeTopic> ParseOutOfScope(YamlFile file)
    {
        foreach (var (node, path) in RootItems(file, "topics"))
        {
            var id = file.Scalar(node, "id", path);
            var title = file.Text(node, "title", path);
            var reply = file.Text(node, "reply", path);
            var questions = file.Mapping(YamlFile.Get(node, "questions"), YamlFile.Join(path, "questions"));
            if (id is null || title is null || reply is null || questions is null)
            {
                continue;
            }

            var ja = file.Strings(questions, "ja", YamlFile.Join(path, "questions"));
            var en = file.Strings(questions, "en", YamlFile.Join(path, "questions"));
            foreach (var (list, language) in new[] { (ja, "ja"), (en, "en") })
            {
                if (list.Count < MinOutOfScopeExamples)
                {
                    file.Error(YamlFile.Join(YamlFile.Join(path, "questions"), language),
                        $"needs at least {MinOutOfScopeExamples} example questions, found {list.Count}", questions);
                }
            }

            yield return new OutOfScopeTopic(id, title, reply, ja, en)
            {
                WithMyNumber = file.Scalar(node, "with_my_number", path, required: false),
            };
        }
    }
}
