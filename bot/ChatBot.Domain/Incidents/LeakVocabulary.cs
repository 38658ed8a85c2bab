namespace ChatBot.Domain.Incidents;

/// <summary>
/// The words <see cref="LeakIntent"/> reads, as regular-expression fragments over normalized text (NFKC, lower case,
/// katakana folded to hiragana: ウイルス is written ういるす here). Kept as one table so a missed phrasing is fixed by
/// adding a word to its class, not by a rule for one sentence.
/// </summary>
internal static class LeakVocabulary
{
    /// <summary>
    /// Japanese words that name a leak event on their own: leaking, loss, theft, a misdirected send, unauthorized access,
    /// ransomware. Kanji, kana and common slips (ふんしつ, ごそうしん) alike.
    /// </summary>
    public static readonly string[] JapaneseEvents =
    [
        "漏え?い", "漏洩", "ろうえい", "流出", "りゅうしゅつ", "情報漏",
        "紛失", "ふんしつ", "滅失",
        "盗ま", "ぬすま", "盗難", "とうなん", "盗られ", "盗み", "車上荒らし", "空き巣", "ひったく", "すられ", "泥棒", "侵入され", "こじ開け",
        "誤送", "ごそうしん", "ごそうふ", "誤配", "誤交付", "誤投函", "誤廃棄", "誤掲載", "誤公開", "誤発送", "誤転送", "誤封入", "入れ間違",
        "封入(?:みす|間違|誤り)",
        "(?:宛先|あて先|宛て先|送り先|送信先|送付先|宛名|あどれす)[^。、]{0,4}(?:間違|まちが|みす|違)",
        "別の(?:人|方|社員|従業員|会社|取引先|お客|退職者|部署)[^。]{0,12}(?:送|渡|郵送|返信|転送|めーる)",
        "不正(?:な)?あくせす", "不正ろぐいん", "乗っ取", "のっと(?:られ|り)", "はっきんぐ", "さいばー攻撃", "らんさむ", "えもてっと", "まるうぇあ",
        "(?:見知らぬ|不審な|海外|外部|知らない)[^。、]{0,15}(?:あくせす|ろぐいん)", "盗み見", "盗撮",
        "(?:個人)?番号を[^。、]{0,10}(?:書き写|写し取|めもし|撮影|こぴーし|持ち出)",
        // addresses shown to every recipient
        "bccではなく", "bcc(?:に|を)?(?:せず|し忘れ|にし忘れ)", "ccで[^。、]{0,10}(?:送|返信|入れ)",
    ];

