namespace ChatBot.Domain.Lifecycle;

/// <summary>Where a guided lifecycle dialog stands.</summary>
public enum AssessmentStatus
{
    ChoosingStep,
    ChoosingPattern,
    Answering,
    Finished,
    Cancelled,
}

public static class AssessmentStatuses
{
    public static string Code(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.ChoosingStep => "choosing_step",
        AssessmentStatus.ChoosingPattern => "choosing_pattern",
        AssessmentStatus.Answering => "answering",
        AssessmentStatus.Finished => "finished",
        _ => "cancelled",
    };

    public static AssessmentStatus Parse(string code) => code switch
    {
        "choosing_step" => AssessmentStatus.ChoosingStep,
        "choosing_pattern" => AssessmentStatus.ChoosingPattern,
        "answering" => AssessmentStatus.Answering,
        "finished" => AssessmentStatus.Finished,
        _ => AssessmentStatus.Cancelled,
    };

    public static bool IsOpen(this AssessmentStatus status) => status is not (AssessmentStatus.Finished or AssessmentStatus.Cancelled);
}
