namespace ChatBot.Domain.CorrectiveActions;

/// <summary>What a feature supplies to open a corrective action; the title is masked by the My Number guard on creation.</summary>
public sealed record NewCorrectiveAction(
    CorrectiveActionOrigin Origin,
    string OriginReference,
    string Title,
    string OwnerAadObjectId,
    string DepartmentId,
    DateOnly DueDate);