    /// <summary>
    /// Japanese words that are a leak event only when the message names data or a document (個人番号, 申告書, ファイル,
    /// USB…; <see cref="SensitiveThings"/>): なくした, 見られた, 置き忘れた, 捨ててしまった are as often about an umbrella.
    /// </summary>
    public static readonly string[] JapaneseWeakEvents =
    [
        // leaked, exposed
        "(?:漏|も)れ(?:た|て|ちゃ|まし|出)", "公開されて", "外部に出", "(?:全社|一般|外部|社外|誰でも|全員)[^。、]{0,4}公開", "公開(?:状態|になっ)",
        // lost
        "なくし", "無くし", "失くし", "(?:な|無)くな(?:っ|り)", "(?<!引き)落とし", "(?<!ひき)おとし", "(?<!時間を|時間が|気を|手間を|手間が)とられ",
        "荒らされ", "(?:鍵|錠|ろっかー|金庫)[^。、]{0,6}壊され",
        // a send or hand-over with a mistake word, or regretted (〜てしまった, 〜ちゃった)
        "(?:誤って|あやまって|間違え|間違っ|まちがえ|まちがっ|うっかり|手違い|誤)[^。、]{0,30}?" +
            "(?:送|渡|投稿|公開|返信|転送|共有|めーる|ふぁっくす|fax|郵送|添付|出し|捨て|ごみ|掲載|あっぷ|配布|配っ|貼|cc|削除|消し|消去|上書き|破棄|廃棄)",
        "(?:送っ|送信し|送付し|郵送し|渡し|手渡しし|返信し|転送し|投稿し|共有し|めーるし|添付し|見せ|捨て|貼っ|貼り付け|載せ|流し|配っ|配布し|掲載し|公開し|置い)" +
            "(?:ちゃ|てしま|じゃ)",
        "(?:sns|ねっと|web|うぇぶ|ほーむぺーじ|hp|ついったー|いんすた)[^。、]{0,6}(?:に|へ)(?:上げ|あげ|あっぷ|投稿|載せ)",
        // someone else's papers in the envelope, a wrong attachment, a torn or opened envelope
        "混入", "(?:別の|他の|他社|他人|違う|関係(?:ない|のない))[^。]{0,20}(?:添付され|同封され|入ってい|混ざっ|記入し|記載し)", "(?:封筒|封|袋)が?破れ", "開封され",
        // left behind
        "置き忘れ", "置きわすれ", "おきわすれ", "置いてき", "置いて帰", "置いたまま", "放置", "持ち帰", "忘れてき", "わすれてき", "置きっぱ", "おきっぱ",
        "に忘れ", "かけ忘れ", "閉め忘れ", "(?:かばん|鞄|ばっぐ|書類|ふぁいる|封筒|袋|pc|ぱそこん|すまほ|usb|携帯|端末|資料|荷物|めも)を(?:置き)?忘れ",
        "(?:こぴー機|複合機|ぷりんたー?|ふぁっくす|fax)に(?:残|置|忘|出力)",
        // seen or opened by someone who should not
        "見られ", "みられ", "見え(?:てい|てた|る状態|ていた)", "大量(?:の|に)?(?:だうんろーど|送信|あくせす|こぴー)", "閲覧され", "閲覧して", "閲覧でき", "覗", "誰が見た", "(?:写真|画像)に撮", "撮影され", "権限(?:も|が)?ない", "持ち出", "もちだ",
        "(?:勝手に|無断で)[^。、]{0,10}(?:見|閲覧|開|持ち|こぴー|使|あくせす|送|ろぐいん|撮|転送|共有)",
        "誰でも(?:見|閲覧|あくせす|開|だうんろーど)", "(?:全員|全社員|社外|外部)(?:から|が)(?:見|閲覧|あくせす)",
        // attacks and malware
        "不正に", "はっく", "攻撃を受け", "攻撃され", "(?<!ころな|いんふるえんざ)う[いぃ]るす", "(?:pc|ぱそこん|端末|さーばー|すまほ|機器|しすてむ|ふぁいる|めーる)[^。、]{0,8}感染",
        "暗号化され", "(?:検知|検出)され", "警告(?:が|を)(?:出|表示)", "不審な(?:めーる|添付|ふぁいる)",
        // disposed of wrongly
        "可燃ごみ", "燃えるごみ", "ごみに出", "ごみ箱に", "ごみ(?:袋|捨て場|集積所)",
        // an incident, named
        "事故が", "いんしでんと",
    ];

    /// <summary>
    /// What a leak is a leak of: My Numbers, the documents and files that hold them, the devices they are on. Weak event
    /// words and states count only in a message that names one.
    /// </summary>
    public static readonly string[] SensitiveThings =
    [
        "まいなんばー", "個人番号", "番号", "通知かーど", "申告書", "源泉", "支払調書", "住民票", "本人確認", "給与", "人事", "社員", "従業員", "職員",
        "顧客", "お客", "退職者", "内定者", "家族", "扶養", "年末調整", "年調", "書類", "資料", "ふぁいる", "でーた", "一覧", "名簿", "台帳", "りすと",
        "えくせる", "excel", "csv", "pdf", "fax", "ふぁっくす", "封筒", "usb", "pc", "ぱそこん", "すまほ", "携帯", "端末", "さーばー", "しすてむ", "ふぉるだ", "どらいぶ",
        "くらうど", "かばん", "鞄", "ばっぐ", "紙", "めも", "こぴー", "写し", "控え", "票", "かーど", "情報", "あかうんと", "ぼーど", "書面",
        @"\bmy ?numbers?\b", @"\bindividual numbers?\b", @"\bnumbers\b", @"\btax\b", @"\bpayroll\b", @"\bwithholding\b", @"\bforms?\b", @"\bslips?\b",
        @"\bfiles?\b", @"\bdocuments?\b", @"\bdocs\b", @"\bdata\b", @"\bdatabase\b", @"\bspreadsheet", @"\bexcel\b", @"\bcsv\b", @"\bpdf\b",
        @"\blists?\b", @"\brecords?\b", @"\blaptop", @"\bpc\b", @"\bcomputer", @"\busb\b", @"\bstick\b", @"\bdrive\b", @"\bphone\b", @"\bfolders?\b",
        @"\bserver", @"\bsystem\b", @"\bhr\b", @"\bemployees?'?", @"\bstaff\b", @"\bpersonal\b", @"\benvelope", @"\bbag\b", @"\bbox\b", @"\bcards?\b",
        @"\bcop(?:y|ies)\b", @"\baccount\b", @"\bmailbox\b", @"\binformation\b", @"\binfo\b", @"\bpapers?\b", @"\bscans?\b", @"\bpackage\b",
    ];

