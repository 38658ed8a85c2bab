namespace ChatBot.Domain.Incidents;

/// <summary>
/// Word classes the Japanese event patterns are built from, so a new carrier or verb is added once and every pattern
/// that names the class reads it (normalized text: katakana folded, so ダンボール is だんぼーる).
/// </summary>
internal static partial class LeakVocabulary
{
    /// <summary>Papers, files, devices and bags a number travels in: a common verb (忘れた, ない) is a loss only next to one.</summary>
    private const string Carrier =
        "(?:書類|資料|申告書|徴収票|支払調書|用紙|一覧|名簿|台帳|りすと|ふぁいる|でーた|封筒|紙袋|袋|かばん|鞄|ばっぐ|りゅっく|荷物|" +
        "pc|ぱそこん|すまほ|携帯|端末|usb|めもり|hdd|ssd|でぃすく|cd|dvd|めも|こぴー|写し|控え|段ぼーる|だんぼーる|箱|ばいんだー)";

    /// <summary>Handing over, sending and showing: to the wrong party, or regretted, it is a misdirected disclosure.</summary>
    private const string HandOver =
        "(?:送|渡|郵送|返信|転送|めーる|返却|返し|配|交付|入れ|同封|添付|ふぁっくす|fax|投函|共有|投稿|見せ|届け|出し|教え|しゃべ|喋|話し|綴じ|挟)";

    /// <summary>A party that should not have it: 別の人, 他の会社, 関係ない部署, 知らない会社.</summary>
    private const string WrongParty =
        "(?:(?:別の|違う|間違った|無関係の|関係(?:の)?ない|知らない|見知らぬ)(?:人|方|社員|従業員|会社|取引先|お客|顧客|退職者|部署|支店|住所|宛先|相手|封筒|担当|ちゃんねる|ちゃっと|ぐるーぷ|ちーむ)" +
        "|他の(?:人|方|会社|お客|顧客|住所|宛先|相手|封筒)|他人|別人|部外者|第三者|外部の(?:人|方|業者|会社)" +
        // an address that is no longer the person's: 前の住所に郵送してた
        "|(?:前の|旧|古い|昔の|以前の)(?:住所|あどれす|めーるあどれす|宛先|勤務先)|本人(?:じゃなく|ではなく|でなく))";

    /// <summary>A person's own phone, mailbox or drive, outside the company's control.</summary>
    private const string PrivatePlace =
        "(?:私物|私用|個人|自宅|自分|家|ぷらいべーと)(?:の|用の?)?[^。、]{0,6}?" +
        "(?:usb|pc|ぱそこん|すまほ|携帯|めーる|gmail|あどれす|どらいぶ|くらうど|あかうんと|ふぉるだ|hdd|めも|line|らいん)" +
        "|外部の?(?:くらうど|さーびす|さいと|どらいぶ|すとれーじ|さーばー)";
}
