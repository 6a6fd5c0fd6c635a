using System.Collections.Frozen;
using System.Globalization;

namespace ConsentKit.Prompts;

public sealed partial class PersonalDataScanner
{
    private static readonly WordSet StreetTypesFr = NameLists.Words(new[]
    {
        "rue", "boul", "boulevard", "bd", "bld", "avenue", "av", "ave", "chemin", "ch", "rang", "route", "rte", "place", "pl",
        "allee", "impasse", "imp", "cours", "quai", "montee", "cote", "promenade", "terrasse", "croissant", "square", "voie",
        "sentier", "passage", "carre", "cite", "faubourg", "fbg", "esplanade", "rond", "parvis", "lieu", "lieu-dit", "hameau", "lotissement",
        // La Poste's other kinds of way (the street file's "nature de voie"): Marseille's traverses, a town's ruelles.
        "traverse", "chaussee", "ruelle", "venelle", "corniche", "residence", "carrefour", "descente", "rocade", "clos", "villa",
    });

    // The French street types that a number can name: "rang 4", "route 132".
    private static readonly WordSet NumberedRoads = NameLists.Words(new[] { "rang", "route", "rte" });

    private static readonly WordSet StreetTypesEn = NameLists.Words(new[]
    {
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "crescent", "cres",
        "court", "ct", "way", "place", "pl", "terrace", "terr", "ter", "parkway", "pkwy", "highway", "hwy", "circle", "cir", "trail", "square",
    });

    // Canada Post's other street types, as an address's last word only: elsewhere they are common words or given names
    // ("close", "rise", "row", "Glen"), so they are neither place cues to the name rules nor a street's end to the lexicon.
    // Not those that name an event or a thing as often (Bay, Walk, Parade, Chase, Gate: "the facial-recognition gate").
    private static readonly WordSet AddressStreetTypesEn = NameLists.Words(
    [
        .. StreetTypesEn.Set, "row", "close", "mews", "grove", "heights", "hts", "gardens", "gdns", "landing", "crossing", "cove", "glen",
        "manor", "path", "plaza", "rise", "vale", "alley", "bend", "esplanade", "estates", "hollow", "knoll", "meadows", "promenade",
        "quay", "ridge", "villas", "wynd",
        // Canada Post's own abbreviations of types written out above: Court, Parkway, Square, Esplanade, Promenade.
        "crt", "pky", "sq", "espl", "prom",
    ]);

    private static readonly WordSet NameConnectors = NameLists.Words(new[]
    {
        "de", "du", "des", "la", "le", "les", "l", "d", "sur", "aux", "en", "of", "the", "saint", "sainte", "st", "ste", "van", "von", "di", "da", "del",
    });

    private static readonly WordSet UnitWords = NameLists.Words(new[]
    {
        "app", "apt", "appartement", "apartment", "suite", "unit", "unite", "bureau", "local", "porte", "logement", "bte", "boite", "box", "etage", "floor",
    });

