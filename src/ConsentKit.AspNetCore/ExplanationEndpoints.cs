using System.Net;
using System.Threading.RateLimiting;
using ConsentKit;
using ConsentKit.AspNetCore;
using ConsentKit.Explanations;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The "why did I get this message?" pages (R50, R51): <c>GET {prefix}/{code}</c> shows the explanation in the visitor's
/// language with a language switch; <c>POST {prefix}/{code}/stop</c> withdraws (R10), <c>POST {prefix}/{code}/access</c>
/// enters an access request with its deadline (R55) and <c>POST {prefix}/{code}/report</c> reports the message to the privacy
/// officer (R49), all behind an antiforgery token; <c>POST {prefix}/{code}/unsubscribe</c> is the RFC 8058 one-click
/// endpoint of <see cref="ConsentKit.Explanations.ExplanationLink.EmailUnsubscribe"/>; unknown, expired and revoked codes get
/// one same 404 page, so a guess learns nothing; requests are rate-limited per client; nothing is loaded from elsewhere.
/// </summary>
public static class ConsentKitEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the explanation pages under <paramref name="prefix"/> (default <c>/w</c>: set
    /// <c>ExplanationLinkBase</c> to <c>https://your.site/w/</c>). Needs <c>services.AddConsentKitExplanationPages()</c> and
    /// <c>app.UseRateLimiter()</c>.
    /// </summary>
    public static RouteGroupBuilder MapConsentKitExplanations(this IEndpointRouteBuilder endpoints, string prefix = "/w")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(async (context, next) =>
        {
            ConsentKitPages.ApplySecurityHeaders(context.HttpContext.Response);
            return await next(context).ConfigureAwait(false);
        });
        group.RequireRateLimiting(ConsentKitPages.RateLimitPolicy);
        var path = "/" + prefix.Trim('/');

        group.MapGet("/{code}", async (string code, HttpContext context, IExplanations explanations, IAntiforgery antiforgery) =>
        {
            if (await explanations.ResolveLinkAsync(code, context.RequestAborted).ConfigureAwait(false) is not { } target)
            {
                return ConsentKitPages.NotFound();
            }

            var lang = ConsentKitPages.Language(context);
            var explanation = await explanations.ExplainAsync(target.MessageId, lang, target.OrganisationId, context.RequestAborted).ConfigureAwait(false);
            var tokens = antiforgery.GetAndStoreTokens(context);
            var fr = explanation.Language == "fr";
            var action = $"{path}/{Uri.EscapeDataString(code)}";
            var actions =
                $"""
                <form method="post" action="{WebUtility.HtmlEncode(action)}/stop">
                <input type="hidden" name="{tokens.FormFieldName}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
                <input type="hidden" name="lang" value="{explanation.Language}">
                <button type="submit">{(fr ? "Ne plus recevoir ces messages" : "Stop these messages")}</button>
                </form>
                <form method="post" action="{WebUtility.HtmlEncode(action)}/access">
                <input type="hidden" name="{tokens.FormFieldName}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
                <input type="hidden" name="lang" value="{explanation.Language}">
                <button type="submit">{(fr ? "Demander une copie de mes données" : "Ask for a copy of my data")}</button>
                </form>
                <form method="post" action="{WebUtility.HtmlEncode(action)}/report">
                <input type="hidden" name="{tokens.FormFieldName}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
                <input type="hidden" name="lang" value="{explanation.Language}">
                <button type="submit">{(fr ? "Signaler ce message" : "Report this message")}</button>
                </form>
                """;
            var page = explanation.ToHtml(new ExplanationPageOptions
            {
                LanguageSwitchUrl = $"{action}?lang={(fr ? "en" : "fr")}",
                ActionsHtml = actions,
            });
            return Results.Content(page, "text/html; charset=utf-8");
        });

        group.MapPost("/{code}/stop", async (string code, HttpContext context, IExplanations explanations, IAntiforgery antiforgery) =>
        {
            if (await ActionLanguageAsync(context, antiforgery).ConfigureAwait(false) is not { } lang)
            {
                return Refused();
            }

            try
            {
                await explanations.WithdrawByLinkAsync(code, context.RequestAborted).ConfigureAwait(false);
            }
            catch (ConsentKitException ex) when (ex.Code == "link.invalid")
            {
                return ConsentKitPages.NotFound();
            }

            return lang == "fr"
                ? ConsentKitPages.Message("fr", "C'est noté", "Vous ne recevrez plus ces messages. Votre retrait est enregistré.")
                : ConsentKitPages.Message("en", "Done", "You will not get these messages any more. Your choice is recorded.");
        }).DisableAntiforgery();

        // The access-request intake (R55, R56): the request enters the register with its legal deadline, told to the person.
        group.MapPost("/{code}/access", async (string code, HttpContext context, ConsentKit.Requests.IRequestRegister requests, IClock clock, IAntiforgery antiforgery) =>
        {
            if (await ActionLanguageAsync(context, antiforgery).ConfigureAwait(false) is not { } lang)
            {
                return Refused();
            }

            ConsentKit.Requests.DataSubjectRequest request;
            try
            {
                request = await requests.AddAboutMessageAsync(ConsentKit.Requests.RequestKind.Access, code, clock.GetCurrentInstant(), "web", cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }
            catch (ConsentKitValidationException)
            {
                return ConsentKitPages.NotFound();
            }

            var due = request.DueDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return lang == "fr"
                ? ConsentKitPages.Message("fr", "Demande enregistrée", $"Votre demande de copie de vos données est enregistrée. Nous vous répondrons au plus tard le {due}, après avoir vérifié qu'elle vient bien de vous.")
                : ConsentKitPages.Message("en", "Request recorded", $"Your request for a copy of your data is recorded. We will answer by {due}, once we have checked that it comes from you.");
        }).DisableAntiforgery();

        // One-click unsubscribe (RFC 8058, R10): a mailbox provider POSTs "List-Unsubscribe=One-Click" without cookies or a
        // token, so this endpoint takes no antiforgery token; the link's 65-bit code is the secret. A GET (a link scanner, a
        // person clicking) changes nothing and shows the page with its button.
        group.MapGet("/{code}/unsubscribe", (string code) => Results.Redirect($"{path}/{Uri.EscapeDataString(code)}"));
        group.MapPost("/{code}/unsubscribe", async (string code, HttpContext context, IExplanations explanations) =>
        {
            if (!context.Request.HasFormContentType
                || (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false))["List-Unsubscribe"] != "One-Click")
            {
                return ConsentKitPages.Message("fr", "Requête refusée", "Le corps de la requête doit être List-Unsubscribe=One-Click (RFC 8058).",
                    "The request body must be List-Unsubscribe=One-Click (RFC 8058).", StatusCodes.Status400BadRequest);
            }

            try
            {
                await explanations.WithdrawByLinkAsync(code, context.RequestAborted).ConfigureAwait(false);
            }
            catch (ConsentKitException ex) when (ex.Code == "link.invalid")
            {
                return ConsentKitPages.NotFound();
            }

            return ConsentKitPages.Message("fr", "Désabonnement enregistré", "Vous ne recevrez plus ces courriels. Votre retrait est enregistré.",
                "You are unsubscribed: you will not get these e-mails any more.");
        }).DisableAntiforgery();

        group.MapPost("/{code}/report", async (string code, HttpContext context, ConsentKit.Requests.IRequestRegister requests, IClock clock, IAntiforgery antiforgery) =>
        {
            if (await ActionLanguageAsync(context, antiforgery).ConfigureAwait(false) is not { } lang)
            {
                return Refused();
            }

            try
            {
                await requests.ReportMessageAsync(code, clock.GetCurrentInstant(), "web", cancellationToken: context.RequestAborted).ConfigureAwait(false);
            }
            catch (ConsentKitValidationException)
            {
                return ConsentKitPages.NotFound();
            }

            return lang == "fr"
                ? ConsentKitPages.Message("fr", "Merci", "Votre signalement est enregistré. Notre responsable de la vie privée va l'examiner.")
                : ConsentKitPages.Message("en", "Thank you", "Your report is recorded. Our privacy officer will look into it.");
        }).DisableAntiforgery();

        return group;
    }

    private static IResult Refused() =>
        ConsentKitPages.Message("fr", "Requête refusée", "Cette demande n'a pas été envoyée depuis notre page. Rechargez la page et réessayez.",
            "This request was not sent from our page. Reload the page and try again.", StatusCodes.Status400BadRequest);

    // The buttons' POSTs: the antiforgery token must come from our page; the language travels in the form. Null when refused.
    private static async Task<string?> ActionLanguageAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return form["lang"] == "en" ? "en" : "fr";
    }
}

/// <summary>What the explanation pages need in the service collection.</summary>
public static class ConsentKitExplanationPagesServiceCollectionExtensions
{
    /// <summary>
    /// Adds antiforgery (field and cookie <c>ck-af</c>) and the pages' rate limit: 60 requests a minute per client address, so
    /// that nobody can try many codes (one chance in 2^65 each).
    /// </summary>
    public static IServiceCollection AddConsentKitExplanationPages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ck-af";
            o.FormFieldName = "ck-af";
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ConsentKitPages.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
