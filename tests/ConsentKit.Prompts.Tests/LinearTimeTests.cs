using System.Text;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19: no step of the scanner or of the pseudonym map scans every entity per hit, per candidate or per placeholder.
/// The inner steps are counted (not timed) on 1 MB and 10 MB of each adversarial family: ten times the text may cost at
/// most eleven times the work.
/// </summary>
public sealed class LinearTimeTests
{
    // Each family repeats a unit built to make a per-hit scan of all entities, or a search to the end of the text, show.
    public static TheoryData<string, string> Families => new()
    {
        // Health terms with no person near them, among many e-mails: each term looks for a person.
        { "lexicon-without-person", "voir a.b@exemple.ca et c.d@exemple.ca. diabète, dialyse, cancer, chimio.\n" },
        // Health-card numbers and birth dates: each number checks the dates near it.
        { "ramq-and-birth-dates", "Mme Roy, née le 12 mars 1965, RAMQ ROYM 6553 1212. M. Roy, né le 3 mai 1960, RAMQ ROYJ 6005 0312.\n" },
        // Sentences naming people, with special categories about them.
        { "names-and-terms", "Marie Tremblay est diabétique; Ahmed Benali est syndiqué à la CSN; Jean Roy prie à la mosquée.\n" },
        // Dense numbers: phones side by side, cards, SINs.
        { "dense-numbers", "514 555 0101 514 555 0102 (438) 555-0199, 4111 1111 1111 1111, 046 454 286, 06 12 34 56 78\n" },
        // Opening brackets that never close: a placeholder search must not run to the end of the text each time.
        { "open-brackets", "[[[[ [PERSON_1 [[ [ [PHONE_ [[[\n" },
        // Values spelled out one character at a time, and chains of single characters that spell none: each character is
        // read once or twice, however long the chain.
        { "spaced-out", "J o h n   K a r a s, 4 5 0 - 5 5 5 - 0 1 5 3, B.E.N.  T.A.L.L.B.O.Y  a  b  c  d  e  f  g - - - - y a à " },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void ScanAndRestore_TenTimesTheText_AtMostElevenTimesTheWork(string family, string unit)
    {
        var small = Work(Repeat(unit, 1_000_000));
        var large = Work(Repeat(unit, 10_000_000));

        large.Should().BeLessThanOrEqualTo(small * 11, $"{family}: {small} steps for 1 MB, {large} for 10 MB");
    }

    private static long Work(string text)
    {
        var map = new PseudonymMap();
        var filter = new PromptFilter();
        ScanWork.Reset();
        filter.Filter("Appeler Marie Tremblay", new PromptPolicy { Action = PromptAction.Pseudonymize }, map);
        PersonalDataScanner.Default.Scan(text);
        map.Restore(text);
        return ScanWork.Steps;
    }

    // About this many bytes of UTF-8: whole units, the last one may pass the mark.
    private static string Repeat(string unit, int bytes)
    {
        var count = (bytes / Encoding.UTF8.GetByteCount(unit)) + 1;
        var sb = new StringBuilder(count * unit.Length);
        for (var k = 0; k < count; k++)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
