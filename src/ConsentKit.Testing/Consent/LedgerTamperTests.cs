using ConsentKit.Consent;
using ConsentKit.Testing;
using NodaTime;

namespace ConsentKit.Testing.Consent;

/// <summary>Raw SQL edits, deletes, inserts and reorders rows; VerifyAsync must name the event.</summary>
public abstract class LedgerTamperTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private static async Task<(TestStore Store, List<string> Ids)> SeedAsync()
    {
        var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.AddContactAsync("c-2", phone: "438 555 0199", email: "john@example.com");
        var ids = new List<string>();
        foreach (var (contact, purpose) in new[] { ("c-1", "gotv"), ("c-1", "newsletter"), ("c-2", "gotv"), ("c-2", "survey"), ("c-1", "fundraising") })
        {
            store.Clock.AdvanceMinutes(1);
            ids.Add((await store.Ledger.RecordAsync(TestStore.Grant(contact, purpose, at: store.Clock.GetCurrentInstant()))).EventId);
        }

        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue();
        return (store, ids);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_UntouchedLedger_IsOk()
    {
        var (store, _) = await SeedAsync();
        await using var _s = store;

        var result = await store.Ledger.VerifyAsync();

        result.Should().Be(new LedgerVerification(true, 7, null, "ok", "All 7 events verified."));
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_EditedEvent_NamesIt()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;

        await store.ExecuteAsync($"UPDATE ledger_events SET channel = 'email' WHERE event_id = '{ids[2]}'");

        var result = await store.Ledger.VerifyAsync();
        result.Ok.Should().BeFalse();
        result.FirstBadEvent.Should().Be(ids[2]);
        result.Reason.Should().Be("edited");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_EditedEventWithRecomputedHash_NamesTheNextLinkBreak()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;
        // An attacker who knows the algorithm recomputes the edited event's own hash: the next event's link still breaks.
        await store.ExecuteAsync($"UPDATE ledger_events SET basis = 'consent' WHERE event_id = '{ids[1]}'");
        var row = await ReadRowAsync(store, ids[1]);
        await store.ExecuteAsync($"UPDATE ledger_events SET hash = '{LedgerHasher.ChainHash(row)}' WHERE event_id = '{ids[1]}'");

        var result = await store.Ledger.VerifyAsync();

        result.Ok.Should().BeFalse();
        result.FirstBadEvent.Should().Be(ids[1]);
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_DeletedMiddleEvent_NamesTheDeletedEvent()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;

        await store.ExecuteAsync($"DELETE FROM ledger_events WHERE event_id = '{ids[2]}'");

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == ids[2] && r.Reason == "deleted");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_DeletedLastEvent_NamesIt()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;

        var last = ids[^1];
        await store.ExecuteAsync($"DELETE FROM ledger_events WHERE event_id = '{last}'");

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == last && r.Reason == "deleted");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_InsertedEventWithValidHashAtEnd_NamesIt()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;
        var last = await ReadRowAsync(store, ids[^1]);
        last.EventId = "evt_forged";
        last.PrevEventId = ids[^1];
        last.PrevHash = last.Hash;
        last.ChainSeq += 1;
        last.Purpose = "political-ads";
        last.Hash = LedgerHasher.ChainHash(last);
        await InsertAsync(store, last);

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == "evt_forged" && r.Reason == "inserted");
    }

    [Fact]
    [Trait("Req", "R2")]
    [SqliteOnly("a row smuggled in at a fractional chain position: SQLite stores any number in an INTEGER column, PostgreSQL's BIGINT refuses it")]
    public async Task VerifyAsync_InsertedEventInTheMiddle_NamesIt()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;
        var anchor = await ReadRowAsync(store, ids[1]);
        anchor.EventId = "evt_smuggled";
        anchor.PrevEventId = ids[1];
        anchor.PrevHash = anchor.Hash;
        anchor.Hash = LedgerHasher.ChainHash(anchor);
        await InsertAsync(store, anchor, chainSeq: $"{anchor.ChainSeq}.5");

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == "evt_smuggled" && r.Reason == "inserted");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_ReorderedEvents_NamesTheFirstOutOfPlace()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;
        var a = await store.ScalarAsync($"SELECT chain_seq FROM ledger_events WHERE event_id = '{ids[1]}'");
        var b = await store.ScalarAsync($"SELECT chain_seq FROM ledger_events WHERE event_id = '{ids[2]}'");

        await store.ExecuteAsync($"UPDATE ledger_events SET chain_seq = -1 WHERE event_id = '{ids[1]}'; UPDATE ledger_events SET chain_seq = {a} WHERE event_id = '{ids[2]}'; UPDATE ledger_events SET chain_seq = {b} WHERE event_id = '{ids[1]}';");

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == ids[2] && r.Reason == "reordered");
    }

    [Fact]
    [Trait("Req", "R13")]
    public async Task VerifyAsync_ContactPhoneEditedOutsideConsentKit_IsTampering()
    {
        var (store, _) = await SeedAsync();
        await using var _s = store;

        await store.ExecuteAsync("UPDATE contacts SET phone = '+15145550000' WHERE contact_id = 'c-2'");

        var result = await store.Ledger.VerifyAsync();
        result.Ok.Should().BeFalse();
        result.Reason.Should().Be("personal-data-mismatch");
        result.FirstBadEvent.Should().StartWith("evt_");
        result.Message.Should().NotContain("5145550000", "verification reports never carry personal data");
    }

    [Fact]
    [Trait("Req", "R2")]
    public async Task VerifyAsync_EvidenceEditedOutsideTheChain_NamesTheEvent()
    {
        var (store, ids) = await SeedAsync();
        await using var _s = store;

        await store.ExecuteAsync($"UPDATE ledger_events SET evidence_ref = 'forged-scan' WHERE event_id = '{ids[3]}'");

        var result = await store.Ledger.VerifyAsync();
        result.Should().Match<LedgerVerification>(r => !r.Ok && r.FirstBadEvent == ids[3] && r.Reason == "personal-data-mismatch");
    }

    [Fact]
    public async Task UpsertAsync_ContactChangedThroughConsentKit_StillVerifies()
    {
        var (store, _) = await SeedAsync();
        await using var _s = store;

        await store.AddContactAsync("c-2", phone: "438 555 0123");

        (await store.Ledger.VerifyAsync()).Ok.Should().BeTrue("a change recorded through ConsentKit is a new chained record, not tampering");
    }

    private static async Task<ConsentKit.Storage.EventRow> ReadRowAsync(TestStore store, string eventId)
    {
        var rows = await store.QueryAsync<ConsentKit.Storage.EventRow>(
            $"SELECT {ConsentKit.Storage.StoreColumns.EventColumns} FROM ledger_events WHERE event_id = @eventId", new { eventId });
        return rows.Single();
    }

    private static async Task InsertAsync(TestStore store, ConsentKit.Storage.EventRow row, string? chainSeq = null)
    {
        var sql = ConsentKit.Storage.StoreSql.InsertEvent;
        if (chainSeq is not null)
        {
            sql = sql.Replace("@ChainSeq", chainSeq, StringComparison.Ordinal);
        }

        await store.ExecuteAsync(sql, row);
    }
}
