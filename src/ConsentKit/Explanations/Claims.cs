using ConsentKit.Targeting;

namespace ConsentKit.Explanations;

/// <summary>
/// One statement ConsentKit makes to a reader, typed and carrying the facts it rests on. Writers first decide which claims
/// a record supports (<see cref="Claims.For"/>), then render words from the claims only: a sentence can only say what a
/// claim holds, and a claim only exists when the record holds its facts (R50, R52; GDPR art. 12(1)).
/// </summary>
internal abstract record Claim(string Section);

internal sealed record PoliticalMessage(string Organisation) : Claim("what");
internal sealed record SentBy(string Sender, string Organisation) : Claim("what");
internal sealed record PurposeClaim(string Purpose) : Claim("what");
internal sealed record CampaignClaim(string Campaign) : Claim("what");
internal sealed record AiDraftLabel(bool Reviewed) : Claim("what");

internal sealed record ChosenByCriteria(SegmentDefinition Definition) : Claim("why");
internal sealed record NotSorted() : Claim("why");
internal sealed record NoSensitiveData() : Claim("why");
internal sealed record SensitiveDataUsed(IReadOnlyList<string> Fields) : Claim("why");
/// <summary>
/// R54: the person was chosen by automated processing alone: an AI tool chose the people, or the segment read a field a
/// model inferred (a score); no person looked at their case. The explanation says so and offers observations and review.
/// </summary>
internal sealed record AutomatedChoice(bool ByAi, IReadOnlyList<string> InferredFields) : Claim("why");

internal sealed record OnlyAddressUsed(string Channel) : Claim("data");
/// <summary>A field used, with where it actually came from for this record (<see cref="FieldSources"/>).</summary>
internal sealed record FieldUsed(string Field, string Category, string Source, string? ThirdParty, string? Country) : Claim("data");

internal sealed record NoConsentHeld() : Claim("consent");
internal sealed record MemberSince(long At) : Claim("consent");
/// <summary>The person themselves said yes (the consent event came from them).</summary>
internal sealed record ConsentGivenByPerson(long At, string Channel, string? CaptureSource) : Claim("consent");
/// <summary>A third party told us the person agreed (the consent event did not come from them).</summary>
internal sealed record ConsentReportedByThirdParty(long At, string Channel, string? ThirdParty, string? Country) : Claim("consent");
internal sealed record ParentalConsent() : Claim("consent");
internal sealed record NoticeShown(string Version) : Claim("consent");
internal sealed record ConsentEnds(long At) : Claim("consent");
internal sealed record ConsentOpenEnded() : Claim("consent");
internal sealed record ShouldNotHaveBeenSent() : Claim("consent");

internal sealed record NoAiUsed() : Claim("ai");
internal sealed record AiHelped(bool Drafted, bool Targeting) : Claim("ai");
internal sealed record PersonReviewed() : Claim("ai");
internal sealed record AiTool(string Name, string Country, bool OutsideHome) : Claim("ai");

internal sealed record SentOn(long At) : Claim("period");
/// <summary>The segment's size when it was approved, as counted then.</summary>
internal sealed record AudienceCounted(long People) : Claim("period");
/// <summary>The segment was never counted: no number is published.</summary>
internal sealed record AudienceNotCounted() : Claim("period");

internal sealed record HowToStop(string Channel) : Claim("choices");
internal sealed record Rights() : Claim("choices");
internal sealed record PrivacyOfficer(string Contact) : Claim("choices");
internal sealed record Authority() : Claim("choices");

/// <summary>Where each field of a record really came from: one rule for explanations, access exports and the register.</summary>
internal static class FieldSources
{
    /// <summary>
    /// The catalog says where a field usually comes from; a record can say otherwise. A field the catalog marks as given by
    /// the person came with the third party's list when the person's consent itself came from a third party: saying "you gave
    /// it to us" would then be false (GDPR art. 14).
    /// </summary>
    public static (string Source, string? ThirdParty, string? Country) Resolve(string catalogSource, string? catalogThirdParty, string? catalogCountry, Origin origin) =>
        catalogSource == "person" && !origin.FromPerson
            ? ("third_party", origin.ThirdParty, origin.Country)
            : (catalogSource, catalogThirdParty, catalogCountry);

    /// <summary>Who brought a person's record: themselves, or a named third party from a country.</summary>
    internal readonly record struct Origin(bool FromPerson, string? ThirdParty, string? Country)
    {
        public static readonly Origin Person = new(true, null, null);
    }
}

