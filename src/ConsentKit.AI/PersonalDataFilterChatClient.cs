using System.Runtime.CompilerServices;
using System.Text;
using ConsentKit.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsentKit.AI;

/// <summary>Options of <see cref="PersonalDataFilterChatClient"/>.</summary>
public sealed class PersonalDataFilterOptions
{
    /// <summary>What to do with personal data (R42) when the call names no purpose, or one without its own policy: redact by default.</summary>
    public PromptPolicy Policy { get; set; } = PromptPolicy.Default;

    /// <summary>
    /// Policies per purpose; the call's purpose is read from <c>ChatOptions.AdditionalProperties["consentkit.purpose"]</c>
    /// (<see cref="PersonalDataFilterChatClient.PurposeKey"/>). Purposes not listed follow <see cref="Policy"/>.
    /// </summary>
    public PromptPolicies? Policies { get; set; }

    /// <summary>
    /// The most text one call may carry, in characters, all messages together (default 1,000,000): a larger call is refused
    /// with <c>prompt.too-large</c> before anything is scanned or sent, so that one request cannot hold the filter for long.
    /// </summary>
    public int MaxTextLength { get; set; } = 1_000_000;

    /// <summary>The scanner; the shared one with the shipped lists when null. Give one built with your contacts' names.</summary>
    public PersonalDataScanner? Scanner { get; set; }

    /// <summary>
    /// The conversation's pseudonyms, for <see cref="PromptAction.Pseudonymize"/>: keep one per conversation so that the same
    /// person gets the same placeholder across turns. A new map per call when null.
    /// </summary>
    public Func<ChatOptions?, PseudonymMap>? Conversation { get; set; }

    /// <summary>Receives one audit record per call: counts per type only, never text.</summary>
    public Action<PromptAuditRecord>? Audit { get; set; }

    /// <summary>
    /// The providers calls may reach (R43): the inner client's <see cref="ChatClientMetadata.ProviderName"/> must name one,
    /// with training on inputs off and a processing contract. Any other call is refused with
    /// <see cref="AiProviderNotAllowedException"/> before anything is scanned or sent; with none listed, every call is.
    /// </summary>
    public IList<AllowedAiProvider> AllowedProviders { get; } = [];
}

/// <summary>One call's audit record (R42): counts per type and the categories revealed; no text, no values.</summary>
/// <param name="Counts">Values found per type.</param>
/// <param name="Sensitive">Special categories revealed.</param>
/// <param name="Blocked">True when the call was refused.</param>
/// <param name="Action">What the policy did.</param>
public sealed record PromptAuditRecord(IReadOnlyDictionary<PersonalDataType, int> Counts, IReadOnlyList<Targeting.DataCategory> Sensitive, bool Blocked, PromptAction Action);

/// <summary>The policy refused a prompt: it holds personal data of these types.</summary>
public sealed class PromptBlockedException : ConsentKitException
{
    /// <summary>Creates the exception.</summary>
    public PromptBlockedException(IReadOnlyList<PersonalDataType> types, IReadOnlyList<Targeting.DataCategory> sensitive)
        : base("prompt.blocked", $"The prompt holds personal data ({string.Join(", ", types.Select(t => t.Name()).Concat(sensitive.Select(s => s.SensitiveName())))}) and the policy blocks it (R42).")
    {
        Types = types;
        Sensitive = sensitive;
    }

    /// <summary>The types found.</summary>
    public IReadOnlyList<PersonalDataType> Types { get; }

    /// <summary>The special categories revealed.</summary>
    public IReadOnlyList<Targeting.DataCategory> Sensitive { get; }
}

/// <summary>
/// Filters every text of every message and the instructions before the inner client sees them (R42), clears
/// <c>RawRepresentation</c> so that no provider can send the original, and restores pseudonyms in the answer, streamed or
/// not. Never logs text: only counts.
/// </summary>
public sealed partial class PersonalDataFilterChatClient : DelegatingChatClient
{
    /// <summary>The <c>ChatOptions.AdditionalProperties</c> key naming the purpose of a call, such as <c>gotv</c>.</summary>
    public const string PurposeKey = "consentkit.purpose";

