using System.Runtime.CompilerServices;
using ConsentKit.AI;
using ConsentKit.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsentKit.AI.Tests;

public sealed class PersonalDataFilterChatClientTests
{
    private const string Note = "Rappeler Marie Tremblay au 514 555-0188 ou marie.tremblay@exemple.qc.ca demain.";

    /// <summary>A model stand-in that records exactly what it received and answers with a script.</summary>
    private sealed class RecordingClient(params string[] answer) : IChatClient
    {
        /// <summary>The provider the client names itself as (<see cref="ChatClientMetadata.ProviderName"/>); null names none.</summary>
        public string? ProviderName { get; init; } = "test-provider";

        public List<ChatMessage> Received { get; } = [];

        public ChatOptions? ReceivedOptions { get; private set; }

        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Record(messages, options);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, string.Concat(answer))));
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Record(messages, options);
            foreach (var chunk in answer)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, chunk);
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata(ProviderName) : null;

        public void Dispose()
        {
        }

        private void Record(IEnumerable<ChatMessage> messages, ChatOptions? options)
        {
            Calls++;
            Received.AddRange(messages);
            ReceivedOptions = options;
        }
    }

    private static readonly AllowedAiProvider TestProvider = new("test-provider", "CA", RetentionDays: 0, TrainsOnInputs: false, ContractReference: "DPA-2026-01");

    private static IChatClient Pipeline(RecordingClient inner, Action<PersonalDataFilterOptions> configure, IServiceProvider? services = null) =>
        new ChatClientBuilder(inner).UsePersonalDataFilter(o =>
        {
            o.AllowedProviders.Add(TestProvider);
            configure(o);
        }).Build(services);

    public static TheoryData<string?, AllowedAiProvider?, string> RefusedProviders => new()
    {
        { "test-provider", null, "provider.not-allowed" },
        { "other-provider", TestProvider, "provider.not-allowed" },
        { null, TestProvider, "provider.unnamed" },
        { "test-provider", TestProvider with { TrainsOnInputs = true }, "provider.trains-on-inputs" },
        { "TEST-PROVIDER", TestProvider with { ContractReference = " " }, "provider.no-contract" },
        { "test-provider", TestProvider with { Foreign = true }, "provider.no-transfer-assessment" },
    };

    [Theory]
    [MemberData(nameof(RefusedProviders))]
    [Trait("Req", "R43")]
    [Trait("Req", "R41")]
    public async Task GetResponseAsync_ProviderNotAllowed_RefusedWithTheRule_NothingSent_StreamingToo(string? providerName, AllowedAiProvider? listed, string code)
    {
        var inner = new RecordingClient("ok") { ProviderName = providerName };
        var client = new ChatClientBuilder(inner).UsePersonalDataFilter(o =>
        {
            if (listed is not null)
            {
                o.AllowedProviders.Add(listed);
            }
        }).Build();

        var call = () => client.GetResponseAsync(Note);
        var stream = async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync(Note))
            {
            }
        };

        (await call.Should().ThrowAsync<AiProviderNotAllowedException>()).Which.Code.Should().Be(code);
        (await stream.Should().ThrowAsync<AiProviderNotAllowedException>()).Which.Message.Should().Contain("R43").And.NotContain("Tremblay").And.NotContain("514");
        inner.Calls.Should().Be(0, "nothing reaches a provider the allowlist does not allow");
    }

    [Fact]
    [Trait("Req", "R41")]
    public async Task GetResponseAsync_ForeignProviderWithItsTransferAssessment_IsCalled()
    {
        var inner = new RecordingClient("ok");
        var client = new ChatClientBuilder(inner).UsePersonalDataFilter(o =>
            o.AllowedProviders.Add(TestProvider with { Foreign = true, TransferAssessment = "PIA-2026-03, standard contractual clauses" })).Build();

        (await client.GetResponseAsync(Note)).Text.Should().Be("ok");
    }

    [Fact]
    [Trait("Req", "R43")]
    public async Task GetResponseAsync_ProviderOnTheAllowlist_IsCalled_WhateverTheCaseOfItsName()
    {
        var inner = new RecordingClient("ok") { ProviderName = "Test-Provider" };

        var answer = await Pipeline(inner, _ => { }).GetResponseAsync(Note);

        answer.Text.Should().Be("ok");
        inner.Calls.Should().Be(1);
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_TextOverTheLimit_RefusedNamingTheOption_NothingSent_NoTextInTheError()
    {
        var inner = new RecordingClient("x");
        var client = Pipeline(inner, o => o.MaxTextLength = 1_000);
        var turns = new[] { new ChatMessage(ChatRole.User, Note), new ChatMessage(ChatRole.User, new string('a', 1_000)) };

        var act = () => client.GetResponseAsync(turns);

        var error = (await act.Should().ThrowAsync<ConsentKitException>()).Which;
        error.Code.Should().Be("prompt.too-large");
        error.Message.Should().Contain("MaxTextLength").And.Contain("1000").And.NotContain("Tremblay");
        inner.Calls.Should().Be(0);
        (await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)])).Should().NotBeNull("a call within the limit goes through");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_Redact_ModelReceivesPlaceholdersOnlyAndNoRawRepresentation()
    {
        var inner = new RecordingClient("D'accord.");
        PromptAuditRecord? audit = null;
        var client = Pipeline(inner, o => o.Audit = a => audit = a);
        var message = new ChatMessage(ChatRole.User, Note) { RawRepresentation = new { original = Note } };
        message.Contents[0].RawRepresentation = Note;

        await client.GetResponseAsync([message], new ChatOptions { Instructions = "Tu aides Élise Gagnon (elise@exemple.qc.ca) à planifier." });

        var sent = inner.Received.Single();
        sent.Text.Should().Be("Rappeler [PERSON_1] au [PHONE_1] ou [EMAIL_1] demain.");
        sent.RawRepresentation.Should().BeNull();
        sent.Contents.Should().AllSatisfy(c => c.RawRepresentation.Should().BeNull());
        inner.ReceivedOptions!.Instructions.Should().Be("Tu aides [PERSON_1] ([EMAIL_1]) à planifier.");
        audit!.Counts.Should().BeEquivalentTo(new Dictionary<PersonalDataType, int> { [PersonalDataType.Person] = 2, [PersonalDataType.Phone] = 1, [PersonalDataType.Email] = 2 });
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_Pseudonymize_SameValueSamePlaceholderAcrossTurnsAndAnswerRestored()
    {
        var inner = new RecordingClient("Je propose d'appeler [PERSON_1] au [PHONE_1] samedi.");
        var conversation = new PseudonymMap();
        var client = Pipeline(inner, o =>
        {
            o.Policy = new PromptPolicy { Action = PromptAction.Pseudonymize };
            o.Conversation = _ => conversation;
        });

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note), new ChatMessage(ChatRole.User, "Et Marie Tremblay, c'est urgent ?")]);

        inner.Received.Select(m => m.Text).Should().Equal("Rappeler [PERSON_1] au [PHONE_1] ou [EMAIL_1] demain.", "Et [PERSON_1], c'est urgent ?");
        response.Text.Should().Be("Je propose d'appeler Marie Tremblay au 514 555-0188 samedi.");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetStreamingResponseAsync_PlaceholderSplitAcrossChunks_RestoredWhole()
    {
        var inner = new RecordingClient("Appelez [PER", "SON_1] au [PHO", "NE_1", "] puis écrivez à [EMAIL_1].", " [Note] fin");
        var client = Pipeline(inner, o => o.Policy = new PromptPolicy { Action = PromptAction.Pseudonymize });

        var chunks = new List<string>();
        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, Note)]))
        {
            chunks.Add(update.Text);
        }

        string.Concat(chunks).Should().Be("Appelez Marie Tremblay au 514 555-0188 puis écrivez à marie.tremblay@exemple.qc.ca. [Note] fin");
        chunks.Should().NotContain(c => c.Contains("[PER", StringComparison.Ordinal) || c.Contains("SON_1]", StringComparison.Ordinal));
        inner.Received.Single().Text.Should().NotContain("Tremblay");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_BlockPolicy_ThrowsListingTypesAndModelNeverCalled()
    {
        var inner = new RecordingClient("x");
        var client = Pipeline(inner, o => o.Policy = new PromptPolicy { Action = PromptAction.Block });

        var act = () => client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)]);

        (await act.Should().ThrowAsync<PromptBlockedException>()).Which.Types.Should().Equal(PersonalDataType.Email, PersonalDataType.Phone, PersonalDataType.Person);
        inner.Calls.Should().Be(0);
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_AllowedTypePasses_OthersRedacted()
    {
        var inner = new RecordingClient("ok");
        var client = Pipeline(inner, o => o.Policy = new PromptPolicy { Allowed = new HashSet<PersonalDataType> { PersonalDataType.Person } });

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)]);

        inner.Received.Single().Text.Should().Be("Rappeler Marie Tremblay au [PHONE_1] ou [EMAIL_1] demain.");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_PurposeWithItsOwnPolicy_ThatPolicyApplies()
    {
        var inner = new RecordingClient("ok");
        var client = Pipeline(inner, o => o.Policies = PromptPolicies.Default.With("volunteering", new PromptPolicy { Allowed = new HashSet<PersonalDataType> { PersonalDataType.Person, PersonalDataType.Phone } }));
        var volunteering = new ChatOptions { AdditionalProperties = new() { [PersonalDataFilterChatClient.PurposeKey] = "volunteering" } };

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)], volunteering);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)]);

        inner.Received.Select(m => m.Text).Should().Equal(
            "Rappeler Marie Tremblay au 514 555-0188 ou [EMAIL_1] demain.",
            "Rappeler [PERSON_1] au [PHONE_1] ou [EMAIL_1] demain.");
    }

    [Fact]
    [Trait("Req", "R42")]
    public async Task GetResponseAsync_Logging_CountsOnlyNeverText()
    {
        var lines = new List<string>();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(new ListLoggerProvider(lines)).SetMinimumLevel(LogLevel.Trace)).BuildServiceProvider();
        var client = Pipeline(new RecordingClient("ok"), _ => { }, services);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, Note)]);

        lines.Should().ContainSingle(l => l.Contains("PHONE:1", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("Tremblay", StringComparison.Ordinal) || l.Contains("555", StringComparison.Ordinal) || l.Contains("exemple", StringComparison.Ordinal));
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Add(formatter(state, exception));
        }
    }
}
