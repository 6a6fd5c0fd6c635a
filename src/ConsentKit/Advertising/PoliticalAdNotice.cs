using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ConsentKit.Explanations;
using ConsentKit.Jurisdictions;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Advertising;

/// <summary>A sponsor, the entity controlling it, or the one paying (TTPA art. 12(1)(a)-(b)): an organisation or a person.</summary>
public sealed record AdvertisingParty
{
    /// <summary>The business or legal name, or a person's name and surname.</summary>
    public required string Name { get; init; }

    /// <summary>An e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The postal address, where made public; for an organisation, its place of establishment.</summary>
    public string? PostalAddress { get; init; }

    /// <summary>The registration number of the legal entity or campaign organisation, where it has one.</summary>
    public string? RegistrationNumber { get; init; }
}

/// <summary>Whether the money behind an advertisement is public or private (TTPA art. 12(1)(e)).</summary>
public enum FundingOrigin
{
    /// <summary>Private money. Wire name <c>private</c>.</summary>
    Private,
    /// <summary>Public money. Wire name <c>public</c>.</summary>
    Public,
}

/// <summary>A political advertisement a party feeds to an ad platform in the EU, with what its label and notice must state (R69).</summary>
public sealed record PoliticalAd
{
    /// <summary>The party's id for the advertisement: 1-64 letters, digits, '.', '_' or '-'.</summary>
    public required string AdId { get; init; }

    /// <summary>
    /// The targeting-register entry of the segment it is delivered to (<see cref="Targeting.TargetingDecision.RegisterId"/>):
    /// an allowed decision for the political-advertising purpose. Its criteria and audience fill the targeting items.
    /// </summary>
    public required string TargetingEntryId { get; init; }

    /// <summary>The sponsor.</summary>
    public required AdvertisingParty Sponsor { get; init; }

    /// <summary>The entity ultimately controlling the sponsor, where there is one.</summary>
    public AdvertisingParty? ControllingEntity { get; init; }

    /// <summary>Who pays for it, when not the sponsor or the controlling entity.</summary>
    public AdvertisingParty? Payer { get; init; }

    /// <summary>The first day it is meant to be published.</summary>
    public required LocalDate PublishedFrom { get; init; }

    /// <summary>The last day it is meant to be published.</summary>
    public required LocalDate PublishedUntil { get; init; }

    /// <summary>What the providers of political advertising services received for it, in <see cref="Currency"/>.</summary>
    public required decimal Amount { get; init; }

    /// <summary>What they received for the whole campaign, when known.</summary>
    public decimal? CampaignAmount { get; init; }

    /// <summary>ISO 4217 code, such as <c>EUR</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>Whether the money is public or private.</summary>
    public required FundingOrigin Origin { get; init; }

    /// <summary>Whether it comes from inside the Union.</summary>
    public required bool FromInsideUnion { get; init; }

    /// <summary>How the amounts were calculated, in plain words.</summary>
    public required string AmountMethod { get; init; }

    /// <summary>The election, referendum or process it is linked to, when it is.</summary>
    public string? LinkedProcess { get; init; }

    /// <summary>Official information on how to take part (an https URL), when linked to an election or referendum.</summary>
    public string? ParticipationUrl { get; init; }

    /// <summary>Where this notice is published (https): the label points to it.</summary>
    public required string NoticeUrl { get; init; }

    /// <summary>Where to report an advertisement that may not comply: an https URL or an e-mail address.</summary>
    public required string ReportTo { get; init; }

    /// <summary>Its entry in the European repository, once the repository publishes it.</summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>Whether it was suspended or discontinued before for an infringement.</summary>
    public bool PreviouslySuspended { get; init; }

    /// <summary>Why these people were chosen, in plain words (TTPA art. 19(1)(c)).</summary>
    public required string TargetingObjective { get; init; }

    /// <summary>AI systems used to target or deliver it, by name; empty when none.</summary>
    public IReadOnlyList<string> AiSystems { get; init; } = [];

