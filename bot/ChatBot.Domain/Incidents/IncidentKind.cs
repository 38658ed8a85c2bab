namespace ChatBot.Domain.Incidents;

/// <summary>What happened to the data (番号法第29条の4, 規則第2条). The YAML names are in <see cref="IncidentNames"/>.</summary>
public enum IncidentKind
{
    /// <summary>漏えい: the data got out to outsiders.</summary>
    Leak,
    /// <summary>滅失: the content is lost (incl. misplaced inside the company).</summary>
    Loss,
    /// <summary>毀損: the content is altered or unusable (incl. ransomware encryption).</summary>
    Damage,
    /// <summary>目的外利用: use in breach of 第9条.</summary>
    UnauthorizedUse,
    /// <summary>不正提供: provision in breach of 第19条.</summary>
    UnauthorizedProvision,
}
