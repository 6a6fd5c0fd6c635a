using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ConsentKit.Explanations;
using ConsentKit.Hosting;
using ConsentKit.Organisations;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Advertising;

internal sealed class PoliticalAdNotices(ConsentKitRuntime runtime, IOrganisationRegistry organisations) : IPoliticalAdNotices
{
    private const string NoticeMeta = "ad_notice:";

    public async Task<PoliticalAdNotice> PrepareAsync(PoliticalAd ad, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ad);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(ad.OrganisationId);
        var errors = new List<ValidationError>();
        var overlay = env.Profile.PoliticalAdvertising;
        if (overlay is null)
        {
            errors.Add(new("jurisdiction", "ttpa.not-applicable", $"the {env.Profile.Code.Name()} profile has no EU political-advertising overlay: labels and notices of Regulation 2024/900 apply to advertisements in the EU (R69)."));
        }

        Check(errors, ad);
        var entry = await runtime.Store.GetTargetingEntryAsync(orgId, ad.TargetingEntryId ?? "", cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            errors.Add(new("targeting_entry", "targeting_entry.unknown", "targeting_entry must be the register id of a segment decision of this organisation (segment check)."));
        }
        else if (!entry.Allowed)
        {
            errors.Add(new("targeting_entry", "targeting_entry.refused", "the segment was refused by the targeting guard: an advertisement is delivered only to an allowed segment."));
        }
        else if (overlay is not null && entry.Purpose != overlay.Purpose)
        {
            errors.Add(new("targeting_entry", "targeting_entry.purpose", $"the segment was checked for '{entry.Purpose}'; a political advertisement needs a segment checked for '{overlay.Purpose}' ({overlay.Source})."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var officer = await organisations.GetPersonInChargeAsync(orgId, cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var notice = Build(ad, orgId, entry!, env.Profile, officer, now);

        // Every version prepared is kept, with its hash and actor: what the platform was given, and when (TTPA art. 12(4)).
        var json = notice.ToJson();
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var key = NoticeMeta + orgId + ":" + ad.AdId;
        var versions = await runtime.Store.GetMetaAsync(key, cancellationToken).ConfigureAwait(false) is { } stored ? JsonNode.Parse(stored)!.AsArray() : [];
        versions.Add((JsonNode)new JsonObject
        {
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            ["preparedAt"] = now.ToUnixTimeTicks(),
            ["by"] = runtime.Actor,
            ["notice"] = JsonNode.Parse(json),
        });
        await session.SetMetaAsync(key, versions.ToJsonString()).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return notice;
    }

    private static void Check(List<ValidationError> errors, PoliticalAd ad)
    {
        if (ad.AdId is null || !ConsentKitOptionsValidator.Identifier().IsMatch(ad.AdId))
        {
            errors.Add(new("ad_id", "ad_id.format", "ad_id must be 1-64 letters, digits, '.', '_' or '-'."));
        }

        Party(errors, "sponsor", ad.Sponsor, required: true);
        Party(errors, "controlling_entity", ad.ControllingEntity, required: false);
        Party(errors, "payer", ad.Payer, required: false);
        if (ad.PublishedUntil < ad.PublishedFrom)
        {
            errors.Add(new("published_until", "period.reversed", "published_until must be on or after published_from."));
        }

        if (ad.Amount < 0 || ad.CampaignAmount < 0)
        {
            errors.Add(new("amount", "amount.negative", "amounts are zero or more."));
        }
        else if (ad.CampaignAmount < ad.Amount)
        {
            errors.Add(new("campaign_amount", "campaign_amount.less", "the campaign's amount includes this advertisement's: it cannot be less."));
        }

        if (ad.Currency is null || ad.Currency.Length != 3 || !ad.Currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("currency", "currency.format", "currency must be an ISO 4217 code such as EUR."));
        }

        Text(errors, "amount_method", ad.AmountMethod, 500);
        Text(errors, "targeting_objective", ad.TargetingObjective, 500);
        if (ad.LinkedProcess is not null)
        {
            Text(errors, "linked_process", ad.LinkedProcess, 200);
        }

        foreach (var (field, url, required) in new[] { ("notice_url", ad.NoticeUrl, true), ("participation_url", ad.ParticipationUrl, false), ("repository_url", ad.RepositoryUrl, false) })
        {
            if ((required || url is not null) && !(url is { Length: <= 500 } && url.StartsWith("https://", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out _)))
            {
                errors.Add(new(field, $"{field}.format", $"{field} must be an https URL."));
            }
        }

        if (!SendRecorder.IsContact(ad.ReportTo))
        {
            errors.Add(new("report_to", "report_to.format", "report_to must be an https URL or an e-mail address where an advertisement can be reported."));
        }

        if (ad.AiSystems.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 100))
        {
            errors.Add(new("ai_systems", "ai_systems.format", "each AI system is named (at most 100 characters)."));
        }

        if (ad.Language is not ("fr" or "en"))
        {
            errors.Add(new("language", "language.unknown", "language must be fr or en: the label and notice are in the advertisement's language."));
        }
    }

    private static void Party(List<ValidationError> errors, string field, AdvertisingParty? party, bool required)
    {
        if (party is null)
        {
            if (required)
            {
                errors.Add(new(field, $"{field}.required", $"{field} is required (name and e-mail address; TTPA art. 12(1)(a))."));
            }

            return;
        }

        Text(errors, field + ".name", party.Name, 200);
        if (party.Email is null || !party.Email.Contains('@', StringComparison.Ordinal) || !SendRecorder.IsContact(party.Email))
        {
            errors.Add(new(field + ".email", "email.format", $"{field}.email must be an e-mail address."));
        }
    }

    private static void Text(List<ValidationError> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors.Add(new(field, $"{field}.required", $"{field} is required (at most {max} characters)."));
        }
    }

