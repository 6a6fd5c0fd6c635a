using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsentKit.Gate;
using NodaTime;

namespace ConsentKit.Explanations;

/// <summary>One part of an explanation, in the fixed order of R51.</summary>
/// <param name="Key">A stable key: <c>what</c>, <c>why</c>, <c>data</c>, <c>consent</c>, <c>ai</c>, <c>period</c>, <c>choices</c>.</param>
/// <param name="Heading">A short heading in the explanation's language.</param>
/// <param name="Text">Short plain sentences in the explanation's language.</param>
public sealed record ExplanationSection(string Key, string Heading, string Text);

/// <summary>
/// "Why did I get this message?" in plain words (R50-R54): who sent it, why this person, which data and where it came
/// from, the consent relied on, AI use, when and to how many people, and the person's choices. Written from the facts
/// frozen at send time, so the same record always gives the same text.
/// </summary>
public sealed class Explanation
{
    internal Explanation(string messageId, string culture, string title, IReadOnlyList<ExplanationSection> sections, string privacyOfficer)
    {
        PrivacyOfficer = privacyOfficer;
        MessageId = messageId;
        Culture = culture;
        Title = title;
        Sections = sections;
    }

    /// <summary>The message explained.</summary>
    public string MessageId { get; }

    /// <summary><c>fr-CA</c>, <c>fr-FR</c> or <c>en-CA</c>.</summary>
    public string Culture { get; }

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public string Language => Culture[..2];

    /// <summary>The question the explanation answers, as a title.</summary>
    public string Title { get; }

    /// <summary>How to reach the sender's privacy officer (an e-mail address or an https URL), for access requests (R61).</summary>
    public string PrivacyOfficer { get; }

    /// <summary>The sections, in the fixed order of R51.</summary>
    public IReadOnlyList<ExplanationSection> Sections { get; }

