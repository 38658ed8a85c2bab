using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Inspections;

/// <summary>Applies an organization's overrides to the bundled checklist template.</summary>
public static class InspectionTemplateResolver
{
    /// <exception cref="InspectionTemplateException">A removed id is unknown, or an added id collides.</exception>
    public static InspectionTemplate Resolve(ChecklistTemplate template, InspectionTemplateOverrides overrides, string overridesFile = "(overrides)")
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<string>();
        var bundledIds = template.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < overrides.Remove.Count; i++)
            if (!bundledIds.Contains(overrides.Remove[i]))
                errors.Add($"{overridesFile}: remove[{i}]: unknown item id '{overrides.Remove[i]}' (not in template '{template.Id}')");

        var seen = new HashSet<string>(bundledIds, StringComparer.Ordinal);
        for (var i = 0; i < overrides.Add.Count; i++)
            if (!seen.Add(overrides.Add[i].Id))
                errors.Add($"{overridesFile}: add[{i}].id: duplicate item id '{overrides.Add[i].Id}'");
        if (errors.Count > 0) throw new InspectionTemplateException(errors);

        var removed = overrides.Remove.ToHashSet(StringComparer.Ordinal);
        var kept = template.Items.Where(i => !removed.Contains(i.Id))
            .Select(i => new InspectionItem(i.Id, 0, i.Text, i.Hint, i.Category, i.Measure))
            .Concat(overrides.Add)
            .Select((item, index) => item with { No = index + 1 })
            .ToList();
        if (kept.Count == 0) throw new InspectionTemplateException([$"{overridesFile}: remove: leaves no item to inspect"]);
        return new InspectionTemplate(template.Id, template.Title, kept);
    }
}
