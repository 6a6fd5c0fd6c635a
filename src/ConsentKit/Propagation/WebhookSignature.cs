using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ConsentKit.Propagation;

/// <summary>
/// ConsentKit's webhook signature, for the events it sends to processors and the generic inbound SMS webhook it receives:
/// the header <c>t=UNIX_SECONDS,v1=HEX</c>, where HEX is the lower-case HMAC-SHA256 of <c>t + "." + body</c> with the shared
/// secret. A receiver checks it with <see cref="Verify"/>, within a tolerance that refuses replays.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header that carries the signature: <c>ConsentKit-Signature</c>.</summary>
    public const string HeaderName = "ConsentKit-Signature";

    /// <summary>The signature header's value for <paramref name="body"/> sent at <paramref name="at"/>.</summary>
    public static string Create(string secret, Instant at, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(body);
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Compute(secret, t, body)}";
    }

    /// <summary>
    /// Whether <paramref name="header"/> signs <paramref name="body"/> with <paramref name="secret"/> at a time within
    /// <paramref name="tolerance"/> of <paramref name="now"/> (compared in constant time).
    /// </summary>
    public static bool Verify(string secret, string? header, string body, Instant now, Duration tolerance)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(body);
        string? t = null, v1 = null;
        foreach (var part in (header ?? "").Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim() == "t")
            {
                t = pair[1].Trim();
            }
            else if (pair.Length == 2 && pair[0].Trim() == "v1")
            {
                v1 = pair[1].Trim();
            }
        }

        return t is not null && v1 is not null
            && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(now.ToUnixTimeSeconds() - seconds) <= (long)tolerance.TotalSeconds
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, t, body)), Encoding.ASCII.GetBytes(v1));
    }

    private static string Compute(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body)));
}
