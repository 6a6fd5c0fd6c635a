using System.Text.RegularExpressions;

namespace ConsentKit.Contacts;

/// <summary>
/// Postal code formats per country of residence (normalized: upper case, single spaces). The countries where ConsentKit's
/// users have voters abroad are checked; any other country's code is accepted as given (at most 12 characters).
/// </summary>
internal static partial class PostalCodes
{
    // France's overseas departments and collectivities have their own ISO codes but French five-digit codes (971xx-988xx).
    private static readonly HashSet<string> FrenchFormat = ["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC"];

    public static bool IsValid(string country, string postalCode) => country switch
    {
        "CA" => Canada().IsMatch(postalCode),
        "US" => UnitedStates().IsMatch(postalCode),
        "BE" or "CH" or "AT" or "LU" => FourDigits().IsMatch(postalCode),
        "GB" => UnitedKingdom().IsMatch(postalCode),
        "DE" => FiveDigits().IsMatch(postalCode),
        _ when FrenchFormat.Contains(country) => FiveDigits().IsMatch(postalCode) && (country == "FR" ? !postalCode.StartsWith("98", StringComparison.Ordinal) || postalCode.StartsWith("980", StringComparison.Ordinal) : true),
        _ => postalCode.Length is > 0 and <= 12,
    };

    // Canada Post: no D, F, I, O, Q or U anywhere, and no W or Z as first letter.
    [GeneratedRegex("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]$")]
    private static partial Regex Canada();

    // USPS ZIP and ZIP+4.
    [GeneratedRegex("^[0-9]{5}(-[0-9]{4})?$")]
    private static partial Regex UnitedStates();

    [GeneratedRegex("^[1-9][0-9]{3}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FiveDigits();

    // Royal Mail: outward code (area, district) and inward code (sector, unit); GIR 0AA is Girobank's.
    [GeneratedRegex("^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex UnitedKingdom();
}
