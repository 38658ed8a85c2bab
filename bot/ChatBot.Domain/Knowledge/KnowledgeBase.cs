using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

/// <summary>The whole validated <c>knowledge/</c> folder, typed. Built by <see cref="KnowledgeLoader"/>.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeSource> _sources;
    private readonly Dictionary<string, Measure> _measures;
    private readonly Dictionary<string, KnowledgeEntry> _entries;
    private readonly Dictionary<string, LifecyclePattern> _patterns;
    private readonly Dictionary<string, (LifecyclePattern? Pattern, Countermeasure Countermeasure)> _countermeasures;
    private readonly Dictionary<string, GlossaryTerm> _terms;
    private readonly Dictionary<string, (ChecklistTemplate Template, ChecklistItem Item)> _checklistItems;

    internal KnowledgeBase(
        IReadOnlyList<KnowledgeSource> sources,
        IReadOnlyList<Measure> measures,
        IReadOnlyList<LifecycleStep> lifecycle,
        IReadOnlyList<KnowledgeEntry> entries,
        IReadOnlyList<GlossaryTerm> glossary,
        IReadOnlyList<ChecklistTemplate> checklists,
        IReadOnlyDictionary<string, YamlNode> incidentDocuments,
        IReadOnlyList<string> warnings)
    {
        Sources = sources;
        Measures = measures;
        Lifecycle = lifecycle;
        Entries = entries;
        Glossary = glossary;
        Checklists = checklists;
        IncidentDocuments = incidentDocuments;
        Warnings = warnings;
        _sources = sources.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        _measures = measures.DistinctBy(m => m.Id).ToDictionary(m => m.Id);
        _entries = entries.DistinctBy(e => e.Id).ToDictionary(e => e.Id);
        _patterns = lifecycle.SelectMany(s => s.Patterns).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        _countermeasures = lifecycle
            .SelectMany(s => s.Preconditions.SelectMany(p => p.Countermeasures).Select(c => ((LifecyclePattern?)null, c))
                .Concat(s.Patterns.SelectMany(p => p.Countermeasures.Select(c => ((LifecyclePattern?)p, c)))))
            .DistinctBy(x => x.c.Id)
            .ToDictionary(x => x.c.Id, x => (x.Item1, x.c));
        _terms = glossary.DistinctBy(t => t.Id).ToDictionary(t => t.Id);
        _checklistItems = checklists.SelectMany(t => t.Items.Select(i => (t, i)))
            .DistinctBy(x => x.i.Id).ToDictionary(x => x.i.Id, x => (x.t, x.i));
    }

    public IReadOnlyList<KnowledgeSource> Sources { get; }

    public IReadOnlyList<Measure> Measures { get; }

    public IReadOnlyList<LifecycleStep> Lifecycle { get; }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>Everyday words and their kana spellings (written form first), from <c>glossary.yaml</c>'s <c>spellings:</c>.</summary>
    public IReadOnlyList<string[]> Spellings { get; init; } = [];

    /// <summary>Kinds of question the assistant does not answer, from <c>out-of-scope.yaml</c>.</summary>
    public IReadOnlyList<OutOfScopeTopic> OutOfScope { get; init; } = [];

    public OutOfScopeTopic? FindOutOfScope(string id) => OutOfScope.FirstOrDefault(t => t.Id == id);

    /// <summary>Facts several entries state, from <c>facts.yaml</c>; entries' <c>facts:</c> values are checked to agree.</summary>
    public IReadOnlyList<KnowledgeFact> Facts { get; init; } = [];

    /// <summary>Dates legal bases changed, from <c>amendments.yaml</c>: what makes a checked entry due for review.</summary>
    public IReadOnlyList<LegalAmendment> Amendments { get; init; } = [];

    /// <summary>When the content behind each id was last checked: the entry's or term's own date, else its file's.</summary>
    internal IReadOnlyDictionary<string, DateOnly> CheckedDates { get; set; } = new Dictionary<string, DateOnly>();

    /// <summary>The day the content answering with <paramref name="id"/> was last checked against the law, if known.</summary>
    public DateOnly? CheckedOn(string id) => CheckedDates.TryGetValue(id, out var date) ? date : null;

    public IReadOnlyList<ChecklistTemplate> Checklists { get; }

    /// <summary>The parsed <c>incidents/*.yaml</c> documents keyed by their path under the root (e.g. <c>incidents/rules.yaml</c>).</summary>
    public IReadOnlyDictionary<string, YamlNode> IncidentDocuments { get; }

    /// <summary>Problems that do not stop the start (e.g. an answer between 600 and 800 visible characters).</summary>
    public IReadOnlyList<string> Warnings { get; }

    public KnowledgeSource? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Measure? FindMeasure(string id) => _measures.GetValueOrDefault(id);

    public KnowledgeEntry? FindEntry(string id) => _entries.GetValueOrDefault(id);

    public LifecyclePattern? FindPattern(string id) => _patterns.GetValueOrDefault(id);

    public LifecycleStep? FindStep(string id) => Lifecycle.FirstOrDefault(s => s.Id == id);

    public GlossaryTerm? FindTerm(string id) => _terms.GetValueOrDefault(id);

    /// <summary>A countermeasure and the pattern it belongs to (null for a precondition row).</summary>
    public (LifecyclePattern? Pattern, Countermeasure Countermeasure)? FindCountermeasure(string id) =>
        _countermeasures.TryGetValue(id, out var found) ? found : null;

    public (ChecklistTemplate Template, ChecklistItem Item)? FindChecklistItem(string id) =>
        _checklistItems.TryGetValue(id, out var found) ? found : null;

    /// <summary>The display title of anything with an id (entry, pattern, step, measure, term, checklist).</summary>
    public string? FindTitle(string id, KnowledgeLanguage language) =>
        FindEntry(id)?.Title.Get(language)
        ?? FindPattern(id)?.Title.Get(language)
        ?? FindStep(id)?.Title.Get(language)
        ?? FindMeasure(id) switch { { } m => $"{m.Id} {m.Title.Get(language)}", null => null }
        ?? FindTerm(id)?.Term.Get(language)
        ?? Checklists.FirstOrDefault(c => c.Id == id)?.Title.Get(language);
}