    /// <summary>
    /// Japanese states that are a told event by themselves (cannot be found, gone missing, never arrived), in a message that
    /// names something sensitive: 「ボタンが見つからない」 is not a leak.
    /// </summary>
    public static readonly string[] JapaneseStates =
    [
        "見当たら(?:ない|ず|なく)", "見当たりません", "みあたら(?:ない|ず|なく)", "みあたりません", "見つから(?:ない|ず|なく)", "見つかりません", "行方知れず", "行方が(?:わから|分から)",
        "みつから(?:ない|ず|なく)", "みつかりません", "行方不明", "どっか(?:行|い)った", "どこか(?:に|へ)?(?:行|い)った", "届いていな", "届いてな",
        "届いていませ", "届かな(?:い|かった)", "なくなってい", "足りな(?:い|く)", "足りません", "(?:数|枚数)が合わな", "(?:数|枚数)が合いません", "無くなってい", "消えてい", "消え(?:た|てしま|ちゃ)", "回収(?:でき|し)て(?:い)?(?:ません|ない)", "回収できなかった",
    ];

    /// <summary>
    /// Japanese forms that make the event a fact or a suspicion: past and perfective (〜た, 〜ました, 〜てしまった,
    /// 〜ちゃった), a state (〜ていた, 〜ている), hedges (かも, みたい, っぽい, らしい, ようです, 可能性). A few slips of the
    /// keyboard (まひた) are forms too.
    /// </summary>
    public static readonly string[] JapaneseCompletions =
    [
        "ました", "まひた", "ましあ", "でした", "てしま", "でしま", "ちゃっ", "ちゃい", "ちゃう", "じゃっ", "じゃい", "ちまっ",
        "(?:[っしいれんえけきてねげめせべちびりみじでかがず]|[一-龥])た(?![めいくちらろぶ])", "(?:ん|い)だ(?![めら])",
        "てい[るたま]", "てる", "てた", "でい[るたま]", "でる", "でた", "かも", "みたい", "っぽ", "らしい", "ようで", "ようだ", "可能性", "疑い", "と思", "気がし",
        "ない(?:です|んです|の|。|$|、)", "ません", "なく(?:て|なっ)", "です(?!か)", "発生",
    ];

    /// <summary>Japanese forms that make the event hypothetical or general: if, when, in case, even if, to prevent.</summary>
    public static readonly string[] JapaneseHypotheticals =
    [
        "たら", "だら", "なら", "場合", "ばあい", "とき", "時(?![間点頃刻])", "際", "ても", "れば", "ないように", "ないよう(?:気|注意|確認)", "ないため",
        "防", "ふせ", "対策", "予防", "防止", "ことがある", "ことはある", "ことがあ", "としたら", "とすると", "かどうか", "べき", "禁止",
    ];

    /// <summary>Japanese endings that make a whole clause a condition (〜が戻ってきた場合、…): nothing in it is told.</summary>
    public static readonly string[] JapaneseConditionEndings =
    [
        "場合(?:は|には|でも|も)?", "ばあい(?:は)?", "とき(?:は|には|でも|も)?", "時(?:は|には|でも|も)?", "際(?:は|には|も)?", "たら(?:ば)?", "だら", "なら(?:ば)?",
        "れば", "ても", "ては",
    ];

    /// <summary>Japanese markers ahead of a clause that make everything after them hypothetical.</summary>
    public static readonly string[] JapaneseHypotheticalOpeners = ["(?<!か)もし(?!かし|や)", "仮に", "かりに", "万が一", "万一", "まんがいち", "例えば", "たとえば"];

    /// <summary>
    /// What may follow a completed event in a sentence that asks something: connectives and hedges (紛失したのですが、…?),
    /// not a noun (紛失した書類は…? is a question about such documents).
    /// </summary>
    public static readonly string[] JapaneseFiniteFollowers =
    [
        "の(?:です|でしょ|だ|で)", "んです", "んだ", "んで", "が", "けど", "けれど", "ので", "から", "かも", "よ", "ね", "し", "っぽ", "みたい",
        "らしい", "と思", "気が", "ようで", "ようだ", "…", "・", "ー", "w", "笑", "!", "ぞ", "わ", "って", "。", "、", "$",
    ];

