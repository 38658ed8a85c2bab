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

    /// <summary>Examples of questions outside the scope (<see cref="OutOfScopeTopic"/>): never an answer.</summary>
    OutOfScope,
}
