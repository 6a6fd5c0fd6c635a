using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5: an export's column of the campaign's own person on each row (the texter, the caller, the record's
/// owner or assignee, the recruiter) names that person, even as a login ("tionescu").
/// </summary>
public sealed class CampaignPersonColumnTests
{
    [Theory]
    [InlineData("texter")]
    [InlineData("caller")]
    [InlineData("assigned_to")]
    [InlineData("Contact Owner")]
    [InlineData("recruteur")]
    [Trait("Req", "R42")]
    public void Scan_CampaignPersonColumn_EachRowsPersonIsAName(string header)
    {
        var families = Families(1301, 6);
        var rows = families.Select((f, k) => $"+1250555{k:0000},survey,{f[0]}{f},\"can I get a lawn sign?\"");
        var text = $"contact_phone,result,{header},last_inbound\n" + string.Join('\n', rows);
        People(text).Should().Equal(families.Select(f => $"{f[0]}{f}"), text);
    }
}