    /// <summary>Japanese cues that a sentence asks something (the bot is asked, not told).</summary>
    public static readonly string[] JapaneseQuestionCues =
    [
        "どうすれば", "どうしたら", "どうする", "どうやって", "どのよう", "いつまで", "何日", "なんにち", "何時間", "何を", "なにを",
        "誰に", "だれに", "どこに", "どこへ", "何が", "なにが", "とは", "って何", "ってなに", "必要です?か", "べき", "教えて", "知りたい",
        "ください", "下さい", "方法", "ですか", "ますか", "でしょうか",
    ];

    /// <summary>Japanese asks to report (報告したい, 報告をお願いしたい, 報告の手続きをしたい, the help card's 漏えい等を報告する).</summary>
    public static readonly string[] JapaneseReportRequests =
    [
        "報告(?:を|の手続きを|手続きを|を行い|を上げ|をあげ)?(?:したい|しま[すし]|させて|お願い|行いたい|上げたい|あげたい|する$|する。|したほうが|した方が)",
        "報告の手続きをしたい", "届け?出(?:たい|ます|をしたい)", "申告したい",
    ];

    /// <summary>English events that are facts on their own when told (not asked): stolen, hacked, leaked, a breach.</summary>
    public static readonly string[] EnglishEvents =
    [
        @"\bstolen\b", @"\bstollen\b", @"\bstole\b", @"\brobbed\b", @"\bsnatched\b", @"\bpickpocketed\b", @"\bmugged\b", @"\bburgl(?:ed|ari[sz]ed)\b",
        @"\bhacked\b", @"\bbreached\b", @"\bleaked\b", @"\bcompromised\b", @"\bransomware\b", @"\bmalware\b", @"\bphish", @"\bsnoop",
        @"\b(?:suspect|think|believe|fear|afraid)\b[^.]{0,30}\b(?:breach|leak|hack|stolen|lost|compromise|exposed)",
        @"\b(?:have|had|there'?s been|there was|we'?ve got|got|is|was) an? (?:data |possible |potential |serious )?(?:leak|breach)\b",
        @"\b(?:possible|suspected|potential|likely) (?:data )?(?:leak|breach)", @"\bunauthori[sz]ed\b",
        @"\b(?:ex-employee|former (?:employee|staff|colleague)|leaver|someone who left)\b[^.]{0,40}\b(?:downloaded|copied|took|kept|accessed|exported)\b",
    ];

    /// <summary>
    /// English events only in a message that names data or a document (<see cref="SensitiveThings"/>): lost, missing,
    /// left on the train, exposed, infected; "I lost the game" and "I left the meeting at five" are not leaks.
    /// </summary>
    public static readonly string[] EnglishWeakEvents =
    [
        @"\blost\b", @"\bmisplaced\b", @"\bmissplaced\b", @"\bmislaid\b", @"\bbroke into\b", @"\bbroken into\b", @"\bvirus\b", @"\binfected\b",
        @"\bexposed\b", @"\bcan'?t find\b", @"\bcannot find\b", @"\bcan not find\b", @"\bcouldn'?t find\b", @"\bcan'?t locate\b",
        @"\bnowhere to be found\b", @"\b(?:can'?t|cannot|could not|couldn'?t) be (?:found|located)\b", @"\bmissing\b", @"\bgone\b", @"\bdisappeared\b",
        @"\bleft (?:it |them |my |our |the |a |an |some )?[\w\s'-]{0,40}\b(?:on|in|at|behind)\b", @"\bforgot (?:my|our|the|a|an|it|them)\b",
        @"\bdropped\b", @"\b(?:was|were|got|been) taken\b", @"\btaken from\b", @"\bopen to\b", @"\b(?:was|were|is|are|been|became|left) (?:made )?public\b",
        @"\bpublicly\b", @"\baccessible (?:to|by)\b", @"\bvisible to\b", @"\bwithout (?:permission|authori[sz]ation)\b",
        @"\b(?:someone|somebody|a stranger|an outsider)\b[^.]{0,20}\b(?:accessed|opened|viewed|looked|took|copied|got|saw|read|logged|downloaded|photographed|used|stole)\b",
        @"\banyone with the link\b", @"\bpublic (?:forum|site|page|website|internet|folder|link)", @"\bended up (?:on|in|at|with)\b",
        @"\b(?:took|taken|taking) (?:a )?(?:photos?|pictures?|screenshots?) of\b", @"\bfell (?:off|out)\b",
        @"\bnever (?:arrived|came back|reached|got there)\b", @"\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:arrive|arrived|reach|reached)\b",
        @"\b(?:threw|thrown) (?:away|out)\b", @"\bin the (?:regular |normal |general |ordinary )?(?:trash|garbage|rubbish|bin)\b",
    ];

