using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ConsentKit.Hosting;
using ConsentKit.Organisations;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Requests;

/// <summary>A letter to the person about their request, to send as it is or to complete where it says so.</summary>
/// <param name="Language"><c>fr</c> or <c>en</c>.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text, in plain words.</param>
public sealed record ResponseLetter(string Language, string Subject, string Body);

/// <summary>One file of an evidence bundle.</summary>
/// <param name="Name">Its name in the bundle's folder.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record BundleFile(string Name, string Sha256, long Length);

/// <summary>An evidence bundle written for a request (R61).</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Directory">The folder written.</param>
/// <param name="Files">Every file but the manifest, which lists them with their hashes.</param>
public sealed record RequestBundle(string RequestId, string Directory, IReadOnlyList<BundleFile> Files);

/// <summary>
/// The privacy officer's desk for one request (R61): the response letter in French or English, and the evidence bundle
/// (the request, its clock and the audit trail of what was done and by whom, the letters, and the person's data for an
/// access or portability request).
/// </summary>
public interface IRequestDesk
{
    /// <summary>
    /// The letter for the request as it stands: an acknowledgement with the deadline while it is open, the answer once
    /// answered, and for a refusal the right to complain to the authority (the reason is left to complete).
    /// </summary>
    /// <exception cref="ConsentKitValidationException">Unknown request (<c>request.unknown</c>) or language (<c>lang.unknown</c>).</exception>
    Task<ResponseLetter> LetterAsync(string requestId, string language, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the request's evidence bundle into <paramref name="directory"/>, which must not exist or be empty: all the
    /// files appear together or none. The export is recorded in the request's history with its actor.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">Unknown request, or the folder holds files (<c>out.not-empty</c>).</exception>
    Task<RequestBundle> WriteBundleAsync(string requestId, string directory, CancellationToken cancellationToken = default);
}

internal sealed class RequestDesk(ConsentKitRuntime runtime, RequestRegister requests, IPersonalDataExports exports, IOrganisationRegistry organisations) : IRequestDesk
{
    public async Task<ResponseLetter> LetterAsync(string requestId, string language, CancellationToken cancellationToken = default)
    {
        if (language is not ("fr" or "en"))
        {
            throw new ConsentKitValidationException([new("lang", "lang.unknown", "lang must be fr or en.")]);
        }

        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var request = await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        var officer = await organisations.GetPersonInChargeAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false);
        return Letters.Write(request, language, env.Profile, officer, runtime.Clock.GetCurrentInstant());
    }

    public async Task<RequestBundle> WriteBundleAsync(string requestId, string directory, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ConsentKitValidationException([new("out", "out.required", "out is the folder to write the bundle into.")]);
        }

        var target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new ConsentKitValidationException([new("out", "out.is-file", "out names a file; give a new or empty folder.")]);
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new ConsentKitValidationException([new("out", "out.not-empty", "out must be a new or empty folder: a bundle never mixes with other files.")]);
        }

        var request = await requests.GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var officer = await organisations.GetPersonInChargeAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false);
        var files = new List<(string Name, byte[] Bytes)>
        {
            ("request.json", Encoding.UTF8.GetBytes(request.ToJson(now).ToJsonString(Explanations.PageStyle.IndentedJson))),
        };
        foreach (var language in new[] { "fr", "en" })
        {
            var letter = Letters.Write(request, language, env.Profile, officer, now);
            files.Add(($"letter.{language}.txt", Encoding.UTF8.GetBytes(letter.Subject + "\n\n" + letter.Body + "\n")));
        }

        // The person's data goes with an access or portability request: it is what the answer hands over (R57, R58).
        string? exportNote = null;
        if (request.Kind is RequestKind.Access or RequestKind.Portability)
        {
            if (request.ContactId is null)
            {
                exportNote = "no contact is attached to the request yet";
            }
            else
            {
                try
                {
                    var export = await exports.ExportAsync(request.ContactId, request.OrganisationId, cancellationToken).ConfigureAwait(false);
                    files.Add(("export.json", Encoding.UTF8.GetBytes(export.ToJson())));
                    files.Add(("export.html", Encoding.UTF8.GetBytes(export.ToHtml(env.Profile.Language))));
                }
                catch (ConsentKitValidationException e) when (e.Errors.Any(x => x.Rule == "contact.unknown"))
                {
                    exportNote = "the contact is no longer held (erased)";
                }
            }
        }

        // Written beside the target, then moved in one step: a reader never sees half a bundle.
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        // The bundle holds the person's data: readable by its owner only, like the tool's other personal outputs.
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(staging);
        }
        else
        {
            Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            var listed = new List<BundleFile>();
            foreach (var (name, bytes) in files)
            {
                await File.WriteAllBytesAsync(Path.Combine(staging, name), bytes, cancellationToken).ConfigureAwait(false);
                listed.Add(new BundleFile(name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length));
            }

            var manifest = new JsonObject
            {
                ["request"] = request.Id,
                ["writtenAt"] = InstantPattern.General.Format(now),
                ["writtenBy"] = runtime.Actor,
                ["export"] = exportNote,
                ["files"] = new JsonArray([.. listed.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["sha256"] = f.Sha256, ["length"] = f.Length })]),
            };
            await File.WriteAllTextAsync(Path.Combine(staging, "manifest.json"), manifest.ToJsonString(Explanations.PageStyle.IndentedJson), cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            await requests.NoteAsync(request.Id, "bundle:exported", cancellationToken).ConfigureAwait(false);
            return new RequestBundle(request.Id, target, listed);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}

