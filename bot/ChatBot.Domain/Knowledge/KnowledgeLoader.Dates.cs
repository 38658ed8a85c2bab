using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

public static partial class KnowledgeLoader
{
    /// <summary>Source kinds that can be a legal basis: the law and what interprets it, not a company's manual.</summary>
    public static IReadOnlySet<string> BasisKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "law", "ordinance", "guideline", "qa", "notice", "standard" };

    /// <summary>
    /// When each answerable id was last checked: entries and glossary terms carry their own <c>checked</c> date; the
    /// measures, lifecycle, glossary and checklist files carry one at their root for everything in them.
    /// </summary>
    private static Dictionary<string, DateOnly> CheckedDates(List<YamlFile> files, KnowledgeBase kb)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? FileDate(string path) => files.FirstOrDefault(f => f.Path == path) is { Root: YamlMappingNode root } file
            ? file.Date(root, "checked", "") : null;

        if (FileDate("measures.yaml") is { } measures)
        {
            foreach (var m in kb.Measures) dates.TryAdd(m.Id, measures);
        }

        foreach (var step in kb.Lifecycle)
        {
            if (FileDate($"lifecycle/{step.Id}.yaml") is not { } date) continue;
            dates.TryAdd(step.Id, date);
            foreach (var p in step.Patterns) dates.TryAdd(p.Id, date);
            foreach (var c in step.Preconditions.Concat(step.Patterns.SelectMany(p => p.Steps)).SelectMany(r => r.Countermeasures))
                dates.TryAdd(c.Id, date);
        }

        var glossary = FileDate("glossary.yaml");
        foreach (var term in kb.Glossary)
        {
            if ((term.Checked ?? glossary) is { } date) dates.TryAdd(term.Id, date);
        }

        foreach (var file in files.Where(f => f.Path.StartsWith("checklists/", StringComparison.Ordinal)))
        {
            if (file.Root is not YamlMappingNode root || file.Date(root, "checked", "") is not { } date) continue;
            var templateId = YamlFile.Get(root, "id") is YamlScalarNode { Value: { } id } ? id : null;
            foreach (var template in kb.Checklists.Where(t => t.Id == templateId))
            {
                dates.TryAdd(template.Id, date);
                foreach (var item in template.Items) dates.TryAdd(item.Id, date);
            }
        }

        foreach (var entry in kb.Entries)
        {
            if (entry.Checked != default) dates.TryAdd(entry.Id, entry.Checked);
        }

        return dates;
    }

    private static List<KnowledgeFact> ParseFacts(YamlFile? file)
    {
        var list = new List<KnowledgeFact>();
        if (file is null) return list;
        foreach (var (node, path) in RootItems(file, "facts"))
        {
            var id = file.Scalar(node, "id", path);
            var what = file.Text(node, "what", path);
            var rule = file.Scalar(node, "rule", path, required: false);
            if (rule is not null && !KnowledgeConsistency.RuleValues.Contains(rule))
            {
                file.Error(YamlFile.Join(path, "rule"), $"unknown rule value '{rule}' (expected one of {string.Join(", ", KnowledgeConsistency.RuleValues)})", YamlFile.Get(node, "rule"));
            }

            if (id is not null && what is not null) list.Add(new KnowledgeFact(id, what, rule));
        }

        return list;
    }

    private static List<LegalAmendment> ParseAmendments(YamlFile? file)
    {
        var list = new List<LegalAmendment>();
        if (file is null) return list;
        foreach (var (node, path) in RootItems(file, "amendments"))
        {
            var source = file.Scalar(node, "source", path);
            var section = file.Scalar(node, "section", path, required: false);
            var date = file.Date(node, "date", path);
            var what = file.Text(node, "what", path);
            if (source is not null && date is not null && what is not null) list.Add(new LegalAmendment(source, section, date.Value, what));
        }

        return list;
    }
}
