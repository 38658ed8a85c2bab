using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The words nearly every question here contains: 「マイナンバー」, "my number". They tell nothing about which entry is
/// meant, yet a long katakana word is five bigrams and would outweigh the words that do tell (郵送, 廃棄, leaving).
/// Ranking leaves them out, unless nothing else is left; whether to answer at all still weighs the whole question.
/// </summary>
internal static partial class DomainWords
{
    [GeneratedRegex(@"まいなんばー|マイナンバー|ﾏｲﾅﾝﾊﾞｰ|個人番号|\bmy\s*numbers?\b|\bindividual\s+numbers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ubiquitous();

    // マイナ and まいな cover マイナンバー, マイナカード, マイナ保険証 alike.
    [GeneratedRegex(@"マイナ|まいな|ﾏｲﾅﾝﾊﾞｰ|個人番号|\bmy\s*numbers?\b|\bmyna|\bindividual\s+numbers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MyNumberNamed();

    [GeneratedRegex(@"従業員|社員|職員|会社|当社|弊社|うちの会社|担当|本人確認|身元確認|番号確認|人事|給与|経理|総務|部署|入社|退職|委託|取引先|支払先|扶養|社労士|税理士|顧問|子会社|支店|支社|\b(employees?|staff|company|companies|payroll|hr|handlers?|employer|workers?|hires?|colleagues?|accountants?|consultants?|contractors?|vendors?|payees?|subsidiar(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Workplace();

    /// <summary>
    /// Whether the question speaks of the workplace (employees, HR, payroll, handlers, the identity checks an employer
    /// makes): then My Number in it is the organization's business, not the asker's own card or tax return.
    /// </summary>
    public static bool SpeaksOfWorkplace(string question) => Workplace().IsMatch(question);

    [GeneratedRegex(@"使[いうえおっわ]|利用|活用|流用|転用|管理[しする]|紐[づ付]け|ひもづけ|キーに|代わりに|がわりに|かわりに|\b(use|using|used|manage|managing|track|tracking|identify|identifying|link|linking|key|instead\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutToUse();

    /// <summary>Whether the question speaks of putting something to a use (使いたい, 管理する, use it as, link).</summary>
    public static bool SpeaksOfUse(string question) => PutToUse().IsMatch(question);

    /// <summary>Whether the question names My Number at all (マイナカード, マイナ保険証 included).</summary>
    public static bool Mentions(string question) => MyNumberNamed().IsMatch(question);

    public static string Strip(string question)
    {
        var stripped = Ubiquitous().Replace(question, " ");
        return stripped.Count(char.IsLetter) >= 2 ? stripped : question;
    }
}
