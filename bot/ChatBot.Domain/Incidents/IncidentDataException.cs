namespace ChatBot.Domain.Incidents;

/// <summary>rules.yaml or holidays.yaml is not valid; each error reads <c>file: field: problem</c>.</summary>
public sealed class IncidentDataException(IReadOnlyList<string> errors)
    : Exception("The incident data is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
