using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the sixteenth session's second round (read from the twenty-sixth blind set): a list's row that opens
/// with two capitalized words and holds a phone number or an e-mail address names its contact however rare the names are
/// to the model; a log's requester or approver is an account name. Rules over generated values.
/// </summary>
public sealed class ContactRowAndAccountKeyTests
{
    // Names the model scores low (Tamil, Polynesian, Guadeloupean, older Québec spellings): none is in the shipped lists.
    private static readonly string[] RareNames = ["Tharshini Sivakumar", "Ketty Bélaise", "Rhéal Bisson", "Teuira Teriitahi", "Wassila Ndombasi", "Heimanu Tetuanui"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_RowOpeningWithTwoCapitalizedWordsBeforeAContact_TheName()
    {
        for (var k = 0; k < RareNames.Length; k++)
        {
            var name = RareNames[k];
            foreach (var row in new[] { $"{name} 0690 42 17 8{k}", $"{name} | 705-555-011{k} | x{k}@example.ca", $"- {name}, contact{k}@example.fr", $"{k + 1}. {name} — 418-555-012{k}" })
            {
                var text = $"Scrutateurs — AG de section\n{row}\nAutre ligne";
                People(text).Should().Equal([name], text);
            }
        }
    }

    [Theory]
    [InlineData("Annuaire\nService Client 1-800-555-0100\nBureau Central 418-555-0101")]
    [InlineData("Rooms\nSalle Jaune 418-555-0100")]
    [InlineData("Taxi Coop 514-555-0100")]
    [Trait("Req", "R42")]
    public void Scan_RowOfAServiceOrASingleLine_NoPerson(string text)
    {
        People(text).Should().BeEmpty(text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_RequesterOrApproverKeyInALog_TheAccount()
    {
        foreach (var key in new[] { "by", "requested_by", "approved_by", "exported_by" })
        {
            foreach (var login in new[] { "tferreira", "stizyatramm", "jdoyle" })
            {
                var text = $"2027-02-22 19:35:02 audit: export segment=signers {key}={login} ip=198.51.100.90";
                People(text).Should().Equal([login], text);
            }
        }

        People("2027-02-22 19:35:02 audit: export by=system ip=198.51.100.90").Should().BeEmpty();
    }
}
