namespace ChatBot.Domain.Knowledge;

/// <summary>
/// Everyday workplace words people type for the glossary's formal terms, used with the glossary's own synonym groups.
/// Domain terms belong in <c>glossary.yaml</c>; these are the generic office words the glossary does not carry.
/// </summary>
internal static class CommonSynonyms
{
    public static IReadOnlyList<string[]> Japanese { get; } =
    [
        ["従業員", "社員", "職員", "従業者", "スタッフ"],
        ["事業者", "会社", "企業", "勤務先", "雇用主"],
        ["上司", "部長", "課長", "管理職", "マネージャー"],
        ["機器", "パソコン", "ノートパソコン", "PC", "端末"],
        ["アルバイト", "バイト", "パート"],
        ["退職", "辞めた", "辞める", "離職"],
        ["扶養親族", "家族", "扶養家族", "配偶者", "奥さん", "子ども"],
        ["提供", "教える", "伝える", "渡す"],
        ["保存", "保管", "とっておく", "残しておく"],
        ["電子媒体", "USBメモリ", "USB", "記憶媒体", "外付けディスク"],
        ["中小規模事業者", "中小企業", "小さい会社", "ちいさい会社", "小さな会社", "零細企業", "小規模"],
    ];

    public static IReadOnlyList<string[]> English { get; } =
    [
        ["employee", "staff", "worker"],
        ["employer", "company", "business"],
        ["manager", "boss", "supervisor"],
        ["device", "laptop", "pc", "computer"],
        ["part-time worker", "part-timer", "temp worker"],
        ["leaver", "ex-employee", "former employee", "resign", "quit"],
        ["dependant", "family member", "spouse", "wife", "husband", "child"],
        ["retention", "keep", "store"],
        ["electronic media", "usb stick", "usb memory", "usb drive"],
        ["small business", "small company", "sme", "tiny company", "small firm", "small biz", "micro business"],
    ];
}