internal static class Claims
{
    public static IReadOnlyList<Claim> For(SendFacts f, Jurisdictions.JurisdictionProfile profile)
    {
        var claims = new List<Claim>
        {
            new PoliticalMessage(f.Sender.Organisation),
            new SentBy(f.Sender.Name, f.Sender.Organisation),
            new PurposeClaim(f.Purpose),
        };
        if (f.Campaign is { } campaign)
        {
            claims.Add(new CampaignClaim(campaign));
        }

        if (f.Ai.Drafted)
        {
            claims.Add(new AiDraftLabel(f.Ai.Reviewed));
        }

        if (f.Segment is { } segment && TryParse(segment.Definition) is { } definition)
        {
            claims.Add(new ChosenByCriteria(definition));
        }
        else
        {
            claims.Add(new NotSorted());
        }

        var fields = Fields(f);
        // Political opinion is a special category of GDPR art. 9(1) even where a party may process it (9(2)(d)): "no sensitive
        // data" would be false for a record that used it.
        var sensitive = fields.Where(x => DataCategories.TryParseCategory(x.Category, out var c) && (c.IsSpecial() || c == DataCategory.PoliticalOpinion)).Select(x => x.Field).ToList();
        claims.Add(sensitive.Count == 0 ? new NoSensitiveData() : new SensitiveDataUsed(sensitive));
        var inferred = fields.Where(x => x.Source == "inferred" || x.Category == "inferred").Select(x => x.Field).ToList();
        if (f.Ai.Targeting || inferred.Count > 0)
        {
            claims.Add(new AutomatedChoice(f.Ai.Targeting, inferred));
        }

        if (fields.Count == 0)
        {
            claims.Add(new OnlyAddressUsed(f.Channel));
        }

        claims.AddRange(fields);

        if (f.Consent is not { Kind: not "withdrawn" } c2)
        {
            claims.Add(new NoConsentHeld());
        }
        else if (c2.Basis == "membership")
        {
            claims.Add(new MemberSince(c2.GivenAt));
        }
        else
        {
            claims.Add(c2.FromDataSubject
                ? new ConsentGivenByPerson(c2.GivenAt, f.Channel, c2.Source)
                : new ConsentReportedByThirdParty(c2.GivenAt, f.Channel, c2.ThirdParty, c2.ThirdPartyCountry));
            if (c2.Kind == "parental_granted")
            {
                claims.Add(new ParentalConsent());
            }

            if (c2.NoticeVersion is { } version)
            {
                claims.Add(new NoticeShown(version));
            }

            claims.Add(c2.ExpiresAt is { } expires ? new ConsentEnds(expires) : new ConsentOpenEnded());
        }

        if (!f.GateAllowed)
        {
            claims.Add(new ShouldNotHaveBeenSent());
        }

        if (!f.Ai.Drafted && !f.Ai.Targeting && f.Ai.Providers.Count == 0)
        {
            claims.Add(new NoAiUsed());
        }
        else
        {
            if (f.Ai.Drafted || f.Ai.Targeting)
            {
                claims.Add(new AiHelped(f.Ai.Drafted, f.Ai.Targeting));
            }

            if (f.Ai.Drafted && f.Ai.Reviewed)
            {
                claims.Add(new PersonReviewed());
            }

            claims.AddRange(f.Ai.Providers.Select(p => new AiTool(p.Name, p.Country, !profile.HomeCountries.Contains(p.Country))));
        }

        claims.Add(new SentOn(f.SentAt));
        if (f.Segment is { } counted)
        {
            claims.Add(counted.Audience is { } people ? new AudienceCounted(people) : new AudienceNotCounted());
        }

        claims.Add(new HowToStop(f.Channel));
        claims.Add(new Rights());
        claims.Add(new PrivacyOfficer(f.Sender.PrivacyOfficer));
        claims.Add(new Authority());
        return claims;
    }

    /// <summary>The fields a send used, each with the source this record supports.</summary>
    public static List<FieldUsed> Fields(SendFacts f)
    {
        var origin = OriginOf(f.Consent);
        return [.. f.Fields.Select(x =>
        {
            var (source, thirdParty, country) = FieldSources.Resolve(x.Source, x.ThirdParty, x.Country, origin);
            return new FieldUsed(x.Name, x.Category, source, thirdParty, country);
        })];
    }

    public static FieldSources.Origin OriginOf(ConsentFacts? consent) =>
        consent is { FromDataSubject: false } c ? new(false, c.ThirdParty, c.ThirdPartyCountry) : FieldSources.Origin.Person;

    private static SegmentDefinition? TryParse(string json)
    {
        try
        {
            return SegmentDefinition.Parse(json);
        }
        catch (ConsentKitValidationException)
        {
            return null;
        }
    }
}
