using System.Text;
using ConsentKit.Prompts;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts.Tests;

public sealed class PersonalDataScannerTests
{
    private static List<(string Type, string Text)> Found(string text, PersonalDataScanner? scanner = null) =>
        [.. (scanner ?? PersonalDataScanner.Default).Scan(text).Entities.Select(e => (e.Type.Name(), text[e.Start..e.End]))];

    public static TheoryData<string, string, string> Positives => new()
    {
        { "Courriel : jf.tremblay@exemple.qc.ca", "EMAIL", "jf.tremblay@exemple.qc.ca" },
        { "Tél. (514) 555-0188 poste 22", "PHONE", "(514) 555-0188 poste 22" },
        { "Appelle au +1 438 555 0142", "PHONE", "+1 438 555 0142" },
        { "Portable : 06.12.34.56.78", "PHONE", "06.12.34.56.78" },
        { "Numéro 0033 6 12 34 56 78", "PHONE", "0033 6 12 34 56 78" },
        { "Il habite au 12 bis rue de la Paix à Paris.", "STREET_ADDRESS", "12 bis rue de la Paix" },
        { "Adresse : 4-1234, boul. Saint-Martin Ouest, app. 12, Laval", "STREET_ADDRESS", "4-1234, boul. Saint-Martin Ouest, app. 12" },
        { "Office at 221 Baker Street, London", "STREET_ADDRESS", "221 Baker Street" },
        { "Code postal H2X 1Y4, Montréal", "POSTAL_CODE", "H2X 1Y4" },
        { "Adresse : 8, rue Victor-Hugo, 75011 Paris", "POSTAL_CODE", "75011" },
        { "Née le 12 mars 1985 à Québec", "DATE_OF_BIRTH", "12 mars 1985" },
        { "DOB: 1985-03-12", "DATE_OF_BIRTH", "1985-03-12" },
        { "Born March 12, 1985 in Ottawa", "DATE_OF_BIRTH", "March 12, 1985" },
        { "NAS 046 454 286", "CA_SIN", "046 454 286" },
        { "NIR 2 69 05 2A 004 042 95", "FR_NIR", "2 69 05 2A 004 042 95" },
        { "Carte RAMQ TREM 8553 1212", "QC_RAMQ", "TREM 8553 1212" },
        { "IBAN FR76 3000 6000 0112 3456 7890 189", "IBAN", "FR76 3000 6000 0112 3456 7890 189" },
        { "Visa 4111-1111-1111-1111", "CREDIT_CARD", "4111-1111-1111-1111" },
        { "From 2001:db8::8a2e:370:7334 and 10.0.0.12", "IP_ADDRESS", "2001:db8::8a2e:370:7334" },
        { "Rencontre avec Jean-François Tremblay demain", "PERSON", "Jean-François Tremblay" },
        { "Nom : Kessler-Vasquelin", "PERSON", "Kessler-Vasquelin" },
        { "Mme Oriane Plouffe a rappelé", "PERSON", "Oriane Plouffe" },
        { "Tremblay, Élise — électrice", "PERSON", "Tremblay, Élise" },
        { "Rappelle-la au 514 - 555 - 0101 ce soir", "PHONE", "514 - 555 - 0101" },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    [Trait("Req", "R42")]
    public void Scan_PersonalData_FoundWithExactSpan(string text, string type, string expected) =>
        Found(text).Should().Contain((type, expected));

    [Theory]
    [InlineData("Billets à 45 $, soirée le 14 décembre 2026 à 19 h.")]
    [InlineData("Commande n° 2024100512 : 3 pancartes à 12,50 $.")]
    [InlineData("La circonscription 24034 compte 212 bureaux de vote.")]
    [InlineData("Le Parti Québécois et Québec solidaire débattent à Sherbrooke.")]
    [InlineData("Le local est sur la rue Sainte-Catherine, près du métro Berri-UQAM.")]
    [InlineData("Order #55213 shipped on 2026-11-20, total $1,499.00.")]
    [InlineData("Version 3.2.1, build 20261120.")]
    [InlineData("Rendez-vous au parc Jean-Drapeau samedi.")]
    [InlineData("Le projecteur coûte 5 145 550 142 $ selon le devis.")]
    [InlineData("Firmware 10.2.14.7 deployed on the kiosks.")]
    [InlineData("Ticket INV-2025-000123 closed, order 4385550199 refunded.")]
    [Trait("Req", "R42")]
    public void Scan_NumbersAndNamesThatAreNotPersonalData_NotFlagged(string text) =>
        Found(text).Should().BeEmpty();

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_Evasions_FoundWithSpansInTheOriginalText()
    {
        var zeroWidth = "Écris à mar\u200Bie.roy@exem\u200Cple.ca svp";
        var fullwidth = "Tél ５１４ ５５５ ０１９９";
        var homoglyph = "m\u0430rie@exemple.c\u0430";
        var words = "appelle au cinq un quatre cinq cinq cinq zéro un zéro un";
        var english = "call five one four, five five five, zero one nine nine";
        var split = "numéro 5 1 4 5 5 5 0 1 0 1";
        var obfuscated = "jean [at] exemple [dot] com et karim arobase exemple point qc point ca";

        Found(zeroWidth).Should().Equal(("EMAIL", "mar\u200Bie.roy@exem\u200Cple.ca"));
        Found(fullwidth).Should().Equal(("PHONE", "５１４ ５５５ ０１９９"));
        Found(homoglyph).Should().Equal(("EMAIL", homoglyph));
        Found(words).Should().Equal(("PHONE", "cinq un quatre cinq cinq cinq zéro un zéro un"));
        Found(english).Should().Equal(("PHONE", "five one four, five five five, zero one nine nine"));
        Found(split).Should().Equal(("PHONE", "5 1 4 5 5 5 0 1 0 1"));
        Found(obfuscated).Should().Equal(("EMAIL", "jean [at] exemple [dot] com"), ("EMAIL", "karim arobase exemple point qc point ca"));
    }

    [Theory]
    [InlineData("Mme Gagnon, née le 12 mars 1985, carte RAMQ GAGM 8553 1212.", true)]
    [InlineData("M. Gagnon, né le 12 mars 1985, carte RAMQ GAGM 8503 1212.", true)]
    [InlineData("Mme Gagnon, née le 12 mars 1985, carte RAMQ GAGM 8503 1212.", false)]
    [InlineData("Né le 14 avril 1990, carte RAMQ ROYJ 8503 1212.", false)]
    [InlineData("Carte RAMQ ROYJ 9003 1412.", true)]
    [Trait("Req", "R42")]
    public void Scan_RamqNearBirthDateOrTitle_KeptOnlyWhenConsistent(string text, bool found) =>
        Found(text).Any(e => e.Type == "QC_RAMQ").Should().Be(found);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_IntegratorContactNames_FoundEvenWhenNotInTheLists()
    {
        var scanner = new PersonalDataScanner(["Zéphirin Quenneville", "Xyandre Kessler"]);

        Found("On a vu Zéphirin Quenneville et xyandre au local.", scanner).Should().Equal(("PERSON", "Zéphirin Quenneville"));
    }

    public static TheoryData<string, DataCategory[]> SensitiveCases => new()
    {
        { "Marie a le diabète et ne peut pas se déplacer.", [DataCategory.Health] },
        { "Marie n'a pas le diabète.", [] },
        { "Le débat porte sur la santé et le cancer du sein.", [] },
        { "Il va à la mosquée tous les vendredis.", [DataCategory.Religion] },
        { "Karim appuie le PQ depuis 2012.", [DataCategory.PoliticalOpinion] },
        { "Karim n'appuie pas le PQ.", [DataCategory.PoliticalOpinion] },
        { "Karim n'est pas membre d'un parti.", [] },
        // A party's staff are its people: the broad rule of every blind set since the second (campaign staff, press officers).
        { "Sophie travaille pour le parti comme attachée de presse.", [DataCategory.PoliticalOpinion] },
        { "She signed our petition on transit.", [DataCategory.PoliticalOpinion] },
        { "He is a union steward with CUPE.", [DataCategory.TradeUnion] },
        { "Son fils est gay.", [DataCategory.SexualOrientation] },
        { "Elle est d'origine haïtienne.", [DataCategory.EthnicOrigin] },
        { "Elle a fait un test génétique : porteuse du gène BRCA.", [DataCategory.Genetic] },
        { "Il a refusé la reconnaissance faciale à l'entrée.", [DataCategory.Biometric] },
    };

    [Theory]
    [MemberData(nameof(SensitiveCases))]
    [Trait("Req", "R42")]
    public void Scan_SensitiveCategories_AboutAPersonAndNotNegated(string text, DataCategory[] expected) =>
        PersonalDataScanner.Default.Scan(text).Sensitive.Should().BeEquivalentTo(expected);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_TenMegabytesOfAdversarialInput_CompletesInOnePass()
    {
        // Inputs built to make a backtracking matcher explode: endless local parts without a domain, digit runs with
        // separators that never make a number, capitals that never make a name, brackets that never close.
        var cases = new[]
        {
            new string('a', 2_000_000) + "@",
            string.Concat(Enumerable.Repeat("1 ", 2_000_000)),
            string.Concat(Enumerable.Repeat("A", 2_000_000)),
            string.Concat(Enumerable.Repeat("x [at] ", 300_000)),
            string.Concat(Enumerable.Repeat("cinq ", 400_000)),
            string.Concat(Enumerable.Repeat("Jean ", 400_000)),
            new string('A', 500_000) + string.Concat(Enumerable.Repeat(" 1", 500_000)),
        };

        var total = 0L;
        foreach (var text in cases)
        {
            total += text.Length;
            var act = () => PersonalDataScanner.Default.Scan(text);
            act.Should().NotThrow();
        }

        total.Should().BeGreaterThan(10_000_000);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_ManyThreads_SameResults()
    {
        var text = string.Join(' ', EvalScoring.Load(EvalScoring.EvalPath("prompt-filter-eval.jsonl")).Take(50).Select(c => c.Text));
        var expected = PersonalDataScanner.Default.Scan(text);

        var results = new ScanResult[16];
        Parallel.For(0, results.Length, i => results[i] = PersonalDataScanner.Default.Scan(text));

        results.Should().AllSatisfy(r => r.Entities.Should().Equal(expected.Entities));
    }

    private static readonly string[] EvalTexts = [.. EvalScoring.Load(EvalScoring.EvalPath("prompt-filter-eval.jsonl")).Select(c => c.Text)];

    // A thread keeps its working lists from one scan to the next: whatever it scanned before, a text's result is the one a
    // thread that never scanned gives.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    [Trait("Req", "R42")]
    public bool Scan_AfterAnyEarlierScanOnTheThread_AsOnAFreshThread(ushort before, ushort text)
    {
        var (first, second) = (EvalTexts[before % EvalTexts.Length], EvalTexts[text % EvalTexts.Length]);
        ScanResult? fresh = null;
        var thread = new Thread(() => fresh = PersonalDataScanner.Default.Scan(second));
        thread.Start();
        thread.Join();

        PersonalDataScanner.Default.Scan(first + " " + first);
        var after = PersonalDataScanner.Default.Scan(second);
        return after.Entities.SequenceEqual(fresh!.Entities) && after.Sensitive.SequenceEqual(fresh.Sensitive);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Filter_RedactPseudonymizeBlock_AsThePolicySays()
    {
        const string text = "Karim Benali (karim@exemple.ca) et Karim Benali encore.";
        var filter = new PromptFilter();
        var map = new PseudonymMap();

        var redacted = filter.Filter(text, PromptPolicy.Default);
        var pseudonymized = filter.Filter(text, new PromptPolicy { Action = PromptAction.Pseudonymize }, map);
        var blocked = filter.Filter(text, new PromptPolicy { Action = PromptAction.Block });
        var allowed = filter.Filter(text, new PromptPolicy { Allowed = new HashSet<PersonalDataType> { PersonalDataType.Email } });

        redacted.Text.Should().Be("[PERSON_1] ([EMAIL_1]) et [PERSON_1] encore.");
        pseudonymized.Text.Should().Be("[PERSON_1] ([EMAIL_1]) et [PERSON_1] encore.");
        map.Restore("Bonjour [PERSON_1], votre courriel [EMAIL_1] [X_1].").Should().Be("Bonjour Karim Benali, votre courriel karim@exemple.ca [X_1].");
        blocked.Blocked.Should().BeTrue();
        blocked.Text.Should().BeNull();
        blocked.Counts.Should().BeEquivalentTo(new Dictionary<PersonalDataType, int> { [PersonalDataType.Person] = 2, [PersonalDataType.Email] = 1 });
        allowed.Text.Should().Be("[PERSON_1] (karim@exemple.ca) et [PERSON_1] encore.");
    }
}
