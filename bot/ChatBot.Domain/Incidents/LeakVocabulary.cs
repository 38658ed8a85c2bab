namespace ChatBot.Domain.Incidents;

/// <summary>
/// The words <see cref="LeakIntent"/> reads, as regular-expression fragments over normalized text (NFKC, lower case,
/// katakana folded to hiragana: ウイルス is written ういるす here). Kept as tables (this file: Japanese words; .Grammar,
/// .English, .Nouns beside it) so a missed phrasing is fixed by adding a word to its class, not by a rule for one sentence.
/// </summary>
internal static partial class LeakVocabulary
{
    /// <summary>
    /// Japanese words that name a leak event on their own: leaking, loss, theft, a misdirected send, unauthorized access,
    /// ransomware. Kanji, kana and common slips (ふんしつ, ごそうしん) alike.
    /// </summary>
    public static readonly string[] JapaneseEvents =
    [
        "漏え?い", "漏洩", "ろうえい", "流出", "りゅうしゅつ", "情報漏", "漏らし", "も(?<![見聞みき]も)らし",
        "紛失", "ふんしつ", "滅失",
        "盗ま", "ぬすま", "盗難", "とうなん", "盗られ", "盗み", "車上荒らし", "空き巣", "ひったく", "すられ", "泥棒", "侵入され", "こじ開け",
        "誤送", "ごそうしん", "ごそうふ", "誤配", "誤交付", "誤投函", "誤廃棄", "誤掲載", "誤公開", "誤発送", "誤転送", "誤封入", "入れ間違",
        "封入(?:みす|間違|誤り)",
        "(?:宛先|あて先|宛て先|送り先|送信先|送付先|宛名|あどれす|b?cc|(?:fax|ふぁっくす)の?番号|添付|封筒|封入)[^。、]{0,4}(?:間違|まちが|みす|違|取り違|とりちが)",
        "別の(?:人|方|社員|従業員|会社|取引先|お客|退職者|部署)[^。]{0,12}(?:送|渡|郵送|返信|転送|めーる)",
        "不正(?:な)?あくせす", "不正ろぐいん", "乗っ取", "のっと(?:られ|り)", "はっきんぐ", "さいばー攻撃", "らんさむ", "えもてっと", "まるうぇあ",
        "(?:見知らぬ|不審な|海外|外部|知らない)[^。、]{0,15}(?:あくせす|ろぐいん)", "盗み見", "盗撮", "身代金", "みのしろきん", "なりすまし", "成りすまし", "装った", "詐欺", "ふぃっしんぐ",
        "不審な[^。、]{0,6}(?:通信|挙動|動作|あくせす|ろぐいん|ぷろぐらむ|操作)", "外部への(?:不審な)?通信", "(?:覗|のぞ)(?:かれ|き見)",
        "(?:部外者|第三者|関係者以外|外部の(?:人|方))(?:から|が|に|も)[^。、]{0,8}?(?:見|閲覧|あくせす|開け|だうんろーど|持ち出)",
        "(?:個人)?番号を[^。、]{0,10}(?:書き写|写し取|めもし|撮影|こぴーし|持ち出)",
        // addresses shown to every recipient
        "(?:宛先|あて先|送り先|送付先|送信先|届け先)[^。]{0,12}(?:別の|違う|他の|他社|間違っ|関係(?:の)?ない|無関係|社外|外部|部外)", "bccではなく", "bcc(?:に|を)?(?:せず|し忘れ|にし忘れ)", "bcc[^。、]{0,6}忘れ", "ccで[^。、]{0,10}(?:送|返信|入れ)",
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
        "なくし", "無くし", "失くし", "(?:な|無)くな(?:っ|り)", "落(?<!引き落)とし", "お(?<!ひきお)とし", "と(?<!時間をと|時間がと|気をと|手間をと|手間がと)られ",
        "荒らされ", "(?:鍵|錠|ろっかー|金庫)[^。、]{0,6}壊され",
        // a send or hand-over with a mistake word, or regretted (〜てしまった, 〜ちゃった)
        "(?:誤って|あやまって|間違え|間違っ|まちがえ|まちがっ|うっかり|手違い|誤|取り違え|とりちがえ|入れ違え|勘違い|みすで|みすって)[^。、]{0,30}?" +
            "(?:送|渡|投稿|公開|返信|転送|共有|めーる|ふぁっくす|fax|郵送|添付|出し|捨て|ごみ|掲載|あっぷ|配布|配っ|貼|cc|削除|消し|消去|上書き|破棄|廃棄|返|届|保存|こぴー|同封|入れ|見せ|話|しゃべ|喋|教え)",
        "(?:送っ|おくっ|送信し|そうしんし|送付し|郵送し|わたし|渡し|手渡しし|伝え|つたえ|貼り出し|張り出し|掲示し|返信し|転送し|投稿し|共有し|めーるし|添付し|見せ|捨て|貼っ|貼り付け|載せ|流し|配っ|配布し|掲載し|公開し|置い|返し|返却し|喋っ|しゃべっ|話し|言っ|教え|同封し|" +
            "あっぷろーどし|あっぷし|上げ|あげ|保存し|こぴーし|預け|消し|消去し|削除し|売っ|売却し|譲っ|譲渡し|持って(?:行|い)っ|持ってっ|見)" +
            "(?:ちゃ|てしま|じゃ)",
        "(?:sns|ねっと|web|うぇぶ|ほーむぺーじ|hp|ついったー|いんすた)[^。、]{0,6}(?:に|へ)(?:上げ|あげ|あっぷ|投稿|載せ)",
        // to the wrong party, or copied to a private phone, mailbox or drive
        WrongParty + "[^。]{0,12}?" + HandOver, PrivatePlace + "[^。、]{0,4}?(?:に|へ)[^。、]{0,12}?(?:こぴー|転送|送|保存|移|入れ|持ち帰|だうんろーど|書き写|撮|あっぷ|同期)",
        // someone else's papers in the envelope, a wrong attachment, a torn or opened envelope
        "混入", "(?:別の|他の|他社|他人|違う|関係(?:ない|のない))[^。]{0,20}(?:添付され|同封され|入って(?:い|た|る|ま)|混ざっ|混じ|記入し|記載し|記載され|載っ|のっ|書かれ|印字され)", "(?:封筒|封|袋|箱|荷物)が?(?:破れ|破け|破損|開いて|開いた)", "開封され",
        // left behind
        "置き忘れ", "置きわすれ", "おきわすれ", "置いてき", "おいてき", "おいて帰", "おいたまま", "置いて帰", "置いたまま", "放置", "持ち帰", "持って帰", "持ち去", "持って(?:行|い)?かれ",
        "(?:書い|貼っ|開い|出し|広げ|表示し|映し|つけ)たまま", "(?:書かれ|貼られ|置かれ|残され|出され|広げられ|開かれ|表示され|映され)たまま",
        // sent out by someone or something else: 外部に送信されてる
        "(?:外部|社外|海外)(?:に|へ)[^。、]{0,6}(?:送信|転送|送られ|流れ|送付)", "(?:出し|だし|広げ|ひろげ|つけ|入れ|いれ|置き|開け|あけ|開き)っ(?:ぱ|放)", "(?:床|廊下|道|路上|地面|駐車場|駅|外|ごみ|足元|階段|とい)[^。]{0,20}?落ちて(?:い|た|る|ま)",
        // shown on a shared screen or in a photo: 画面共有で映っちゃってた
        "(?:映|うつ)っ(?=[てたち])", "(?:映|写|うつ)り込", "丸見え", "まるみえ", "消し忘れ", "(?:初期化|消去|削除|暗号化|ぱすわーど(?:を)?(?:かけ|設定)|しゅれっだー|施錠|鍵を?かけ)(?:を)?(?:せず|しないまま|しないで|し忘れ|忘れ)", "(?:鍵|ろっく|ぱすわーど)を?かけ(?:ず|ないで|ないまま|忘れ)",
        "(?:あくせす権|権限|閲覧権)[^。、]{0,8}(?:全員|全社|誰でも|ふるこんとろーる)", "(?:飛|と)ばされ", "(?:飛|と)ん(?:で|じゃ)(?:っ|い|しま|た)", "(?:だうんろーど|こぴー|持ち出|印刷)され", "退職(?:した|済みの?)?(?:人|者|社員)の(?:あかうんと|id|ぱすわーど)", "捨てられ", "抜き取|ぬきと|抜かれ", "裏紙", "検索(?:でき|に(?:ひっかか|出))", "忘れてき", "わすれてき", "置きっぱ", "おきっぱ",
        "に忘れ", "かけ忘れ", "閉め忘れ", Carrier + "を?(?:置き)?忘れ(?!ず)", "(?:あけ|開け|開き|ひらき)っぱ|開いたまま|施錠(?:し忘れ|忘れ|されていな|していな|されてな|してな)",
        "(?:こぴー機|複合機|ぷりんたー?|ふぁっくす|fax)(?:に|の上に|の中に)[^。、]{0,20}?(?:残|置|忘|出力)",
        // seen or opened by someone who should not
        "見られ", "みられ", "見え(?:てい|てた|る状態|ていた)", "大量(?:の|に)?(?:だうんろーど|送信|あくせす|こぴー)", "閲覧され", "閲覧して", "閲覧でき", "覗", "誰が見た", "(?:写真|画像)に撮", "撮影され", "権限(?:も|が)?ない", "持ち出", "もちだ",
        "(?:勝手に|無断で)[^。、]{0,10}(?:見|閲覧|開|持ち|こぴー|使|あくせす|送|ろぐいん|撮|転送|共有|入れ|いんすとーる|変更|操作|削除|消)",
        "誰でも[^。、]{0,8}(?:見|閲覧|あくせす|開け|開ける|だうんろーど|持ち出|編集|入れ|触|使え)",
        "(?:全員|全社員|社員全員|全社|全従業員|社外|外部|部外者|他部署|関係者以外)(?:から|が)?(?:も)?[^。、]{0,4}?(?:見|閲覧|あくせす)",
        "見(?:れ|られ|え)る(?:状態|設定|よう|場所)", "見れ(?:て|た)", "閲覧可", "表示され(?:て|た|ちゃ)", "(?:あくせす|ろぐいん|だうんろーど)(?:でき|可能)(?!な)",
        "りんくを知って", "(?:ねっと|いんたーねっと|sns|web|ほーむぺーじ|hp|掲示板|ぽーたる)[^。、]{0,6}(?:に|で|上に|上で)[^。、]{0,12}?(?:載っ|のっ|上が|あが|出回|晒|さらさ|書き込)",
        "(?:画像|写真|すくしょ|書類|ふぁいる|番号)[^。、]{0,3}(?:が|も)(?:上が|あが|載っ|出回|貼られ|投稿され|晒さ|さらさ)", "のぞき見|のぞき込|のぞかれ|のぞいて(?:い|た)|のぞいた",
        // attacks and malware
        "不正に", "はっく", "攻撃を受け", "攻撃され", "う(?<!ころなう|いんふるえんざう)[いぃ]るす", "(?:pc|ぱそこん|端末|さーばー|すまほ|機器|しすてむ|ふぁいる|めーる)[^。、]{0,8}感染",
        "暗号化され", "(?:検知|検出)され", "警告(?:が|を)(?:出|表示)", "不審な(?:めーる|添付|ふぁいる)",
        "(?:怪しい|あやしい|不審な|変な|知らない|見覚えのない|身に覚えのない)[^。、]{0,6}(?:めーる|りんく|添付|ふぁいる|さいと|ぷろぐらむ)[^。、]{0,10}?(?:開|踏|くりっく|押|実行|だうんろーど|入力)",
        "ろぐいんされ", "設定(?:みす|の?誤り|を?間違|まちが)",
        // put somewhere unknown: どっかにやってしもた
        "(?:どっか|どこか)(?:に|へ)?やっ(?=[てたち])",
        // disposed of wrongly
        "可燃ごみ", "燃えるごみ", "ごみに出", "ごみ箱に", "ごみ(?:袋|捨て場|すてば|集積所|置き場|置場|おきば)", "(?:普通|一般|資源)[^。、]{0,2}ごみ",
        "しゅれっだー(?:に|を)?(?:かけ|通さ|通し|し)?(?:ず|ないで|忘れ|せず)", "(?:そのまま|まとめて)[^。、]{0,6}(?:捨て|廃棄)",
        // an incident, named
        "事故が", "いんしでんと",
    ];

