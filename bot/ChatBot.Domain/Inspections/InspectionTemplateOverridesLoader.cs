using ChatBot.Domain.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Inspections;

/// <summary>
/// Reads an organization's overrides file: <c>remove: [item ids]</c> and <c>add: [items]</c> in the schema of
/// <c>knowledge/checklists/quarterly.yaml</c> (<c>id</c>, <c>text: {ja, en}</c>, optional <c>guidance</c>,
/// <c>category</c>, <c>measure</c>). Every problem is reported as <c>file: field: problem (line n)</c>.
/// </summary>
public static class InspectionTemplateOverridesLoader
{
    /// <exception cref="InspectionTemplateException">The file is missing, not YAML, or has invalid fields.</exception>
    public static InspectionTemplateOverrides Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new InspectionTemplateException([$"{path}: file not found"]);
        using var reader = new StreamReader(path);
        return Parse(reader, name);
    }

    public static InspectionTemplateOverrides Parse(TextReader reader, string name)
    {
        var errors = new List<string>();
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InspectionTemplateException([$"{name}: (root): not valid YAML: {e.Message}"]);
        }

        var file = new YamlFile(name, stream.Documents.FirstOrDefault()?.RootNode, errors);
        if (file.Mapping(file.Root, "(root)", required: false) is not { } root) return Checked(InspectionTemplateOverrides.None, errors);

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
            if (key.Value is not ("remove" or "add")) file.Error(key.Value ?? "", "unknown field (expected remove or add)", key);

        var remove = file.Strings(root, "remove", "");
        var add = new List<InspectionItem>();
        foreach (var (node, itemPath) in file.Items(root, "add", ""))
        {
            var id = file.Scalar(node, "id", itemPath);
            var text = file.Text(node, "text", itemPath);
            var guidance = file.Text(node, "guidance", itemPath, required: false);
            var category = file.Scalar(node, "category", itemPath, required: false);
            if (category is not null && !SafetyCategory.IsKnown(category))
                file.Error(YamlFile.Join(itemPath, "category"), $"unknown category '{category}' (one of {string.Join(", ", SafetyCategory.All)})", YamlFile.Get(node, "category"));
            var measure = file.Scalar(node, "measure", itemPath, required: false);
            if (id is not null && text is not null)
                add.Add(new InspectionItem(id, 0, text, guidance, category, measure));
        }

        return Checked(new InspectionTemplateOverrides(remove, add), errors);
    }

    private static InspectionTemplateOverrides Checked(InspectionTemplateOverrides overrides, List<string> errors) =>
        errors.Count > 0 ? throw new InspectionTemplateException(errors) : overrides;
}
