namespace ConsentKit.Jurisdictions;

/// <summary>
/// What Québec's Election Act asks of a provincial party holding electors' data (R6), as one profile value a legal review
/// changes in one place.
/// </summary>
/// <param name="Purposes">
/// The purposes the Act allows a party to pursue with electors' data; a purpose outside them is refused when the store opens,
/// unless a <see cref="LegalOverride"/> for <c>election-act-purpose:NAME</c> records who approved it.
/// </param>
/// <param name="OfficerRoles">
/// The party officers among whom the person in charge of the protection of personal information is chosen
/// (<see cref="Organisations.IOrganisationRegistry.SetPersonInChargeAsync"/>).
/// </param>
/// <param name="SameCollection">
/// How long after an elector's details were written a first consent still counts as captured with them (a sign-up form
/// written in two calls); a first consent later than that means the details were collected before it, and it is refused
/// (<c>collection.before-consent</c>).
/// </param>
/// <param name="Source">The rules and how sure they are.</param>
public sealed record ElectionActRules(IReadOnlySet<string> Purposes, IReadOnlySet<string> OfficerRoles, NodaTime.Duration SameCollection, string Source)
{
    /// <summary>The <see cref="LegalOverride.Setting"/> that allows one more purpose: <c>election-act-purpose:</c> and its name.</summary>
    public static string PurposeOverride(string purpose) => "election-act-purpose:" + purpose;
}
