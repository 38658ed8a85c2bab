namespace ChatBot.Domain.Knowledge;

/// <summary>One searchable unit of the index, with its texts per field group and language.</summary>
internal sealed record KnowledgeDocument(
    string Id,
    KnowledgeDocumentKind Kind,
    LocalizedText Title,
    LocalizedText Keywords,
    LocalizedText Body,
    LocalizedText Context,
    string? ParentId)
{
    /// <summary>Paraphrased questions the document answers, Japanese then English (entries only).</summary>
    public (IReadOnlyList<string> Ja, IReadOnlyList<string> En) Questions { get; init; } = ([], []);

    public static KnowledgeDocument Of(string id, KnowledgeDocumentKind kind, LocalizedText title,
        IEnumerable<LocalizedText?> keywords, IEnumerable<LocalizedText?> body, IEnumerable<LocalizedText?> context,
        string? parentId = null) =>
        new(id, kind, title, Join(keywords), Join(body), Join(context), parentId);

    private static LocalizedText Join(IEnumerable<LocalizedText?> texts)
    {
        var list = texts.OfType<LocalizedText>().ToList();
        return new LocalizedText(string.Join("\n", list.Select(t => t.Ja)), string.Join("\n", list.Select(t => t.En)));
    }

    /// <summary>The documents of a knowledge base: entries, patterns, countermeasures, measures, terms, checklist items.</summary>
    public static List<KnowledgeDocument> From(KnowledgeBase kb)
    {
        var docs = new List<KnowledgeDocument>();
        foreach (var e in kb.Entries)
        {
            docs.Add(Of(e.Id, KnowledgeDocumentKind.Entry, e.Title,
                [new LocalizedText(string.Join("、", e.KeywordsJa), string.Join(", ", e.KeywordsEn))],
                [e.Answer, e.Detail, e.Changes],
                [Category(e.Category), .. e.Measures.Select(id => kb.FindMeasure(id)?.Title)]) with
            {
                Questions = (e.QuestionsJa, e.QuestionsEn),
            });
        }

        foreach (var step in kb.Lifecycle)
        {
            foreach (var p in step.Patterns)
            {
                docs.Add(Of(p.Id, KnowledgeDocumentKind.Pattern, new LocalizedText($"{p.Title.Ja}（{step.Title.Ja}）", $"{p.Title.En} ({step.Title.En})"),
                    [p.Summary],
                    p.Steps.SelectMany(s => s.Concerns.Select(c => c.Text).Prepend(s.Action)),
                    [step.Title, step.Scope]));
            }

            var rows = step.Preconditions.Select(r => (Row: r, Pattern: (LifecyclePattern?)null))
                .Concat(step.Patterns.SelectMany(p => p.Steps.Select(r => (Row: r, Pattern: (LifecyclePattern?)p))));
            foreach (var (row, pattern) in rows)
            {
                foreach (var c in row.Countermeasures)
                {
                    var concerns = row.Concerns.Where(x => c.Addresses.Contains(x.Id)).Select(x => x.Text);
                    docs.Add(Of(c.Id, KnowledgeDocumentKind.Countermeasure, c.Text,
                        [Category(c.Category), c.Measure is null ? null : kb.FindMeasure(c.Measure)?.Title],
                        concerns.Append(row.Action).Append(c.Sme),
                        [pattern?.Title, step.Title], pattern?.Id));
                }
            }
        }

        foreach (var m in kb.Measures)
        {
            docs.Add(Of(m.Id, KnowledgeDocumentKind.Measure, m.Title,
                [new LocalizedText(m.Id, m.Id), Category(m.Category), m.Parent is null ? null : kb.FindMeasure(m.Parent)?.Title],
                [m.Summary, m.Sme], []));
        }

        foreach (var t in kb.Glossary)
        {
            docs.Add(Of(t.Id, KnowledgeDocumentKind.Term, t.Term,
                [new LocalizedText(string.Join("、", t.SynonymsJa), string.Join(", ", t.SynonymsEn))],
                [t.Definition], []));
        }

        foreach (var topic in kb.OutOfScope)
        {
            docs.Add(Of(topic.Id, KnowledgeDocumentKind.OutOfScope, topic.Title, [], [], []) with
            {
                Questions = (topic.QuestionsJa, topic.QuestionsEn),
            });
        }

        foreach (var template in kb.Checklists)
        {
            foreach (var item in template.Items)
            {
                docs.Add(Of(item.Id, KnowledgeDocumentKind.ChecklistItem, item.Text,
                    [Category(item.Category), item.Measure is null ? null : kb.FindMeasure(item.Measure)?.Title],
                    [item.Hint], [item.Section, template.Title], template.Id));
            }
        }

        return docs;
    }

    private static LocalizedText? Category(string? category) =>
        category is null ? null : KnowledgeTexts.CategoryLabel(category) is var (ja, en) ? new LocalizedText(ja, en) : null;
}
