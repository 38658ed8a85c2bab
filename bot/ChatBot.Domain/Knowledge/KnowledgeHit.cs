namespace ChatBot.Domain.Knowledge;

/// <summary>A search result.</summary>
/// <param name="Score">The ranking score (BM25 weighted by field and kind).</param>
/// <param name="Coverage">
/// The share of the query's meaning the document covers, in [0, 1]: the IDF-weighted fraction of the query's terms
/// (or of a synonym variant's terms) found in the document. The answerer abstains when it is low.
/// </param>
/// <param name="ParentId">What the hit belongs to: the pattern of a countermeasure, the template of a checklist item.</param>
public sealed record KnowledgeHit(string Id, KnowledgeDocumentKind Kind, double Score, double Coverage, string? ParentId = null);
