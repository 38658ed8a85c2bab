namespace ChatBot.Domain.Knowledge;

/// <summary>The distinct terms of one query, numbered in the order first met, each with its IDF (computed once).</summary>
internal sealed class QueryTerms(Func<string, double> idf)
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<(string Term, double Idf)> _terms = [];

    public int Count => _terms.Count;

    public string this[int number] => _terms[number].Term;

    public double Idf(int number) => _terms[number].Idf;

    public int Number(string term)
    {
        if (!_numbers.TryGetValue(term, out var number))
        {
            number = _terms.Count;
            _numbers[term] = number;
            _terms.Add((term, idf(term)));
        }

        return number;
    }
}
