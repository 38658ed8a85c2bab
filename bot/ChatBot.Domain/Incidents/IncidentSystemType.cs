namespace ChatBot.Domain.Incidents;

/// <summary>Where the data was held; the last three are the systems of 規則第2条第1号.</summary>
public enum IncidentSystemType
{
    /// <summary>Ordinary internal systems or paper (e.g. a company's payroll).</summary>
    Ordinary,
    /// <summary>情報提供ネットワークシステム or a computer connected to it.</summary>
    NetworkSystem,
    /// <summary>A system used for 個人番号利用事務 (e.g. a health-insurance society's).</summary>
    NumberUseSystem,
    /// <summary>A system 行政機関等 (or their contractors) use for 個人番号関係事務.</summary>
    GovernmentRelatedSystem,
}
