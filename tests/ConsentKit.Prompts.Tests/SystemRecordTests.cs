using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the thirteenth session's round: what system records and telephony logs say of people. A SIP address
/// whose user part is a number, numbers written with middle dots, a capture line whose counters run into an address, the
/// account names of audit fields and of /etc/passwd. Rules over listed names and every layout, not one example each.
/// </summary>
public sealed class SystemRecordTests
{
    private static readonly string[] Numbers = ["+14185550196", "5145550156", "+33612345678", "+15815550149", "4385550151"];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SipAddressWhoseUserPartIsANumber_PhoneNotEmail()
    {
        foreach (var number in Numbers)
        {
            foreach (var scheme in new[] { "sip:", "sips:", "SIP:" })
            {
                var text = $"INVITE From: \"Phone bank\" <{scheme}{number}@voip.example>;tag=1928301774";
                Of(PersonalDataType.Phone, text).Should().Equal([number], text);
                Of(PersonalDataType.Email, text).Should().BeEmpty(text);
            }
        }

        // A SIP address that names its user is an address like an e-mail.
        Of(PersonalDataType.Email, "To: <sip:jean.tremblay@voip.example>").Should().Equal(["jean.tremblay@voip.example"]);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_NumberWithMiddleDotsForPeriods_SamePhoneAsWithPeriods()
    {
        foreach (var number in new[] { "514.555.0176", "(709).555.0176", "+1.418.555.0122", "06.12.34.56.78", "+33.6.12.34.56.78" })
        {
            var dotted = number.Replace('.', '\u00B7');
            var text = $"Téléphone : {dotted} (copié d'un PDF)";
            Of(PersonalDataType.Phone, text).Should().Equal([dotted], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CaptureLineWhoseCountersRunIntoAnAddress_AddressesAndNoPhone()
    {
        // A packet capture's line: frame number, seconds, source and destination. Every frame number and time, every address.
        for (var k = 0; k < 60; k++)
        {
            var (source, destination) = ($"{192 + (k % 11)}.{k % 7}.{(k * 3) % 256}.{(k * 37) % 254 + 1}", $"203.0.113.{(k * 11) % 254 + 1}");
            var text = $"  {k + 1} {k * 7 % 100}.{k * 131 % 1000:000} {source} → {destination} SIP INVITE";
            Of(PersonalDataType.IpAddress, text).Should().Equal([source, destination], text);
            Of(PersonalDataType.Phone, text).Should().BeEmpty(text);
        }

        // An SNMP object identifier is a run of dotted numbers: no phone in it, however long.
        for (var length = 8; length < 20; length++)
        {
            var oid = string.Join('.', Enumerable.Range(0, length).Select(k => (k * 7 + length) % 20));
            Of(PersonalDataType.Phone, $"OID {oid} = battery").Should().BeEmpty(oid);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_AuditFieldsNamingAnAccount_AccountIsAPerson()
    {
        foreach (var (given, family) in Givens(577, 15).Zip(Families(1733, 15)))
        {
            var login = (given[0] + family).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)[..Math.Min(12, family.Length + 1)];
            if (!login.All(char.IsAsciiLetterLower) || login.Length < 5)
            {
                continue;
            }

            foreach (var text in new[]
            {
                $"{{\"support_level\":1,\"updated_by\":\"{login}\"}}",
                $"<EventData><Data Name=\"TargetUserName\">{login}</Data><Data Name=\"IpAddress\">203.0.113.7</Data></EventData>",
                $"record 4471 created_by={login} status=ok",
            })
            {
                People(text).Should().Equal([login], text);
            }
        }

        // System accounts are not people.
        People("<Data Name=\"TargetUserName\">administrator</Data> updated_by=root").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PasswdEntries_LoginFullNameAndHomeDirectory()
    {
        foreach (var (given, family) in Givens(811, 15).Zip(Families(2593, 15)))
        {
            var login = string.Concat((given[0] + family).Where(char.IsAsciiLetterLower).Take(8));
            if (login.Length < 5)
            {
                continue;
            }

            var fullName = $"{Capitalize(given)} {Capitalize(family)}";
            var text = $"# comptes\n{login}:x:1079:100:{fullName},QG campagne,4385550144,:/home/{login}:/bin/bash\nsyslog:x:104:110::/home/syslog:/usr/sbin/nologin";
            People(text).Should().Equal([login, fullName, login], text);
        }

        // A service's entry names no one.
        People("postgres:x:112:118:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash").Should().BeEmpty();
    }
}