    private readonly PersonalDataFilterOptions _options;
    private readonly PromptFilter _filter;
    private readonly ILogger _logger;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    public PersonalDataFilterChatClient(IChatClient innerClient, PersonalDataFilterOptions options, ILogger<PersonalDataFilterChatClient>? logger = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _filter = new PromptFilter(options.Scanner);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        AiProviderNotAllowedException.ThrowUnlessAllowed(InnerClient, _options.AllowedProviders);
        var map = Map(options);
        var policy = PolicyFor(options);
        var (filtered, filteredOptions) = Filter(messages, options, map, policy);
        var response = await base.GetResponseAsync(filtered, filteredOptions, cancellationToken).ConfigureAwait(false);
        if (policy.Action == PromptAction.Pseudonymize)
        {
            foreach (var message in response.Messages)
            {
                RestoreContents(message, map);
            }
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        AiProviderNotAllowedException.ThrowUnlessAllowed(InnerClient, _options.AllowedProviders);
        var map = Map(options);
        var policy = PolicyFor(options);
        var (filtered, filteredOptions) = Filter(messages, options, map, policy);
        var restore = policy.Action == PromptAction.Pseudonymize;

        // A placeholder can be split across chunks ("[PER" + "SON_1]"): text from an unclosed '[' is held back until it
        // closes or grows longer than any placeholder, then restored and released.
        var pending = new StringBuilder();
        ChatResponseUpdate? last = null;
        await foreach (var update in base.GetStreamingResponseAsync(filtered, filteredOptions, cancellationToken).ConfigureAwait(false))
        {
            last = update;
            if (!restore)
            {
                yield return update;
                continue;
            }

            var text = new StringBuilder();
            var others = new List<AIContent>();
            foreach (var content in update.Contents)
            {
                if (content is TextContent tc)
                {
                    text.Append(tc.Text);
                }
                else
                {
                    others.Add(content);
                }
            }

            pending.Append(text);
            var release = Releasable(pending);
            var released = map.Restore(pending.ToString(0, release));
            pending.Remove(0, release);
            var contents = new List<AIContent>(others);
            if (released.Length > 0)
            {
                contents.Insert(0, new TextContent(released));
            }

            if (contents.Count > 0 || update.FinishReason is not null)
            {
                yield return Copy(update, contents);
            }
        }

        if (pending.Length > 0)
        {
            yield return Copy(last ?? new ChatResponseUpdate(), [new TextContent(map.Restore(pending.ToString()))]);
        }
    }

    private static ChatResponseUpdate Copy(ChatResponseUpdate update, IList<AIContent> contents) => new(update.Role, contents)
    {
        ResponseId = update.ResponseId,
        MessageId = update.MessageId,
        ConversationId = update.ConversationId,
        CreatedAt = update.CreatedAt,
        FinishReason = update.FinishReason,
        ModelId = update.ModelId,
        AuthorName = update.AuthorName,
    };

    // How much of the pending text can be released: all of it, unless its last '[' is unclosed and short enough to be a placeholder's start.
    private static int Releasable(StringBuilder pending)
    {
        for (var k = pending.Length - 1; k >= 0 && pending.Length - k <= PseudonymMap.PlaceholderMaxLength; k--)
        {
            if (pending[k] == ']')
            {
                return pending.Length;
            }

            if (pending[k] == '[')
            {
                return k;
            }
        }

        return pending.Length;
    }

    private PseudonymMap Map(ChatOptions? options) => _options.Conversation?.Invoke(options) ?? new PseudonymMap();

    private PromptPolicy PolicyFor(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(PurposeKey, out var value) == true && value is string purpose && _options.Policies is { } policies
            ? policies.WithFallback(_options.Policy).For(purpose)
            : _options.Policy;

    private (List<ChatMessage> Messages, ChatOptions? Options) Filter(IEnumerable<ChatMessage> messages, ChatOptions? options, PseudonymMap map, PromptPolicy policy)
    {
        var counts = new Dictionary<PersonalDataType, int>();
        var sensitive = new SortedSet<Targeting.DataCategory>();
        var blocked = false;
        var total = messages.SelectMany(m => m.Contents).Sum(c => (long)(c switch { TextContent t => t.Text?.Length ?? 0, TextReasoningContent r => r.Text?.Length ?? 0, _ => 0 })) + (options?.Instructions?.Length ?? 0);
        if (total > _options.MaxTextLength)
        {
            throw new ConsentKitException("prompt.too-large",
                $"The call holds {total} characters of text; the personal-data filter takes at most {_options.MaxTextLength} (PersonalDataFilterOptions.MaxTextLength). Nothing was sent to the model.");
        }

        string FilterText(string text)
        {
            var result = _filter.Filter(text, policy, map);
            foreach (var (type, count) in result.Counts)
            {
                counts[type] = counts.GetValueOrDefault(type) + count;
            }

            sensitive.UnionWith(result.Sensitive);
            blocked |= result.Blocked;
            return result.Text ?? string.Empty;
        }

        var filtered = new List<ChatMessage>();
        foreach (var message in messages)
        {
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var content in message.Contents)
            {
                // Only text goes to the model from here; a content we cannot filter (an image, a file) is dropped rather than leaked.
                switch (content)
                {
                    case TextContent text:
                        contents.Add(new TextContent(FilterText(text.Text)));
                        break;
                    case TextReasoningContent reasoning:
                        contents.Add(new TextReasoningContent(FilterText(reasoning.Text)));
                        break;
                    case FunctionCallContent or FunctionResultContent:
                        contents.Add(content);
                        break;
                    default:
                        break;
                }
            }

            filtered.Add(new ChatMessage(message.Role, contents) { AuthorName = message.AuthorName, MessageId = message.MessageId, RawRepresentation = null });
        }

        ChatOptions? filteredOptions = options;
        if (options is not null)
        {
            filteredOptions = options.Clone();
            filteredOptions.RawRepresentationFactory = null;
            if (options.Instructions is { } instructions)
            {
                filteredOptions.Instructions = FilterText(instructions);
            }
        }

        var record = new PromptAuditRecord(counts, [.. sensitive], blocked, policy.Action);
        _options.Audit?.Invoke(record);
        LogFiltered(_logger, counts.Values.Sum(), string.Join(",", counts.Select(c => $"{c.Key.Name()}:{c.Value}")), sensitive.Count, blocked);
        if (blocked)
        {
            throw new PromptBlockedException([.. counts.Keys.Order()], [.. sensitive]);
        }

        return (filtered, filteredOptions);
    }

    private static void RestoreContents(ChatMessage message, PseudonymMap map)
    {
        for (var k = 0; k < message.Contents.Count; k++)
        {
            if (message.Contents[k] is TextContent text)
            {
                message.Contents[k] = new TextContent(map.Restore(text.Text));
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Prompt filtered: {Total} values ({Counts}), {SensitiveCount} sensitive categories, blocked {Blocked}")]
    private static partial void LogFiltered(ILogger logger, int total, string counts, int sensitiveCount, bool blocked);
}