    /// <summary>
    /// What a leak is a leak of: My Numbers, the documents and files that hold them, the devices they are on. Weak event
    /// words and states count only in a message that names one.
    /// </summary>
    public static readonly string[] SensitiveThings =
    [
        "まいなんばー", "個人番号", "番号", "通知かーど", "申告書", "源泉", "支払調書", "住民票", "本人確認", "給与", "人事", "社員(?!証)", "従業員", "職員",
        "顧客", "お客", "退職者", "内定者", "家族", "扶養", "年末調整", "年調", "書類", "資料", "ふぁいる", "でーた", "一覧", "名簿", "台帳", "りすと",
        "えくせる", "excel", "めーる", "添付", "csv", "pdf", "fax", "ふぁっくす", "封筒", "usb", "pc", "ぱそこん", "すまほ", "携帯", "端末", "さーばー", "しすてむ", "ふぉるだ", "どらいぶ",
        "くらうど", "かばん", "鞄", "ばっぐ", "きゃびねっと", "金庫", "書庫", "保管庫", "ろっかー", "引き出し", "紙", "めも", "こぴー", "写し", "控え", "票", "かーど", "情報", "あかうんと", "ぼーど", "書面",
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
        "見当たら(?:ない|ず|なく)", "見当たりません", "みあたら(?:ない|ず|なく)", "みあたりません", "見つから(?:ない|ず|なく)", "見つかりません", "行方知れず", "行方が(?:わから|分から|わかり|分かり|不明)", "(?:どっか|どこか)(?:に|へ)(?:運|持って|移|しまっ|片付け)",
        "みつから(?:ない|ず|なく)", "みつかりません", "行方不明", "なくなってい", "(?:足|た)りな(?:い|く)", "(?:枚|件|部|冊|人分|通|箱|個|束)(?:が|も)?少な(?:い|く|かった)", "(?:足|た)りません", "(?:数|枚数)が合わな", "から[^。、]{0,6}抜け(?:てい|てる|てた|てま|た)", "(?:が|は|も)空(?:っぽ|です|だっ|でし|になっ|で)", "(?:数|枚数)が合いません", "無くなってい", "消え(?:てい|てる|てた|た|てしま|ちゃ)", "回収(?:でき|し)て(?:い)?(?:ません|ない)", "回収できなかった",
        "どこにも(?:ない|無い|なかった|なく|見当たら|見つから)", "(?:出|で)て(?:こ|き)(?:ない|なかった|なくて|ません)", "(?:戻|返|帰)って(?:こ|き)(?:ない|なかった|なくて|ません)",
        "(?:中身|現物|原本|実物)(?:が|は|も)?(?:ない|無い|なかった|なく|空)", "空っぽ", "からっぽ", "(?:届|着)(?:いていな|いてな|かな|いていませ|いてませ)",
        "(?:どっか|どこか)(?:に|へ)?(?:行|い)っ(?:た|ちゃ|てしま)", "紛れ(?:て|込)",
    ];

