namespace ConsentKit.Jurisdictions;

/// <summary>
/// The EU overlay for political advertising (Regulation 2024/900, "TTPA"), applied on top of a member state's profile:
/// targeting for <see cref="Purpose"/> needs the person's own explicit consent to political-ad targeting and data collected
/// from the person, never from a third party (R5, R30), and no one known to be under <see cref="MinimumAge"/> (R20).
/// </summary>
/// <param name="Purpose">The purpose the overlay governs.</param>
/// <param name="MinimumAge">Voting age minus one year.</param>
/// <param name="Source">The articles it rests on.</param>
public sealed record PoliticalAdvertisingOverlay(string Purpose, int MinimumAge, string Source)
{
    /// <summary>TTPA art. 18(1) and 18(2), applicable in full since 10 October 2025.</summary>
    public static PoliticalAdvertisingOverlay EuropeanUnion { get; } = new("political-ads", 17, "R5, R20, R30; TTPA art. 18(1), 18(2)");
}
