namespace ChatBot.Domain.Incidents;

public enum IncidentOutcome
{
    /// <summary>Not a leak, loss or damage (recovered unseen; a copy kept elsewhere) and no criterion overrides it.</summary>
    NotAnIncident,
    /// <summary>Strongly encrypted (PPC Q&amp;A 17-14): excluded from both the mandatory and the best-effort report.</summary>
    NotReportable,
    /// <summary>We are the contractor and notified the client in time: released from reporting and notifying individuals.</summary>
    ContractorReleased,
    /// <summary>A criterion of 規則第2条 applies: report to the PPC (速報 and 確報) and notify the individuals.</summary>
    MandatoryReport,
    /// <summary>No criterion applies: reporting and contacting individuals are a best-effort duty (努力義務).</summary>
    BestEffortReport,
}