    /// <summary>
    /// A carrier that is simply not there (USBない…, 書類がないです): a loss when told, but 「源泉徴収票がないんですが、再発行
    /// できますか」 asks about one never received, so it counts only in a sentence that asks nothing.
    /// </summary>
    public static readonly string[] JapaneseAbsences =
    [
        Carrier + "(?:が|も|は)?(?:ない|無い|なくて|なかった)(?=[。…!?、.\\sw笑ー]|です|んです|んだ|$|よ|ね|わ|ぞ|かも|っぽ|みたい|けど)",
    ];

    /// <summary>
    /// One's own (or one's family's) card itself, as a person rather than as the company's handler: not a copy or a photo
    /// of it, which the company holds.
    /// </summary>
    public static readonly string[] OwnCards =
    [
        "(?:自分|私|わたし|わたくし|僕|ぼく|俺|おれ|あたし|個人|家族|妻|夫|嫁|旦那|子供|子ども|こども|息子|娘|母|父|親)の(?:まいなんばー|個人番号|まいな|通知)かーど" +
            "(?!の?(?:こぴー|写し|写真|画像|すきゃん|pdf|番号))",
        @"(?<!(?:photo|picture|pic|image|scan|copy|copies) of )\bmy (?:own |personal |family's |wife's |husband's |kid's |son's |daughter's )?(?:my ?number|my-number|individual number) card\b(?! (?:cop|photo|picture|pic|image|scan))",
        @"\bmy own (?:id )?card\b",
    ];

