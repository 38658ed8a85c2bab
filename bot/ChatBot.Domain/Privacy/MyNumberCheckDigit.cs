namespace ChatBot.Domain.Privacy;

/// <summary>
/// Check digits of the 12-digit 個人番号 (平成26年総務省令第85号 第5条) and the 13-digit 法人番号
/// (平成26年財務省令第70号 第2条). A 法人番号 is public; only the former is a My Number.
/// </summary>
public static class MyNumberCheckDigit
{
    /// <summary>CD = 11 − (Σ Pn×Qn mod 11), 0 when the remainder ≤ 1; Pn counted from the right of the 11-digit base.</summary>
    public static int Compute(ReadOnlySpan<int> base11)
    {
        if (base11.Length != 11) throw new ArgumentException("An individual number has an 11-digit base.", nameof(base11));
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = base11[11 - n];
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public static bool IsValidIndividualNumber(ReadOnlySpan<int> digits) =>
        digits.Length == 12 && Compute(digits[..11]) == digits[11];

    public static bool IsValidIndividualNumber(string digits) =>
        digits.Length == 12 && digits.All(char.IsAsciiDigit) && IsValidIndividualNumber(ToDigits(digits));

    /// <summary>Leading CD = 9 − (Σ Pn×Qn mod 9), Qn = 1 for odd n and 2 for even n, Pn from the right of the 12-digit base.</summary>
    public static bool IsValidCorporateNumber(string digits)
    {
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit)) return false;
        var d = ToDigits(digits);
        var sum = 0;
        for (var n = 1; n <= 12; n++) sum += d[13 - n] * (n % 2 == 1 ? 1 : 2);
        return d[0] == 9 - sum % 9;
    }

    private static int[] ToDigits(string digits) => digits.Select(c => c - '0').ToArray();
}
