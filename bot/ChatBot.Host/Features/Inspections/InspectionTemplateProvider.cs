using ChatBot.Domain.Inspections;
using ChatBot.Domain.Knowledge;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// The checklist new campaigns start with: the bundled template plus the organization's overrides file. Resolved
/// once (at start, by <see cref="InspectionScheduler"/>, so a bad overrides file stops the start with file+field errors).
/// </summary>
public sealed class InspectionTemplateProvider(KnowledgeBase knowledge, IOptions<InspectionOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<InspectionTemplate> _current = new(() => Resolve(knowledge, options.Value, environment.ContentRootPath));

    public InspectionTemplate Current => _current.Value;

    internal static InspectionTemplate Resolve(KnowledgeBase knowledge, InspectionOptions options, string contentRoot)
    {
        var bundled = knowledge.Checklists.FirstOrDefault(c => c.Id == options.TemplateId)
            ?? throw new InspectionTemplateException([$"knowledge/checklists: no checklist with id '{options.TemplateId}' (Inspections:TemplateId)"]);
        if (string.IsNullOrWhiteSpace(options.TemplateOverridesPath)) return InspectionTemplateResolver.Resolve(bundled, InspectionTemplateOverrides.None);
        var path = Path.GetFullPath(options.TemplateOverridesPath, contentRoot);
        return InspectionTemplateResolver.Resolve(bundled, InspectionTemplateOverridesLoader.Load(path), Path.GetFileName(path));
    }
}
