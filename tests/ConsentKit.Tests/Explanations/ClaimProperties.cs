using ConsentKit.Explanations;
using ConsentKit.Jurisdictions;
using ConsentKit.Targeting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Tests.Explanations;

/// <summary>
/// Every statement an explanation makes rests on the record (issue 17): claims are built from the facts first and the words
/// from the claims only, so a claim that disagrees with its record, or two claims that contradict each other, are caught here
/// for any mix of sources, bases, AI use, segments and jurisdictions.
/// </summary>
public sealed class ClaimProperties
{
    private static readonly (string Name, string Category, string Source, string? ThirdParty, string? Country)[] CatalogFields =
    [
        ("first_name", "identity", "person", null, null),
        ("postal_code", "location", "person", null, null),
        ("riding", "location", "electoral_list", null, null),
        ("city", "location", "electoral_list", null, null),
        ("income_band", "demographic", "third_party", "Données Plus", "US"),
        ("turnout_score", "inferred", "inferred", null, null),
        ("religion", "religion", "person", null, null),
        ("party_member", "political_opinion", "person", null, null),
    ];

    public static Arbitrary<Record> Records() =>
        (from fields in Gen.SubListOf(CatalogFields)
         from hasConsent in Gen.Elements(true, true, true, false)
         from kind in Gen.Elements("granted", "parental_granted", "renewed", "withdrawn")
         from basis in Gen.Elements("consent", "explicit_consent", "membership")
         from fromPerson in Gen.Elements(true, false)
         from thirdParty in Gen.Elements<string?>("Liste Électorale Plus Inc.", "Courtier Québec", null)
         from country in Gen.Elements<string?>("US", "CA", "FR", null)
         from expires in Gen.Elements(true, false)
         from notice in Gen.Elements(true, false)
         from drafted in Gen.Elements(true, false)
         from reviewed in Gen.Elements(true, false)
         from targeting in Gen.Elements(true, false)
         from provider in Gen.Elements(0, 1, 2)
         from segment in Gen.Elements(0, 1, 2)
         from audience in Gen.Elements<long?>(null, 0, 87, 1250)
         from allowed in Gen.Elements(true, true, false)
         from jurisdiction in Gen.Elements("qc", "ca", "fr")
         from channel in Gen.Elements("sms", "email", "voice")
         select new Record(new SendFacts
         {
             MessageId = "m-1",
             Channel = channel,
             Purpose = basis == "membership" ? "membership" : "gotv",
             Jurisdiction = jurisdiction,
             SentAt = NodaTime.Instant.FromUtc(2026, 8, 20, 15, 0).ToUnixTimeTicks(),
             Sender = new SenderIdentity("Équipe", "Les Écologistes", "dpo@example.org"),
             Segment = segment == 0 ? null : new SegmentFacts
             {
                 EntryId = "tgt-1",
                 Definition = segment == 1 ? """{"include":{"field":"riding","op":"eq","value":"Laval"}}""" : "not json",
                 Audience = audience,
             },
             Fields = [.. fields.Select(f => new FieldFacts { Name = f.Name, Category = f.Category, Source = f.Source, ThirdParty = f.ThirdParty, Country = f.Country })],
             Consent = hasConsent ? new ConsentFacts
             {
                 EventId = "e-1",
                 Kind = kind,
                 Basis = basis,
                 GivenAt = NodaTime.Instant.FromUtc(2026, 8, 1, 15, 0).ToUnixTimeTicks(),
                 Source = fromPerson ? "canvass" : "import",
                 NoticeVersion = notice ? "3" : null,
                 FromDataSubject = fromPerson,
                 ThirdParty = fromPerson ? null : thirdParty,
                 ThirdPartyCountry = fromPerson ? null : country,
                 ExpiresAt = expires ? NodaTime.Instant.FromUtc(2028, 8, 1, 15, 0).ToUnixTimeTicks() : null,
             } : null,
             GateAllowed = allowed,
             Ai = new AiFacts
             {
                 Drafted = drafted,
                 Reviewed = drafted && reviewed,
                 Targeting = targeting,
                 Providers = [.. Enumerable.Range(0, provider).Select(i => new AiProvider(i == 0 ? "Model Co" : "Modèle Nord", i == 0 ? "US" : "CA"))],
             },
         })).ToArbitrary();

