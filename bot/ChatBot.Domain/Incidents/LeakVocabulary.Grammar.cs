namespace ChatBot.Domain.Incidents;

/// <summary>Japanese grammar <see cref="LeakIntent"/> reads: what makes an event told, hypothetical or asked.</summary>
internal static partial class LeakVocabulary
{
    /// <summary>
    /// Japanese forms that make the event a fact or a suspicion: past and perfective (〜た, 〜ました, 〜てしまった,
    /// 〜ちゃった), a state (〜ていた, 〜ている), hedges (かも, みたい, っぽい, らしい, ようです, 可能性). A few slips of the
    /// keyboard (まひた) are forms too.
    /// </summary>
    public static readonly string[] JapaneseCompletions =
    [
        "ました", "まひた", "ましあ", "でした", "てしま", "でしま", "ちゃっ", "ちゃい", "ちゃう", "じゃっ", "じゃい", "ちまっ",
        "(?:[っしいれんえけきてねげめせべちびりみじでかがず]|[一-龥]|^)た(?![めいくちらろぶ])", "(?:ん|い)だ(?![めら])",
        "てい[るたまくっ]", "てる", "てた", "てく(?![だれ])", "でい[るたま]", "でる", "でた", "かも", "みたい", "っぽ", "らしい", "ようで", "ようだ", "可能性", "疑い", "と思", "気がし",
        "ない(?:です|んです|の|。|$|、)", "ません", "なく(?:て|なっ)", "です(?!か)", "発生",
        // dialect: Kansai 〜てもうた, 〜てしもた (〜てしまった) and 〜てん (〜たんだ); western 〜とった, 〜とる (〜ていた)
        "(?:て|で)(?:しも|も)う?た", "(?:て|で)ん(?=[。、!…wー]|けど|$|わ|て)", "(?:[しいきちりみびぎ]|っ)と(?:っ[たて]|る|ります|りました)",
        // an input slip that left a Latin letter inside the polite past: なくしまsた, なくしましtた
        "まし?[a-z]{1,3}た",
    ];

    /// <summary>Japanese forms that make the event hypothetical or general: if, when, in case, even if, to prevent.</summary>
    public static readonly string[] JapaneseHypotheticals =
    [
        "たら(?!し[いくかけ])", "だら(?!し[いくかけ])", "なら", "場合", "ばあい", "とき", "時(?![間点頃刻])", "際", "ても(?!う?た)", "れば", "ないように", "ないよう(?:気|注意|確認)", "ないため",
        "防", "ふせ", "対策", "予防", "防止", "ことがある", "ことはある", "ことがあ", "としたら", "とすると", "かどうか", "べき", "禁止",
        // general nouns after the leak word: 漏えい事例を紹介したい talks about leaks, tells none
        "事例", "研修", "訓練", "資料", "規程", "規定", "まにゅある", "統計", "件数", "にゅーす",
    ];

    /// <summary>
    /// Japanese cues that something went wrong, too common to be leak words: a mistake (ちがってた, ずれて), alarm (やばい,
    /// どうしよう), an expectation that failed (はずなのに, つもりが), someone telling us (と連絡がありました), a discovery
    /// (ことが判明), something strange (変なポップアップ), another person. A told cue in a statement that names data is
    /// a description; input slips (入力を間違えた) are not cues.
    /// </summary>
    public static readonly string[] JapaneseTroubleCues =
    [
        "(?<!入力|入力を|記入|記入を|登録|登録を|計算|計算を|転記|転記を|変換|変換を|読み)(?:間違|まちが|違っ|ちがっ|違う|ちがう|誤|みす|ずれ|ずら|取り違|入れ違)",
        "やばい|やべ|まずい|どうしよう|ごめん|申し訳|至急|緊急|助けて|たすけて",
        "はずの|はずが|はずなのに|はずだった|つもりが|つもりだった",
        "と(?:連絡|報告|指摘|問い合わせ|苦情|通報|相談)(?:が|を)(?:あ|き|受け)", "と言われ", "といわれ", "ことが(?:判明|発覚|分か|わか)", "気(?:づ|付)(?:い|き)", "のを見つけ",
        "変な|へんな|おかしな|おかしい|不審|怪しい|あやしい|見覚えのない|身に覚えのない",
        "他人|他の人|別の人|別人|本人以外|部外者|第三者|外部の人|誰か(?:が|に)",
    ];

    /// <summary>Japanese endings that make a whole clause a condition (〜が戻ってきた場合、…): nothing in it is told.</summary>
    public static readonly string[] JapaneseConditionEndings =
    [
        "場合(?:は|には|でも|も)?", "ばあい(?:は)?", "とき(?:は|には|でも|も)?", "時(?:は|には|でも|も)?", "際(?:は|には|も)?", "たら(?:ば)?", "だら", "なら(?:ば)?",
        "れば", "ても", "ては",
    ];

    /// <summary>Japanese markers ahead of a clause that make everything after them hypothetical.</summary>
    public static readonly string[] JapaneseHypotheticalOpeners = ["(?<!か)もし(?!かし|や)", "仮に", "かりに", "(?:他社|他の会社|よその会社|ニュース)で", "万が一", "万一", "まんがいち", "例えば", "たとえば"];

    /// <summary>
    /// What may follow a completed event in a sentence that asks something: connectives and hedges (紛失したのですが、…?),
    /// not a noun (紛失した書類は…? is a question about such documents).
    /// </summary>
    public static readonly string[] JapaneseFiniteFollowers =
    [
        "の(?:です(?!か)|でしょ|だ|で(?!すか))", "んです(?!か)", "んだ", "んで(?!すか)", "が",
        // hearsay: someone told us of it (紛失したとか言ってきて, 漏れたと連絡, なくなったそうです)
        "とか", "と(?:言|いっ|いわ|連絡|報告|聞|きい|きき|電話)", "そう(?:です|だ|で|な)", "けど", "けれど", "ので", "から", "かも", "よ", "ね", "し", "っぽ", "みたい",
        "らしい", "と思", "気が", "ようで", "ようだ", "です(?!か)", "でした", "…", "・", "ー", "w", "笑", "!", "ぞ", "わ", "って", "。", "、", "$",
    ];

    /// <summary>Japanese cues that a sentence asks something (the bot is asked, not told).</summary>
    public static readonly string[] JapaneseQuestionCues =
    [
        "どうすれば", "どうしたら", "どうする", "どうやって", "どのよう", "いつまで", "何日", "なんにち", "何時間", "何を", "なにを",
        "誰に(?!も)", "だれに(?!も)", "どこに(?!も)", "どこへ(?!も)", "何が", "なにが", "とは", "って何", "ってなに", "必要です?か", "べき", "教えて", "知りたい",
        "(?<!聞いて|きいて)(?:ください|下さい)", "方法", "どういう(?!わけ|訳)", "どんな", "なぜ(?!か)", "どうして(?!も)", "ですか", "ますか", "でしょうか", "どのくらい", "どれくらい", "どれぐらい", "いくら", "何人", "何件",
    ];

    /// <summary>Japanese asks to report (報告したい, 報告をお願いしたい, 報告の手続きをしたい, the help card's 漏えい等を報告する).</summary>
    public static readonly string[] JapaneseReportRequests =
    [
        "報告(?:を|の手続きを|手続きを|を行い|を上げ|をあげ)?(?:したい|しま[すし]|させて|お願い|行いたい|上げたい|あげたい|する$|する。|したほうが|した方が)",
        "報告の手続きをしたい", "届け?出(?:たい|ます|をしたい)", "申告したい",
    ];
}
