using ConsentKit.Gate;
using ConsentKit.Requests;
using ConsentKit.Storage;
using ConsentKit.Transparency;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ConsentKit.Tests.Organisations;

/// <summary>Nothing is ever signed with an id such as "default" (issue 17): a store set up without a public name.</summary>
public sealed class UnnamedOrganisationTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-unnamed-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(ConsentKit.Testing.TestStore.Start))
            .AddConsentKit(o => o.UseSqlite($"Data Source={_path};Pooling=False"))
            .BuildServiceProvider();
        await _services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        await _services.GetRequiredService<ConsentKit.Contacts.IContactDirectory>().UpsertAsync(new() { ContactId = "c-1", Phone = "514 555 0101", Language = "fr-CA" });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + ".key", _path + ".optout" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    [Trait("Req", "R26")]
    public async Task HandleSmsAsync_StopInAnUnnamedStore_TakesEffectAndTheReplyIsUnsignedNeverDefault()
    {
        var stop = await _services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550101", "ARRÊT");

        stop.Reply.Should().StartWith("C'est noté").And.NotContain("default");
        (await _services.GetRequiredService<ISuppressionList>().IsSuppressedAsync(IdentifierKind.Phone, "+15145550101")).Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R57")]
    [Trait("Req", "R67")]
    public async Task ExportAndRegister_UnnamedStore_RefusedWithWhatToDo_ThenSignedOnceNamed()
    {
        var export = () => _services.GetRequiredService<IPersonalDataExports>().ExportAsync("c-1");
        var today = ConsentKit.Testing.TestStore.Start.InUtc().Date;
        var register = () => _services.GetRequiredService<ITransparencyRegister>().ReportAsync(today, today);

        (await export.Should().ThrowAsync<ConsentKitException>()).Which.Code.Should().Be("organisation.unnamed");
        (await register.Should().ThrowAsync<ConsentKitException>()).Which.Message.Should().Contain("--name");

        await _services.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>().RegisterAsync(new("default", "Les Écologistes"));
        (await export()).ToHtml("fr").Should().Contain("Ce document vient des Écologistes.");
        (await register()).ToHtml("fr").Should().Contain("Les Écologistes").And.NotContain(">default");
    }
}
