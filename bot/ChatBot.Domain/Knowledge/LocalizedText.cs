namespace ChatBot.Domain.Knowledge;

/// <summary>A text in both languages (<c>{ ja, en }</c> in the YAML); both are required.</summary>
public sealed record LocalizedText(string Ja, string En)
{
    public string Get(KnowledgeLanguage language) => language == KnowledgeLanguage.English ? En : Ja;
}
