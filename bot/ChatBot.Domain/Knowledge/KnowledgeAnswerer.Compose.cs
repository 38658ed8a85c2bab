using System.Text;

namespace ChatBot.Domain.Knowledge;

public sealed partial class KnowledgeAnswerer
{
    private const int MaxBullets = 3;

    /// <summary>What an answer is made of before citations are numbered.</summary>
    private sealed record Composed(string Text, string Title, string Summary, string? Category,
        IReadOnlyList<SourceCitation> Sources, IReadOnlyList<string> Related);

    private Composed Compose(KnowledgeHit hit, KnowledgeLanguage l)
    {
        switch (hit.Kind)
        {
            case KnowledgeDocumentKind.Entry when _kb.FindEntry(hit.Id) is { } e:
                return new Composed(Fit(e.Answer.Get(l)), e.Title.Get(l), KnowledgeText.FirstSentence(e.Answer.Get(l)),
                    e.Category, e.Sources, e.Related);

            case KnowledgeDocumentKind.Pattern when _kb.FindPattern(hit.Id) is { } p:
                return ComposePattern(p, l);

            case KnowledgeDocumentKind.Countermeasure when _kb.FindCountermeasure(hit.Id) is var (pattern, c):
                return ComposeCountermeasure(pattern, c, l);

            case KnowledgeDocumentKind.Measure when _kb.FindMeasure(hit.Id) is { } m:
                return ComposeMeasure(m, l);

            case KnowledgeDocumentKind.Term when _kb.FindTerm(hit.Id) is { } t:
                var definition = t.Definition?.Get(l) ?? "";
                return new Composed(Fit($"**{t.Term.Get(l)}**: {definition}"), t.Term.Get(l),
                    KnowledgeText.FirstSentence(definition), null, t.Sources, t.See);

            case KnowledgeDocumentKind.ChecklistItem when _kb.FindChecklistItem(hit.Id) is var (template, item):
                var text = new StringBuilder();
                text.Append(Tag(item.Category, l)).Append(KnowledgeTexts.ChecklistLabel(l)).Append(": ").AppendLine(item.Text.Get(l));
                if (item.Hint is not null)
                {
                    text.AppendLine().Append(KnowledgeTexts.HowToCheck(l)).Append(' ').AppendLine(item.Hint.Get(l));
                }

                return new Composed(Fit(text.ToString()), item.Text.Get(l), KnowledgeText.FirstSentence(item.Text.Get(l)),
                    item.Category, item.Sources.Count > 0 ? item.Sources : template.Sources,
                    item.Measure is null ? [] : [item.Measure]);

            default:
                throw new InvalidOperationException($"The index returned '{hit.Id}', which the knowledge base does not hold.");
        }
    }

    private Composed ComposePattern(LifecyclePattern p, KnowledgeLanguage l)
    {
        var step = _kb.FindStep(p.StepId);
        var title = step is null ? p.Title.Get(l) : $"{p.Title.Get(l)} ({step.Title.Get(l)})";
        var text = new StringBuilder();
        text.Append("**").Append(title).AppendLine("**");
        if (p.Summary is not null)
        {
            text.AppendLine(KnowledgeText.FirstSentence(p.Summary.Get(l)));
        }

        // What to do first: the countermeasures of the highest-risk concerns, one per category where possible.
        var risk = p.Concerns.ToDictionary(c => c.Id, c => c.Risk switch { "high" => 0, "medium" => 1, "low" => 2, _ => 1 });
        var first = p.Countermeasures
            .Select((c, i) => (c, i, Rank: c.Addresses.Select(a => risk.GetValueOrDefault(a, 1)).DefaultIfEmpty(1).Min()))
            .OrderBy(x => x.Rank).ThenBy(x => x.i)
            .DistinctBy(x => x.c.Category).Take(MaxBullets).OrderBy(x => x.i).Select(x => x.c).ToList();
        if (first.Count > 0)
        {
            text.AppendLine().AppendLine(KnowledgeTexts.WhatToDoFirst(l));
            foreach (var c in first)
            {
                text.Append("- ").Append(Tag(c.Category, l)).AppendLine(KnowledgeText.Shorten(c.Text.Get(l), 140));
            }
        }

        var category = first.GroupBy(c => c.Category).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var siblings = step?.Patterns.Where(x => x.Id != p.Id).Select(x => x.Id) ?? [];
        return new Composed(Fit(text.ToString()), title, p.Summary is null ? title : KnowledgeText.FirstSentence(p.Summary.Get(l)),
            category, p.Sources.Count > 0 ? p.Sources : step?.Sources ?? [], siblings.ToList());
    }

