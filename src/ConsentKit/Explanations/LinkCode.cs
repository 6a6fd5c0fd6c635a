using System.Security.Cryptography;
using System.Text;

namespace ConsentKit.Explanations;

/// <summary>
/// Link codes (R50): 65 bits from the system CSPRNG, written in Crockford's base32, which leaves out I, L, O and U so
/// that a code read aloud or copied by hand stays right; reading maps O to 0 and I, L to 1 and ignores case and dashes.
/// </summary>
internal static class LinkCode
{
    public const int Length = 13;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[bytes[i] & 31];
        }

        return new string(code);
    }

    /// <summary>The canonical code, or null when <paramref name="input"/> cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null || input.Length > 40)
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var ch in input)
        {
            if (ch is '-' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(ch) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var u => u,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }

            code.Append(c);
        }

        return code.Length == Length ? code.ToString() : null;
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}
