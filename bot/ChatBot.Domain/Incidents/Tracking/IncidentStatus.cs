namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>Stored as <c>reported</c>, <c>acknowledged</c>, <c>closed</c>. Reopening goes back to acknowledged.</summary>
public enum IncidentStatus { Reported, Acknowledged, Closed }
