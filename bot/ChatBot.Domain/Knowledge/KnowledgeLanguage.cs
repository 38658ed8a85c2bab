namespace ChatBot.Domain.Knowledge;

/// <summary>The two languages every knowledge text is written in.</summary>
public enum KnowledgeLanguage
{
    Japanese,
    English,
}
