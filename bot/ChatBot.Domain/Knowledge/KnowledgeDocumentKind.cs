namespace ChatBot.Domain.Knowledge;

/// <summary>What a search hit is.</summary>
public enum KnowledgeDocumentKind
{
    Entry,
    Pattern,
    Countermeasure,
    Measure,
    Term,
    ChecklistItem,
}