    /// <summary>English sending or sharing verbs: an event only with a mistake word in the same clause (and, like the weak events, something sensitive named).</summary>
    public static readonly string[] EnglishSends =
    [
        @"\bsent\b", @"\bsend\b", @"\be-?mailed\b", @"\bmailed\b", @"\bfaxed\b", @"\bposted\b", @"\bshared\b", @"\bforwarded\b",
        @"\buploaded\b", @"\bpublished\b", @"\battached\b", @"\bgave\b", @"\bhanded\b", @"\bcc'?d\b", @"\breplied\b", @"\bdelivered\b",
        @"\bput\b", @"\bthrew\b", @"\bthrown\b", @"\bdisposed\b", @"\bprinted\b",
    ];

    /// <summary>English words of a mistake that turn a send into a misdirected one.</summary>
    public static readonly string[] EnglishMistakes =
    [
        @"\bwrong\b", @"\bmistake", @"\bmistakenly\b", @"\baccident", @"\bacc?identl?y\b", @"\bin error\b", @"\bmisdirect", @"\bunintended\b",
        @"\boops\b", @"\b(?:personal|private|home) (?:e-?mail|account|address|gmail|phone|device|computer|pc|usb)", @"\bgmail\b", @"\binstead of\b", @"\bshould(?:n'?t| not) have\b", @"\bby error\b", @"\badress\b", @"\boutside\b", @"\bexternal\b", @"\b(?:the )?(?:whole|entire) (?:company|office|team|department)\b",
    ];

    /// <summary>English words that make a clause hypothetical or general.</summary>
    public static readonly string[] EnglishHypotheticals =
    [
        @"\bif\b", @"\bin case\b", @"\bsuppose", @"\bassuming\b", @"\bhypothetic", @"\bimagine\b", @"\bwhenever\b", @"\bprevent",
        @"\bavoid", @"\bwould\b", @"\bwhat counts\b", @"\bcounts as\b", @"\bin general\b", @"\bpolicy\b",
    ];

    /// <summary>Words that open an English question.</summary>
    public static readonly string[] EnglishQuestionOpeners =
    [
        "what", "how", "when", "where", "who", "which", "why", "whom", "whose", "is", "are", "was", "were", "do", "does", "did", "should",
        "must", "can", "could", "would", "will", "shall", "may", "might", "have", "has", "am", "any", "tell", "explain",
    ];

    /// <summary>English asks to report (I want to report…, we need to report…, I'd like to file a report…).</summary>
    public static readonly string[] EnglishReportRequests =
    [
        @"\b(?:want|need|have|would like|'d like|wish|going|got)\s+to\s+(?:report|file|raise|log|notify)\b", @"^(?:please\s+)?(?:report|file)\b",
        @"\bi(?:'m| am) reporting\b", @"\bfile an? (?:incident|leak|breach)",
    ];

    /// <summary>Topic words: a message with one of them but no told event is a question about leaks.</summary>
    public static readonly string[] Topics =
    [
        "漏え?い", "漏洩", "ろうえい", "流出", "紛失", "盗難", "誤送", "誤配", "不正あくせす", "滅失", "毀損", "き損", "報告期限", "速報", "確報",
        "いんしでんと", "委員会への報告", "事故", "見当たら", "見つから",
        @"\bleak", @"\bbreach", @"\blost\b", @"\bloss\b", @"\blos(?:e|es|ing)\b", @"\b(?:final|preliminary) report\b", @"\bppc\b", @"\bstolen\b", @"\btheft\b", @"\bsteal", @"\bwrong (?:person|recipient|address)",
        @"\bmisdirect", @"\bhack", @"\bransomware\b", @"\bmalware\b", @"\bincident", @"\bexpos", @"\bmisplac", @"\bmissing\b", @"\bunauthori",
    ];
}