    /// <summary>Who one tells of a lost card (人事に言う, tell HR): not data, so not what makes the message sensitive.</summary>
    public static readonly string[] Parties = ["人事", "総務", @"\bhr\b", @"\bpersonnel\b"];

    /// <summary>A card the company keeps for someone (預かった, entrusted): losing it is the company's leak.</summary>
    public static readonly string[] Entrusted = ["預か", "預け", "あずか", @"\bentrusted\b", @"\bkept for\b", @"\bin our (?:care|custody)\b"];

    /// <summary>Topic words: a message with one of them but no told event is a question about leaks.</summary>
    public static readonly string[] Topics =
    [
        "漏え?い", "漏洩", "ろうえい", "流出", "紛失", "盗難", "誤送", "誤配", "不正あくせす", "滅失", "毀損", "き損", "報告期限", "速報", "確報",
        "いんしでんと", "委員会への報告", "事故", "見当たら", "見つから",
        @"\bleak", @"\bbreach", @"\blost\b", @"\bloss\b", @"\blos(?:e|es|ing)\b", @"\b(?:final|preliminary) report\b", @"\bppc\b", @"\bstolen\b", @"\btheft\b", @"\bsteal", @"\bwrong (?:person|recipient|address)",
        @"\bmisdirect", @"\bhack", @"\bransomware\b", @"\bmalware\b", @"\bincident", @"\bexpos", @"\bmisplac", @"\bmissing\b", @"\bunauthori",
    ];
}
