using System.Text.Json;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Requests;
using ConsentKit.Testing;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace ConsentKit.Cli.Tests;

/// <summary>
/// Issue 16 §2: every table a decision relies on is tamper-evident. Each case below changes one row of one table as an
/// attacker with the database (and without the key) would: an edit, a forged insertion, a deletion. The real
/// <c>consentkit verify --json</c> must exit 3 and name the table and the row; the table is then put back and must verify
/// again, so that each case stands alone.
/// </summary>
public abstract class TamperCliTests(ITestStoreProvider provider) : StoreContract(provider), IDisposable
{
    private readonly CliRunner _cli = new(provider);

    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R12")]
    [Trait("Req", "R13")]
    [Trait("Req", "R25")]
    public async Task Verify_EverySingleRowTamper_ExitsThreeNamingTheTableAndRow()
    {
        await using var store = await SeedAsync();
        TamperCases.All.Should().HaveCountGreaterThanOrEqualTo(40);
        var failures = new List<string>();
        foreach (var (name, tamper) in TamperCases.All)
        {
            var snapshot = (await store.QueryAsync<dynamic>($"SELECT * FROM {tamper.Table}")).Cast<IDictionary<string, object?>>().ToList();
            await store.ExecuteAsync(tamper.Sql);

            var result = await _cli.RunAsync("verify", "--json", "--db", store.CliArgument);
            if (result.ExitCode != 3)
            {
                failures.Add($"{name}: exit {result.ExitCode} {result.Stdout}{result.Stderr}");
            }
            else
            {
                var json = JsonDocument.Parse(result.Stdout).RootElement;
                var table = json.GetProperty("table").GetString();
                var row = json.GetProperty("row").GetString();
                if (table != tamper.ExpectedTable || row is null || !row.StartsWith(tamper.ExpectedRow, StringComparison.Ordinal))
                {
                    failures.Add($"{name}: named {table} / {row}, expected {tamper.ExpectedTable} / {tamper.ExpectedRow}");
                }
            }

            await RestoreAsync(store, tamper.Table, snapshot);
            var again = await store.Ledger.VerifyAsync();
            again.Ok.Should().BeTrue($"{name} must be undone before the next case ({again.Table} {again.Row}: {again.Message})");
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R2")]
    [Trait("Req", "R10")]
    public async Task CheckAsync_StateOrContactEditedOutsideConsentKit_BlocksWithTampered()
    {
        await using var store = await SeedAsync();
        var gate = store.Services.GetRequiredService<ISendGate>();
        var at = TestStore.Start + Duration.FromHours(1);
        (await gate.CheckAsync("c-2", "gotv", Channel.Sms, at)).Allowed.Should().BeTrue();

        // The STOPped contact set back to granted: the row no longer matches its keyed hash.
        await store.ExecuteAsync("UPDATE consent_state SET status = 'granted' WHERE contact_id = 'c-3'");
        (await gate.CheckAsync("c-3", "gotv", Channel.Sms, at)).Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Tampered);

        // A contact's phone hash changed so that the suppression no longer matches it.
        await store.ExecuteAsync("UPDATE contacts SET phone_hmac = 'ffff' || phone_hmac WHERE contact_id = 'c-2'");
        var single = await gate.CheckAsync("c-2", "gotv", Channel.Sms, at);
        single.Allowed.Should().BeFalse();
        single.Reasons[0].Code.Should().Be(GateReasonCode.Tampered);

        // The batch reads the same rows and blocks them too; it checks the hashes of the rows its other rules would allow
        // (a row already blocked, such as the suppressed c-3, stays blocked whatever its hash says).
        var batch = new Dictionary<string, GateDecision>();
        await foreach (var decision in gate.CheckManyAsync("gotv", Channel.Sms, at))
        {
            batch[decision.ContactId] = decision;
        }

        batch["c-2"].Reasons.Select(r => r.Code).Should().Contain(GateReasonCode.Tampered);
        batch["c-3"].Allowed.Should().BeFalse();
        batch["c-1"].Reasons.Select(r => r.Code).Should().NotContain(GateReasonCode.Tampered);
    }

    // c-1, c-2 granted; c-3 stopped by an inbound STOP (withdrawal and suppression); an e-mail suppressed for every
    // organisation; three sends reserved for c-1; c-4 erased.
    private static async Task<TestStore> SeedAsync()
    {
        var store = await TestStore.CreateAsync(configure: o => o.FrequencyCaps.Add(new FrequencyCap(Channel.Sms, 100, Duration.FromDays(1), AnnouncedAtSignUp: true)));
        await store.AddContactAsync("c-1", phone: "+15145550101");
        await store.AddContactAsync("c-2", phone: "+15145550102", email: "deux@example.org");
        await store.AddContactAsync("c-3", phone: "+15145550103");
        await store.AddContactAsync("c-4", phone: "+15145550104");
        foreach (var id in new[] { "c-1", "c-2", "c-3", "c-4" })
        {
            await store.Ledger.RecordAsync(TestStore.Grant(id));
            await store.Ledger.RecordAsync(TestStore.Grant(id, "survey"));
        }

        store.Clock.AdvanceMinutes(5);
        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550103", "STOP");
        await store.Services.GetRequiredService<ISuppressionList>().AddAsync(IdentifierKind.Email, "autre@example.org", "complaint", everyOrganisation: true);
        var gate = store.Services.GetRequiredService<ISendGate>();
        for (var i = 0; i < 3; i++)
        {
            store.Clock.AdvanceMinutes(1);
            (await gate.ReserveAsync("c-1", "gotv", Channel.Sms, $"m-{i}")).Allowed.Should().BeTrue();
        }

        await store.Services.GetRequiredService<IErasure>().EraseAsync("c-4");
        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
        return store;
    }

    // Puts a table back as it was: every row deleted, the snapshot inserted again (store-assigned sequence columns left out).
    private static async Task RestoreAsync(TestStore store, string table, List<IDictionary<string, object?>> rows)
    {
        await store.ExecuteAsync($"DELETE FROM {table}");
        foreach (var row in rows)
        {
            var columns = row.Keys.Where(k => k != "seq").ToList();
            var parameters = new Dapper.DynamicParameters();
            foreach (var column in columns)
            {
                parameters.Add("p_" + column, row[column]);
            }

            await store.ExecuteAsync($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@p_" + c))})", parameters);
        }
    }

    public void Dispose()
    {
        _cli.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One row changed outside ConsentKit, and the table and row <c>verify</c> must name (the row as a prefix).</summary>
public sealed record Tamper(string Table, string Sql, string ExpectedTable, string ExpectedRow);

public static class TamperCases
{
    private const string C1Gotv = "default/c-1/gotv/sms";

    public static readonly IReadOnlyDictionary<string, Tamper> All = new Dictionary<string, Tamper>
    {
        // Contacts: insertion and deletion, identifier hashes, zones, attributes, personal data, the hash itself.
        ["contact deleted"] = new("contacts", "DELETE FROM contacts WHERE contact_id = 'c-1'", "contacts", "default/c-1"),
        ["contact phone hash changed"] = new("contacts", "UPDATE contacts SET phone_hmac = 'ab' || phone_hmac WHERE contact_id = 'c-1'", "contacts", "default/c-1"),
        ["contact e-mail hash cleared"] = new("contacts", "UPDATE contacts SET email_hmac = NULL WHERE contact_id = 'c-2'", "contacts", "default/c-2"),
        ["contact zones changed"] = new("contacts", "UPDATE contacts SET zones = 'Pacific/Kiritimati' WHERE contact_id = 'c-1'", "contacts", "default/c-1"),
        ["contact attributes added"] = new("contacts", "UPDATE contacts SET attributes = '{\"religion\":\"x\"}' WHERE contact_id = 'c-1'", "contacts", "default/c-1"),
        ["contact made adult"] = new("contacts", "UPDATE contacts SET birth_date = '1950-01-01' WHERE contact_id = 'c-2'", "contacts", "default/c-2"),
        ["contact phone changed"] = new("contacts", "UPDATE contacts SET phone = '+15145559999' WHERE contact_id = 'c-3'", "contacts", "default/c-3"),
        ["contact hash replaced"] = new("contacts", "UPDATE contacts SET row_mac = '00000000000000000000000000000000' WHERE contact_id = 'c-1'", "contacts", "default/c-1"),
        ["contact forged"] = new("contacts", "INSERT INTO contacts (org_id, contact_id, phone, personal_hmac, updated_at, row_mac) SELECT org_id, 'c-9', phone, personal_hmac, updated_at, row_mac FROM contacts WHERE contact_id = 'c-1'", "contacts", "default/c-9"),
        ["erased contact brought back"] = new("contacts", "INSERT INTO contacts (org_id, contact_id, phone, personal_hmac, updated_at, row_mac) SELECT org_id, 'c-4', phone, personal_hmac, updated_at, row_mac FROM contacts WHERE contact_id = 'c-1'", "contacts", "default/c-4"),

        // Derived consent state: deletion, a STOP undone, expiry removed, another basis, an older row put back, forged rows.
        ["state deleted"] = new("consent_state", "DELETE FROM consent_state WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", C1Gotv),
        ["withdrawn state set back to granted"] = new("consent_state", "UPDATE consent_state SET status = 'granted' WHERE contact_id = 'c-3' AND purpose = 'gotv'", "consent_state", "default/c-3/gotv/sms"),
        ["state expiry removed"] = new("consent_state", "UPDATE consent_state SET expires_at = NULL WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", C1Gotv),
        ["state basis changed"] = new("consent_state", "UPDATE consent_state SET basis = 'membership' WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", C1Gotv),
        ["state points to another event"] = new("consent_state", "UPDATE consent_state SET event_id = (SELECT event_id FROM consent_state WHERE contact_id = 'c-2' AND purpose = 'gotv') WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", C1Gotv),
        ["state window widened"] = new("consent_state", "UPDATE consent_state SET send_window = '00:00-23:59' WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", C1Gotv),
        ["state said to come from the person"] = new("consent_state", "UPDATE consent_state SET since = since + 1 WHERE contact_id = 'c-2' AND purpose = 'gotv'", "consent_state", "default/c-2/gotv/sms"),
        ["state hash replaced"] = new("consent_state", "UPDATE consent_state SET row_mac = '00000000000000000000000000000000' WHERE contact_id = 'c-1' AND purpose = 'survey'", "consent_state", "default/c-1/survey/sms"),
        ["state forged"] = new("consent_state", "INSERT INTO consent_state (org_id, contact_id, purpose, channel, status, basis, since, expires_at, event_id, chain_seq, parental, from_data_subject, send_window, row_mac) SELECT org_id, contact_id, 'fundraising', channel, status, basis, since, expires_at, event_id, chain_seq, parental, from_data_subject, send_window, row_mac FROM consent_state WHERE contact_id = 'c-1' AND purpose = 'gotv'", "consent_state", "default/c-1/fundraising/sms"),

        // Suppressions: deleted (the STOP forgotten), edited, moved, forged.
        ["STOP suppression deleted"] = new("suppressions", "DELETE FROM suppressions WHERE scope = 'default'", "suppressions", "default"),
        ["global suppression deleted"] = new("suppressions", "DELETE FROM suppressions WHERE scope = 'global'", "suppressions", "global"),
        ["suppression identifier changed"] = new("suppressions", "UPDATE suppressions SET identifier_hmac = 'ab' || identifier_hmac WHERE scope = 'default'", "suppressions", "default/"),
        ["suppression reason changed"] = new("suppressions", "UPDATE suppressions SET reason = 'test' WHERE scope = 'default'", "suppressions", "default/"),
        ["suppression backdated"] = new("suppressions", "UPDATE suppressions SET created_at = created_at + 864000000000 WHERE scope = 'global'", "suppressions", "global/"),
        ["suppression moved to another scope"] = new("suppressions", "UPDATE suppressions SET scope = 'other' WHERE scope = 'default'", "suppressions", "other/"),
        ["suppression forged"] = new("suppressions", "INSERT INTO suppressions (scope, identifier_hmac, kind, reason, created_at, row_mac) SELECT scope, 'ab' || identifier_hmac, kind, reason, created_at, row_mac FROM suppressions WHERE scope = 'default'", "suppressions", "default/ab"),

        // Sends (frequency caps): any one deleted, edited, renumbered, copied; all deleted.
        ["first send deleted"] = new("sends", "DELETE FROM sends WHERE row_no = 1", "sends", "default#1"),
        ["middle send deleted"] = new("sends", "DELETE FROM sends WHERE row_no = 2", "sends", "default#2"),
        ["last send deleted"] = new("sends", "DELETE FROM sends WHERE row_no = 3", "sends", "default#3"),
        ["every send deleted"] = new("sends", "DELETE FROM sends", "sends", "default#"),
        ["send moved back in time"] = new("sends", "UPDATE sends SET sent_at = sent_at - 864000000000 WHERE row_no = 2", "sends", "default#2"),
        ["send given to another contact"] = new("sends", "UPDATE sends SET contact_id = 'c-2' WHERE row_no = 1", "sends", "default#1"),
        ["send's purpose changed"] = new("sends", "UPDATE sends SET purpose = 'survey' WHERE row_no = 3", "sends", "default#3"),
        ["send renumbered"] = new("sends", "UPDATE sends SET row_no = 4 WHERE row_no = 3", "sends", "default#3"),
        ["send copied"] = new("sends", "INSERT INTO sends (org_id, contact_id, purpose, channel, sent_at, message_id, row_no, row_mac) SELECT org_id, contact_id, purpose, channel, sent_at, message_id, row_no, row_mac FROM sends WHERE row_no = 2", "sends", "default#2"),

        // Erasure records: deleted, edited, forged.
        ["erasure record deleted"] = new("erasures", "DELETE FROM erasures", "erasures", "default#1"),
        ["erasure record's kept fields changed"] = new("erasures", "UPDATE erasures SET kept = '{\"fields\":[\"phone\"]}'", "erasures", "default#1"),
        ["erasure record given to another contact"] = new("erasures", "UPDATE erasures SET contact_id = 'c-1'", "erasures", "default#1"),
        ["erasure record forged"] = new("erasures", "INSERT INTO erasures (erasure_id, org_id, contact_id, erased_at, requested_by, counts, kept, row_no, row_mac) SELECT erasure_id || 'x', org_id, 'c-2', erased_at, requested_by, counts, kept, row_no, row_mac FROM erasures", "erasures", "default#1"),

        // Chain heads: the position, the hash, the event, the row.
        ["chain head moved forward"] = new("chain_heads", "UPDATE chain_heads SET chain_seq = chain_seq + 5", "chain_heads", "default"),
        ["chain head moved back"] = new("chain_heads", "UPDATE chain_heads SET chain_seq = chain_seq - 1", "chain_heads", "default"),
        ["chain head hash changed"] = new("chain_heads", "UPDATE chain_heads SET hash = '00' || hash", "chain_heads", "default"),
        ["chain head points to an earlier event"] = new("chain_heads", "UPDATE chain_heads SET event_id = (SELECT event_id FROM ledger_events WHERE chain_seq = 1)", "chain_heads", "default"),
        ["chain head deleted"] = new("chain_heads", "DELETE FROM chain_heads", "chain_heads", "default"),

        // Keyed row counts: changed, deleted, re-hashed.
        ["send count lowered"] = new("row_counts", "UPDATE row_counts SET row_count = row_count - 1 WHERE name = 'sends:default'", "row_counts", "sends:default"),
        ["send count deleted"] = new("row_counts", "DELETE FROM row_counts WHERE name = 'sends:default'", "row_counts", "sends:default"),
        ["suppression count deleted"] = new("row_counts", "DELETE FROM row_counts WHERE name = 'suppressions:default'", "row_counts", "suppressions:default"),
        ["erasure count hash replaced"] = new("row_counts", "UPDATE row_counts SET row_mac = '00000000000000000000000000000000' WHERE name = 'erasures:default'", "row_counts", "erasures:default"),
    };
}
