namespace ChatBot.Domain.Inspections;

/// <summary>The organization's template overrides are invalid; <see cref="Errors"/> name the file and field of each problem.</summary>
public sealed class InspectionTemplateException(IReadOnlyList<string> errors)
    : Exception("Invalid inspection template overrides:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
