using ConsentKit.Gate;
using ConsentKit.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Tests;

/// <summary>
/// Issue 18: the provider contract is public, so a provider written outside ConsentKit plugs in and is held to the same
/// contract suite. These tests show that the suite's stores really run on the outside provider, not beside it.
/// </summary>
public sealed class ThirdPartyProviderTests() : StoreContract(ForwardingProvider.Instance)
{
    [Fact]
    [Trait("Req", "R2")]
    public async Task CreateAsync_ProviderPluggedWithUseStore_EveryReadAndWriteGoesThroughIt()
    {
        await using var store = await TestStore.CreateAsync();
        var provider = store.Services.GetRequiredService<IConsentStore>().Should().BeOfType<ForwardingConsentStore>().Subject;
        var before = provider.Calls;

        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        var allowed = await store.Services.GetRequiredService<ISendGate>().CheckAsync("c-1", "gotv", Channel.Sms, TestStore.Start);
        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550101", "STOP");
        var blocked = await store.Services.GetRequiredService<ISendGate>().CheckAsync("c-1", "gotv", Channel.Sms, TestStore.Start);
        var verification = await store.Ledger.VerifyAsync();

        allowed.Allowed.Should().BeTrue();
        blocked.Allowed.Should().BeFalse("a STOP through the outside provider takes effect at once (R10)");
        verification.Ok.Should().BeTrue(verification.Message);
        provider.Calls.Reads.Should().BeGreaterThan(before.Reads);
        provider.Calls.Writes.Should().BeGreaterThan(before.Writes);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_RowEditedBeneathAnOutsideProvider_IsDetected()
    {
        // The provider seals what it writes with the contract's public RowSeals; an edit that skips them shows.
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));

        await store.ExecuteAsync("UPDATE consent_state SET basis = 'membership'");

        (await store.Ledger.VerifyAsync()).Ok.Should().BeFalse();
    }
}