    private static PoliticalAdNotice Build(PoliticalAd ad, string orgId, Storage.TargetingRegisterRow entry, Jurisdictions.JurisdictionProfile profile, PersonInChargeDesignation? officer, Instant now)
    {
        var fr = ad.Language == "fr";
        string T(string f, string e) => fr ? f : e;
        var culture = CultureInfo.GetCultureInfo(fr ? "fr-FR" : "en-GB");
        var notApplicable = T("Sans objet.", "Not applicable.");
        string Describe(AdvertisingParty p) => string.Join(", ", new[] { p.Name, p.Email, p.PostalAddress, p.RegistrationNumber is null ? null : T("n° d'enregistrement ", "registration no. ") + p.RegistrationNumber }.Where(x => x is not null));
        // French writes the first of the month as an ordinal: "1er mai".
        string Day(LocalDate d) => fr && d.Day == 1 ? "1er " + d.ToString("MMMM yyyy", culture) : d.ToString("d MMMM yyyy", culture);
        string Money(decimal amount) => amount.ToString("N2", culture) + " " + ad.Currency;

        var definition = SegmentDefinition.Parse(entry.Segment);
        var (include, exclude) = ExplanationWriter.DescribeCriteria(definition, fr ? (profile.Code == Jurisdiction.France ? "fr-FR" : "fr-CA") : "en-CA", profile);
        var categories = DataCatalog.Parse(entry.Sources).Fields.Values.Select(f => fr ? f.Category.Label().Fr : f.Category.Label().En).Distinct(StringComparer.Ordinal).ToList();
        var audience = Transparency.TransparencyRegister.PublishedAudience(entry.Audience);
        var targeting = new StringBuilder()
            .Append(T("Personnes visées : ", "People selected: ")).Append(include).Append(exclude is null ? "" : T(" ; sauf : ", "; except: ") + exclude).Append(". ")
            .Append(T("Seules les personnes qui ont donné leur consentement explicite à recevoir de la publicité politique ciblée sont visées. ", "Only people who gave their explicit consent to targeted political advertising are selected. "))
            .Append(T("Catégories de données utilisées : ", "Categories of data used: ")).Append(categories.Count == 0 ? T("le consentement seulement", "the consent only") : string.Join(", ", categories)).Append(". ")
            .Append(T("Objectif : ", "Objective: ")).Append(ad.TargetingObjective.TrimEnd('.')).Append(". ")
            .Append(T("Taille du groupe : ", "Size of the group: ")).Append(fr ? audience.Fr : audience.En).Append(". ")
            .Append(T("Systèmes d'IA utilisés : ", "AI systems used: ")).Append(ad.AiSystems.Count == 0 ? T("aucun", "none") : string.Join(", ", ad.AiSystems)).Append('.')
            .ToString();
        var reach = officer?.Contact ?? ad.Sponsor.Email;
        var rights = T(
            $"Vous pouvez retirer votre consentement à la publicité politique ciblée, demander l'accès à vos données ou leur effacement en écrivant à {reach}. Vous pouvez vous plaindre auprès de {profile.Authority.NameFr} ({profile.Authority.Url}).",
            $"You may withdraw your consent to targeted political advertising, or ask for access to or erasure of your data, by writing to {reach}. You may complain to the {profile.Authority.NameEn} ({profile.Authority.Url}).");

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sponsor"] = Describe(ad.Sponsor),
            ["controlling_entity"] = ad.ControllingEntity is { } c ? Describe(c) : notApplicable,
            ["payer"] = ad.Payer is { } p ? Describe(p) : T("Le parraineur.", "The sponsor."),
            ["period"] = T($"Du {Day(ad.PublishedFrom)} au {Day(ad.PublishedUntil)}.", $"From {Day(ad.PublishedFrom)} to {Day(ad.PublishedUntil)}."),
            ["amounts"] = Money(ad.Amount),
            ["campaign_amounts"] = ad.CampaignAmount is { } total ? Money(total) : notApplicable,
            ["origin"] = (ad.Origin == FundingOrigin.Public ? T("Publique", "Public") : T("Privée", "Private")) + ", " + (ad.FromInsideUnion ? T("de l'Union européenne.", "from inside the European Union.") : T("de l'extérieur de l'Union européenne.", "from outside the European Union.")),
            ["method"] = ad.AmountMethod,
            ["process"] = ad.LinkedProcess ?? notApplicable,
            ["participation"] = ad.ParticipationUrl ?? notApplicable,
            ["repository"] = ad.RepositoryUrl ?? T("Pas encore publiée au répertoire européen.", "Not yet published in the European repository."),
            ["reporting"] = ad.ReportTo,
            ["suspension"] = ad.PreviouslySuspended ? T("Oui.", "Yes.") : T("Non.", "No."),
            ["targeting_used"] = T("Oui : elle est diffusée à un groupe choisi dans le fichier du parti, à partir de données personnelles.", "Yes: it is delivered to a group chosen from the party's records, using personal data."),
            ["targeting"] = targeting,
            ["rights"] = rights,
        };
        var items = Jurisdictions.PoliticalAdvertisingOverlay.NoticeTemplate
            .Select(t => new NoticeItem(t.Number, t.Key, fr ? t.HeadingFr : t.HeadingEn, values[t.Key], t.Source))
            .ToList();

        var label = new StringBuilder(T("Publicité à caractère politique. ", "Political advertisement. "))
            .Append(T("Parraineur : ", "Sponsor: ")).Append(ad.Sponsor.Name)
            .Append(ad.ControllingEntity is { } ce ? T($" (contrôlé par {ce.Name})", $" (controlled by {ce.Name})") : "").Append(". ")
            .Append(ad.LinkedProcess is { } process ? T($"Liée à : {process}. ", $"Linked to: {process}. ") : "")
            .Append(T("Ciblée à partir de données personnelles. ", "Targeted using personal data. "))
            .Append(T("Avis de transparence : ", "Transparency notice: ")).Append(ad.NoticeUrl)
            .ToString();
        return new PoliticalAdNotice(ad.AdId, orgId, ad.Language, label, items, now);
    }
}
