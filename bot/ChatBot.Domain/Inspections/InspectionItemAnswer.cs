namespace ChatBot.Domain.Inspections;

/// <summary>A handler's answer to one item; <see cref="Remarks"/> is already masked by the My Number guard.</summary>
public sealed record InspectionItemAnswer(InspectionAnswer? Answer, string Remarks);
