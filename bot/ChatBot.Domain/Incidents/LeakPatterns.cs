using System.Reflection;
using System.Text.RegularExpressions;
using static ChatBot.Domain.Incidents.LeakVocabulary;

namespace ChatBot.Domain.Incidents;

/// <summary>
/// <see cref="LeakVocabulary"/> compiled once, one expression per word class. Compiled to IL: interpreted, the long
/// alternations (a leading lookaround leaves the engine no literal to search for) took ~0.25 ms a message, a fifth of
/// a knowledge turn.
/// </summary>
internal static class LeakPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static readonly Regex JapaneseEvent = Any(JapaneseEvents);
    public static readonly Regex JapaneseWeakEvent = Any(JapaneseWeakEvents);
    public static readonly Regex JapaneseState = Any(JapaneseStates);
    public static readonly Regex JapaneseAbsence = Any(JapaneseAbsences);

    /// <summary>A clause that ends in a te-form or a verb stem (間違えて、 / 盗難にあい、) goes on in the next one: its predicate is there.</summary>
    public static readonly Regex JapaneseRunOn = new("(?:て|で|[いりしきえちみびぎけせれねめべ])$", Options, Timeout);
    public static readonly Regex JapaneseCompletion = Any(JapaneseCompletions);
    public static readonly Regex JapaneseHypothetical = Any(JapaneseHypotheticals);
    public static readonly Regex JapaneseOpener = Any(JapaneseHypotheticalOpeners);
    public static readonly Regex JapaneseCondition = new("(?:" + string.Join("|", JapaneseConditionEndings) + ")$", Options, Timeout);
    public static readonly Regex JapaneseQuestion = Any(JapaneseQuestionCues);
    public static readonly Regex JapaneseTrouble = Any(JapaneseTroubleCues);

    /// <summary>A past verb made a condition (言われたら, 起きた場合, 見つかったとき), not a bare この場合.</summary>
    public static readonly Regex JapanesePastConditional = new(
        "(?:[っしいれんえけきてねげめせべちびりみじでかがず]た|[いん]だ)(?:ら|場合|とき|時|際)", Options, Timeout);
    public static readonly Regex JapaneseHeadline = new("(?:" + string.Join("|", JapaneseEvents) + ")$", Options, Timeout);
    public static readonly Regex JapaneseReport = Any(JapaneseReportRequests);

    /// <summary>A negated predicate (公開していません, 送信しない): no event happened.</summary>
    public static readonly Regex JapaneseNegation = new("(?:てい|て|し|され|でき|でい)(?:ない|ません|なかった)", Options, Timeout);

    /// <summary>
    /// How a Japanese sentence ends when it asks: か, かな, の, っけ, or a bare topic (紛失時の対応は, 漏えいって). After a
    /// verb, って is hearsay (まだ届いてないって, 盗まれたって): it tells.
    /// </summary>
    public static readonly Regex JapaneseAskingEnd = new("(?:か|かな|かね|かしら|の|っけ|は|(?<![いただ])って)[\\s。!…w笑ー]*$", Options, Timeout);

    /// <summary>Connectives and hedges: a finite event, so a told one even in a sentence that asks.</summary>
    public static readonly Regex JapaneseFinite = new("^(?:" + string.Join("|", JapaneseFiniteFollowers) + ")", Options, Timeout);

    public static readonly Regex EnglishEvent = Any(Ascii(EnglishEvents));
    public static readonly Regex EnglishWeakEvent = Any(Ascii(EnglishWeakEvents));
    public static readonly Regex EnglishSend = Any(Ascii(EnglishSends));
    public static readonly Regex EnglishMistake = Any(Ascii(EnglishMistakes));
    public static readonly Regex EnglishHypothetical = Any(Ascii(EnglishHypotheticals));
    public static readonly Regex EnglishReport = Any(Ascii(EnglishReportRequests));

    /// <summary>Words that open an English question; "Was told…", "Were notified…" drop their subject and tell.</summary>
    public static readonly Regex EnglishQuestionOpener = new(
        "^\\W*(?:" + string.Join("|", EnglishQuestionOpeners) + ")\\b(?! (?:just )?(?:told|informed|notified|advised|warned|alerted)\\b)",
        Options, Timeout);

    /// <summary>A clause that starts with its subject is a statement even when it ends with a question mark.</summary>
    public static readonly Regex EnglishSubjectOpener = new(
        "^\\W*(?:i|we|my|our|someone|somebody|one of|an?|the|this|it|they|he|she|ok|so|oh|help|oops|ugh|um|sorry)\\b", Options, Timeout);

    public static readonly Regex Topic = Any(Ascii(Topics));

    /// <summary>漏えいって…, 流出とは…: the event noun is the topic of the sentence, talked about rather than told.</summary>
    public static readonly Regex JapaneseTopicMarker = new("^[一-龥]{0,2}(?:って|とは)", Options, Timeout);

    /// <summary>What may follow 報告させて, 報告をお願い in a sentence that asks: a polite request, not a question.</summary>
    public static readonly Regex JapaneseRequestTail = new("^(?:ください|下さい|いただ|頂|もらえ|もらい|ほしい|欲しい|願)", Options, Timeout);

    /// <summary>Something happened (さっき総務で起きたやつです, it happened this morning), told in a sentence of its own.</summary>
    public static readonly Regex JapaneseOccurrence = new("(?:起き|おき|起こっ|おこっ|発生し)(?=[たてち]|まし)", Options, Timeout);
    public static readonly Regex EnglishOccurrence = Any(Ascii([@"\b(?:it|this|that|something|one) (?:just |already )?(?:happened|occurred)\b"]));

    /// <summary>以前うちで紛失事故があったと聞きましたが…?: a past incident known by hearsay, asked about, not told.</summary>
    public static readonly Regex JapanesePastHearsay = new(
        "(?:以前|過去|かつて|昔|前に|何年か前|去年|昨年|一昨年)[^。?]{0,30}(?:あった|起きた|起こった)(?:と|って)(?:聞|きい|きき)", Options, Timeout);

    /// <summary>One's own My Number card: losing it is a matter for the city office, not the company's leak.</summary>
    public static readonly Regex OwnCard = Any(Ascii(OwnCards));

    /// <summary>A screen, a field or a page just before 見つからない, 足りない: the user looks for a part of a tool or a form.</summary>
    public static readonly Regex JapaneseInterfaceBefore = new(
        "(?:画面|ぼたん|ぺーじ|りんく|めにゅー|項目|欄|設定|様式|ひな形|雛形|ひながた|てんぷれーと|さいと|あぷり|方法|やり方|場所|答え|説明|手順|機能)(?:が|は|も)?$",
        Options, Timeout);
    public static readonly Regex Party = Any(Ascii(Parties));
    public static readonly Regex Entrusted = Any(Ascii(LeakVocabulary.Entrusted));
    public static readonly Regex SensitiveJapanese = Any(SensitiveThings.Where(w => !HasLatin(w)));
    public static readonly Regex SensitiveEnglish = Any(Ascii(SensitiveThings.Where(HasLatin)));

    /// <summary>Whether the message names data or a document (<see cref="SensitiveThings"/>), the Japanese words tried first.</summary>
    public static bool Sensitive(string text) => SensitiveJapanese.IsMatch(text) || (HasLatin(text) && SensitiveEnglish.IsMatch(text));

    /// <summary>
    /// Whether the (lower-cased) text has a Latin letter: every English pattern needs one, so a Japanese clause skips them,
    /// the costliest expressions of all.
    /// </summary>
    public static bool HasLatin(string text) => text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

    /// <summary>
    /// English word boundaries against Latin letters only: in 「USB lostしました」 the kana after "lost" is a letter to
    /// <c>\b</c>, not to a reader.
    /// </summary>
    private static IEnumerable<string> Ascii(IEnumerable<string> words) => words.Select(Ascii);

    /// <summary>
    /// Next to a letter or digit of the word itself, the boundary is one lookaround (\bstolen\b: nothing alphanumeric before
    /// s, nor after n); the two-sided form is left only where the pattern beside it is not a plain character. Same
    /// matches, but each attempt is a single check instead of an alternation of two, and a third of the time saved.
    /// </summary>
    private static string Ascii(string word)
    {
        const string either = "(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))";
        var result = new System.Text.StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != '\\' || i + 1 == word.Length || word[i + 1] != 'b')
            {
                // Keep any other escape whole, so \\b or \db is never read as a boundary.
                result.Append(word[i]);
                if (word[i] == '\\' && i + 1 < word.Length) result.Append(word[++i]);
                continue;
            }
            var before = i >= 1 && Plain(word, i - 1) && (i < 2 || word[i - 2] != '\\');
            var after = i + 2 < word.Length && Plain(word, i + 2) && (i + 3 == word.Length || word[i + 3] is not ('?' or '*' or '{'));
            result.Append(after ? "(?<![a-z0-9])" : before ? "(?![a-z0-9])" : either);
            i++;
        }
        return result.ToString();

        static bool Plain(string w, int at) => w[at] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
    }

    private static Regex Any(IEnumerable<string> words) =>
        new("(?:" + string.Join("|", words) + ")", Options, Timeout);

    /// <summary>
    /// A compiled expression is JIT-compiled on its first match, and that counts against its timeout: on a busy machine
    /// the first message would time out and pass as no leak. Matched once here instead.
    /// </summary>
    static LeakPatterns()
    {
        foreach (var field in typeof(LeakPatterns).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is Regex regex)
            {
                try
                {
                    _ = regex.IsMatch("warm up: 漏えい lost it");
                }
                catch (RegexMatchTimeoutException)
                {
                    // Compiling took longer than a match may; it is compiled all the same.
                }
            }
        }
    }
}
