using ConsentKit.Storage;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Explanations;

/// <summary>One resolver of the explanation link base: the store's setting, overridden by the options when they set one.</summary>
public abstract class LinkBaseTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    [Trait("Req", "R51")]
    public async Task CreateLinkAsync_StoreSettingAndOptions_OptionsOverrideTheStore()
    {
        var (store, segment) = await ExplanationFixture.CreateAsync();
        await using var _ = store;
        await store.Sends().RecordSendsAsync([ExplanationFixture.Record("m-1", segment)]);
        var admin = store.Services.GetRequiredService<IStoreAdministration>();

        // The fixture's options set https://parti.example/w/: they win over the store's setting.
        await admin.SetExplanationLinkBaseAsync("https://stored.example/x");
        (await admin.GetExplanationLinkBaseAsync()).Should().Be("https://parti.example/w/");
        (await store.Explanations().CreateLinkAsync("m-1")).Url.Should().StartWith("https://parti.example/w/");

        var bad = () => admin.SetExplanationLinkBaseAsync("https://stored.example/x?code=");
        (await bad.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "link-base" && e.Rule == "link-base.format");
    }

    [Fact]
    [Trait("Req", "R51")]
    public async Task SetExplanationLinkBaseAsync_StoreOnly_EndsWithASlashAndCanBeRemoved()
    {
        await using var store = await TestStore.CreateAsync();
        var admin = store.Services.GetRequiredService<IStoreAdministration>();

        await admin.SetExplanationLinkBaseAsync("https://stored.example/w");

        (await admin.GetExplanationLinkBaseAsync()).Should().Be("https://stored.example/w/", "a code is appended after a slash");
        await admin.SetExplanationLinkBaseAsync(null);
        (await admin.GetExplanationLinkBaseAsync()).Should().BeNull();
    }
}