    private static readonly WordSet Months = NameLists.Words(new[]
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        // The communities' forms and cards: Italian, Spanish and Portuguese months ("5 maggio 1971", "15 de agosto de 1972").
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre",
        "enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
    });

    private static readonly WordSet VersionCues = NameLists.Words(new[] { "version", "v", "build", "release", "firmware", "ver", "sdk", "api", "update", "mise", "deploye", "deployee", "deployed" });

    private static readonly WordSet Suffixes = NameLists.Words(new[] { "bis", "ter" });

    private static readonly WordSet Compass = NameLists.Words(new[] { "east", "west", "north", "south", "e", "w", "n", "s", "nw", "ne", "sw", "se", "est", "ouest", "nord", "sud", "o" });

    internal static IEnumerable<string> MonthNames => Months.Set;

    internal static IEnumerable<string> EnglishStreetTypes => StreetTypesEn.Set;

    internal static WordSet EnglishStreetTypeSet => StreetTypesEn;

    private static readonly WordSet ExtensionWords = NameLists.Words(new[] { "poste", "post", "ext", "extension", "x", "p" });

    private static readonly string[] BirthCuesAfter = [" naissance ", " naiss ", " birth ", " birthday ", " dob ", " d o b ", " ddn ", " date de nais", " born "];
    private static readonly string[] BirthCues = ["ne le", "nee le", "ne e le", "nes le", "nees le", "naissance", "naiss", "birth", "born", "dob", "d o b", "ddn", "ne en", "nee en", "date de nais", "age de", "birthday", " age ", " ages ",
        // The communities' own words on a form or a card: Italian, Spanish, Portuguese, German, Polish ("ur."), Creole ("fèt").
        "nato il", "nata il", "nato a", "nata a", "nacido el", "nacida el", "fecha de nacimiento", "nascido em", "nascida em", "data de nascimento", "data di nascita", "geboren am", "geburtsdatum", "ur ", "urodzony", "urodzona", "fet "];

    private static readonly WordSet SinCues = NameLists.Words(new[] { "sin", "nas", "insurance", "sociale" });

    private static readonly WordSet OrderCues = NameLists.Words(new[] { "commande", "order", "facture", "invoice", "ref", "reference", "dossier", "ticket", "confirmation", "transaction", "colis", "tracking", "suivi", "recu", "receipt", "sku", "isbn" });

    // Abbreviations that count only right before the number: "n° 2024100512", "no 55".
    private static readonly WordSet OrderCuesNearest = NameLists.Words(new[] { "no", "n", "nr" });

    private static readonly WordSet PhoneCues = NameLists.Words(new[] { "tel", "telephone", "num", "phone", "cell", "mobile", "portable", "appel", "appeler", "appelle", "call", "numero", "number", "joindre", "reach", "texto", "text", "sms", "fax", "rejoindre", "contact", "cellulaire",
        "nas", "sin", "assurance", "insurance", "sociale", "social", "carte", "card", "visa", "mastercard", "amex" });

    private static int Email(ReadOnlySpan<char> t, int at, List<PersonalDataSpan> found)
    {
        var s = at;
        while (s > 0 && IsLocalChar(t[s - 1]))
        {
            s--;
        }

        // "'tonino.esposito@shaw.ca'" in a SQL row, "'a.b@c.org'" in a dict: a quote may be in an address, not open it.
        while (s < at && t[s] is '.' or '\'')
        {
            s++;
        }

        if (s == at)
        {
            return -1;
        }

        var e = at + 1;
        var lastDot = -1;
        while (e < t.Length && (char.IsLetterOrDigit(t[e]) || t[e] == '-' || (t[e] == '.' && e + 1 < t.Length && char.IsLetterOrDigit(t[e + 1]))))
        {
            if (t[e] == '.')
            {
                lastDot = e;
            }

            e++;
        }

        if (lastDot < 0 || e - lastDot - 1 < 2 || !char.IsLetter(t[e - 1]))
        {
            return -1;
        }

        // "sip:+14185550196@voip.example": a SIP address whose user part is a telephone number (RFC 3261, user=phone) is
        // that number, not a mailbox.
        if (SipTelephone(t, s, at))
        {
            found.Add(new(PersonalDataType.Phone, s, at));
            return e;
        }

        found.Add(new(PersonalDataType.Email, s, e));
        return e;

        static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';
    }

    // "1Z 999 AA1 01 2345 6784": a UPS tracking number, "1Z" and 16 letters and digits, grouped or not. Skipped whole, so
    // that its last groups are never a phone. The end, or -1.
    private static int UpsTrackingNumber(ReadOnlySpan<char> t, int i)
    {
        if (i + 2 >= t.Length || t[i] != '1' || t[i + 1] != 'Z')
        {
            return -1;
        }

        var count = 0;
        var j = i + 2;
        while (j < t.Length && count < 16)
        {
            if (char.IsAsciiLetterUpper(t[j]) || IsDigit(t[j]))
            {
                count++;
                j++;
            }
            else if (t[j] == ' ' && j + 1 < t.Length && char.IsAsciiLetterOrDigit(t[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return count == 16 && (j == t.Length || !char.IsLetterOrDigit(t[j])) ? j : -1;
    }

    private static bool SipTelephone(ReadOnlySpan<char> t, int s, int at)
    {
        var scheme = s >= 5 && t[(s - 5)..s].Equals("sips:", StringComparison.OrdinalIgnoreCase) ? 5 : s >= 4 && t[(s - 4)..s].Equals("sip:", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (scheme == 0)
        {
            return false;
        }

        var user = t[s..at];
        var digits = user.Length > 0 && user[0] == '+' ? user[1..] : user;
        return digits.Length is >= 7 and <= 15 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static int Numeric(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        if (UpsTrackingNumber(t, i) is var parcel and > 0)
        {
            return parcel;
        }

        // Before the IP address: "1.26.08.16 593 620.41" is a social security number whose first parts read as an IPv4
        // address (its key makes a chance reading unlikely, one in 97).
        if (Nir(t, i) is var nir and > 0)
        {
            found.Add(new(PersonalDataType.FrNir, i, nir));
            return nir;
        }

        if (Ipv4At(t, i) is var v4 and > 0)
        {
            // "version 10.2.14.7" is a version number, not an address: skipped whole so that no part of it is a phone.
            if (!CueBefore(t, i, 2, VersionCues))
            {
                found.Add(new(PersonalDataType.IpAddress, i, v4));
            }

            return v4;
        }

        if (Ipv6At(t, i) is var v6 and > 0)
        {
            found.Add(new(PersonalDataType.IpAddress, i, v6));
            return v6;
        }

        var digitsBuffer = default(Chars24);
        var groupsBuffer = default(Ints12);
        var groupEndsBuffer = default(Ints12);
        var separatorsBuffer = default(Chars12);
        Span<char> digits = digitsBuffer;
        Span<int> groups = groupsBuffer;
        Span<int> groupEnds = groupEndsBuffer;
        Span<char> separators = separatorsBuffer;
        var n = 0;
        var g = 0;
        var groupLength = 0;
        var j = i;
        var end = i;
        char sep = '\0';
        var mixedSeparators = false;
        while (j < t.Length)
        {
            if (IsDigit(t[j]))
            {
                if (n == digits.Length)
                {
                    break;
                }

                digits[n++] = t[j++];
                groupLength++;
                end = j;
                continue;
            }

            // Up to two separator characters between digit groups: "514 555-0101", "(514) 555", "06.12.34"; or a defanged
            // dot, "[.]" or "(.)", as security notes write addresses ("203.0.113[.]60").
            var k = j;
            var defanged = j + 2 < t.Length && t[j + 1] == '.' && ((t[j] == '[' && t[j + 2] == ']') || (t[j] == '(' && t[j + 2] == ')'));
            if (defanged)
            {
                k = j + 3;
            }
            else
            {
                // A middle dot as a PDF or a word processor writes it ("(709)·555·0176") joins groups as a period does.
                while (k < t.Length && k - j < 3 && t[k] is ' ' or '.' or '-' or '/' or '(' or ')' or '\u00A0' or '\u202F' or '\u00B7')
                {
                    k++;
                }
            }

            // Three spaces set an aligned table's columns apart ("756006037   1978-03-01"): no number spans them.
            if (k == j || k >= t.Length || !IsDigit(t[k]) || g == groups.Length - 1 || (k - j == 3 && t[j..k].SequenceEqual("   ")))
            {
                break;
            }

            // "Table 6. 71, rue …", "bureau 512. 04 65 71 22 90": a period and a space end a sentence, not a group; and a
            // closing parenthesis closes an area code of three digits ("(514) 555") or a trunk zero ("+33 (0)4"), not a list's
            // marker ("(1) 31 rue Laval").
            if (!defanged && ((t[j] == '.' && t[j + 1] == ' ') || (t[j] == ')' && groupLength != 3 && !(groupLength == 1 && j >= 2 && t[j - 1] == '0' && t[j - 2] == '('))))
            {
                break;
            }

            // "997 680 418 (9-series)": an opening parenthesis inside a number opens an area code ("1 (514) 555") or a trunk
            // zero ("+33 (0)4"), nothing else.
            if (!defanged && t[j..k].Contains('(') && !OpensAreaCode(t, k))
            {
                break;
            }

            // "418 555 01 44 / 2e don": after groups joined by spaces, a slash between spaces separates a list's fields
            // ("12 / 03 / 1985" is a date written loosely: its first separator is the slash).
            if (!defanged && t[j..k].Contains('/') && t[j..k].Contains(' ') && sep is not ('\0' or '/'))
            {
                break;
            }

            // "LiUNA 837 — 905-555-0149": a dash between spaces before a number whose own groups are joined without spaces
            // separates a list's fields; "450 - 555 - 0153" keeps its spaced dashes throughout.
            if (!defanged && k - j == 3 && t[j] == ' ' && t[j + 1] == '-' && t[j + 2] == ' ' && JoinedWithoutSpaces(t, k))
            {
                break;
            }

            var s = defanged ? '.' : t[j] is '(' or ')' ? ' ' : t[j];
            mixedSeparators |= sep != '\0' && s != sep && !(s == ' ' || sep == ' ');
            sep = sep == '\0' ? s : sep;
            separators[g] = s;
            groupEnds[g] = end;
            groups[g++] = groupLength;
            groupLength = 0;
            j = k;
        }

        groupEnds[g] = end;
        groups[g++] = groupLength;
        var groupCount = g;
        var d = digits[..n];
        var start = i;
        var plus = false;
        if (i > 0 && t[i - 1] == '+')
        {
            start = i - 1;
            plus = true;
        }
        else if (i > 0 && t[i - 1] == '(' && groupCount > 1 && i + groups[0] < t.Length && t[i + groups[0]] == ')')
        {
            // "(514) 555-0101": the parenthesis belongs to the number only when it closes around the area code; in
            // "(514 555-0199, le soir)" and "(5145550199)" it belongs to the sentence.
            start = i - 1;
        }

        // A date followed by a time ("2024-03-14 21:05", "14/03/2024 21 h") is a timestamp: its digits are never a phone.
        if (groupCount > 3 && separators[0] == separators[1] && separators[0] is '-' or '/' or '.'
            && ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) || (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)))
        {
            return groupEnds[2];
        }

        var boundary = end >= t.Length || !char.IsLetterOrDigit(t[end]);

        // IPv4: four groups of 1-3 digits, each at most 255, joined by dots.
        if (groupCount == 4 && sep == '.' && !mixedSeparators && boundary && Ipv4(d, groups[..4]))
        {
            if (!(end + 1 < t.Length && t[end] == '.' && IsDigit(t[end + 1])))
            {
                found.Add(new(PersonalDataType.IpAddress, i, end));
                return end;
            }
        }

        // Dates: only a birth date is personal data; other dates are skipped whole so that their digits are never a phone.
        if (groupCount == 3 && sep is '/' or '-' or '.' && !mixedSeparators
            && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] is 2 or 4) || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)))
        {
            if (BirthContext(t, i, end) || RamqAgrees(t, i, end, groups[0] == 4) || InParenthesesAfterAName(t, i, end, found))
            {
                found.Add(new(PersonalDataType.DateOfBirth, i, end));
            }

            return end;
        }

        if (groupCount == 1 && n <= 2 && TextualDate(t, end) is var dateEnd and > 0)
        {
            if (BirthContext(t, i, dateEnd) || InParenthesesAfterAName(t, i, dateEnd, found))
            {
                found.Add(new(PersonalDataType.DateOfBirth, i, dateEnd));
            }

            return dateEnd;
        }

        // "12A", "3rd", and "1822 15th St E": a civic number and a numbered street's ordinal, which the run of digits took for
        // its own. A long number may carry its extension glued on ("514-555-0133x23", "…0133ext. 4"), read with the phone.
        if (!boundary && !(end < t.Length && char.IsLetter(t[end]) && (n <= 5 || (groupCount == 2 && sep == ' ' && groups[0] <= 5 && groups[1] <= 3)))
            && !(n >= 7 && Extension(t, end) > end))
        {
            return end;
        }

        var orderCue = n >= 9 && OrderCue(t, start);

        if (n is >= 13 and <= 19 && (groupCount == 1 || groups[..groupCount].ToArray().All(x => x is >= 4 and <= 6)) && Checksums.Luhn(d) && Checksums.CardBrand(d) && !orderCue)
        {
            found.Add(new(PersonalDataType.CreditCard, i, end));
            return end;
        }

        if (n == 9 && (groupCount == 1 || (groupCount == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 3)) && d[0] != '8' && Checksums.Luhn(d) && !orderCue)
        {
            found.Add(new(PersonalDataType.CaSin, i, end));
            return end;
        }

        // "SIN 3 7 3 1 5 8 7 1 6": typed digit by digit, a SIN still follows its name.
        if (n == 9 && groupCount == 9 && sep == ' ' && !mixedSeparators && d[0] != '8' && Checksums.Luhn(d) && CueBefore(t, start, 3, SinCues))
        {
            found.Add(new(PersonalDataType.CaSin, i, end));
            return end;
        }

        if ((IsPhone(d, plus, groupCount) || (groupCount == 1 && InternationalWithoutPlus(d) && WholeField(t, start, end))) && !orderCue && !Money(t, start, end) && !(!IsNationalPhone(d, plus, groupCount) && NationalPhonePrefix(d, plus, groups[..groupCount]) > 0))
        {
            end = Extension(t, end);
            LowerCaseNameBefore(t, start, found);
            found.Add(new(PersonalDataType.Phone, start, end));
            return end;
        }

        if (n == 4 && groupCount == 1 && boundary && MonthYearOfBirth(t, i) is var monthStart and >= 0)
        {
            found.Add(new(PersonalDataType.DateOfBirth, monthStart, end));
            return end;
        }

        // "Né en 1947", "born in 1944", "Born 1932": a year alone after the verb of birth.
        if (n == 4 && groupCount == 1 && boundary && d[0] is '1' or '2' && YearOfBirth(t, i))
        {
            found.Add(new(PersonalDataType.DateOfBirth, i, end));
            return end;
        }

        // "14588 72 Ave", "6417 4e Avenue": a civic number, then a numbered street that the run of digits took for its own.
        if (groupCount == 2 && sep == ' ' && groups[0] <= 5 && groups[1] <= 3 && Address(t, i, groupEnds[0]) is var numberedEnd and > 0)
        {
            found.Add(new(PersonalDataType.StreetAddress, i, numberedEnd));
            return numberedEnd;
        }

        // "12 rue …", "8-5816 boulevard …", "1502-350 Bloor St E": a civic number, or a unit and a civic number.
        if ((n <= 5 || (groupCount == 2 && sep == '-' && groups[0] <= 4 && groups[1] <= 5)) && groupCount <= 2 && (groupCount == 1 || (sep == '-' && groups[0] <= 4))
            && Address(t, i, end) is var addressEnd and > 0)
        {
            found.Add(new(PersonalDataType.StreetAddress, i, addressEnd));
            return addressEnd;
        }

        if (n == 5 && groupCount == 1 && boundary && FrenchPostalContext(t, i, found))
        {
            found.Add(new(PersonalDataType.PostalCode, i, end));
            return end;
        }

        // Numbers side by side with only a space between ("514 555 0101 514 555 0102") read as one run that is nothing, or
        // only a loose international number: the longest run of whole groups from the start that is a national number is
        // one, and the rest is read again after it.
        // The split is at a space: "192.0" in "1 50.068 192.0.2.22" (a capture's line) runs on with its dots.
        if (groupCount > 1 && !orderCue && NationalPhonePrefix(d, plus, groups[..groupCount]) is var phoneGroups and > 0
            && PersonalDataScanner.IsSpace(t[groupEnds[phoneGroups - 1]]))
        {
            found.Add(new(PersonalDataType.Phone, start, groupEnds[phoneGroups - 1]));
            return groupEnds[phoneGroups - 1];
        }

        // A run that is nothing as a whole may end in an IPv4 address after a space ("1 50.068 192.0.2.22 → ..."): the scan
        // goes on from it. At most one more look per group, so the scan stays linear.
        for (var k = 1; k < groupCount; k++)
        {
            var groupStart = groupEnds[k - 1] + 1;
            if (PersonalDataScanner.IsSpace(t[groupEnds[k - 1]]) && groupStart < t.Length && IsDigit(t[groupStart]) && Ipv4At(t, groupStart) > 0)
            {
                return groupStart;
            }
        }

        // "Line 2 204-555-0101", "Table 6 514 555 0199": a short number (a line's, a table's) and a space before a run that
        // can hold a phone: the scan goes on after the short number, once.
        if (groupCount >= 3 && groups[0] <= 2 && PersonalDataScanner.IsSpace(t[groupEnds[0]]) && n - groups[0] >= 7)
        {
            return groupEnds[0];
        }

        return end;
    }

    // How many leading groups (fewer than all) form the longest national phone number; 0 when none do.
    private static int NationalPhonePrefix(ReadOnlySpan<char> d, bool plus, ReadOnlySpan<int> groups)
    {
        var digitsSoFar = 0;
        var best = 0;
        for (var k = 0; k < groups.Length - 1; k++)
        {
            digitsSoFar += groups[k];
            if (IsNationalPhone(d[..digitsSoFar], plus, k + 1))
            {
                best = k + 1;
            }
        }

        return best;
    }

    /// <summary>An IPv4 address (with an optional /prefix) at <paramref name="i"/>; the end, or -1.</summary>
    private static int Ipv4At(ReadOnlySpan<char> t, int i)
    {
        var j = i;
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (j >= t.Length || t[j] != '.')
                {
                    return -1;
                }

                j++;
            }

            var s = j;
            var value = 0;
            while (j < t.Length && IsDigit(t[j]) && j - s < 3)
            {
                value = (value * 10) + (t[j++] - '0');
            }

            if (j == s || value > 255 || (j < t.Length && IsDigit(t[j])))
            {
                return -1;
            }
        }

        if (j + 1 < t.Length && t[j] == '/' && IsDigit(t[j + 1]))
        {
            var p = j + 1;
            while (p < t.Length && IsDigit(t[p]) && p - j <= 2)
            {
                p++;
            }

            j = p;
        }

        return (j < t.Length && (char.IsLetterOrDigit(t[j]) || (t[j] == '.' && j + 1 < t.Length && IsDigit(t[j + 1])))) ? -1 : j;
    }

    /// <summary>An IPv6 address (with an optional %zone and /prefix) starting at <paramref name="i"/>; the end, or -1.</summary>
    internal static int Ipv6At(ReadOnlySpan<char> t, int i)
    {
        var j = i;
        var colons = 0;
        while (j < t.Length && j - i < 45 && (char.IsAsciiHexDigit(t[j]) || t[j] == ':' || (t[j] == '.' && colons > 1 && j + 1 < t.Length && IsDigit(t[j + 1]))))
        {
            colons += t[j] == ':' ? 1 : 0;
            j++;
        }

        while (j > i && t[j - 1] == ':' && !(j - i >= 2 && t[j - 2] == ':'))
        {
            j--;
            colons--;
        }

        if (colons < 2 || !System.Net.IPAddress.TryParse(t[i..j], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return -1;
        }

        if (j + 1 < t.Length && t[j] == '%' && char.IsLetterOrDigit(t[j + 1]))
        {
            j++;
            while (j < t.Length && char.IsLetterOrDigit(t[j]))
            {
                j++;
            }
        }

        if (j + 1 < t.Length && t[j] == '/' && IsDigit(t[j + 1]))
        {
            var p = j + 1;
            while (p < t.Length && IsDigit(t[p]) && p - j <= 3)
            {
                p++;
            }

            j = p;
        }

        return j < t.Length && char.IsLetterOrDigit(t[j]) ? -1 : j;
    }

    // From k, ten digits or more in groups joined by hyphens or dots without spaces: a whole phone number formatted on its own.
    private static bool JoinedWithoutSpaces(ReadOnlySpan<char> t, int k)
    {
        var m = k;
        var digits = 0;
        var joined = false;
        while (m < t.Length && m - k < 20 && (IsDigit(t[m]) || (t[m] is '-' or '.' && m + 1 < t.Length && IsDigit(t[m + 1]) && m > k)))
        {
            digits += IsDigit(t[m]) ? 1 : 0;
            joined |= !IsDigit(t[m]);
            m++;
        }

        return joined && digits >= 10;
    }

    // An amount: a currency sign or code right before or after ("5 145 550 142 $", "$ 5145550142", "CAD 1 500"). A sign
    // that holds to another number is that one's: in "250-555-0145 $150" and "150 $ 514-555-0145" the phone is no amount.
    private static bool Money(ReadOnlySpan<char> t, int start, int end)
    {
        var a = end;
        while (a < t.Length && IsSpace(t[a]))
        {
            a++;
        }

        var b = start;
        while (b > 0 && IsSpace(t[b - 1]))
        {
            b--;
        }

        var before = b - 1;
        while (before > 0 && IsSpace(t[before - 1]))
        {
            before--;
        }

        return (a < t.Length && t[a] is '$' or '€' or '£' && !(a + 1 < t.Length && IsDigit(t[a + 1])))
            || (b > 0 && t[b - 1] is '$' or '€' or '£' && !(before > 0 && IsDigit(t[before - 1])))
            || (b >= 3 && t[(b - 3)..b] is "CAD" or "USD" or "EUR");
    }

    // "33639984957" in a mailing tool's export, "dialed=16045550182" in a dialer's log: a French or North American number in
    // international form, its "+" left out as such tools store it. Read only as a whole field of a record: a run of eleven
    // digits in prose is as likely a reference.
    private static bool InternationalWithoutPlus(ReadOnlySpan<char> d) =>
        d.Length == 11 && (d[0] == '1' || (d[0] == '3' && d[1] == '3')) && IsNationalPhone(d, plus: true, groups: 1);

    private static bool WholeField(ReadOnlySpan<char> t, int start, int end) =>
        (start == 0 || t[start - 1] is ';' or ',' or '\t' or '=' or '"' or '\'' or '|' or '\n')
        && (end == t.Length || t[end] is ';' or ',' or '\t' or '"' or '\'' or '|' or ' ' or '\n' or '\r');

    private static bool IsPhone(ReadOnlySpan<char> d, bool plus, int groups) =>
        IsNationalPhone(d, plus, groups) || IsOtherInternationalPhone(d, plus, groups);

    // Any other international number written with its "+" and country code, grouped: "+44 (20) 7123 4567". Loose by
    // nature: it never wins over a national number that ends at a group boundary before it.
    private static bool IsOtherInternationalPhone(ReadOnlySpan<char> d, bool plus, int groups) =>
        plus && d.Length is >= 8 and <= 15 && d[0] != '0' && groups > 1;

    // The French overseas departments and collectivities dial the French nine-digit number after their own country code:
    // Réunion and Mayotte, Guadeloupe, French Guiana, Martinique, Saint-Pierre-et-Miquelon, Wallis-et-Futuna, New Caledonia,
    // French Polynesia (the last four with six-digit numbers).
    private static readonly string[] OverseasNine = ["262", "590", "594", "596"];
    private static readonly string[] OverseasSix = ["508", "681", "687", "689"];

    // French Polynesia dials eight digits since December 2021 ("+689 87 21 45 63"): read as six, the last group was left out.
    private const string PolynesiaEight = "689";

    // The numbering plans ConsentKit knows exactly: North American and French (with its overseas codes), national and
    // international forms. After a "+" the country code comes first: "+262 692 12 34" is not a North American number.
    private static bool IsNationalPhone(ReadOnlySpan<char> d, bool plus, int groups)
    {
        var n = d.Length;
        if (!plus && n == 10 && d[0] is >= '2' and <= '9' && d[3] is >= '2' and <= '9')
        {
            return true;
        }

        var international = plus ? d : n > 2 && d.StartsWith("00") ? d[2..] : [];
        if (international.Length >= 9 && international[3] is >= '1' and <= '9')
        {
            var code = international[..3];
            foreach (var overseas in OverseasNine)
            {
                if (code.SequenceEqual(overseas) && international.Length == 12)
                {
                    return true;
                }
            }

            foreach (var overseas in OverseasSix)
            {
                if (code.SequenceEqual(overseas) && international.Length == 9)
                {
                    return true;
                }
            }

            if (code.SequenceEqual(PolynesiaEight) && international.Length == 11)
            {
                return true;
            }
        }

        if (n == 11 && d[0] == '1' && d[1] is >= '2' and <= '9' && d[4] is >= '2' and <= '9' && (plus || groups > 1))
        {
            return true;
        }

        if (n == 10 && d[0] == '0' && d[1] is >= '1' and <= '9')
        {
            return true;
        }

        if (plus && n == 11 && d.StartsWith("33") && d[2] is >= '1' and <= '9')
        {
            return true;
        }

        if (plus && n == 12 && d.StartsWith("330") && d[3] is >= '1' and <= '9')
        {
            return true;
        }

        if (n == 13 && d.StartsWith("0033") && d[4] is >= '1' and <= '9')
        {
            return true;
        }

        return false;
    }

    private static int Extension(ReadOnlySpan<char> t, int end)
    {
        var j = end;
        while (j < t.Length && (IsSpace(t[j]) || t[j] == ','))
        {
            j++;
        }

        var w = j;
        while (j < t.Length && char.IsLetter(t[j]))
        {
            j++;
        }

        if (w == j && !(j < t.Length && t[j] == '#'))
        {
            return end;
        }

        if (w < j && !NameLists.Contains(ExtensionWords, t[w..j]))
        {
            return end;
        }

        while (j < t.Length && (t[j] is '.' or ':' or '#' || IsSpace(t[j])))
        {
            j++;
        }

        var digitsStart = j;
        while (j < t.Length && IsDigit(t[j]) && j - digitsStart < 6)
        {
            j++;
        }

        return j > digitsStart && (j >= t.Length || !char.IsLetterOrDigit(t[j])) ? j : end;
    }

    private static bool Ipv4(ReadOnlySpan<char> d, ReadOnlySpan<int> groups)
    {
        var offset = 0;
        foreach (var length in groups)
        {
            if (length is < 1 or > 3)
            {
                return false;
            }

            var value = 0;
            for (var k = 0; k < length; k++)
            {
                value = (value * 10) + (d[offset + k] - '0');
            }

            if (value > 255)
            {
                return false;
            }

            offset += length;
        }

        return true;
    }

    // "12 mars 1985", "1er avril 1990", "3 March 1978": the end of the year, or -1.
    private static int TextualDate(ReadOnlySpan<char> t, int end)
    {
        var j = end;
        if (j + 1 < t.Length && t[j] == 'e' && t[j + 1] == 'r')
        {
            j += 2;
        }

        // "23-Nov-1985": a form's day, month and year joined by hyphens.
        var hyphens = j < t.Length && t[j] == '-';
        if (j >= t.Length || !(IsSpace(t[j]) || hyphens))
        {
            return -1;
        }

        j++;
        // "15 de agosto de 1972", "12 de março de 1966": Spanish and Portuguese join the day, the month and the year.
        var joinedByDe = !hyphens && Of(t, j);
        if (joinedByDe)
        {
            j += 3;
        }

        var w = j;
        while (j < t.Length && char.IsLetter(t[j]))
        {
            j++;
        }

        if (w == j || !NameLists.Contains(Months, t[w..j]))
        {
            return -1;
        }

        if (j < t.Length && t[j] == '.')
        {
            j++;
        }

        if (joinedByDe && j < t.Length && t[j] == ' ' && Of(t, j + 1))
        {
            j += 3;
        }

        if (hyphens)
        {
            var y = j + 1;
            var e = y;
            while (e < t.Length && IsDigit(t[e]))
            {
                e++;
            }

            return j < t.Length && t[j] == '-' && e - y == 4 ? e : -1;
        }

        return SpaceThenYear(t, j);
    }

    // "de " at j.
    private static bool Of(ReadOnlySpan<char> t, int j) => j + 2 < t.Length && t[j] is 'd' or 'D' && t[j + 1] == 'e' && t[j + 2] == ' ';

    /// <summary>A space then a four-digit year at <paramref name="j"/>: the end of the year, or -1.</summary>
    private static int SpaceThenYear(ReadOnlySpan<char> t, int j)
    {
        if (j >= t.Length || !IsSpace(t[j]))
        {
            return -1;
        }

        j++;
        var y = j;
        while (j < t.Length && IsDigit(t[j]))
        {
            j++;
        }

        return j - y == 4 ? j : -1;
    }

    // A birth cue among the words before the date, or right after it in the same clause: "12/03/1965 (date de naissance)",
    // "1965-03-12, DOB".
    private static bool OpensAreaCode(ReadOnlySpan<char> t, int k) =>
        (k + 3 < t.Length && IsDigit(t[k + 1]) && IsDigit(t[k + 2]) && t[k + 3] == ')') || (k + 1 < t.Length && t[k] == '0' && t[k + 1] == ')');

    // "Florentine Aubé (14/09/1933)", "Rita Schwartz (3 mars 1938)": a whole date alone in parentheses right after a person's
    // name is that person's birth date; a note writes an event's date with its verb ("appelée le 14/09"), and a sentence about
    // meetings, calls or visits dates them ("Réunions : Marie Roy (2024-11-02), …"; a period does not end the sentence here,
    // since "1985.11.23" holds two).
    internal static bool InParenthesesAfterAName(ReadOnlySpan<char> t, int i, int end, List<PersonalDataSpan> found) =>
        i >= 2 && t[i - 1] == '(' && t[i - 2] == ' ' && end < t.Length && t[end] == ')' && found.Count > 0
        && found[^1].Type == PersonalDataType.Person && found[^1].End == i - 2 && !CueBefore(t, found[^1].Start, 20, EventCues, "\n;!?");

    private static readonly WordSet EventCues = NameLists.Words(new[]
    {
        "reunion", "reunions", "rencontre", "rencontres", "meeting", "meetings", "rdv", "rendez", "appel", "appels", "call", "calls",
        "visite", "visites", "visit", "visits", "entrevue", "entrevues", "interview", "interviews",
    });

    private static bool BirthContext(ReadOnlySpan<char> t, int i, int end)
    {
        // "Sam Whitehorse b. 12/07/1987": the abbreviation of "born" right before the date.
        var b = i;
        while (b > 0 && t[b - 1] == ' ')
        {
            b--;
        }

        if (b >= 3 && t[b - 1] == '.' && t[b - 2] is 'b' or 'B' && !char.IsLetter(t[b - 3]))
        {
            return true;
        }

        // In a list ("dates de naissance : Ali Haidari 3/4/85, Julie Nadon 1985.11.23, …"), the cue stands before the first
        // item: the names and dates of the items before this one are stepped over.
        if (BirthCueBefore(t, i) || (ListStart(t, i) is var first && first < i && BirthCueBefore(t, first)))
        {
            return true;
        }

        Span<char> folded = stackalloc char[120];
        Span<char> words = stackalloc char[122];
        var clause = end;
        while (clause < t.Length && clause - end < 28 && t[clause] is not ('.' or ';' or '\n' or '!' or '?'))
        {
            clause++;
        }

        var clauseText = t[end..clause];
        ReadOnlySpan<char> clauseFolded = NameLists.TryFoldWord(clauseText, folded, out var length) ? folded[..length] : NameLists.FoldWord(clauseText);
        var after = Words(clauseFolded, words);
        foreach (var cue in BirthCuesAfter)
        {
            if (after.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BirthCueBefore(ReadOnlySpan<char> t, int i)
    {
        // The cue may stand a long way back in the same sentence ("Date de naissance, telle qu'inscrite au formulaire
        // d'adhésion : 12/03/1965"): up to 120 characters, not past the end of the sentence before. The near window first:
        // nearly every cue is there, and a CRM export holds a date in every line.
        // Folded and split into words on the stack: a CRM export holds a date in every line, and strings per date were a
        // good part of what dense text allocated.
        Span<char> folded = stackalloc char[120];
        Span<char> words = stackalloc char[122];
        foreach (var reach in (ReadOnlySpan<int>)[48, 120])
        {
            var window = PersonalDataScanner.Before(t, i, reach, folded);
            var sentenceStart = SentenceStart(window);
            var before = Words(sentenceStart >= 0 ? window[(sentenceStart + 1)..] : window, words);
            foreach (var cue in BirthCues)
            {
                // A cue starts a word: "signe le" and "connaissance" hold no "ne le" nor "naissance".
                var at = before.LastIndexOf(cue, StringComparison.Ordinal);
                while (at > 0 && cue[0] != ' ' && before[at - 1] != ' ')
                {
                    at = before[..at].LastIndexOf(cue, StringComparison.Ordinal);
                }

                if (at >= 0 && CueReaches(before[(at + cue.Length)..]))
                {
                    return true;
                }
            }

            if (i <= reach)
            {
                break;
            }
        }

        return false;
    }

    // The start of the first date of a list whose items are "Name Name date" or "Name Name (date)", at most eight items and
    // 400 characters back: a bounded walk per date, so a long list stays linear.
    private static int ListStart(ReadOnlySpan<char> t, int i)
    {
        var start = i;
        for (var items = 0; items < 8 && i - start > -400; items++)
        {
            var j = start;
            while (j > 0 && t[j - 1] is ' ' or '(')
            {
                j--;
            }

            // One to four capitalized words: the item's name.
            var words = 0;
            while (words < 4 && j > 0 && char.IsLetter(t[j - 1]))
            {
                var w = j;
                while (w > 0 && (char.IsLetter(t[w - 1]) || t[w - 1] is '-' or '\'' or '’'))
                {
                    w--;
                }

                if (!char.IsUpper(t[w]))
                {
                    break;
                }

                words++;
                j = w;
                while (j > 0 && t[j - 1] == ' ')
                {
                    j--;
                }
            }

            // The separator after the item before, then its date.
            if (words == 0 || j == 0 || t[j - 1] is not (',' or ';'))
            {
                break;
            }

            j--;
            while (j > 0 && t[j - 1] is ' ' or ')')
            {
                j--;
            }

            if (j == 0 || !IsDigit(t[j - 1]))
            {
                break;
            }

            while (j > 0 && !IsSpace(t[j - 1]) && t[j - 1] != '(')
            {
                j--;
            }

            start = j;
        }

        return start;
    }

    // Where the last sentence before the date starts: after "!" or "?", or a period that ends a word of three letters or
    // more. The periods of "d.d.n." and "D.O.B." do not end a sentence, nor does a line break ("Date of birth:\n07/22/1998").
    private static int SentenceStart(ReadOnlySpan<char> window)
    {
        for (var k = window.Length - 1; k >= 0; k--)
        {
            if (window[k] is '!' or '?')
            {
                return k;
            }

            if (window[k] == '.' && k + 1 < window.Length && window[k + 1] == ' ' && k >= 3
                && char.IsLetter(window[k - 1]) && char.IsLetter(window[k - 2]) && char.IsLetter(window[k - 3]))
            {
                return k;
            }
        }

        return -1;
    }

    // A birth cue reaches the dates of a list after it ("nées le 12/03/1965, le 04/05/1970 et le 22/11/1980") but not a
    // date after another date and other words ("née le 3 mai 1970 à Laval, inscrite le 4 juin 2020"): after the last
    // number between the cue and this date, only list words may stand.
    private static bool CueReaches(ReadOnlySpan<char> between)
    {
        var lastDigit = between.LastIndexOfAnyInRange('0', '9');
        if (lastDigit < 0)
        {
            return true;
        }

        foreach (var range in between[(lastDigit + 1)..].Split(' '))
        {
            var word = between[(lastDigit + 1)..][range];
            if (!word.IsEmpty && !char.IsDigit(word[0]) && !ListWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet ListWords = NameLists.Words(new[] { "et", "and", "le", "the", "on", "ou", "or", "er", "st", "nd", "rd", "th" });

    // Folded text with every non-alphanumeric character a space, runs of spaces made one, and a space at each end:
    // "né(e) le" reads " ne e le ". Written into buffer, which holds at least two more characters than the text.
    private static ReadOnlySpan<char> Words(ReadOnlySpan<char> folded, Span<char> buffer)
    {
        if (buffer.Length < folded.Length + 2)
        {
            // Folding by normalization can lengthen a word (a Hangul syllable becomes its letters).
            buffer = new char[folded.Length + 2];
        }

        var n = 0;
        buffer[n++] = ' ';
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '#')
            {
                buffer[n++] = c;
            }
            else if (buffer[n - 1] != ' ')
            {
                buffer[n++] = ' ';
            }
        }

        if (buffer[n - 1] != ' ')
        {
            buffer[n++] = ' ';
        }

        return buffer[..n];
    }

    // An order, invoice or reference number: a cue word among the few words before, or "#", "n°" right before; a phone,
    // card or social-insurance cue nearer the number wins ("dossier … NAS 655357929" is a SIN).
    private static bool OrderCue(ReadOnlySpan<char> t, int i)
    {
        // Every walk back stays within a small window, so a long run of digit groups is still scanned in linear time.
        const int Window = 48;
        var j = i;
        while (j > 0 && i - j < Window && IsSpace(t[j - 1]))
        {
            j--;
        }

        if (j > 0 && t[j - 1] is '#' or '°' or 'º')
        {
            return true;
        }

        var order = false;
        for (var w = 0; w < 4 && j > 0 && i - j < 32; w++)
        {
            var comma = false;
            while (j > 0 && !char.IsLetter(t[j - 1]))
            {
                if (i - j >= Window)
                {
                    return order;
                }

                // A cue is the nearest value's: past a name ("dossier : Lina Haddad, 514-555-0123") or another number
                // ("membre no 40418, 819-555-0165") and the comma or colon after it, the cue is that one's.
                if ((t[j - 1] is '.' or '\n' or ';' or '!' or '?' && w > 0) || (t[j - 1] is ',' or ':' && w > 0) || (comma && IsDigit(t[j - 1])))
                {
                    return order;
                }

                comma |= t[j - 1] == ',';

                // "a receipt for the gas. 613 555-0181", "a ticket for next time? (709) 555-0124": right before the number, a
                // question, an exclamation, or a period and a space end a sentence, unless the period ends a cue's
                // abbreviation ("no.", "réf.").
                if (w == 0 && j < i && (t[j - 1] is '?' or '!' || (t[j - 1] == '.' && IsSpace(t[j]) && !CueAbbreviation(t, j - 1))))
                {
                    return false;
                }

                j--;
            }

            var end = j;
            while (j > 0 && char.IsLetter(t[j - 1]))
            {
                if (i - j >= Window)
                {
                    return order;
                }

                j--;
            }

            var word = t[j..end];
            if (NameLists.Contains(PhoneCues, word))
            {
                return false;
            }

            order |= NameLists.Contains(OrderCues, word) || (w == 0 && NameLists.Contains(OrderCuesNearest, word));
        }

        return order;
    }

    private static bool CueAbbreviation(ReadOnlySpan<char> t, int period)
    {
        var s = period;
        while (s > 0 && char.IsLetter(t[s - 1]) && period - s < 16)
        {
            s--;
        }

        var word = t[s..period];
        return word.Length <= 3 && (NameLists.Contains(OrderCues, word) || NameLists.Contains(OrderCuesNearest, word));
    }

    private static bool FrenchPostalContext(ReadOnlySpan<char> t, int i, List<PersonalDataSpan> found)
    {
        if (found.Count > 0 && found[^1].Type == PersonalDataType.StreetAddress && i - found[^1].End is >= 0 and <= 4)
        {
            return true;
        }

        Span<char> folded = stackalloc char[16];
        Span<char> words = stackalloc char[18];
        var before = Words(PersonalDataScanner.Before(t, i, 16, folded), words).TrimEnd(' ');
        return before.EndsWith("code postal", StringComparison.Ordinal) || before.EndsWith("cp", StringComparison.Ordinal) || before.EndsWith("cedex", StringComparison.Ordinal)
            || (FrenchDepartment(t[i..(i + 5)]) && (CodeAfterCommune(t, i) || CommuneAfterCode(t, i + 5)));
    }

    // The first digits of a French postal code are its département's: 01-95, or 97 for the overseas ones.
    private static bool FrenchDepartment(ReadOnlySpan<char> code) => code[..2] is not ("00" or "96" or "98" or "99");

    // "Nantes (44000)", "Saint-Denis (93200)": a commune's name with its code in brackets.
    private static bool CodeAfterCommune(ReadOnlySpan<char> t, int i)
        => i >= 3 && t[i - 1] == '(' && i + 5 < t.Length && t[i + 5] == ')' && t[i - 2] == ' ' && char.IsLetter(t[i - 3])
            && PreviousWord(t, i - 2) is var (ws, _) && ws >= 0 && char.IsUpper(t[ws]);

    // "34090 Montpellier", "75011 PARIS": the code, then the commune's name, as on the last line of an address. An amount
    // in words after it ("15000 Euros", "12000 Habitants") is no commune.
    private static bool CommuneAfterCode(ReadOnlySpan<char> t, int end)
    {
        // The code opens its line or follows a space or a comma: "/*!40000 ALTER" (a versioned SQL comment) and ":51820 MULTI"
        // (a port) do not.
        var start = end - 5;
        if (end + 1 >= t.Length || t[end] != ' ' || !char.IsUpper(t[end + 1]) || (start > 0 && t[start - 1] is not (' ' or '\n' or ',' or '\t')))
        {
            return false;
        }

        var (ws, we) = NextWord(t, end);
        if (ws != end + 1 || we - ws < 3 || t[(ws + 1)..we].ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // A commune in capitals ends the address's line ("75011 PARIS", "13008 MARSEILLE CEDEX"); capitals followed by more
        // words are a command or a heading.
        if (!t[(ws + 1)..we].ContainsAnyInRange('a', 'z') && we < t.Length && t[we] is not ('\n' or '\r' or ',' or '.' or ')')
            && !t[we..].StartsWith(" CEDEX", StringComparison.Ordinal))
        {
            return false;
        }

        // "fiche 11873 Brigitte Sauvé": a record's number before a person's given name.
        Span<char> buffer = stackalloc char[we - ws];
        var flags = NameLists.FlagsOf(NameLists.Fold(t[ws..we], buffer));
        if ((flags & NameLists.WordFlags.Given) != 0 && (flags & NameLists.WordFlags.Place) == 0 && t[(ws + 1)..we].ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        return NameLists.Fold(t[ws..we], buffer) is not ("euros" or "eur" or "dollars" or "habitants" or "personnes" or "people" or "votes" or "voix" or "electeurs" or "membres" or "signatures" or "exemplaires" or "copies" or "tracts" or "km");
    }

    // "née en novembre 1984", "born in March 1961": a month and a year after a birth's verb; the month's start, or -1.
    private static bool YearOfBirth(ReadOnlySpan<char> t, int year)
    {
        var (ps, pe) = PreviousWord(t, year);
        if (ps < 0 || year - pe > 2)
        {
            return false;
        }

        // Compared in place, without folding into a string: every four-digit number asks.
        var previous = t[ps..pe];
        if (previous.Equals("born", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!previous.Equals("en", StringComparison.OrdinalIgnoreCase) && !previous.Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (vs, ve) = PreviousWord(t, ps);
        if (vs < 0 || ps - ve > 2 || ve - vs > 5)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[ve - vs];
        return NameLists.Fold(t[vs..ve], buffer) is "ne" or "nee" or "nes" or "nees" or "born";
    }

    private static int MonthYearOfBirth(ReadOnlySpan<char> t, int year)
    {
        var (ms, me) = PreviousWord(t, year);
        if (ms < 0 || me - ms > 10 || year - me > 2)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[me - ms];
        if ((NameLists.FlagsOf(NameLists.Fold(t[ms..me], buffer)) & NameLists.WordFlags.Month) == 0)
        {
            return -1;
        }

        var (ps, pe) = PreviousWord(t, ms);
        if (ps < 0 || NameLists.FoldWord(t[ps..pe]) is not ("en" or "in"))
        {
            return -1;
        }

        var (vs, ve) = PreviousWord(t, ps);
        return vs >= 0 && NameLists.FoldWord(t[vs..ve]) is "ne" or "nee" or "nes" or "nees" or "born" ? ms : -1;
    }

    /// <summary>
    /// "Boisvert, Mathis | 12/05/2010 | BOIM 1005 1227": a date that the RAMQ number on its line encodes (YYMMDD, month + 50
    /// for women) is its holder's birth date, cue or not. Reads the line around the date only (bounded both ways).
    /// </summary>
    private static bool RamqAgrees(ReadOnlySpan<char> t, int s, int e, bool yearFirst)
    {
        // Three groups of digits: year, month, day or day, month, year (the year of two or four digits).
        var text = t[s..e];
        var first = text.IndexOfAny('/', '-', '.');
        var second = first + 1 + text[(first + 1)..].IndexOfAny('/', '-', '.');
        var a = int.Parse(text[..first], CultureInfo.InvariantCulture);
        var month = int.Parse(text[(first + 1)..second], CultureInfo.InvariantCulture);
        var c = int.Parse(text[(second + 1)..], CultureInfo.InvariantCulture);
        var (year, day) = yearFirst ? (a, c) : (c, a);

        var from = Math.Max(0, s - 120);
        var lineStart = t[from..s].LastIndexOf('\n') is var nl and >= 0 ? from + nl + 1 : from;
        var to = Math.Min(t.Length, e + 120);
        var lineEnd = t[e..to].IndexOf('\n') is var nl2 and >= 0 ? e + nl2 : to;
        Span<int> n = stackalloc int[6];
        for (var p = lineStart; p < lineEnd - 11; p++)
        {
            if (!char.IsAsciiLetterUpper(t[p]) || (p > 0 && char.IsLetter(t[p - 1])) || Ramq(t, p) is not (var ramqEnd and > 0))
            {
                continue;
            }

            var k = 0;
            for (var q = p + 4; q < ramqEnd && k < 6; q++)
            {
                if (char.IsAsciiDigit(t[q]))
                {
                    n[k++] = t[q] - '0';
                }
            }

            var mm = (n[2] * 10) + n[3];
            if (k == 6 && (n[0] * 10) + n[1] == year % 100 && (mm == month || mm == month + 50) && (n[4] * 10) + n[5] == day)
            {
                return true;
            }

            p = ramqEnd;
        }

        return false;
    }

    /// <summary>A street address starting with a civic number at <paramref name="i"/>; the end, or -1.</summary>
    private static int Address(ReadOnlySpan<char> t, int i, int numberEnd)
    {
        // "9:30 Edna Kirkpatrick": the minutes of a time are no civic number.
        if (i >= 2 && t[i - 1] == ':' && IsDigit(t[i - 2]))
        {
            return -1;
        }

        var j = numberEnd;
        if (j < t.Length && char.IsLetter(t[j]) && (j + 1 >= t.Length || !char.IsLetter(t[j + 1])))
        {
            j++; // 12A
        }

        var (w, e) = NextWord(t, j);
        if (w < 0)
        {
            return -1;
        }

        if (NameLists.Contains(Suffixes, t[w..e]))
        {
            j = e;
            (w, e) = NextWord(t, j);
            if (w < 0)
            {
                return -1;
            }
        }

        int end;
        // "6417 4e Avenue", "220 3e Rue", "14588 72 Ave": a numbered street, its number (ordinal or not) before its type.
        if (IsDigit(t[w]) && NumberedStreet(t[w..e]) && NextWord(t, e) is var (ts, te) && ts >= 0
            && (NameLists.Contains(StreetTypesFr, t[ts..te]) || NameLists.Contains(AddressStreetTypesEn, t[ts..te])))
        {
            var (cs, ce) = NextWord(t, te < t.Length && t[te] == '.' ? te + 1 : te);
            return Unit(t, cs >= 0 && NameLists.Contains(Compass, t[cs..ce]) ? ce : te);
        }

        if (NameLists.Contains(StreetTypesFr, t[w..e]))
        {
            // "1234, rue Sainte-Catherine Est", "12 bis rue de la Paix": the type, then the name. "880, rang 4 Ouest",
            // "1440, route 132": a numbered range or road.
            var after = e < t.Length && t[e] == '.' ? e + 1 : e;
            if (NameLists.Contains(NumberedRoads, t[w..e]) && NextWord(t, after) is var (ns, ne) && ns >= 0 && ne - ns <= 3 && !t[ns..ne].ContainsAnyExceptInRange('0', '9'))
            {
                end = ne < t.Length && t[ne] == ',' ? ne : Math.Max(ne, NameWords(t, ne, requireCapital: true));
                return Unit(t, end);
            }

            end = NameWords(t, after, requireCapital: false);
            if (end <= after)
            {
                return -1;
            }
        }
        else if (char.IsUpper(t[w]) || IsDigit(t[w]))
        {
            // "221 Baker Street", "1600 Pennsylvania Ave": name words, then the type.
            end = -1;
            var k = w;
            for (var words = 0; words < 5; words++)
            {
                var (ws, we) = k == w ? (w, e) : NextWord(t, k);
                if (ws < 0 || t[k..ws].Contains(','))
                {
                    // A comma ends the street's name: "Edna Kirkpatrick, 12 Cherry Lane" is a name, then an address.
                    break;
                }

                if (words > 0 && NameLists.Contains(AddressStreetTypesEn, t[ws..we]))
                {
                    end = we;
                    // "Elm Grove Dr", "Maple Ridge Rd": a type can be a word of the name when another type follows it, unless
                    // that one is a title before a name ("12 Main St Dr Smith").
                    if (NextWord(t, we) is var (xs, xe) && xs >= 0 && !t[we..xs].Contains(',') && char.IsUpper(t[xs])
                        && NameLists.Contains(AddressStreetTypesEn, t[xs..xe]) && !(NextWord(t, xe) is var (ns, ne) && ns >= 0 && !t[xe..ns].Contains(',') && char.IsUpper(t[ns])
                            && !NameLists.Contains(UnitWords, t[ns..ne]) && !NameLists.Contains(Compass, t[ns..ne])))
                    {
                        end = xe;
                    }

                    break;
                }

                if (!(char.IsUpper(t[ws]) || IsDigit(t[ws])))
                {
                    break;
                }

                k = we;
            }

            if (end < 0)
            {
                return -1;
            }

            // Compass suffixes: "Street East", "St. W".
            var (cs, ce) = NextWord(t, end < t.Length && t[end] == '.' ? end + 1 : end);
            if (cs >= 0 && NameLists.Contains(Compass, t[cs..ce]))
            {
                end = ce;
            }
        }
        else
        {
            return -1;
        }

        return Unit(t, end);
    }

    // "4e", "1re", "72", "3rd": a street's number, up to three digits and an ordinal's ending.
    private static bool NumberedStreet(ReadOnlySpan<char> word)
    {
        var digits = word.IndexOfAnyExceptInRange('0', '9');
        if (digits < 0)
        {
            return word.Length <= 3;
        }

        return digits is >= 1 and <= 3 && word[digits..] is "e" or "er" or "re" or "ème" or "eme" or "ieme" or "ième" or "th" or "st" or "nd" or "rd" or "E";
    }

    private static int Unit(ReadOnlySpan<char> t, int end)
    {
        var j = end;
        if (j < t.Length && t[j] == ',')
        {
            j++;
        }

        if (j < t.Length && t[j] == '#' || (j + 1 < t.Length && IsSpace(t[j]) && t[j + 1] == '#'))
        {
            j = t[j] == '#' ? j + 1 : j + 2;
            var ds = j;
            while (j < t.Length && char.IsLetterOrDigit(t[j]))
            {
                j++;
            }

            return j > ds ? j : end;
        }

        var (w, e) = NextWord(t, j);
        if (w < 0 || !NameLists.Contains(UnitWords, t[w..e]))
        {
            return end;
        }

        j = e;
        while (j < t.Length && (t[j] is '.' or ':' || IsSpace(t[j])))
        {
            j++;
        }

        var start = j;
        while (j < t.Length && char.IsLetterOrDigit(t[j]) && j - start < 6)
        {
            j++;
        }

        return j > start && (IsDigit(t[start]) || j - start <= 2) ? j : end;
    }

    /// <summary>Street-name words from <paramref name="j"/>: capitalized words, numbers (3e) and connectors; the end of the last.</summary>
    private static int NameWords(ReadOnlySpan<char> t, int j, bool requireCapital)
    {
        var end = -1;
        var k = j;
        for (var words = 0; words < 7; words++)
        {
            // A comma ends the street name: what follows is the city or the postal code. So does a tab (the next cell) and
            // a postal code ("12 rue Roy<TAB>G8P 5E9", "… Shippagan E8S 1J3").
            if ((words > 0 && k < t.Length && t[k] == ',') || (k < t.Length && t[k] == '\t'))
            {
                break;
            }

            var (ws, we) = NextWord(t, k);
            if (ws < 0 || CanadianPostalCode(t, ws) > 0)
            {
                break;
            }

            var folded = t[ws..we];
            if (IsDigit(t[ws]) && !(we - ws <= 4 && char.IsLetter(t[we - 1]) && words > 0))
            {
                break; // "3e avenue" is a name; "4N7" or "75011" is not
            }

            var capital = char.IsUpper(t[ws]) || IsDigit(t[ws]);
            var connector = NameLists.Contains(NameConnectors, folded);
            if (!capital && !connector && !(words == 0 && !requireCapital && folded.Length > 2))
            {
                break;
            }

            // "l'Église", "d'Youville": the elided article belongs to the name, which its capital makes one.
            if (we < t.Length && t[we] == '\'' && we + 1 < t.Length && char.IsLetter(t[we + 1]))
            {
                capital |= char.IsUpper(t[we + 1]);
                var next = we + 1;
                while (next < t.Length && (char.IsLetterOrDigit(t[next]) || (t[next] == '-' && next + 1 < t.Length && char.IsLetter(t[next + 1]))))
                {
                    next++;
                }

                we = next;
            }

            if (capital || !connector)
            {
                end = we;
            }

            k = we;
        }

        return end;
    }

    /// <summary>The next word after spaces (and one comma) from <paramref name="j"/>: letters, digits, hyphens inside; or (-1, -1).</summary>
    internal static (int Start, int End) NextWord(ReadOnlySpan<char> t, int j)
    {
        if (j < t.Length && t[j] == ',')
        {
            j++;
        }

        var spaces = 0;
        while (j < t.Length && IsSpace(t[j]))
        {
            j++;
            spaces++;
        }

        if (spaces == 0 || j >= t.Length || !char.IsLetterOrDigit(t[j]))
        {
            return (-1, -1);
        }

        var s = j;
        while (j < t.Length && (char.IsLetterOrDigit(t[j]) || (t[j] == '-' && j + 1 < t.Length && char.IsLetterOrDigit(t[j + 1]))))
        {
            j++;
        }

        return (s, j);
    }

    /// <summary>A French NIR at <paramref name="i"/>: 13 digits (department 2A/2B for Corsica) and a two-digit key; the end, or -1.</summary>
    private static int Nir(ReadOnlySpan<char> t, int i)
    {
        if (t[i] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return -1;
        }

        // Fifteen digits (or Corsica's A and B) with a separator between parts at most, so within 21 characters of
        // digits and separators: most numbers (a phone, an amount) have too few, and need not be read by either layout.
        var count = 0;
        for (var j = i; j < t.Length && j - i < 21 && (IsDigit(t[j]) || t[j] is 'A' or 'B' or '-' or '.' || IsSpace(t[j])); j++)
        {
            count += IsDigit(t[j]) || t[j] is 'A' or 'B' ? 1 : 0;
        }

        if (count < 15)
        {
            return -1;
        }

        // Mainland: department of two digits and commune of three; overseas (97x, 98x): department of three, commune of two.
        return NirWith(t, i, [1, 2, 2, 2, 3, 3, 2]) is var mainland and > 0 ? mainland : NirWith(t, i, [1, 2, 2, 3, 2, 3, 2]);
    }

    private static int NirWith(ReadOnlySpan<char> t, int i, ReadOnlySpan<int> layout)
    {
        Span<char> number = stackalloc char[15];
        var n = 0;
        var j = i;
        for (var part = 0; part < layout.Length; part++)
        {
            if (part > 0 && j < t.Length && (IsSpace(t[j]) || t[j] == '-' || t[j] == '.'))
            {
                j++;
            }

            for (var k = 0; k < layout[part]; k++)
            {
                if (j >= t.Length)
                {
                    return -1;
                }

                var c = t[j];
                var corsica = part == 3 && k == 1 && c is 'A' or 'B' && number[n - 1] == '2';
                if (!IsDigit(c) && !corsica)
                {
                    return -1;
                }

                number[n++] = c;
                j++;
            }
        }

        if (j < t.Length && char.IsLetterOrDigit(t[j]))
        {
            return -1;
        }

        return Checksums.NirKey(number) ? j : -1;
    }
}
