using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Incidents;

/// <summary>What a message says about a leak.</summary>
public enum LeakIntentKind
{
    /// <summary>Nothing about a leak, a loss or a misdirected send.</summary>
    None,

    /// <summary>The user tells of an event (or a suspicion of one) or asks to report one: the report form comes first.</summary>
    Description,

    /// <summary>The user asks about leaks (deadlines, what counts, prevention, "what if"): the knowledge base answers.</summary>
    Question,
}

/// <summary>
/// The verdict and the rule that gave it, so a wrong verdict can be traced to one word class. The rule quotes the
/// words that matched: it is user text, for tests and debugging, never for a log.
/// </summary>
public sealed record LeakIntentResult(LeakIntentKind Kind, string Rule)
{
    public static readonly LeakIntentResult None = new(LeakIntentKind.None, "no leak word");
}

/// <summary>
/// Tells a described leak from a question about leaks, from linguistic cues only: a leak word (漏えい, 紛失, 誤送信,
/// lost, stolen, sent to the wrong…) in a clause whose predicate is a completed or suspected event (〜た, 〜ました,
/// 〜てしまった, かも; an English statement) is a description, unless the clause is hypothetical (もし, 〜たら, 場合,
/// if). In a sentence that asks something the event must end its clause (紛失したのですが、…?) rather than qualify a
/// noun (紛失した書類は…?). A request to report (報告したい, I want to report) is a description too. Statements that
/// name data are read more widely: a clause ending in 〜て runs into the next, a trouble cue (ちがってた, はずなのに,
/// と連絡がありました) with a told predicate is a description, and so is a headline (PC盗難。人事データあり). Pure: no I/O.
/// </summary>
public static partial class LeakIntent
{
    public static LeakIntentResult Classify(string? message)
    {
        if (string.IsNullOrWhiteSpace(message)) return LeakIntentResult.None;
        try
        {
            return ClassifyNormalized(Normalize(message));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // The expressions are bounded; should one still run away, the message goes to the usual answer, not to a 500.
            return new LeakIntentResult(LeakIntentKind.None, "timed out");
        }
    }

    private static LeakIntentResult ClassifyNormalized(string text)
    {
        var result = ClassifyStatement(text);
        // 自分のマイナンバーカード落とした: with nothing else sensitive named (人事に言う names a party, not data), one's own
        // card is the person's matter for the city office; a card the company was keeping is the company's.
        if (result.Kind == LeakIntentKind.Description && LeakPatterns.OwnCard.Match(text) is { Success: true } own &&
            !LeakPatterns.Entrusted.IsMatch(text) && !LeakPatterns.Sensitive(LeakPatterns.Party.Replace(LeakPatterns.OwnCard.Replace(text, " "), " ")))
            return new LeakIntentResult(LeakIntentKind.Question, $"own card, nothing else sensitive: {own.Value}");
        return result;
    }

    private static LeakIntentResult ClassifyStatement(string text)
    {
        // Weak event words (なくした, lost, left…) count only where the message names data or a document.
        var sensitive = LeakPatterns.Sensitive(text);
        var sentences = Sentences(text);
        foreach (var sentence in sentences)
        {
            var asks = AsksSomething(sentence);
            if (asks && LeakPatterns.JapanesePastHearsay.IsMatch(sentence)) continue;
            var clauses = Clauses(sentence);
            for (var i = 0; i < clauses.Count; i++)
            {
                var clause = clauses[i];
                // もし/if make the rest of the sentence hypothetical: 「もし、USBを紛失したら」.
                if (LeakPatterns.JapaneseOpener.IsMatch(clause) || LeakPatterns.EnglishHypothetical.IsMatch(clause)) break;
                // 「〜が戻ってきた場合、」: a clause that is a condition tells nothing, whatever it holds.
                if (i < clauses.Count - 1 && LeakPatterns.JapaneseCondition.IsMatch(clause)) continue;
                // Only the clause that carries the question must end in a finite form; earlier ones are statements.
                var strict = asks && i == clauses.Count - 1;
                if (ReportRequest(clause, strict) is { } request && LeakPatterns.Topic.IsMatch(text)) return Described(request);
                if (JapaneseEvent(clause, strict, sensitive) is { } japanese) return Described(japanese);
                if (EnglishEvent(clause, strict, sensitive) is { } english) return Described(english);
                if (!asks && sensitive && JapaneseAbsence(clause) is { } absence) return Described(absence);
                if (RunOnEvent(clauses, i, asks, sensitive) is { } running) return Described(running);
            }
            // A trouble cue may stand in its own clause (やばい、ファイル消しちゃった): read over the whole statement.
            if (!asks && sensitive && !LeakPatterns.JapaneseOpener.IsMatch(sentence) && JapaneseTrouble(sentence) is { } trouble) return Described(trouble);
        }
        if (Headline(sentences) is { } headline) return Described(headline);
        if (Occurrence(sentences, text) is { } occurrence) return Described(occurrence);
        // A leak word without a told event: a question about leaks (or a hypothetical one).
        var topic = LeakPatterns.Topic.Match(text);
        if (!topic.Success) topic = LeakPatterns.JapaneseEvent.Match(text);
        var latin = LeakPatterns.HasLatin(text);
        if (!topic.Success && latin) topic = LeakPatterns.EnglishEvent.Match(text);
        if (!topic.Success && sensitive && JapaneseWeakMatches(text) is { Count: > 0 } weak) topic = weak[0];
        if (!topic.Success && sensitive && latin) topic = EnglishWeakMatch(text);
        return topic.Success ? new LeakIntentResult(LeakIntentKind.Question, $"leak word, no told event: {topic.Value}") : LeakIntentResult.None;
    }

    private static LeakIntentResult Described(string rule) => new(LeakIntentKind.Description, rule);

    /// <summary>Width, case and katakana folded as the knowledge index does, and curly apostrophes made straight.</summary>
    private static string Normalize(string message) =>
        KnowledgeText.Normalize(message).Replace('’', '\'').Replace('‘', '\'').Replace('〜', 'ー');
}
