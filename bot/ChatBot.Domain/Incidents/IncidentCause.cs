namespace ChatBot.Domain.Incidents;

/// <summary>How it happened, as the reporter states it. Some causes imply wrongful purpose (see rules.yaml <c>implied_by_causes</c>).</summary>
public enum IncidentCause
{
    /// <summary>誤送付・誤送信: a letter or email sent to the wrong recipient.</summary>
    Misdirected,
    /// <summary>紛失: an item (papers, USB stick, laptop) was lost.</summary>
    Loss,
    /// <summary>盗難.</summary>
    Theft,
    /// <summary>不正アクセス・マルウェア (ransomware included).</summary>
    UnauthorizedAccess,
    /// <summary>従業員による持出し.</summary>
    EmployeeTakeOut,
    /// <summary>設定ミスによる公開: data exposed (e.g. on the internet) by a settings error.</summary>
    Misconfiguration,
    /// <summary>委託先での事案.</summary>
    Contractor,
    Other,
}
