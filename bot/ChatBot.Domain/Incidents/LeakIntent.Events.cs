using System.Text.RegularExpressions;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Incidents;

public static partial class LeakIntent
{
    /// <summary>How far past the event word its predicate may reach (紛失 + してしまいました).</summary>
    private const int PredicateReach = 20;

    /// <summary>
    /// A Japanese event word whose predicate is completed or suspected (紛失しました, 送っちゃった, 漏えいかも), or a state
    /// that is an event by itself (見当たらない); not hypothetical (紛失したら, 紛失した場合) nor negated (公開していません).
    /// Weak words and states count only when <paramref name="sensitive"/>: the message names data or a document.
    /// </summary>
    private static string? JapaneseEvent(string clause, bool strict, bool sensitive)
    {
        if (sensitive)
        {
            foreach (Match state in LeakPatterns.JapaneseState.Matches(clause))
                if (!LeakPatterns.JapaneseInterfaceBefore.IsMatch(clause.AsSpan(0, state.Index)) && Told(clause, state.Index + state.Length, strict))
                    return $"ja state: {state.Value}";
        }

        IEnumerable<Match> words = LeakPatterns.JapaneseEvent.Matches(clause);
        if (sensitive) words = words.Concat(JapaneseWeakMatches(clause));
        foreach (var word in words)
        {
            var from = word.Index + word.Length;
            var reach = clause.Substring(from, Math.Min(PredicateReach, clause.Length - from));
            if (LeakPatterns.JapaneseNegation.IsMatch(reach)) continue;
            // 漏えいって…, 流出とは…: a leak noun as the topic (a verb's って, 送って, is its te-form and goes on).
            if (LeakPatterns.JapaneseTopicMarker.IsMatch(reach) && LeakPatterns.Topic.IsMatch(word.Value)) continue;
            var completion = LeakPatterns.JapaneseCompletion.Match(reach);
            // 漏えい時の対応…です, 紛失を防ぐ…: a general word between the event and its predicate makes it no event.
            if (completion.Success && LeakPatterns.JapaneseHypothetical.IsMatch(reach[..completion.Index])) continue;
            // 流出対応でお金どのくらいかかった: a question word between them gives the predicate to something else.
            if (completion.Success && LeakPatterns.JapaneseQuestion.IsMatch(reach[..completion.Index])) continue;
            if (completion.Success && Told(clause, from + completion.Index + completion.Length, strict)) return $"ja event: {word.Value}{reach[..(completion.Index + completion.Length)]}";
            // The word may itself end in a perfective form (送っちゃ, 置きっぱ): then it is told when nothing hypothetical follows.
            if (!completion.Success && LeakPatterns.JapaneseCompletion.IsMatch(word.Value) && Told(clause, from, strict)) return $"ja event: {word.Value}";
        }
        return null;
    }

    // A one-clause message is scanned by the clause rules and, when they find no event, again as a whole by the topic
    // fallback: the last scan of the two costliest expressions is kept, per thread, so the same text is not scanned twice.
    [ThreadStatic] private static string? _japaneseWeakText;
    [ThreadStatic] private static MatchCollection? _japaneseWeak;
    [ThreadStatic] private static string? _englishWeakText;
    [ThreadStatic] private static Match? _englishWeak;

    private static MatchCollection JapaneseWeakMatches(string text)
    {
        if (_japaneseWeak is null || !string.Equals(_japaneseWeakText, text, StringComparison.Ordinal))
        {
            _japaneseWeak = LeakPatterns.JapaneseWeakEvent.Matches(text);
            _japaneseWeakText = text;
        }
        return _japaneseWeak;
    }

    private static Match EnglishWeakMatch(string text)
    {
        if (_englishWeak is null || !string.Equals(_englishWeakText, text, StringComparison.Ordinal))
        {
            _englishWeak = LeakPatterns.EnglishWeakEvent.Match(text);
            _englishWeakText = text;
        }
        return _englishWeak;
    }