    /// <summary>Plain text: the title, then each heading and its sentences.</summary>
    public string ToText()
    {
        var text = new StringBuilder(Title).Append('\n');
        foreach (var section in Sections)
        {
            text.Append('\n').Append(section.Heading).Append('\n').Append(section.Text).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>JSON: <c>{"messageId","culture","title","sections":[{"key","heading","text"}]}</c>.</summary>
    public string ToJson() => new JsonObject
    {
        ["messageId"] = MessageId,
        ["culture"] = Culture,
        ["title"] = Title,
        ["sections"] = new JsonArray([.. Sections.Select(s => (JsonNode)new JsonObject { ["key"] = s.Key, ["heading"] = s.Heading, ["text"] = s.Text })]),
    }.ToJsonString();

    /// <summary>
    /// A whole accessible HTML page (lang attribute, headings, high contrast, no script, no third-party resource).
    /// <paramref name="options"/> adds a language switch and the actions of a served page.
    /// </summary>
    public string ToHtml(ExplanationPageOptions? options = null)
    {
        options ??= new ExplanationPageOptions();
        var html = PageStyle.Open(Culture, Encode(Title), capacity: 4096);
        if (options.LanguageSwitchUrl is { } switchUrl)
        {
            var other = Language == "fr" ? ("en", "English") : ("fr", "Français");
            html.Append("<p class=\"switch\"><a href=\"").Append(Encode(switchUrl)).Append("\" lang=\"").Append(other.Item1).Append("\" hreflang=\"").Append(other.Item1).Append("\">")
                .Append(other.Item2).Append("</a></p>\n");
        }

        html.Append("<h1>").Append(Encode(Title)).Append("</h1>\n");
        foreach (var section in Sections)
        {
            html.Append("<section id=\"").Append(section.Key).Append("\">\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            var inList = false;
            foreach (var line in section.Text.Split('\n'))
            {
                var item = line.StartsWith("- ", StringComparison.Ordinal);
                if (item != inList)
                {
                    html.Append(item ? "<ul>\n" : "</ul>\n");
                    inList = item;
                }

                html.Append(item ? "<li>" : "<p>").Append(PageStyle.Linked(item ? line[2..] : line)).Append(item ? "</li>\n" : "</p>\n");
            }

            if (inList)
            {
                html.Append("</ul>\n");
            }

            if (section.Key == "choices" && options.ActionsHtml is { } actions)
            {
                html.Append(actions).Append('\n');
            }

            html.Append("</section>\n");
        }

        return PageStyle.Close(html);
    }

    // Accented letters stay as they are; only markup characters are escaped.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}

/// <summary>What a served explanation page adds to <see cref="Explanation.ToHtml"/>.</summary>
public sealed class ExplanationPageOptions
{
    /// <summary>The URL of the same explanation in the other language; no switch when null.</summary>
    public string? LanguageSwitchUrl { get; init; }

    /// <summary>Trusted markup placed in the "choices" section, such as the withdrawal form; never built from user input.</summary>
    public string? ActionsHtml { get; init; }
}

/// <summary>A link to an explanation page (R50): a code of 65 random bits, in base32 without ambiguous characters.</summary>
/// <param name="Code">The code, 13 characters of Crockford base32.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="Url">The page's URL when <c>ConsentKitOptions.ExplanationLinkBase</c> is set; else null.</param>
public sealed record ExplanationLink(string Code, Instant ExpiresAt, string? Url)
{
    /// <summary>
    /// The one-click unsubscribe headers (RFC 8058; R10) for the e-mail that carries this link: <c>List-Unsubscribe</c> is
    /// <c>&lt;{Url}/unsubscribe&gt;</c>, which <c>MapConsentKitExplanations</c> serves, and <c>List-Unsubscribe-Post</c> is
    /// <c>List-Unsubscribe=One-Click</c>. Null unless <see cref="Url"/> is an HTTPS URL, as RFC 8058 requires.
    /// </summary>
    public EmailUnsubscribeHeaders? EmailUnsubscribe =>
        Url is { } url && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? new EmailUnsubscribeHeaders($"<{url}/unsubscribe>", "List-Unsubscribe=One-Click")
            : null;
}

/// <summary>The header values of RFC 8058 one-click unsubscribe, to add to an e-mail as they are.</summary>
/// <param name="ListUnsubscribe">The <c>List-Unsubscribe</c> value: the HTTPS URL in angle brackets.</param>
/// <param name="ListUnsubscribePost">The <c>List-Unsubscribe-Post</c> value: <c>List-Unsubscribe=One-Click</c>.</param>
public sealed record EmailUnsubscribeHeaders(string ListUnsubscribe, string ListUnsubscribePost);

/// <summary>What a valid link code points to.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="OrganisationId">The organisation that sent it.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record ExplanationLinkTarget(string MessageId, string OrganisationId, Instant ExpiresAt);

/// <summary>The SMS-length explanation (R51: who, the political label, how to stop and the link), at most two segments.</summary>
/// <param name="Text">The message.</param>
/// <param name="Link">The link it carries.</param>
/// <param name="Length">Its encoding and segments.</param>
public sealed record ShortExplanation(string Text, ExplanationLink Link, SmsLength Length);

/// <summary>Explains messages sent (R50-R54), as text, SMS and web page.</summary>
public interface IExplanations
{
    /// <summary>
    /// The explanation of a recorded message in <paramref name="culture"/>: <c>fr-CA</c>, <c>fr-FR</c> or <c>en-CA</c>
    /// (or <c>fr</c> and <c>en</c>, resolved by the jurisdiction).
    /// </summary>
    /// <exception cref="ConsentKitException">Code <c>message.unknown</c>: no send record has this id.</exception>
    Task<Explanation> ExplainAsync(string messageId, string culture, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>The SMS-length explanation, with a new link to the full page.</summary>
    Task<ShortExplanation> ExplainShortAsync(string messageId, string culture, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a link to the explanation of a recorded message, valid for <paramref name="validFor"/> (default: the configured lifetime).</summary>
    Task<ExplanationLink> CreateLinkAsync(string messageId, Duration? validFor = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>What a link code points to; null for a malformed, unknown, expired or revoked code alike (nothing revealed).</summary>
    Task<ExplanationLinkTarget?> ResolveLinkAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Revokes a link; false when it was unknown or already revoked.</summary>
    Task<bool> RevokeLinkAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person's "stop" from an explanation page (R10, R11): withdraws, through the ledger, every consent on the
    /// message's channel for its contact. Returns the withdrawal events (none when nothing was in force).
    /// </summary>
    /// <exception cref="ConsentKitException">Code <c>link.invalid</c>: the code is malformed, unknown, expired or revoked.</exception>
    Task<IReadOnlyList<string>> WithdrawByLinkAsync(string code, CancellationToken cancellationToken = default);
}