    /// <summary>A generated send record (its facts are internal to ConsentKit).</summary>
    public sealed class Record
    {
        internal Record(SendFacts facts) => Facts = facts;

        internal SendFacts Facts { get; }

        public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Facts, SendFactsJson.Default.SendFacts);
    }

    private static JurisdictionProfile Profile(SendFacts f) => f.Jurisdiction switch
    {
        "fr" => JurisdictionProfile.France,
        "ca" => JurisdictionProfile.Canada,
        _ => JurisdictionProfile.Quebec,
    };

    [Property(Arbitrary = [typeof(ClaimProperties)], MaxTest = 400)]
    [Trait("Req", "R50")]
    [Trait("Req", "R52")]
    [Trait("Req", "R54")]
    public void For_AnyRecord_EachClaimAgreesWithTheRecordAndNoneContradicts(Record r)
    {
        var f = r.Facts;
        var claims = Claims.For(f, Profile(f));
        var consent = f.Consent is { Kind: not "withdrawn" } c ? c : null;

        foreach (var claim in claims)
        {
            switch (claim)
            {
                case FieldUsed { Source: "person" } used:
                    (f.Consent is null || f.Consent.FromDataSubject).Should().BeTrue($"{used.Field} is said to come from the person although the consent came from a third party");
                    f.Fields.Single(x => x.Name == used.Field).Source.Should().Be("person");
                    break;
                case FieldUsed { Source: "third_party" } used:
                    var declared = f.Fields.Single(x => x.Name == used.Field);
                    (declared.Source == "third_party" || (declared.Source == "person" && f.Consent is { FromDataSubject: false })).Should().BeTrue();
                    break;
                case FieldUsed used:
                    used.Source.Should().Be(f.Fields.Single(x => x.Name == used.Field).Source);
                    break;
                case ConsentGivenByPerson:
                    consent.Should().NotBeNull();
                    consent!.FromDataSubject.Should().BeTrue();
                    break;
                case ConsentReportedByThirdParty reported:
                    consent!.FromDataSubject.Should().BeFalse();
                    reported.ThirdParty.Should().Be(consent.ThirdParty);
                    break;
                case MemberSince:
                    consent!.Basis.Should().Be("membership");
                    break;
                case NoticeShown n:
                    n.Version.Should().Be(consent!.NoticeVersion);
                    break;
                case ConsentEnds e:
                    e.At.Should().Be(consent!.ExpiresAt!.Value);
                    break;
                case ParentalConsent:
                    consent!.Kind.Should().Be("parental_granted");
                    break;
                case NoConsentHeld:
                    consent.Should().BeNull();
                    break;
                case NoSensitiveData:
                    f.Fields.Should().NotContain(x => IsSpecial(x.Category));
                    break;
                case SensitiveDataUsed s:
                    s.Fields.Should().BeEquivalentTo(f.Fields.Where(x => IsSpecial(x.Category)).Select(x => x.Name));
                    break;
                case NoAiUsed:
                    (f.Ai.Drafted || f.Ai.Targeting || f.Ai.Providers.Count > 0).Should().BeFalse();
                    break;
                case AiHelped h:
                    h.Drafted.Should().Be(f.Ai.Drafted);
                    h.Targeting.Should().Be(f.Ai.Targeting);
                    break;
                case PersonReviewed:
                    f.Ai.Reviewed.Should().BeTrue();
                    break;
                case AudienceCounted a:
                    a.People.Should().Be(f.Segment!.Audience!.Value);
                    break;
                case AudienceNotCounted:
                    f.Segment!.Audience.Should().BeNull();
                    break;
                case ShouldNotHaveBeenSent:
                    f.GateAllowed.Should().BeFalse();
                    break;
            }
        }

        // No two claims that cannot both be true.
        Exclusive<ConsentGivenByPerson, ConsentReportedByThirdParty>(claims);
        Exclusive<NoConsentHeld, ConsentGivenByPerson>(claims);
        Exclusive<NoConsentHeld, ConsentReportedByThirdParty>(claims);
        Exclusive<NoConsentHeld, MemberSince>(claims);
        Exclusive<NoSensitiveData, SensitiveDataUsed>(claims);
        Exclusive<NoAiUsed, AiHelped>(claims);
        Exclusive<NoAiUsed, AiTool>(claims);
        Exclusive<AudienceCounted, AudienceNotCounted>(claims);
        Exclusive<ConsentEnds, ConsentOpenEnded>(claims);
        Exclusive<OnlyAddressUsed, FieldUsed>(claims);
        if (claims.OfType<ConsentReportedByThirdParty>().Any())
        {
            claims.OfType<FieldUsed>().Should().NotContain(u => u.Source == "person", "a person whose consent a third party passed on did not give us their data either");
        }

        // Each claim exists once the facts hold it: the ones that must be there are.
        claims.OfType<NoAiUsed>().Any().Should().Be(!f.Ai.Drafted && !f.Ai.Targeting && f.Ai.Providers.Count == 0);
        // R54: chosen by automated processing alone (AI targeting, or a field a model inferred) is always said, and only then.
        var inferred = f.Fields.Where(x => x.Source == "inferred" || x.Category == "inferred").Select(x => x.Name).ToList();
        claims.OfType<AutomatedChoice>().Any().Should().Be(f.Ai.Targeting || inferred.Count > 0);
        foreach (var automated in claims.OfType<AutomatedChoice>())
        {
            automated.ByAi.Should().Be(f.Ai.Targeting);
            automated.InferredFields.Should().BeEquivalentTo(inferred);
        }

        claims.OfType<FieldUsed>().Count().Should().Be(f.Fields.Count);
        if (f.Segment is not null)
        {
            (claims.OfType<AudienceCounted>().Count() + claims.OfType<AudienceNotCounted>().Count()).Should().Be(1);
        }
    }

    [Property(Arbitrary = [typeof(ClaimProperties)], MaxTest = 200)]
    [Trait("Req", "R50")]
    [Trait("Req", "R54")]
    public void Write_AnyRecord_TheWordsSayOnlyWhatTheClaimsHold(Record r)
    {
        var f = r.Facts;
        var profile = Profile(f);
        var claims = Claims.For(f, profile);
        foreach (var culture in new[] { "fr-CA", "fr-FR", "en-CA" })
        {
            var text = ExplanationWriter.Write(f, culture, profile).ToText();
            var fr = culture.StartsWith("fr", StringComparison.Ordinal);

            text.Contains(fr ? "vous nous l'avez donné" : "you gave it to us", StringComparison.Ordinal).Should().Be(claims.OfType<FieldUsed>().Any(u => u.Source == "person"), culture);
            text.Contains(fr ? "Vous avez dit oui" : "You said yes", StringComparison.Ordinal).Should().Be(claims.OfType<ConsentGivenByPerson>().Any(), culture);
            text.Contains(fr ? "nous a dit que vous étiez d'accord" : "told us you agreed", StringComparison.Ordinal).Should().Be(claims.OfType<ConsentReportedByThirdParty>().Any(), culture);
            text.Contains(fr ? "pas utilisé de données sensibles" : "did not use sensitive data", StringComparison.Ordinal).Should().Be(claims.OfType<NoSensitiveData>().Any(), culture);
            text.Contains(fr ? "n'est pas mesuré" : "was not measured", StringComparison.Ordinal).Should().Be(claims.OfType<AudienceNotCounted>().Any(), culture);
            // R54: observations and a person's review are offered exactly when no person took part in choosing.
            text.Contains(fr ? "vos observations et demander qu'une personne revoie ce choix" : "your observations and ask a person to look at this choice again", StringComparison.Ordinal)
                .Should().Be(claims.OfType<AutomatedChoice>().Any(), culture);
            text.Should().NotContain(" de Les ").And.NotContain(" de Le ").And.NotContain("de Parti");
            if (culture == "fr-FR")
            {
                text.Should().NotContain("texto").And.NotContain("courriel");
            }
        }
    }

    [Fact]
    [Trait("Req", "R50")]
    public void Write_ConsentFromABroker_NeverSaysThePersonGaveTheirData()
    {
        // The case seen: "votre prénom : vous nous l'avez donné" a few lines above "Cet accord nous vient de Liste Électorale Plus Inc."
        var facts = new SendFacts
        {
            MessageId = "m-1",
            Channel = "sms",
            Purpose = "gotv",
            Jurisdiction = "qc",
            SentAt = NodaTime.Instant.FromUtc(2026, 10, 2, 15, 0).ToUnixTimeTicks(),
            Sender = new SenderIdentity("Équipe Laval", "Parti de l'Exemple", "vieprivee@parti.example"),
            Fields = [new FieldFacts { Name = "first_name", Category = "identity", Source = "person" }, new FieldFacts { Name = "riding", Category = "location", Source = "electoral_list" }],
            Consent = new ConsentFacts { EventId = "e", Kind = "granted", Basis = "explicit_consent", GivenAt = NodaTime.Instant.FromUtc(2026, 8, 20, 15, 0).ToUnixTimeTicks(), Source = "import", FromDataSubject = false, ThirdParty = "Liste Électorale Plus Inc.", ThirdPartyCountry = "US" },
            GateAllowed = true,
        };

        var fr = ExplanationWriter.Write(facts, "fr-CA", JurisdictionProfile.Quebec).ToText();
        var en = ExplanationWriter.Write(facts, "en-CA", JurisdictionProfile.Quebec).ToText();

        fr.Should().Contain("votre prénom : reçu de Liste Électorale Plus Inc. (aux États-Unis)")
            .And.Contain("votre circonscription : la liste électorale")
            .And.Contain("Liste Électorale Plus Inc. (aux États-Unis) nous a dit que vous étiez d'accord pour recevoir nos textos, le 20 août 2026")
            .And.Contain("C'est un message politique du Parti de l'Exemple.")
            .And.NotContain("vous nous l'avez donné").And.NotContain("Vous avez dit oui");
        en.Should().Contain("your first name: from Liste Électorale Plus Inc. (in the United States)").And.NotContain("you gave it to us").And.NotContain("You said yes");
        ExplanationWriter.Short(facts, "fr-CA", JurisdictionProfile.Quebec, "https://parti.example/w/ABC").Should()
            .Contain("Accord transmis par un tiers le 2026-08-20").And.NotContain("Vous avez dit oui");
    }

    [Theory]
    [InlineData("Les Écologistes", "des Écologistes", "aux Écologistes")]
    [InlineData("Le Parti vert", "du Parti vert", "au Parti vert")]
    [InlineData("La Gauche unie", "de la Gauche unie", "à la Gauche unie")]
    [InlineData("L'Union citoyenne", "de l'Union citoyenne", "à l'Union citoyenne")]
    [InlineData("Parti de l'Exemple du Québec", "du Parti de l'Exemple du Québec", "au Parti de l'Exemple du Québec")]
    [InlineData("Coalition Avenir", "de la Coalition Avenir", "à la Coalition Avenir")]
    [InlineData("Alliance citoyenne", "de l'Alliance citoyenne", "à l'Alliance citoyenne")]
    [InlineData("Québec solidaire", "de Québec solidaire", "à Québec solidaire")]
    [InlineData("Ensemble", "d'Ensemble", "à Ensemble")]
    [InlineData("le Commissariat à la protection de la vie privée du Canada", "du Commissariat à la protection de la vie privée du Canada", "au Commissariat à la protection de la vie privée du Canada")]
    [InlineData("la Commission nationale de l'informatique et des libertés (CNIL)", "de la Commission nationale de l'informatique et des libertés (CNIL)", "à la Commission nationale de l'informatique et des libertés (CNIL)")]
    [Trait("Req", "R52")]
    public void OfName_OrganisationNames_ContractAsFrenchDoes(string name, string of, string to)
    {
        Wording.OfName(name).Should().Be(of);
        Wording.ToName(name).Should().Be(to);
    }

    private static bool IsSpecial(string category) => DataCategories.TryParseCategory(category, out var c) && (c.IsSpecial() || c == DataCategory.PoliticalOpinion);

    private static void Exclusive<TA, TB>(IReadOnlyList<Claim> claims)
        where TA : Claim
        where TB : Claim =>
        (claims.OfType<TA>().Any() && claims.OfType<TB>().Any()).Should().BeFalse($"{typeof(TA).Name} and {typeof(TB).Name} contradict each other");
}