    /// <summary>
    /// A trouble cue (ちがってた, はずなのに, と連絡がありました) followed by a told, not negated predicate, in a message that
    /// names data: the catch-all for mishaps told in words no event class lists. Only for statements (the caller checks).
    /// </summary>
    private static string? JapaneseTrouble(string clause)
    {
        if (LeakPatterns.JapaneseTrouble.Match(clause) is not { Success: true } cue) return null;
        // 間違っていません: the cue's own verb negated.
        var end = cue.Index + cue.Length;
        if (LeakPatterns.JapaneseNegation.IsMatch(clause.AsSpan(end, Math.Min(8, clause.Length - end)))) return null;
        foreach (Match completion in LeakPatterns.JapaneseCompletion.Matches(clause, cue.Index))
            if (Told(clause, completion.Index + completion.Length, strict: false)) return $"ja trouble: {cue.Value}…{completion.Value}";
        return null;
    }

    /// <summary>A carrier simply not there (USBない…), told without a hypothetical after it.</summary>
    private static string? JapaneseAbsence(string clause)
    {
        foreach (Match absence in LeakPatterns.JapaneseAbsence.Matches(clause))
            if (Told(clause, absence.Index + absence.Length, strict: false)) return $"ja absence: {absence.Value}";
        return null;
    }

    /// <summary>
    /// Whether the predicate that ends at <paramref name="end"/> tells an event: nothing hypothetical follows it within the
    /// inflection (したら, した場合, したとき), and, in a clause that asks, it ends the clause or a connective follows
    /// (したのですが) rather than a noun (した書類は).
    /// </summary>
    private static bool Told(string clause, int end, bool strict)
    {
        var tail = clause[end..];
        var inflection = 0;
        while (inflection < tail.Length && inflection < 6 && KnowledgeText.IsHiragana(tail[inflection])) inflection++;
        var window = tail[..Math.Min(tail.Length, inflection + 2)];
        // The inflection and the two characters after it, plus the last characters of the predicate: 〜してしまった場合.
        var predicate = clause[Math.Max(0, end - 3)..end] + window;
        if (LeakPatterns.JapaneseHypothetical.IsMatch(predicate)) return false;
        if (!strict) return true;
        // 「USBなくしたって部下から言われたら何すれば?」: a later past conditional makes the whole report a supposition.
        return LeakPatterns.JapaneseFinite.IsMatch(tail) && !LeakPatterns.JapanesePastConditional.IsMatch(tail);
    }

    /// <summary>
    /// An English statement (not a question, not hypothetical) with an event word (lost, stolen, hacked) or a send
    /// with a mistake word in the same clause (emailed … to the wrong …, accidentally posted).
    /// </summary>
    private static string? EnglishEvent(string clause, bool strict, bool sensitive)
    {
        if (!LeakPatterns.HasLatin(clause) || LeakPatterns.EnglishQuestionOpener.IsMatch(clause)) return null;
        if (strict && !LeakPatterns.EnglishSubjectOpener.IsMatch(clause) && !KnowledgeText.HasCjk(clause)) return null;
        if (LeakPatterns.EnglishEvent.Match(clause) is { Success: true } word) return $"en event: {word.Value}";
        if (!sensitive) return null;
        if (EnglishWeakMatch(clause) is { Success: true } weak) return $"en event: {weak.Value}";
        if (LeakPatterns.EnglishSend.Match(clause) is { Success: true } send && LeakPatterns.EnglishMistake.Match(clause) is { Success: true } mistake)
            return $"en send: {send.Value} + {mistake.Value}";
        return null;
    }

    /// <summary>A request to report: 報告したい, 漏えい等を報告する, I want to report…; a how-to question is not one.</summary>
    private static string? ReportRequest(string clause, bool strict)
    {
        if (LeakPatterns.JapaneseReport.Match(clause) is { Success: true } ja &&
            (!strict || LeakPatterns.JapaneseFinite.IsMatch(clause[(ja.Index + ja.Length)..]) || LeakPatterns.JapaneseRequestTail.IsMatch(clause[(ja.Index + ja.Length)..])))
            return $"ja report request: {ja.Value}";
        if (!LeakPatterns.EnglishQuestionOpener.IsMatch(clause) && LeakPatterns.EnglishReport.Match(clause) is { Success: true } en)
            return $"en report request: {en.Value}";
        return null;
    }
}