/// <summary>The response letters, in French and in English (R61). Plain words, the deadline and the person's recourse.</summary>
internal static class Letters
{
    public static ResponseLetter Write(DataSubjectRequest r, string language, Jurisdictions.JurisdictionProfile profile, PersonInChargeDesignation? officer, Instant now)
    {
        var fr = language == "fr";
        string T(string f, string e) => fr ? f : e;
        var culture = CultureInfo.GetCultureInfo(fr ? "fr-CA" : "en-CA");
        var zone = DateTimeZoneProviders.Tzdb[profile.RequestDeadline.TimeZone];
        string Day(LocalDate d) => d.ToString(fr ? "d MMMM yyyy" : "MMMM d, yyyy", culture);
        var received = Day(r.ReceivedAt.InZone(zone).Date);
        var what = r.Kind switch
        {
            RequestKind.Access => T("d'accès à vos renseignements personnels", "to access your personal information"),
            RequestKind.Rectification => T("de rectification de vos renseignements", "to correct your information"),
            RequestKind.Erasure => T("d'effacement de vos renseignements", "to erase your information"),
            RequestKind.Portability => T("de copie de vos renseignements dans un format courant", "for a copy of your information in a common format"),
            RequestKind.Objection => T("d'opposition", "to object"),
            RequestKind.Withdrawal => T("de retrait de votre consentement", "to withdraw your consent"),
            _ => T("de signalement d'un message", "reporting a message"),
        };
        var lines = new List<string> { T("Bonjour,", "Hello,"), "" };
        string subject;
        if (r.IsOpen)
        {
            subject = T($"Votre demande {r.Id} : bien reçue", $"Your request {r.Id}: received");
            lines.Add(T($"Nous avons bien reçu, le {received}, votre demande {what}.", $"We received your request {what} on {received}."));
            lines.Add(T($"Nous vous répondrons au plus tard le {Day(r.DueDate)}.", $"We will answer by {Day(r.DueDate)} at the latest."));
            if (r.ExtensionReason is { } reason)
            {
                lines.Add(T($"Ce délai a été prolongé, pour la raison suivante : {reason}", $"This deadline was extended, for this reason: {reason}"));
            }

            if (r.Identity != IdentityVerification.Verified)
            {
                lines.Add(T("Pour protéger vos renseignements, nous vérifierons d'abord que la demande vient bien de vous, par exemple avec un code envoyé à l'adresse ou au numéro que nous avons à votre dossier.",
                    "To protect your information, we will first check that the request comes from you, for example with a code sent to the address or number we have on file."));
            }
        }
        else if (r.Status == RequestStatus.Answered)
        {
            subject = T($"Votre demande {r.Id} : réponse", $"Your request {r.Id}: our answer");
            lines.Add(T($"Nous avons traité votre demande {what}, reçue le {received}.", $"We have handled your request {what}, received on {received}."));
            lines.Add(r.Kind switch
            {
                RequestKind.Access or RequestKind.Portability => T("Vous trouverez ci-joint les renseignements que nous détenons à votre sujet, d'où ils viennent et à quoi ils servent.",
                    "Attached are the information we hold about you, where it came from and what it is used for."),
                RequestKind.Erasure => T("Vos renseignements ont été effacés, sauf ceux que la loi nous oblige à conserver (par exemple les registres de contributions), que nous n'utilisons plus pour vous joindre.",
                    "Your information has been erased, except what the law requires us to keep (such as contribution records), which we no longer use to contact you."),
                RequestKind.Objection or RequestKind.Withdrawal => T("Nous ne vous enverrons plus de messages pour les fins visées.",
                    "We will no longer send you messages for these purposes."),
                RequestKind.Rectification => T("Vos renseignements ont été corrigés comme vous l'avez demandé.", "Your information has been corrected as you asked."),
                _ => T("Nous avons examiné le message que vous avez signalé et pris les mesures nécessaires.", "We have looked into the message you reported and acted on it."),
            });
        }
        else
        {
            subject = T($"Votre demande {r.Id} : refus", $"Your request {r.Id}: refused");
            lines.Add(T($"Nous ne pouvons pas donner suite à votre demande {what}, reçue le {received}.", $"We cannot act on your request {what}, received on {received}."));
            lines.Add(T("Motif : [à compléter par la personne responsable, avec la disposition de la loi sur laquelle le refus s'appuie]",
                "Reason: [to be completed by the person in charge, with the provision of the law the refusal rests on]"));
        }

        lines.Add("");
        lines.Add(T($"Si vous n'êtes pas satisfait de notre réponse, vous pouvez vous adresser à {profile.Authority.NameFr} : {profile.Authority.Url}",
            $"If you are not satisfied with our answer, you may complain to the {profile.Authority.NameEn}: {profile.Authority.Url}"));
        if (officer is not null)
        {
            lines.Add(T($"Pour toute question : {officer.Name}, responsable de la protection des renseignements personnels, {officer.Contact}",
                $"For any question: {officer.Name}, person in charge of the protection of personal information, {officer.Contact}"));
        }

        return new ResponseLetter(language, subject, string.Join('\n', lines));
    }
}
