using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ConsentKit.Organisations;
using ConsentKit.Requests;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Requests;

/// <summary>
/// R55: identity checked proportionately with a code sent to the address on file, and recorded. R61: the clock of each
/// request, its evidence bundle, the fr/en response letters, and the audit trail of who did what.
/// </summary>
public abstract class RequestDeskTests(ITestStoreProvider provider) : StoreContract(provider)
{
    /// <summary>The host's SMS and e-mail provider, as a test sees it: what it was asked to deliver.</summary>
    private sealed class Outbox : IIdentityCodeSender
    {
        public List<IdentityCodeMessage> Sent { get; } = [];

        public Task SendAsync(IdentityCodeMessage message, CancellationToken cancellationToken)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }

        public string LastCode => System.Text.RegularExpressions.Regex.Match(Sent[^1].Text, @"\b\d{6}\b").Value;
    }

    private static async Task<(TestStore Store, Outbox Outbox, IRequestRegister Register, DataSubjectRequest Request)> RequestAsync(string? actor = "dpo-1", bool withSender = true)
    {
        var outbox = new Outbox();
        var store = await TestStore.CreateAsync(configure: o => o.Actor = actor, services: s =>
        {
            if (withSender)
            {
                s.AddSingleton<IIdentityCodeSender>(outbox);
            }
        });
        await store.AddContactAsync("c-1", phone: "514 555 0101", email: "elise@exemple.qc.ca");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        var register = store.Services.GetRequiredService<IRequestRegister>();
        var request = await register.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "web", ContactId = "c-1" });
        return (store, outbox, register, request);
    }

    [Theory]
    [InlineData(Channel.Sms, "+15145550101")]
    [InlineData(Channel.Email, "elise@exemple.qc.ca")]
    [Trait("Req", "R55")]
    public async Task SendIdentityCodeAsync_GoesToTheAddressOnFile_RightCodeVerifies_RecordedWithItsMethodAndActor(Channel channel, string onFile)
    {
        var (store, outbox, register, request) = await RequestAsync();
        await using var _ = store;

        await register.SendIdentityCodeAsync(request.Id, channel);
        var code = outbox.LastCode;
        var verified = await register.ConfirmIdentityCodeAsync(request.Id, code);

        outbox.Sent.Should().ContainSingle().Which.To.Should().Be(onFile, "the code goes only to what is already on file");
        outbox.Sent[0].Text.Should().Contain("30 minutes").And.Contain(request.Id);
        verified.Identity.Should().Be(IdentityVerification.Verified);
        verified.History.Select(h => (h.Change, h.By)).Should().EndWith([($"identity:code-sent:{channel.Name()}", "dpo-1"), ($"identity:verified:code-to-{channel.Name()}", "dpo-1")]);
        (await store.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'identity_code:%'")).Should().BeEmpty("the pending code is gone once used");
        var replay = () => register.ConfirmIdentityCodeAsync(request.Id, code);
        (await replay.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "identity.no-code");
    }

    [Fact]
    [Trait("Req", "R55")]
    public async Task ConfirmIdentityCodeAsync_StoredCodeIsAKeyedHash_WrongCodesCount_FifthFails_ExpiredRefused()
    {
        var (store, outbox, register, request) = await RequestAsync();
        await using var _ = store;
        await register.SendIdentityCodeAsync(request.Id, Channel.Sms);
        var code = outbox.LastCode;
        (await store.QueryAsync<string>("SELECT value FROM meta WHERE key LIKE 'identity_code:%'")).Single().Should().NotContain(code, "only a keyed hash of the code is kept");
        var wrong = code == "000000" ? "111111" : "000000";

        for (var left = 4; left >= 1; left--)
        {
            var attempt = () => register.ConfirmIdentityCodeAsync(request.Id, wrong);
            (await attempt.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "identity.code-wrong" && e.Message.Contains($"{left} attempts left"));
        }

        var fifth = () => register.ConfirmIdentityCodeAsync(request.Id, wrong);
        await fifth.Should().ThrowAsync<ConsentKitValidationException>();
        (await register.GetAsync(request.Id)).Identity.Should().Be(IdentityVerification.Failed);
        var afterFailure = () => register.ConfirmIdentityCodeAsync(request.Id, code);
        (await afterFailure.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "identity.no-code");

        await register.SendIdentityCodeAsync(request.Id, Channel.Sms);
        store.Clock.Advance(Duration.FromMinutes(31));
        var late = () => register.ConfirmIdentityCodeAsync(request.Id, outbox.LastCode);
        (await late.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Rule == "identity.code-expired");
        (await register.GetAsync(request.Id)).Identity.Should().Be(IdentityVerification.Failed, "an expired code verifies nothing");
    }

    [Fact]
    [Trait("Req", "R55")]
    public async Task SendIdentityCodeAsync_NoAddressOnFileOrNoSender_RefusedNamingTheField_NothingRecorded()
    {
        var (store, _, register, _) = await RequestAsync(withSender: false);
        await using var __ = store;
        await store.AddContactAsync("c-2", phone: null, email: "marc@exemple.qc.ca");
        var request = await register.AddAsync(new NewRequest { Kind = RequestKind.Erasure, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "email", ContactId = "c-2" });
        var unattached = await register.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = store.Clock.GetCurrentInstant(), ReceivedVia = "mail" });

        var noPhone = () => register.SendIdentityCodeAsync(request.Id, Channel.Sms);
        var noContact = () => register.SendIdentityCodeAsync(unattached.Id, Channel.Email);

        var errors = (await noPhone.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors;
        errors.Should().Contain(e => e.Field == "channel" && e.Rule == "identity.no-address").And.Contain(e => e.Field == "sender" && e.Rule == "identity.no-sender");
        (await noContact.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().Contain(e => e.Field == "contact" && e.Rule == "contact.required");
        (await register.GetAsync(request.Id)).History.Select(h => h.Change).Should().Equal("received");
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task DaysLeft_CountsDownToTheEndOfTheLastDay_NegativeOnceOverdue()
    {
        var (store, _, _, request) = await RequestAsync();
        await using var _ = store;

        request.DaysLeft(request.ReceivedAt).Should().BeInRange(30, 31, "Québec: 30 days from the local day of receipt, to its end");
        request.DaysLeft(request.DueAt - Duration.FromHours(1)).Should().Be(1);
        request.DaysLeft(request.DueAt + Duration.FromHours(1)).Should().Be(-1);
        request.IsOverdue(request.DueAt + Duration.FromHours(1)).Should().BeTrue();
    }

    [Fact]
    [Trait("Req", "R61")]
    public async Task WriteBundleAsync_AccessRequest_RequestLettersExportAndManifestWithHashes_RecordedWithActor()
    {
        var (store, _, register, request) = await RequestAsync();
        await using var _ = store;
        await store.Services.GetRequiredService<IOrganisationRegistry>().SetPersonInChargeAsync(new PersonInCharge { Name = "Jeanne Roy", Role = "director-general", Contact = "vie.privee@exemple.qc.ca" });
        await register.SetStatusAsync(request.Id, RequestStatus.InProgress);
        var desk = store.Services.GetRequiredService<IRequestDesk>();
        var folder = Path.Combine(Path.GetTempPath(), "ck-bundle-" + Guid.NewGuid().ToString("N"));
        try
        {
            var bundle = await desk.WriteBundleAsync(request.Id, folder);

            bundle.Files.Select(f => f.Name).Should().BeEquivalentTo(["request.json", "letter.fr.txt", "letter.en.txt", "export.json", "export.html"]);
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(bundle.Files.Select(f => f.Name).Append("manifest.json"));
            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
            manifest["writtenBy"]!.GetValue<string>().Should().Be("dpo-1");
            foreach (var file in manifest["files"]!.AsArray())
            {
                var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, file!["name"]!.GetValue<string>()));
                file["sha256"]!.GetValue<string>().Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }

            var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "request.json")))!;
            recorded["daysLeft"]!.GetValue<int>().Should().BePositive();
            recorded["history"]!.AsArray().Select(h => (h!["change"]!.GetValue<string>(), h["by"]!.GetValue<string>())).Should().Contain(("status:in_progress", "dpo-1"));
            (await File.ReadAllTextAsync(Path.Combine(folder, "export.json"))).Should().Contain("c-1");
            (await File.ReadAllTextAsync(Path.Combine(folder, "letter.fr.txt"))).Should().Contain("Jeanne Roy").And.Contain("cai.gouv.qc.ca");
            (await register.GetAsync(request.Id)).History.Should().ContainSingle(h => h.Change == "bundle:exported" && h.By == "dpo-1");

            var again = () => desk.WriteBundleAsync(request.Id, folder);
            (await again.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "out" && e.Rule == "out.not-empty");
            var onAFile = () => desk.WriteBundleAsync(request.Id, Path.Combine(folder, "manifest.json"));
            (await onAFile.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "out" && e.Rule == "out.is-file");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(RequestStatus.InProgress, "bien reçue", "received")]
    [InlineData(RequestStatus.Answered, "réponse", "our answer")]
    [InlineData(RequestStatus.Refused, "refus", "refused")]
    [Trait("Req", "R61")]
    public async Task LetterAsync_EachStatusInFrenchAndEnglish_SaysWhatStandsAndTheRecourse(RequestStatus status, string subjectFr, string subjectEn)
    {
        var (store, _, register, request) = await RequestAsync();
        await using var _ = store;
        await register.SetStatusAsync(request.Id, status);
        var desk = store.Services.GetRequiredService<IRequestDesk>();

        var fr = await desk.LetterAsync(request.Id, "fr");
        var en = await desk.LetterAsync(request.Id, "en");

        fr.Subject.Should().Contain(subjectFr).And.Contain(request.Id);
        en.Subject.Should().Contain(subjectEn);
        fr.Body.Should().Contain("Commission d'accès à l'information");
        en.Body.Should().Contain("https://www.cai.gouv.qc.ca");
        if (status == RequestStatus.InProgress)
        {
            var due = request.DueDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-CA"));
            fr.Body.Should().Contain(due, "the acknowledgement gives the deadline").And.Contain("code envoyé", "the identity is still to be checked");
        }

        var unknown = () => desk.LetterAsync(request.Id, "de");
        (await unknown.Should().ThrowAsync<ConsentKitValidationException>()).Which.Errors.Should().ContainSingle(e => e.Field == "lang");
    }
}
