namespace ChatBot.Domain.Organization;

public enum OrganizationRole
{
    /// <summary>事務取扱担当者: does the My Number work.</summary>
    Handler,
    /// <summary>事務取扱責任者: responsible for a department's handling; approves checklists, owns incidents.</summary>
    ResponsibleManager,
    /// <summary>個人情報保護管理者: top of every escalation chain; receives reports from people outside the file.</summary>
    PrivacyOfficer,
    /// <summary>Operates the bot (outbox, campaigns).</summary>
    Admin,
}
