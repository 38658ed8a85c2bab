using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// What a question asks for beyond its topic words. A question about preventing or preparing for trouble
/// (盗難防止, 持ち出すとき, how to avoid misdirected mail) shares its nouns (盗難, 持ち出し, 誤送信) with the entries on
/// what to report after it happened; the nouns cannot tell them apart, the verbs can.
/// </summary>
internal static partial class QuestionIntent
{
    [GeneratedRegex(@"防止|防[ぐげご]|予防|対策|備え|気を[つ付]け|注意|しまえば|しまう|しまっておく|保管すれば|置いておく|置きっぱなし|持ち出す(とき|時|際|場合|なら)|持ち運|運ぶ(とき|時|際)|ないように|(体制|ルール)を?(決め|作|整え)|\b(prevent\w*|avoid\w*|precautions?|safeguards?|protect\w*|prepare\w*|in\s+advance|beforehand|risks?|be\s+careful|set\s+up|where\s+should\s+we\s+(keep|store|put)|how\s+(should|do|can)\s+(we|i)\s+(keep|store|carry|send|take))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prevention();

    // After the fact: a report, a deadline or a notice is what an incident entry answers, whatever else is asked.
    [GeneratedRegex(@"報告|届け?出|期限|速報|確報|通知|公表|(し|され|やられ|盗まれ|漏れ|なくし|失くし|落とし)(た|ちゃった|てしまった)(ら|とき|時|場合|けど|んだ|。|$)|\b(report\w*|notif\w*|deadlines?|stolen|leaked|was\s+lost|got\s+hacked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheFact();

    /// <summary>Whether the question asks how to prevent or prepare for trouble, not what to do once it happened.</summary>
    public static bool AsksPrevention(string question) => Prevention().IsMatch(question) && !AfterTheFact().IsMatch(question);
}
