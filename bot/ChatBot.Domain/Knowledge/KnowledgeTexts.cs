namespace ChatBot.Domain.Knowledge;

/// <summary>The fixed user-visible texts the knowledge feature produces, in Japanese and English.</summary>
public static class KnowledgeTexts
{
    public static string NoAnswer(KnowledgeLanguage language) => language == KnowledgeLanguage.English
        ? "The knowledge base has no answer to that question. I can help with My Number (Individual Number) handling, for example:"
        : "ナレッジベースには、このご質問への回答がありません。マイナンバー（個人番号）の取扱いについては、たとえば次のようなことにお答えできます。";

    // Follows a topic's redirect, which has already said what the assistant covers: only the lead-in to the list.
    public static string InScope(KnowledgeLanguage language) => language == KnowledgeLanguage.English
        ? "For example, I can help with:"
        : "たとえば、次のようなことにお答えできます。";

    public static IReadOnlyList<string> Suggestions(KnowledgeLanguage language) => language == KnowledgeLanguage.English
        ?
        [
            "How to collect My Numbers and verify identity",
            "How to store, use, provide and dispose of My Number documents",
            "What to do when My Number data leaks (reports and deadlines)",
            "The safety measures (organizational, human, physical, technical) and SME relaxations",
            "The quarterly self-inspection checklist",
        ]
        :
        [
            "マイナンバーの取得と本人確認の方法",
            "番号付き書類の保管・利用・提供・廃棄のしかた",
            "漏えいが起きたときの対応（報告と期限）",
            "安全管理措置（組織的・人的・物理的・技術的）と中小規模事業者の特例",
            "四半期の自己点検チェックリスト",
        ];

    /// <summary>The label of a safety-measure category, e.g. <c>technical</c> → (技術的, Technical).</summary>
    public static (string Ja, string En)? CategoryLabel(string category) => category switch
    {
        SafetyCategory.Organizational => ("組織的安全管理措置", "Organizational safety measure"),
        SafetyCategory.Human => ("人的安全管理措置", "Human safety measure"),
        SafetyCategory.Physical => ("物理的安全管理措置", "Physical safety measure"),
        SafetyCategory.Technical => ("技術的安全管理措置", "Technical safety measure"),
        SafetyCategory.Policy => ("基本方針", "Basic policy"),
        SafetyCategory.Rules => ("取扱規程等", "Handling rules"),
        SafetyCategory.External => ("外的環境の把握", "Understanding the external environment"),
        _ => null,
    };

    /// <summary>The short tag written before a composed answer, e.g. 【技術的】 / [Technical].</summary>
    public static string CategoryTag(string category, KnowledgeLanguage language) => (category, language) switch
    {
        (SafetyCategory.Organizational, KnowledgeLanguage.Japanese) => "【組織的】",
        (SafetyCategory.Human, KnowledgeLanguage.Japanese) => "【人的】",
        (SafetyCategory.Physical, KnowledgeLanguage.Japanese) => "【物理的】",
        (SafetyCategory.Technical, KnowledgeLanguage.Japanese) => "【技術的】",
        (SafetyCategory.Policy, KnowledgeLanguage.Japanese) => "【基本方針】",
        (SafetyCategory.Rules, KnowledgeLanguage.Japanese) => "【取扱規程等】",
        (SafetyCategory.External, KnowledgeLanguage.Japanese) => "【外的環境の把握】",
        (SafetyCategory.Organizational, _) => "[Organizational]",
        (SafetyCategory.Human, _) => "[Human]",
        (SafetyCategory.Physical, _) => "[Physical]",
        (SafetyCategory.Technical, _) => "[Technical]",
        (SafetyCategory.Policy, _) => "[Basic policy]",
        (SafetyCategory.Rules, _) => "[Handling rules]",
        (SafetyCategory.External, _) => "[External environment]",
        _ => "",
    };

    public static string WhatToDoFirst(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "What to do first:" : "まず行うこと:";

    public static string RisksToWatch(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "Risks to watch:" : "注意すべきリスク:";

    public static string ForSmallBusinesses(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "Small and medium-sized businesses:" : "中小規模事業者の場合:";

    public static string Addresses(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "Addresses:" : "対応するリスク:";

    public static string MeasureLabel(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "Measure" : "措置";

    public static string ChecklistLabel(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "Self-inspection item" : "自己点検項目";

    public static string HowToCheck(KnowledgeLanguage language) =>
        language == KnowledgeLanguage.English ? "How to check:" : "確認のしかた:";
}
