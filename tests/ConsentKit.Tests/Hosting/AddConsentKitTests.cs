using System.Diagnostics.Metrics;
using ConsentKit.Consent;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsentKit.Tests.Hosting;

public sealed class AddConsentKitTests
{
    [Fact]
    public void AddConsentKit_WithoutStore_FailsValidationAtStart()
    {
        using var services = new ServiceCollection().AddConsentKit(_ => { }).BuildServiceProvider();

        var act = () => services.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*UseSqlite*");
    }

    [Fact]
    public void AddConsentKit_BadRegionAndShortKey_ListsBothFailures()
    {
        using var services = new ServiceCollection().AddConsentKit(o =>
        {
            o.UseSqlite("Data Source=x.db");
            o.DefaultRegion = "XX";
            o.PersonalDataKey = new byte[8];
        }).BuildServiceProvider();

        var act = () => services.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(2);
    }

    [Fact]
    public void AddConsentKit_CalledTwice_RegistersOneLedger()
    {
        var services = new ServiceCollection();
        services.AddConsentKit(o => o.UseSqlite("Data Source=a.db")).AddConsentKit(o => o.UseSqlite("Data Source=a.db"));

        services.Count(d => d.ServiceType == typeof(IConsentLedger)).Should().Be(1);
    }

    [Fact]
    public async Task RecordAsync_CountsRecordedAndRefusedOnTheConsentKitMeter()
    {
        await using var store = await TestStore.CreateAsync();
        long recorded = 0, refused = 0;
        var factory = store.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "ConsentKit" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "consentkit.events.recorded")
            {
                Interlocked.Add(ref recorded, value);
            }
            else if (instrument.Name == "consentkit.events.refused")
            {
                Interlocked.Add(ref refused, value);
            }
        });
        listener.Start();

        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await FluentActions.Awaiting(() => store.Ledger.RecordAsync(TestStore.Grant("c-1", "nope"))).Should().ThrowAsync<ConsentKitValidationException>();

        recorded.Should().Be(2);
        refused.Should().Be(1);
    }
}
