using System.Globalization;
using System.Text;
using ConsentKit.Contacts;

/// <summary>A synthetic list for the campaign demo: mostly valid consents, and every reason the gate can give.</summary>
internal static class SyntheticContacts
{
    private const string Header = "contact_id,first_name,last_name,phone,email,language,postal_code,birth_date,purpose,channel,basis,source,notice_id,notice_version,notice_language,notice_sha256,affirmative_act,evidence_ref,collected_by,from_data_subject,granted_at,expires_at,third_party,third_party_country,time_zone,city,interests";

    // Attributes the demo's data catalog declares (city: location; interests: engagement, as the person stated them).
    private static readonly string[] Cities = ["Laval", "Montréal", "Québec", "Longueuil", "Gatineau"];
    private static readonly string[] Interests = ["transit|climate", "housing", "transit", "health-care|seniors", "education"];

    public static async Task ImportAsync(IContactImporter importer, int count)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var notice = new string('c', 64);
        for (var i = 0; i < count; i++)
        {
            // One row in ten is a special case; the rest consented on a canvass sheet.
            var (basis, fromSubject, thirdParty, country, expires, birth, zone) = (i % 20) switch
            {
                1 => ("membership", "false", "Liste louée", "CA", "", "", ""),
                2 => ("explicit_consent", "true", "", "", "2026-06-30T00:00:00Z", "", ""),
                3 => ("explicit_consent", "true", "", "", "", "2010-04-01", ""),
                4 => ("explicit_consent", "true", "", "", "", "", "America/Vancouver"),
                _ => ("explicit_consent", "true", "", "", "", $"{1950 + (i % 56)}-05-01", ""),
            };
            var granted = i % 20 == 2 ? "2025-01-15T18:00:00Z" : "2026-09-20T18:00:00Z";
            csv.Append(CultureInfo.InvariantCulture, $"syn-{i:D5},Prénom{i},Nom{i},+1438{2000000 + i:D7},,fr-CA,,{birth},gotv,sms,{basis},canvass,avis-porte-a-porte,3,fr-CA,{notice},a signé la fiche,fiche-{i},benevole-{i % 40},{fromSubject},{granted},{expires},{thirdParty},{country},{zone},{Cities[i % Cities.Length]},{Interests[i % Interests.Length]}\n");
        }

        var report = await importer.ImportAsync(new StringReader(csv.ToString()));
        Console.WriteLine($"    Imported {report.EventsWritten} synthetic consents ({report.Rejected} rejected).");
    }
}
