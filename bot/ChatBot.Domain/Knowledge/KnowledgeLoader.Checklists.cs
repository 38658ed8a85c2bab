using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    private static ChecklistTemplate? ParseChecklist(YamlFile file)
    {
        if (file.Mapping(file.Root, "(root)") is not { } root)
        {
            return null;
        }

        var id = file.Scalar(root, "id", "", required: false) ?? Path.GetFileNameWithoutExtension(file.Path);
        var version = file.Integer(root, "version", "");
        var title = file.Text(root, FirstKey(root, "title", "name"), "");
        var answers = file.Strings(root, "answers", "");
        var sources = file.Sources(root, "sources", "", required: false);
        var items = new List<ChecklistItem>();
        if (YamlFile.Get(root, "sections") is not null)
        {
            foreach (var (section, sectionPath) in file.Items(root, "sections", "", required: true))
            {
                var sectionTitle = file.Text(section, FirstKey(section, "title", "name"), sectionPath);
                var sectionCategory = file.Scalar(section, "category", sectionPath, required: false);
                CheckCategory(file, section, sectionPath, sectionCategory);
                var sectionMeasure = file.Scalar(section, "measure", sectionPath, required: false);
                foreach (var (item, itemPath) in file.Items(section, "items", sectionPath, required: true))
                {
                    AddChecklistItem(file, item, itemPath, sectionTitle, sectionCategory, sectionMeasure, items);
                }
            }
        }
        else
        {
            foreach (var (item, itemPath) in file.Items(root, "items", "", required: true))
            {
                AddChecklistItem(file, item, itemPath, null, null, null, items);
            }
        }

        return title is null ? null : new ChecklistTemplate(id, version, title, answers, sources, items);
    }

    private static void AddChecklistItem(YamlFile file, YamlMappingNode node, string path, LocalizedText? section,
        string? sectionCategory, string? sectionMeasure, List<ChecklistItem> items)
    {
        var id = file.Scalar(node, "id", path);
        var no = file.Integer(node, "no", path);
        var text = file.Text(node, FirstKey(node, "text", "question", "check", "title"), path);
        var remarks = file.Text(node, "remarks_hint", path, required: false);
        var corrective = file.Text(node, "corrective_action_hint", path, required: false);
        var risk = file.Scalar(node, "risk", path, required: false);
        if (risk is not null and not ("high" or "medium" or "low"))
        {
            file.Error(YamlFile.Join(path, "risk"), $"unknown risk '{risk}' (expected high, medium or low)", YamlFile.Get(node, "risk"));
        }

        var hint = file.Text(node, FirstKey(node, "guidance", "hint", "help", "how"), path, required: false);
        var category = file.Scalar(node, "category", path, required: false);
        CheckCategory(file, node, path, category);
        var measure = file.Scalar(node, "measure", path, required: false)
            ?? (file.Strings(node, "measures", path) is [var first, ..] ? first : null);
        var sources = file.Sources(node, "sources", path, required: false);
        if (id is not null && text is not null)
        {
            items.Add(new ChecklistItem(id, no, text, section, hint, remarks, corrective, category ?? sectionCategory,
                measure ?? sectionMeasure, risk, sources));
        }
    }
}
