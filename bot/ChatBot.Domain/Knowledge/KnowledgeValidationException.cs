namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The knowledge content is invalid. The message lists every problem found, one per line, as
/// <c>path/to/file.yaml: field.path: problem</c>.
/// </summary>
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException(string knowledgeRoot, IReadOnlyList<string> errors)
        : base(Format(knowledgeRoot, errors)) => Errors = errors;

    public KnowledgeValidationException()
        : base("The knowledge content is invalid.") => Errors = [];

    public KnowledgeValidationException(string message)
        : base(message) => Errors = [message];

    public KnowledgeValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }

    private static string Format(string root, IReadOnlyList<string> errors) =>
        $"The knowledge content in '{root}' is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
        + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
