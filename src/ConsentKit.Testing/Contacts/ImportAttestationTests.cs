using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Gate;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Contacts;

/// <summary>
/// R8: a grant from third-party data carries its source's attestation (political prospection announced, an opt-out
/// offered); without both, it is stored but quarantined, and the gate blocks it with its own reason until attested.
/// </summary>
public abstract class ImportAttestationTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Header = CsvImportTests.Header + ",prospection_announced,opt_out_offered";

    private static readonly Instant SendAt = TestStore.Start + Duration.FromDays(40);

    private static string Row(string id, string announced, string optOut, bool thirdParty = true) =>
        CsvImportTests.Row(id, fromSubject: thirdParty ? "false" : "true", thirdParty: thirdParty ? "Courtier Inc." : "", country: thirdParty ? "CA" : "") + $",{announced},{optOut}";

    private static StringReader Csv(params string[] rows) => new(string.Join('\n', [Header, .. rows]));

    // Every way a row can state its attestation: absent, or each answer yes or no.
    private static readonly (string Announced, string OptOut)[] Statements =
        [("", ""), ("true", "true"), ("true", "false"), ("false", "true"), ("false", "false")];

    [Fact]
    [Trait("Req", "R8")]
    public async Task ImportAsync_EveryAttestation_ThirdPartyRowsQuarantinedUnlessBothYes_StoredAndBlockedWithTheirOwnReason()
    {
        await using var store = await TestStore.CreateAsync();
        var rows = Statements.Select((s, i) => Row($"tp-{i}", s.Announced, s.OptOut))
            .Concat(Statements.Where(s => s.Announced.Length == 0).Select((s, i) => Row($"own-{i}", s.Announced, s.OptOut, thirdParty: false)))
            .ToArray();

        var report = await store.Importer.ImportAsync(Csv(rows));

        report.Should().BeEquivalentTo(new { Rejected = 0, Committed = true, EventsWritten = rows.Length }, "quarantined rows are stored, not refused");
        var gate = store.Services.GetRequiredService<ISendGate>();
        for (var i = 0; i < Statements.Length; i++)
        {
            var (announced, optOut) = Statements[i];
            var quarantined = !(announced == "true" && optOut == "true");
            var id = $"tp-{i}";
            var state = await store.Ledger.GetStateAsync(id, "gotv", Channel.Sms);
            var record = (await store.Ledger.GetHistoryAsync(id)).Single(r => r.Purpose == "gotv");
            var decision = await gate.CheckAsync(id, "gotv", Channel.Sms, SendAt);

            state.Status.Should().Be(quarantined ? ConsentStatus.Quarantined : ConsentStatus.Granted, $"announced={announced}, opt-out={optOut}");
            record.Quarantined.Should().Be(quarantined);
            record.Attestation.Should().Be(announced.Length == 0 ? null : new ProvenanceAttestation(announced == "true", optOut == "true"), "what the source said is kept as evidence");
            decision.Reasons.Any(r => r.Code == GateReasonCode.Quarantined).Should().Be(quarantined, $"announced={announced}, opt-out={optOut}");
            if (quarantined)
            {
                decision.Reasons.Single(r => r.Code == GateReasonCode.Quarantined).Rule.Should().Contain("R8");
            }
            else
            {
                decision.Allowed.Should().BeTrue("attested third-party data with the person's explicit consent may be used (R5, R8)");
            }
        }

        (await gate.CheckAsync("own-0", "gotv", Channel.Sms, SendAt)).Allowed.Should().BeTrue("data from the person needs no attestation");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R8")]
    public async Task ImportAsync_QuarantinedRowsImportedAgainWithAttestation_BecomeSendable_AndARetryCountsOnce()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer.ImportAsync(Csv(Row("tp-1", "", ""), Row("tp-2", "false", "true")));
        var gate = store.Services.GetRequiredService<ISendGate>();
        (await gate.CheckAsync("tp-1", "gotv", Channel.Sms, SendAt)).Reasons.Should().Contain(r => r.Code == GateReasonCode.Quarantined);

        var attested = await store.Importer.ImportAsync(Csv(Row("tp-1", "true", "true"), Row("tp-2", "true", "true")));
        var retried = await store.Importer.ImportAsync(Csv(Row("tp-1", "true", "true"), Row("tp-2", "true", "true")));

        attested.EventsWritten.Should().Be(2, "an attestation is a new fact, not a retry of the quarantined rows");
        retried.Should().BeEquivalentTo(new { EventsWritten = 0, Duplicates = 2 });
        (await gate.CheckAsync("tp-1", "gotv", Channel.Sms, SendAt)).Allowed.Should().BeTrue();
        (await gate.CheckAsync("tp-2", "gotv", Channel.Sms, SendAt)).Allowed.Should().BeTrue();
        (await store.Ledger.GetHistoryAsync("tp-1")).Select(r => r.Quarantined).Should().Equal(true, false);
    }

    [Theory]
    [Trait("Req", "R8")]
    [InlineData("true", "", "opt_out_offered", "opt_out_offered.required")]
    [InlineData("", "false", "prospection_announced", "prospection_announced.required")]
    [InlineData("yes", "true", "prospection_announced", "prospection_announced.format")]
    [InlineData("true", "1", "opt_out_offered", "opt_out_offered.format")]
    public async Task ImportAsync_HalfOrBadAttestation_RefusedNamingTheColumn_NothingWritten(string announced, string optOut, string field, string rule)
    {
        await using var store = await TestStore.CreateAsync();

        var report = await store.Importer.ImportAsync(Csv(Row("tp-1", announced, optOut)));

        report.Committed.Should().BeFalse();
        report.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 2, Field = field, Rule = rule });
        (await store.CountEventsAsync()).Should().Be(0);
    }

    [Fact]
    [Trait("Req", "R8")]
    public async Task RecordAsync_AttestationOnOwnDataOrWithdrawal_Refused_ThirdPartyWithoutOne_Quarantined()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        var thirdParty = TestStore.Grant("c-1") with { FromDataSubject = false, ThirdParty = "Courtier Inc.", ThirdPartyCountry = "CA" };

        var own = () => store.Ledger.RecordAsync(TestStore.Grant("c-1") with { Attestation = new(true, true) });
        var withdrawal = () => store.Ledger.RecordAsync(TestStore.Withdraw("c-1") with { Attestation = new(true, true) });
        await store.Ledger.RecordAsync(thirdParty);

        (await own.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "attestation.from-data-subject");
        (await withdrawal.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "attestation.withdrawal");
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Quarantined);

        await store.Ledger.RecordAsync(thirdParty with { Attestation = new(true, true), OccurredAt = TestStore.Start + Duration.FromMinutes(1) });
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted);
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms, at: TestStore.Start)).Status.Should().Be(ConsentStatus.Quarantined, "the state at a past instant folds the same rule");
    }

    [Fact]
    [Trait("Req", "R8")]
    public async Task VerifyAsync_AttestationEditedInTheStore_Detected()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer.ImportAsync(Csv(Row("tp-1", "false", "false")));

        await store.ExecuteAsync("UPDATE ledger_events SET attestation = 'prospection_announced=true;opt_out_offered=true' WHERE contact_id = 'tp-1'");

        var verification = await store.Ledger.VerifyAsync();
        verification.Ok.Should().BeFalse("the attestation is chained: lifting a quarantine by hand breaks the chain");
    }
}