    /// <summary>The advertisement's language, <c>fr</c> or <c>en</c>: its label and notice are in the same language.</summary>
    public required string Language { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>One item of a transparency notice, as the template orders it.</summary>
/// <param name="Number">Its number in the template.</param>
/// <param name="Key">Its stable key.</param>
/// <param name="Heading">Its heading, in the notice's language.</param>
/// <param name="Value">What the notice says.</param>
/// <param name="Source">The rule, and how sure the template's wording is.</param>
public sealed record NoticeItem(int Number, string Key, string Heading, string Value, string Source);

/// <summary>
/// The label and transparency notice of a political advertisement (R69; TTPA art. 11-12), in the advertisement's language,
/// as a JSON document for the platform, a page to publish at <see cref="PoliticalAd.NoticeUrl"/>, and the label's text.
/// </summary>
public sealed class PoliticalAdNotice
{
    internal PoliticalAdNotice(string adId, string organisationId, string language, string label, IReadOnlyList<NoticeItem> items, Instant preparedAt)
    {
        AdId = adId;
        OrganisationId = organisationId;
        Language = language;
        Label = label;
        Items = items;
        PreparedAt = preparedAt;
    }

    /// <summary>The advertisement.</summary>
    public string AdId { get; }

    /// <summary>The sponsoring organisation in the store.</summary>
    public string OrganisationId { get; }

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The label shown with the advertisement.</summary>
    public string Label { get; }

    /// <summary>The notice's items, in the template's order; each is present, "not applicable" where the law says "where applicable".</summary>
    public IReadOnlyList<NoticeItem> Items { get; }

    /// <summary>When it was prepared.</summary>
    public Instant PreparedAt { get; }

    /// <summary>The machine-readable notice: <c>{"schemaVersion","format","adId","language","preparedAt","label","labelSource","items":[{"number","key","heading","value","source"}]}</c>.</summary>
    public string ToJson() => new JsonObject
    {
        ["schemaVersion"] = 1,
        ["format"] = "Regulation (EU) 2024/900 art. 11-12; template of Implementing Regulation (EU) 2025/1410",
        ["adId"] = AdId,
        ["language"] = Language,
        ["preparedAt"] = InstantPattern.General.Format(PreparedAt),
        ["label"] = Label,
        ["labelSource"] = PoliticalAdvertisingOverlay.LabelSource,
        ["items"] = new JsonArray([.. Items.Select(i => (JsonNode)new JsonObject { ["number"] = i.Number, ["key"] = i.Key, ["heading"] = i.Heading, ["value"] = i.Value, ["source"] = i.Source })]),
    }.ToJsonString(PageStyle.IndentedJson);

    /// <summary>The notice as a page, in its language, to publish where the label points.</summary>
    public string ToHtml()
    {
        var fr = Language == "fr";
        var title = fr ? "Avis de transparence : publicité à caractère politique" : "Transparency notice: political advertisement";
        var page = PageStyle.Open(Language, PageStyle.Encode(title));
        page.Append("<h1>").Append(PageStyle.Encode(title)).Append("</h1>\n<p><strong>").Append(PageStyle.Linked(Label)).Append("</strong></p>\n<ol>\n");
        foreach (var item in Items)
        {
            page.Append("<li><h2>").Append(PageStyle.Encode(item.Heading)).Append("</h2>\n<p>").Append(PageStyle.Linked(item.Value)).Append("</p></li>\n");
        }

        page.Append("</ol>\n<p>").Append(PageStyle.Encode(fr ? $"Préparé le {PreparedAt.InUtc().Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))}." : $"Prepared on {PreparedAt.InUtc().Date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-GB"))}."))
            .Append("</p>\n");
        return PageStyle.Close(page);
    }
}

/// <summary>
/// Labels and transparency notices for political advertisements fed to ad platforms in the EU (R69; TTPA art. 11-12), for
/// stores under a profile with the EU overlay. Each notice prepared is kept in the store, every version, with its actor.
/// </summary>
public interface IPoliticalAdNotices
{
    /// <summary>
    /// Prepares the label and notice of <paramref name="ad"/>, filling the targeting items from its targeting-register entry
    /// (criteria in plain words, data categories, audience rounded) and the rights item from the person in charge.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">
    /// A field is missing or malformed (naming it); the profile has no EU overlay (<c>ttpa.not-applicable</c>); the targeting
    /// entry is unknown, refused or for another purpose (<c>targeting_entry.*</c>).
    /// </exception>
    Task<PoliticalAdNotice> PrepareAsync(PoliticalAd ad, CancellationToken cancellationToken = default);
}
