using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Tests.Explanations;

public sealed class ShortFormProperties
{
    private static readonly string[] Cultures = ["fr-CA", "fr-FR", "en-CA"];

    // Organisation names of any length and script: plain, accented, emoji (UCS-2), GSM extension characters.
    public static Arbitrary<(string Organisation, string Culture, bool Consent, long GivenAt)> Cases() =>
        (from parts in Gen.Elements("Parti", "exemple", "Québec", "çà", "€", "{}", "🗳️", "Ensemble", "للجميع", "x").ListOf()
         from repeat in Gen.Choose(1, 12)
         from culture in Gen.Elements(Cultures)
         from consent in Gen.Elements(true, false)
         from days in Gen.Choose(0, 3000)
         select (string.Join(' ', Enumerable.Repeat(string.Join(' ', parts), repeat)).Trim() is { Length: > 0 } name ? name : "P",
             culture, consent, NodaTime.Instant.FromUtc(2020, 1, 1, 0, 0).Plus(NodaTime.Duration.FromDays(days)).ToUnixTimeTicks()))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(ShortFormProperties)], MaxTest = 300)]
    [Trait("Req", "R51")]
    public bool Short_AnyOrganisationAndCulture_AtMostTwoSegmentsWithLinkAndStop((string Organisation, string Culture, bool Consent, long GivenAt) c)
    {
        var facts = new SendFacts
        {
            MessageId = "m",
            Channel = "sms",
            Purpose = "gotv",
            Jurisdiction = c.Culture == "fr-FR" ? "fr" : "qc",
            Sender = new SenderIdentity("Équipe", c.Organisation, "dpo@example.org"),
            GateAllowed = c.Consent,
            Consent = c.Consent ? new ConsentFacts { EventId = "e", Kind = "granted", GivenAt = c.GivenAt } : null,
        };
        var profile = c.Culture == "fr-FR" ? JurisdictionProfile.France : JurisdictionProfile.Quebec;
        const string link = "https://parti.example/w/0123456789ABC";

        var text = ExplanationWriter.Short(facts, c.Culture, profile, link);

        // The consent date stays for any name, in any script: the name is shortened and the wording made compact before it goes.
        var date = c.Culture switch { "fr-CA" => @"\d{4}-\d{2}-\d{2}", "fr-FR" => @"\d{2}/\d{2}/\d{4}", _ => @"[A-Z][a-z]{2} \d{1,2}, \d{4}" };
        var keepsDate = !c.Consent || System.Text.RegularExpressions.Regex.IsMatch(text, date);
        return SmsText.Measure(text).Segments <= 2 && text.Contains(link, StringComparison.Ordinal) && text.Contains("STOP", StringComparison.Ordinal)
            && keepsDate && text == ExplanationWriter.Short(facts, c.Culture, profile, link);
    }
}
