using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

/// <summary>
/// A stand-in for an AI model in the demo (no network): it "plans" door-knocking from whatever it receives, and records it,
/// so the demo can show exactly what left the CRM.
/// </summary>
internal sealed class PlanningModel : IChatClient
{
    public string Received { get; private set; } = "";

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Received = string.Join("\n", messages.Select(m => m.Text));
        var people = System.Text.RegularExpressions.Regex.Matches(Received, @"\[PERSON_\d+\]").Select(m => m.Value).Distinct().ToList();
        var plan = $"Samedi 10 h : commencer par {people.ElementAtOrDefault(0)}, puis {people.ElementAtOrDefault(1)}; appeler [PHONE_1] la veille.";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, plan)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text);
    }

    // Names its provider, as real clients do: the filter lets calls reach only providers on the allowlist (R43).
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("planning-model") : null;

    public void Dispose()
    {
    }
}
