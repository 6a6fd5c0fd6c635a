using System.Net;
using ConsentKit.Explanations;
using Microsoft.AspNetCore.Http;

namespace ConsentKit.AspNetCore;

/// <summary>
/// Short pages in ConsentKit's style (<see cref="PageStyle"/>: reflow at 320 px, contrast, links) for an application's own
/// screens around the explanation pages: a confirmation, a refusal, a 404.
/// </summary>
public static class ConsentKitPages
{
    /// <summary>The rate-limit policy the explanation pages use (<c>consentkit-pages</c>); other public pages may share it.</summary>
    public const string RateLimitPolicy = "consentkit-pages";

    /// <summary>
    /// A page with a title and a sentence in <paramref name="language"/>, and optionally the same sentence in the other
    /// language, carrying its own <c>lang</c>.
    /// </summary>
    public static IResult Message(string language, string title, string text, string? otherLanguageText = null, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var other = otherLanguageText is null ? "" : $"<p lang=\"{(language == "fr" ? "en" : "fr")}\">{PageStyle.Linked(otherLanguageText)}</p>";
        var html =
            $"""
            <!doctype html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title>
            <style>{PageStyle.Css}</style></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{PageStyle.Linked(text)}</p>{other}</main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>The one 404 page for every code that opens nothing (unknown, expired or revoked), so that a guess learns nothing.</summary>
    public static IResult NotFound() =>
        Message("fr", "Page introuvable", "Ce lien n'existe pas ou ne fonctionne plus.", "This link does not exist or no longer works.", StatusCodes.Status404NotFound);

    /// <summary>
    /// The headers of every ConsentKit page: a Content-Security-Policy that loads nothing from elsewhere and runs no script, no
    /// sniffing, no referrer (a code in the URL is a secret), no caching.
    /// </summary>
    public static void ApplySecurityHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    /// <summary>The visitor's language: <c>?lang=fr|en</c>, else Accept-Language by quality (the first of fr and en), else French.</summary>
    public static string Language(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Query["lang"] is { Count: > 0 } q && q[0] is "fr" or "en")
        {
            return q[0]!;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?[..Math.Min(2, l.Value.Length)].ToLowerInvariant())
            .FirstOrDefault(l => l is "fr" or "en");
        return accepted ?? "fr";
    }
}