    private Composed ComposeCountermeasure(LifecyclePattern? pattern, Countermeasure c, KnowledgeLanguage l)
    {
        var step = pattern is null ? _kb.Lifecycle.FirstOrDefault(s => s.Preconditions.Any(r => r.Countermeasures.Contains(c)))
            : _kb.FindStep(pattern.StepId);
        var context = pattern is null ? step?.Title.Get(l) : $"{pattern.Title.Get(l)} / {step?.Title.Get(l)}";
        var text = new StringBuilder();
        text.Append(Tag(c.Category, l)).AppendLine(c.Text.Get(l));
        var concerns = (pattern?.Concerns ?? step?.Preconditions.SelectMany(r => r.Concerns) ?? [])
            .Where(x => c.Addresses.Contains(x.Id)).Take(MaxBullets).ToList();
        if (concerns.Count > 0)
        {
            text.AppendLine().AppendLine(KnowledgeTexts.Addresses(l));
            foreach (var concern in concerns)
            {
                text.Append("- ").AppendLine(KnowledgeText.Shorten(concern.Text.Get(l), 120));
            }
        }

        if (c.Sme is not null)
        {
            text.AppendLine().Append(KnowledgeTexts.ForSmallBusinesses(l)).Append(' ').AppendLine(c.Sme.Get(l));
        }

        if (context is not null)
        {
            text.AppendLine().Append('(').Append(context).Append(')');
        }

        var sources = c.Sources.Count > 0 ? c.Sources : pattern?.Sources ?? step?.Sources ?? [];
        IReadOnlyList<string> related = [.. new[] { pattern?.Id, c.Measure }.OfType<string>()];
        return new Composed(Fit(text.ToString()), KnowledgeText.Shorten(c.Text.Get(l), 80), KnowledgeText.FirstSentence(c.Text.Get(l)),
            c.Category, sources, related);
    }

    private Composed ComposeMeasure(Measure m, KnowledgeLanguage l)
    {
        var title = $"{m.Id} {m.Title.Get(l)}";
        var text = new StringBuilder();
        text.Append(Tag(m.Category, l)).Append("**").Append(title).AppendLine("**");
        if (m.Summary is not null)
        {
            text.AppendLine(m.Summary.Get(l));
        }

        if (m.Sme is not null)
        {
            text.AppendLine().Append(KnowledgeTexts.ForSmallBusinesses(l)).Append(' ').AppendLine(m.Sme.Get(l));
        }

        var related = _kb.Measures.Where(x => x.Parent == m.Id).Select(x => x.Id).Prepend(m.Parent).OfType<string>().ToList();
        return new Composed(Fit(text.ToString()), title, m.Summary is null ? title : KnowledgeText.FirstSentence(m.Summary.Get(l)),
            m.Category, m.Sources, related);
    }

    private static string Tag(string? category, KnowledgeLanguage l) =>
        category is null ? "" : KnowledgeTexts.CategoryTag(category, l) is { Length: > 0 } tag ? tag + " " : "";

    /// <summary>Keeps a text within <see cref="MaxAnswerLength"/> visible characters: whole lines first, then a cut.</summary>
    private static string Fit(string text)
    {
        var lines = text.TrimEnd().Split('\n').Select(x => x.TrimEnd('\r')).ToList();
        while (lines.Count > 1 && KnowledgeText.VisibleLength(string.Join('\n', lines)) > MaxAnswerLength)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var fitted = string.Join('\n', lines).TrimEnd();
        return KnowledgeText.VisibleLength(fitted) > MaxAnswerLength ? KnowledgeText.Shorten(fitted, MaxAnswerLength) : fitted;
    }
}
