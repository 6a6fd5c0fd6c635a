using ConsentKit.AI;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.AI;

/// <summary>Adds the personal-data filter to a chat pipeline.</summary>
public static class PersonalDataFilterChatClientBuilderExtensions
{
    /// <summary>
    /// Filters personal data out of every prompt before the next client: <c>builder.UsePersonalDataFilter(o =&gt; o.Policy = new() { Action = PromptAction.Pseudonymize })</c>.
    /// </summary>
    public static ChatClientBuilder UsePersonalDataFilter(this ChatClientBuilder builder, Action<PersonalDataFilterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var options = new PersonalDataFilterOptions();
            configure?.Invoke(options);
            var logger = (services.GetService(typeof(ILoggerFactory)) as ILoggerFactory)?.CreateLogger<PersonalDataFilterChatClient>();
            return new PersonalDataFilterChatClient(inner, options, logger);
        });
    }
}
