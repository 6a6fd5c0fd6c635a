using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ConsentKit.Prompts;

/// <summary>
/// Personal data that only its place identifies: the cells of a pasted table under a header such as <c>prenom,nom</c>,
/// <c>Name</c>, <c>Mandant | Mandataire</c> (names), <c>DDN</c>, <c>date_of_birth</c> (birth dates), <c>CP</c>,
/// <c>code_postal</c> (postal codes), in a delimited or a fixed-width export, and the value of a name field: <c>"name":</c>
/// or <c>name=</c> in a log line, <c>nom: Kerbrat</c> in YAML, <c>&lt;Nm&gt;</c> in XML, <c>FN:</c> in a vCard (R42: a list
/// export or a log holds given and family names apart, one word each, and dates with no birth cue the scanner could see).
/// One pass over the lines and one over the field separators: linear in the text.
/// </summary>
internal static class Tables
{
    // Column headers and field keys that hold a person's name, folded (lower case, no accents; '_' and '-' read as ' ').
    private static readonly WordSet NameHeaders = NameLists.Words(new[]
    {
        "nom", "prenom", "prenoms", "noms", "name", "names", "first", "last", "first name", "firstname", "last name", "lastname", "full name", "fullname", "given name", "given", "surname",
        "family name", "nom complet", "nom de famille", "prenom nom", "nom prenom", "electeur", "electrice", "elector", "voter", "contact", "benevole", "volunteer",
        "donateur", "donatrice", "donor", "membre", "member", "mandant", "mandataire", "signataire", "participant", "participante", "attendee", "client", "cliente",
        "titulaire", "holder", "cardholder", "payeur", "payer", "demandeur", "demandeuse", "requester", "driver", "chauffeur",
        // Who is invited, booked or sent something: a reception's guests, a delivery's recipients (the thirty-first set).
        "guest", "guests", "invite", "invites", "invitee", "invitees", "recipient", "recipients", "destinataire", "destinataires",
        // Who speaks or testifies: an oral-history project's or a hearing's speakers, interviewees, witnesses and panellists
        // (the thirty-sixth set).
        "speaker", "speakers", "intervenant", "intervenante", "intervenants", "intervenantes", "interviewee", "interviewees",
        "temoin", "temoins", "witness", "witnesses", "panelist", "panelists", "panellist", "panellists", "paneliste", "panelistes",
        "conferencier", "conferenciere", "conferenciers",
        // The campaign's own person on each row: the texting tool's or the dialer's agent, the canvasser, the texter, the
        // caller, the record's owner or assignee, the recruiter.
        "agent", "canvasser", "texter", "caller", "appelant", "appelante", "assigned to", "assignee", "owner", "contact owner", "recruiter", "recruteur", "recruteuse",
        "fname", "lname", "nm", "fn",
        // A directory's entry (LDIF, LDAP): common name, surname, given name, display name.
        "cn", "sn", "givenname", "displayname",
    });

    // The keys whose unquoted value on a line of its own is a name whatever it says ("nom: Kerbrat" in YAML, "FN:Wideline
    // Joseph" in a vCard): only the keys that mean a name, not "membre: Oui" or "contact: par courriel".
    private static readonly WordSet StrictNameKeys = NameLists.Words(new[]
    {
        "nom", "prenom", "name", "first name", "firstname", "last name", "lastname", "full name", "fullname", "given name", "surname",
        "family name", "nom complet", "nom de famille", "fname", "lname", "fn", "cn", "sn", "givenname", "displayname",
    });

    // The keys whose value is a person's account name in a log or a directory ("uid=sdistefa", "user=tmoreau",
    // "agent=ccharest"): a login names its holder (the blind sets' convention). System accounts are not people.
    private static readonly WordSet AccountKeys = NameLists.Words(new[]
    {
        "uid", "user", "username", "login", "agent", "utilisateur", "samaccountname", "userid", "user id", "operator", "operateur",
        // Who changed a record ("updated_by": "aokafor") and a Windows security event's account (<Data Name="TargetUserName">).
        "updated by", "created by", "modified by", "targetusername", "subjectusername",
        // Who asked for, approved or overrode it ("requested_by=stizyatramm", "override by=tferreira"): the twenty-sixth set.
        // Any other key that ends in "_by" or "_par" does too ("scanned_by", "uploaded_by", "approuvé_par").
        "by", "par", "requested by", "approved by", "deleted by", "exported by", "submitted by", "reviewed by", "assigned by",
    });

    private static readonly WordSet SystemAccounts = NameLists.Words(new[]
    {
        "admin", "administrator", "administrateur", "root", "postgres", "mysql", "www-data", "nobody", "guest", "anonymous", "system",
        "service", "backup", "deploy", "jenkins", "ubuntu", "debian", "daemon", "test", "tester", "demo", "user", "default", "support",
        "info", "noreply", "no-reply", "cron", "nginx", "apache", "git", "svc", "bot", "null", "none", "unknown", "inconnu", "anonyme",
        "invite", "webmaster", "postmaster", "sysadmin", "operator", "ansible", "runner", "github", "gitlab", "azureuser", "ec2-user",
    });

    private static readonly FrozenDictionary<string, PersonalDataType>.AlternateLookup<ReadOnlySpan<char>> OtherHeaders = new Dictionary<string, PersonalDataType>(StringComparer.Ordinal)
    {
        ["ddn"] = PersonalDataType.DateOfBirth, ["dob"] = PersonalDataType.DateOfBirth, ["date de naissance"] = PersonalDataType.DateOfBirth,
        ["naissance"] = PersonalDataType.DateOfBirth, ["date naissance"] = PersonalDataType.DateOfBirth, ["birth date"] = PersonalDataType.DateOfBirth,
        ["birthdate"] = PersonalDataType.DateOfBirth, ["date of birth"] = PersonalDataType.DateOfBirth, ["birthday"] = PersonalDataType.DateOfBirth,
        ["born at"] = PersonalDataType.DateOfBirth, ["born on"] = PersonalDataType.DateOfBirth, ["birth"] = PersonalDataType.DateOfBirth,
        ["ne le"] = PersonalDataType.DateOfBirth, ["date naiss"] = PersonalDataType.DateOfBirth, ["dt naiss"] = PersonalDataType.DateOfBirth, ["nee le"] = PersonalDataType.DateOfBirth, ["ne e le"] = PersonalDataType.DateOfBirth,
        ["cp"] = PersonalDataType.PostalCode, ["code postal"] = PersonalDataType.PostalCode, ["postal"] = PersonalDataType.PostalCode,
        ["postal code"] = PersonalDataType.PostalCode, ["postcode"] = PersonalDataType.PostalCode, ["zip"] = PersonalDataType.PostalCode,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The columns of a booking's, an order's or a ticket's number: its digits are a reference, not a phone or a SIN, whatever
    // their count ("Confirmation;Client;Téléphone" over "2308452897;Youssef El Amrani;…").
    private static readonly WordSet ReferenceHeaders = NameLists.Words(new[]
    {
        "confirmation", "confirmation number", "confirmation no", "confirmation #", "order", "order id", "order number", "order no", "order #",
        "commande", "no de commande", "numero de commande", "n de commande", "reservation", "no de reservation", "numero de reservation",
        "booking", "booking id", "booking number", "booking reference", "reference", "ref", "reference number", "ticket", "ticket number",
        "ticket id", "invoice", "invoice number", "invoice no", "facture", "no de facture", "numero de facture", "transaction", "transaction id",
        "receipt", "receipt number", "no de recu", "numero de recu", "dossier", "no de dossier", "case number", "record id", "id",
    });

    private static readonly WordSet Answers = NameLists.Words(new[] { "yes", "no", "oui", "non", "true", "false", "none", "aucun", "aucune" });

    // The columns of a town or a country: their cells are places, not names ("Nom — courriel — ville").
    private static readonly WordSet PlaceHeaders = NameLists.Words(new[]
    {
        "ville", "city", "town", "municipalite", "municipality", "commune", "localite", "locality", "pays", "country", "province", "region",
        "quartier", "neighbourhood", "neighborhood", "departement", "community", "communaute",
    });

    private static readonly SearchValues<char> Delimiters = SearchValues.Create("\t;|,");

    // A dash set between spaces is a list's delimiter too ("Nom — courriel — ville", folded to " - "), read after the usual
    // ones; an em dash stands for it, as folding leaves none in the text.
    private const char SpacedDash = '—';

    private static readonly SearchValues<char> FieldSeparators = SearchValues.Create(":=>");

    public static void Find(ReadOnlySpan<char> t, List<PersonalDataSpan> found)
    {
        Columns(t, found);

        Fields(t, found);
        Statements(t, found);
    }

    private const string DsnBlock = "S21.G00.30.0";

    // The starts of a SQL dump's statements and of a DSN's individual block, in one forward search (NextStatement) that
    // reads the text once whatever it holds: three single-string searches read it three times, the case-insensitive one
    // at a fifth of the speed, together a fourteenth of a sparse scan. (A multi-string SearchValues was not vectorized in
    // the ahead-of-time compiled tool.)
    private static void Statements(ReadOnlySpan<char> t, List<PersonalDataSpan> found)
    {
        var from = 0;
        while (NextStatement(t, from) is var p and >= 0)
        {
            ScanWork.Add(1);
            var next = t[p] == 'C' ? Copy(t, p + 5, found) : t[p] == 'S' ? DsnRubric(t, p + DsnBlock.Length, found) : Insert(t, p + 11, found);
            from = Math.Max(next, p + 1);
        }
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where "INSERT INTO" (in any case), "COPY " or the DSN block's
    /// marker starts; or -1. Sixteen positions a step, narrowed to bytes, by their first three characters ("ins" in any
    /// case, "COP", "S21"), each candidate then compared in full: no character past U+007F equals an ASCII letter under
    /// the ordinal case-insensitive comparison, so a character that narrowing makes look like one is only compared. Where
    /// the processor compares 512 bits at once, thirty-two whole characters a step first.
    /// </summary>
    internal static int NextStatement(ReadOnlySpan<char> t, int from) => NextStatement(t, from, Vector512.IsHardwareAccelerated);

    // wide: thirty-two characters a step, compared whole, then sixteen a step for the rest; a test holds both to the rule.
    internal static int NextStatement(ReadOnlySpan<char> t, int from, bool wide)
    {
        var i = from;
        if (wide)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
            for (; i + 34 <= t.Length; i += 32)
            {
                var first = Vector512.LoadUnsafe(ref start, (nuint)i);
                var second = Vector512.LoadUnsafe(ref start, (nuint)(i + 1));
                var third = Vector512.LoadUnsafe(ref start, (nuint)(i + 2));
                var lower = Vector512.Create((ushort)0x20);
                var insert = Vector512.Equals(first | lower, Vector512.Create((ushort)'i')) & Vector512.Equals(second | lower, Vector512.Create((ushort)'n'))
                    & Vector512.Equals(third | lower, Vector512.Create((ushort)'s'));
                var copy = Vector512.Equals(first, Vector512.Create((ushort)'C')) & Vector512.Equals(second, Vector512.Create((ushort)'O'))
                    & Vector512.Equals(third, Vector512.Create((ushort)'P'));
                var dsn = Vector512.Equals(first, Vector512.Create((ushort)'S')) & Vector512.Equals(second, Vector512.Create((ushort)'2'))
                    & Vector512.Equals(third, Vector512.Create((ushort)'1'));
                if (FirstStatement(t, i, (uint)(insert | copy | dsn).ExtractMostSignificantBits()) is var p and >= 0)
                {
                    return p;
                }
            }
        }

        for (; i + 18 <= t.Length; i += 16)
        {
            var first = LowBytes.At(t, i);
            var second = LowBytes.At(t, i + 1);
            var third = LowBytes.At(t, i + 2);
            var lower = Vector128.Create((byte)0x20);
            var insert = Vector128.Equals(first | lower, Vector128.Create((byte)'i')) & Vector128.Equals(second | lower, Vector128.Create((byte)'n'))
                & Vector128.Equals(third | lower, Vector128.Create((byte)'s'));
            var copy = Vector128.Equals(first, Vector128.Create((byte)'C')) & Vector128.Equals(second, Vector128.Create((byte)'O'))
                & Vector128.Equals(third, Vector128.Create((byte)'P'));
            var dsn = Vector128.Equals(first, Vector128.Create((byte)'S')) & Vector128.Equals(second, Vector128.Create((byte)'2'))
                & Vector128.Equals(third, Vector128.Create((byte)'1'));
            if (FirstStatement(t, i, (insert | copy | dsn).ExtractMostSignificantBits()) is var p and >= 0)
            {
                return p;
            }
        }

        for (; i < t.Length; i++)
        {
            if (StatementAt(t, i))
            {
                return i;
            }
        }

        return -1;
    }

    // The first of a step's candidates (bit k: the position i + k) where a statement or block starts, or -1.
    private static int FirstStatement(ReadOnlySpan<char> t, int i, uint candidates)
    {
        for (; candidates != 0; candidates &= candidates - 1)
        {
            var p = i + System.Numerics.BitOperations.TrailingZeroCount(candidates);
            if (StatementAt(t, p))
            {
                return p;
            }
        }

        return -1;
    }

    private static bool StatementAt(ReadOnlySpan<char> t, int p) =>
        t[p..].StartsWith("INSERT INTO", StringComparison.OrdinalIgnoreCase) || t[p..].StartsWith("COPY ", StringComparison.Ordinal)
        || t[p..].StartsWith(DsnBlock, StringComparison.Ordinal);

    // A French DSN (déclaration sociale nominative) lists an employee as rubrics, "S21.G00.30.002,'CARUSO'": the rubric's
    // number says what the quoted value is (the norm's individual block: 002 family name, 003 usual name, 004 given names,
    // 006 birth date, 008 street, 009 postal code). Found by the one search for statements.
    private static int DsnRubric(ReadOnlySpan<char> t, int k, List<PersonalDataSpan> found)
    {
        if (k + 4 >= t.Length || !char.IsAsciiDigit(t[k]) || !char.IsAsciiDigit(t[k + 1]) || t[k + 2] != ',' || t[k + 3] != '\'')
        {
            return k;
        }

        PersonalDataType? type = (t[k], t[k + 1]) switch
        {
            ('0', '2') or ('0', '3') or ('0', '4') => PersonalDataType.Person,
            ('0', '6') => PersonalDataType.DateOfBirth,
            ('0', '8') => PersonalDataType.StreetAddress,
            ('0', '9') => PersonalDataType.PostalCode,
            _ => null,
        };
        var valueStart = k + 4;
        var close = t[valueStart..].IndexOfAny('\'', '\n');
        if (type is { } kind && close > 0 && t[valueStart + close] == '\'')
        {
            found.Add(new(kind, valueStart, valueStart + close));
            return valueStart + close;
        }

        return k;
    }

    // "INSERT INTO membres (id, prenom, nom, …) VALUES (2851, 'Guylaine', 'Paradis', …), (…);": a SQL dump's rows, whose
    // columns the statement names. Found by the one search for statements; one pass over its values. Returns where they end.
    private static int Insert(ReadOnlySpan<char> t, int s, List<PersonalDataSpan> found)
    {
        Span<byte> kinds = stackalloc byte[32];
        Span<char> buffer = stackalloc char[32];
        // The statement's head, bounded: a text of many "INSERT INTO" without values reads each head once.
        var head = t[s..Math.Min(t.Length, s + 2048)];
        var open = head.IndexOf('(');
        var values = head.IndexOf("VALUES", StringComparison.OrdinalIgnoreCase);
        if (values >= 0 && values <= 80 && (open < 0 || open > values))
        {
            return UntypedRows(t, s + values + 6, found);
        }

        if (open < 0 || values < 0 || open > 80)
        {
            return s;
        }

        var close = t[(s + open)..].IndexOf(')');
        if (close < 0 || s + open + close > s + values)
        {
            return s;
        }

        var columns = ColumnKinds(t[(s + open + 1)..(s + open + close)], kinds, buffer);
        if (columns == 0)
        {
            return s;
        }

        // The rows: "(…), (…)" up to the statement's end; quoted values may hold commas and parentheses.
        var k = s + values + 6;
        while (k < t.Length && t[k] is ' ' or '\n' or '\r' or '\t')
        {
            k++;
        }

        while (k < t.Length && t[k] == '(')
        {
            var column = 0;
            var cellStart = k + 1;
            var quoted = false;
            for (k++; k < t.Length; k++)
            {
                var c = t[k];
                if (c == '\'')
                {
                    quoted = !quoted;
                    continue;
                }

                if (quoted || (c != ',' && c != ')'))
                {
                    continue;
                }

                if (column < columns && kinds[column] != 0)
                {
                    var cell = t[cellStart..k].Trim(" \t");
                    if (cell.Length >= 2 && cell[0] == '\'' && cell[^1] == '\'')
                    {
                        var offset = cellStart + t[cellStart..k].IndexOf('\'') + 1;
                        Kind(t, offset, offset + cell.Length - 2, kinds[column], found);
                    }
                }

                column++;
                cellStart = k + 1;
                if (c == ')')
                {
                    break;
                }
            }

            k++;
            while (k < t.Length && t[k] is ' ' or ',' or '\n' or '\r' or '\t')
            {
                k++;
            }
        }

        return k;
    }

    // "INSERT INTO `donors` VALUES (732,'Esposito','Tonino','tonino.esposito@shaw.ca',…),(…);": mysqldump names no columns.
    // Two quoted cells side by side, each one capitalized word, one of them a listed given name, are a person's family and
    // given names (either order). One pass over the statement's rows; returns where they end.
    private static int UntypedRows(ReadOnlySpan<char> t, int k, List<PersonalDataSpan> found)
    {
        var previousStart = -1;
        var previousEnd = -1;
        var quoted = false;
        var cellStart = k;
        for (; k < t.Length; k++)
        {
            if (!quoted && t[k] == ';')
            {
                break;
            }

            if (t[k] != '\'')
            {
                if (!quoted && t[k] is ',' or '(' or ')')
                {
                    // A cell that is not one quoted word breaks the pair.
                    if (t[k] != ',' || k == 0 || t[k - 1] != '\'')
                    {
                        previousStart = -1;
                    }
                }

                continue;
            }

            if (k + 1 < t.Length && t[k + 1] == '\'' && quoted)
            {
                k++;
                continue;
            }

            quoted = !quoted;
            if (quoted)
            {
                cellStart = k + 1;
                continue;
            }

            if (!OneCapitalizedWord(t[cellStart..k]))
            {
                previousStart = -1;
                continue;
            }

            if (previousStart >= 0 && IsPair(t[previousStart..previousEnd], t[cellStart..k]))
            {
                Cell(t, previousStart, previousEnd, found);
                Cell(t, cellStart, k, found);
                previousStart = -1;
                continue;
            }

            (previousStart, previousEnd) = (cellStart, k);
        }

        return k;

        static bool OneCapitalizedWord(ReadOnlySpan<char> cell) =>
            cell.Length is >= 2 and <= 30 && char.IsUpper(cell[0]) && !cell.ContainsAny(' ', '@', '.') && !cell.ContainsAnyInRange('0', '9');

        // One a listed given name, the other a listed family name or name-like to the model; neither an ordinary word.
        // Folded on the stack: a dump holds such a pair in every row.
        static bool IsPair(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            Span<char> bufferA = stackalloc char[30];
            Span<char> bufferB = stackalloc char[30];
            // A letter the table does not fold ("œ", "ß", a non-Latin script) goes through the full fold, as before.
            ReadOnlySpan<char> fa = NameLists.TryFoldWord(a, bufferA, out var la) ? bufferA[..la] : NameLists.FoldWord(a);
            ReadOnlySpan<char> fb = NameLists.TryFoldWord(b, bufferB, out var lb) ? bufferB[..lb] : NameLists.FoldWord(b);
            var (ga, gb) = (NameLists.FlagsOf(fa), NameLists.FlagsOf(fb));
            return ((ga | gb) & NameLists.WordFlags.NotName) == 0
                && (((ga & NameLists.WordFlags.Given) != 0 && Surname(gb, fb)) || ((gb & NameLists.WordFlags.Given) != 0 && Surname(ga, fa)));
        }

        static bool Surname(NameLists.WordFlags flags, ReadOnlySpan<char> folded) =>
            (flags & NameLists.WordFlags.Family) != 0 || NameModel.Score(folded) >= 0.5;
    }

    // The kinds of a statement's column list, "(id, prenom, nom, …)": how many columns, or 0 when none says what its values are.
    private static int ColumnKinds(ReadOnlySpan<char> list, Span<byte> kinds, Span<char> buffer)
    {
        var columns = 0;
        var typed = 0;
        foreach (var range in list.Split(','))
        {
            if (columns == kinds.Length)
            {
                break;
            }

            var column = list[range].Trim(" `\"[]\t\r\n");
            kinds[columns] = column.Length <= buffer.Length ? HeaderKind(column, buffer) : (byte)0;
            typed += kinds[columns] != 0 ? 1 : 0;
            columns++;
        }

        return typed == 0 ? 0 : columns;
    }

    // "COPY public.membres (id, nom, prenom, date_naissance, …) FROM stdin;": a PostgreSQL dump's rows follow, one per line,
    // cells between tabs, until a line "\.". The statement names the columns, as an INSERT does. Found by the one search for
    // statements; one pass over its rows. Returns where they end.
    private static int Copy(ReadOnlySpan<char> t, int s, List<PersonalDataSpan> found)
    {
        Span<byte> kinds = stackalloc byte[32];
        Span<char> buffer = stackalloc char[32];
        var lineEnd = t[s..].IndexOf('\n');
        if (lineEnd < 0)
        {
            return s;
        }

        var statement = t[s..(s + lineEnd)];
        var open = statement.IndexOf('(');
        var close = statement.IndexOf(')');
        if (open < 0 || close < open || open > 80 || !statement[close..].Contains("FROM stdin", StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }

        var columns = ColumnKinds(statement[(open + 1)..close], kinds, buffer);
        if (columns == 0)
        {
            return s;
        }

        var row = s + lineEnd + 1;
        while (row < t.Length)
        {
            var rowEnd = t[row..].IndexOf('\n') is var nl and >= 0 ? row + nl : t.Length;
            var line = t[row..rowEnd].TrimEnd('\r');
            if (line.SequenceEqual("\\.") || line.IsEmpty)
            {
                break;
            }

            var column = 0;
            var cellStart = row;
            for (var k = row; k <= row + line.Length && column < columns; k++)
            {
                if (k < row + line.Length && t[k] != '\t')
                {
                    continue;
                }

                // "\N" is PostgreSQL's null.
                if (kinds[column] != 0 && k > cellStart && !t[cellStart..k].SequenceEqual("\\N"))
                {
                    Kind(t, cellStart, k, kinds[column], found);
                }

                column++;
                cellStart = k + 1;
            }

            row = rowEnd + 1;
        }

        return row;
    }

    // A header line, then the rows under it with the same separator: the cells of its name columns are names.
    private static void Columns(ReadOnlySpan<char> t, List<PersonalDataSpan> found)
    {
        Span<byte> nameColumns = stackalloc byte[32];
        Span<Range> cellsOf = stackalloc Range[33];
        var columns = 0;
        var delimiter = '\0';
        var lineStart = 0;
        while (lineStart < t.Length)
        {
            var newline = t[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? t.Length : lineStart + newline;
            if (columns > 0 && delimiter != Aligned)
            {
                lineEnd = QuotedRecordEnd(t, lineStart, lineEnd);
            }

            var line = t[lineStart..lineEnd];
            ScanWork.Add(1);
            if (columns > 0 && delimiter == Aligned && Wide(line, cellsOf) is var wide && (wide == columns || (wide == columns + 1 && RowIndex(line, cellsOf[0]))))
            {
                // A data frame's print (pandas, R) puts the row's index, without a header, before the cells.
                var skip = wide - columns;
                for (var c = 0; c < columns; c++)
                {
                    var (cs, ce) = cellsOf[c + skip].GetOffsetAndLength(line.Length);
                    Kind(t, lineStart + cs, lineStart + cs + ce, nameColumns[c], found);
                }
            }
            else if (columns > 0 && delimiter != Aligned && Count(line, delimiter) is var cells && cells + 1 == columns)
            {
                Row(t, lineStart, lineEnd, delimiter, nameColumns[..columns], found);
            }
            // A header's first cell is short: prose, whose first comma comes later, is dismissed by one search.
            else if ((line.IndexOfAny(Delimiters) is >= 0 and <= 32 || line[..Math.Min(line.Length, 35)].IndexOf(" - ", StringComparison.Ordinal) >= 0)
                && Header(line, nameColumns, out var d) is var headerColumns and > 0)
            {
                columns = headerColumns;
                delimiter = d;
            }
            // "NOM     PRENOM     TEL": a fixed-width export, its columns set apart by two spaces or more.
            else if (line.IndexOfAny(Delimiters) < 0 && line.Contains("  ", StringComparison.Ordinal) && AlignedHeader(line, nameColumns, cellsOf) is var alignedColumns and > 0)
            {
                columns = alignedColumns;
                delimiter = Aligned;
            }
            else if (!IsRule(line))
            {
                columns = 0;
            }

            lineStart = lineEnd + 1;
        }
    }

    private static bool RowIndex(ReadOnlySpan<char> line, Range cell) => line[cell].Length <= 6 && line[cell].IndexOfAnyExceptInRange('0', '9') < 0;

    // A CSV record whose quoted cell holds line breaks ("Bât. A, 6 allée des Camélias\n87000 Limoges") ends at the first line
    // break outside quotes, within eight lines; a quote left open past them was not a cell's. Each character is read at most
    // twice, since the next record starts where this one ends.
    private static int QuotedRecordEnd(ReadOnlySpan<char> t, int start, int lineEnd)
    {
        if (t[start..lineEnd].Count('"') % 2 == 0)
        {
            return lineEnd;
        }

        var quoted = true;
        var lines = 0;
        for (var k = lineEnd; k < t.Length; k++)
        {
            if (t[k] == '"')
            {
                quoted = !quoted;
            }
            else if (t[k] == '\n' && (!quoted || ++lines > 8))
            {
                return quoted ? lineEnd : k;
            }
        }

        return quoted ? lineEnd : t.Length;
    }

    // A header: two to 32 short cells of letters, at least one a name header. Returns the number of cells, or 0.
    private const byte NameColumn = 1;
    private const byte BirthColumn = 2;
    private const byte PostalColumn = 3;
    private const byte ReferenceColumn = 4;
    private const byte PlaceColumn = 5;

    // A header is a table's when a column holds a person's data: a reference's or a town's column alone is no one's.
    private static bool Personal(byte kind) => kind is not (0 or ReferenceColumn or PlaceColumn);

    private static int Header(ReadOnlySpan<char> line, Span<byte> nameColumns, out char delimiter)
    {
        delimiter = line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : line.Contains('|') ? '|' : line.Contains(',') ? ',' : line.Contains(" - ", StringComparison.Ordinal) ? SpacedDash : ',';
        if (line.Length > 400)
        {
            return 0;
        }

        // Prose sets one dash apart ("Contact — voir plus bas"): a dash-delimited header names three columns or more.
        var minimum = delimiter == SpacedDash ? 3 : 2;

        var cells = 0;
        var names = 0;
        Span<char> buffer = stackalloc char[line.Length];
        foreach (var range in delimiter == SpacedDash ? line.Split(" - ") : line.Split(delimiter))
        {
            if (cells == nameColumns.Length)
            {
                return 0;
            }

            var cell = line[range].Trim(" \"'\r");
            // "NOM;PRENOM;PORTABLE;COTISATION — section de Mamoudzou", "…⇥Commentaire (pétition Bus 11)": the last cell may
            // carry a caption, digits included.
            var last = range.End.GetOffset(line.Length) == line.Length;
            // A bilingual cell says it twice ("Date de naissance / Date of birth"): twice the length.
            if ((!last && (cell.Length > (cell.Contains('/') ? 60 : 30) || !HeaderDigits(cell))) || cell.Contains('@'))
            {
                return 0;
            }

            var kind = HeaderKind(cell, buffer);
            nameColumns[cells++] = kind;
            names += Personal(kind) ? 1 : 0;
        }

        return cells >= minimum && names > 0 ? cells : 0;
    }

    // The name of a vCard property whose parameters stand between it and the ':' at sep ("FN;CHARSET=UTF-8:…"), on a line of
    // its own; or (-1, -1).
    private static (int Start, int End) PropertyWithParameters(ReadOnlySpan<char> t, int sep)
    {
        // The line's start, 120 characters back at most: one backward search, not a step per character (every colon of
        // prose asks).
        var from = Math.Max(0, sep - 120);
        var lineStart = t[from..sep].LastIndexOf('\n') is var newline and >= 0 ? from + newline + 1 : from;

        var nameEnd = lineStart;
        while (nameEnd < sep && char.IsAsciiLetter(t[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > lineStart && nameEnd < sep && t[nameEnd] == ';' && !t[nameEnd..sep].Contains(':') && (lineStart == 0 || t[lineStart - 1] == '\n')
            ? (lineStart, nameEnd)
            : (-1, -1);
    }

    // A header cell holds no digit but a trailing number after letters, joined or not ("primary_address1", "phone2",
    // "Adresse_1", "Tel 2"): a data row's cells do.
    private static bool HeaderDigits(ReadOnlySpan<char> cell)
    {
        // "Cotisation 2026", "Don 2025": a column per year ends in the year after a space.
        if (cell.Length > 5 && cell[^5] == ' ' && cell[^4..] is var year && !year.ContainsAnyExceptInRange('0', '9') && year[0] is '1' or '2'
            && (year.StartsWith("19") || year.StartsWith("20")) && !cell[..^5].ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        var digits = cell.IndexOfAnyInRange('0', '9');
        var letter = digits > 1 && cell[digits - 1] is '_' or ' ' or '-' ? digits - 2 : digits - 1;
        return digits < 0 || (letter >= 0 && char.IsLetter(cell[letter]) && cell.Length - digits <= 2 && !cell[digits..].ContainsAnyExceptInRange('0', '9'));
    }

    private static byte HeaderKind(ReadOnlySpan<char> cell, Span<char> buffer)
    {
        if (cell.IsEmpty || !NameLists.TryFoldWord(cell, buffer, out var length))
        {
            return 0;
        }

        var folded = buffer[..length];
        var paren = folded.IndexOf('(');
        folded.Replace('_', ' ');
        folded.Replace('-', ' ');
        folded.Replace('.', ' ');
        folded.Replace('(', ' ');
        folded.Replace(')', ' ');
        var key = folded.Trim();
        // Inclusive writing: "Invité·e", "Électeur·rice" are the header before the point ("agent·e de grief" is not one).
        if (key.IndexOf('·') is > 0 and var point && key[(point + 1)..].IndexOfAnyExceptInRange('a', 'z') < 0)
        {
            key = key[..point].TrimEnd();
        }

        // A qualifier in parentheses leaves the header it qualifies: "CP (France)", "Date de naissance (jj/mm/aaaa)".
        var kind = EitherHalfKind(key);
        return kind != 0 || paren <= 0 ? kind : EitherHalfKind(folded[..paren].Trim());
    }

    // A bilingual form's header says it twice ("Prénom / First name", "DOB / né(e) le"): either half names the column.
    private static byte EitherHalfKind(ReadOnlySpan<char> key)
    {
        if (key.IndexOf('/') is > 0 and var slash && KeyKind(key[..slash].TrimEnd()) is var first and not 0)
        {
            return first;
        }

        return KeyKind(key.IndexOf('/') is > 0 and var at ? key[(at + 1)..].TrimStart() : key);
    }

    private static byte KeyKind(ReadOnlySpan<char> key) =>
        NameHeaders.Contains(key) || RoleNameHeader(key) ? NameColumn
            : OtherHeaders.TryGetValue(key, out var type) ? (type == PersonalDataType.DateOfBirth ? BirthColumn : PostalColumn)
            : ReferenceHeaders.Contains(key) ? ReferenceColumn : PlaceHeaders.Contains(key) ? PlaceColumn : (byte)0;

    private static readonly string[] NameWordsAfterRole = [" first name", " last name", " full name", " given name", " family name", " surname", " firstname", " lastname", " name"];

    private static readonly string[] NameWordsBeforeRole = ["prenom du ", "prenom de la ", "prenom de l ", "prenom de ", "nom du ", "nom de la ", "nom de l ", "nom de "];

    // "Donor First Name", "Contact Last Name", "Nom du donateur": a name header that says whose name it is, by a role that
    // is itself a name header (a donor, a contact, a member); "Campaign Name" and "Nom de la salle" name no one (R42).
    private static bool RoleNameHeader(ReadOnlySpan<char> key)
    {
        foreach (var suffix in NameWordsAfterRole)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal) && NameHeaders.Contains(key[..^suffix.Length]))
            {
                return true;
            }
        }

        foreach (var prefix in NameWordsBeforeRole)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && NameHeaders.Contains(key[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    // The delimiter of a fixed-width table, whose cells are set apart by two spaces or more.
    private const char Aligned = '\0';

    // A fixed-width header: two to 32 cells of letters, at least one a name header. Returns the number of cells, or 0.
    private static int AlignedHeader(ReadOnlySpan<char> line, Span<byte> nameColumns, Span<Range> cells)
    {
        if (line.Length > 400 || line.ContainsAnyInRange('0', '9'))
        {
            return 0;
        }

        var count = Wide(line, cells);
        if (count is < 2 or > 32)
        {
            return 0;
        }

        var names = 0;
        Span<char> buffer = stackalloc char[line.Length];
        for (var c = 0; c < count; c++)
        {
            var cell = line[cells[c]];
            if (cell.Length > 30 || cell.Contains('@'))
            {
                return 0;
            }

            nameColumns[c] = HeaderKind(cell, buffer);
            names += Personal(nameColumns[c]) ? 1 : 0;
        }

        return names > 0 ? count : 0;
    }

    // The cells of a line set apart by two spaces or more, or a tab; at most cells.Length - 1 of them are told apart
    // (a line with more returns cells.Length, which matches no header).
    private static int Wide(ReadOnlySpan<char> line, Span<Range> cells)
    {
        var line0 = line.TrimEnd(" \r\t");
        var count = 0;
        var k = 0;
        while (k < line0.Length)
        {
            while (k < line0.Length && line0[k] is ' ' or '\t')
            {
                k++;
            }

            if (k == line0.Length)
            {
                break;
            }

            var start = k;
            while (k < line0.Length && line0[k] != '\t' && !(line0[k] == ' ' && k + 1 < line0.Length && line0[k + 1] is ' ' or '\t'))
            {
                k++;
            }

            if (count == cells.Length)
            {
                return cells.Length;
            }

            cells[count++] = start..k;
        }

        return count;
    }

    private static void Kind(ReadOnlySpan<char> t, int s, int e, byte kind, List<PersonalDataSpan> found)
    {
        switch (kind)
        {
            case NameColumn:
                Cell(t, s, e, found);
                break;
            case BirthColumn:
                Typed(t, s, e, PersonalDataType.DateOfBirth, found);
                break;
            case PostalColumn:
                Typed(t, s, e, PersonalDataType.PostalCode, found);
                break;
            case ReferenceColumn:
                Reference(t, s, e, found);
                break;
            case PlaceColumn:
                Place(t, s, e, found);
                break;
        }
    }

    private static int Count(ReadOnlySpan<char> line, char delimiter)
    {
        // Separators inside double quotes do not count: "8-5816 boulevard René-Lévesque, app. 2".
        var count = 0;
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            if (line[k] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && IsDelimiter(line, k, delimiter))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsDelimiter(ReadOnlySpan<char> t, int k, char delimiter) =>
        t[k] == delimiter || (delimiter == SpacedDash && t[k] == '-' && k > 0 && k + 1 < t.Length && t[k - 1] == ' ' && t[k + 1] == ' ');

    private static void Row(ReadOnlySpan<char> t, int start, int end, char delimiter, ReadOnlySpan<byte> nameColumns, List<PersonalDataSpan> found)
    {
        var column = 0;
        var cellStart = start;
        var quoted = false;
        for (var k = start; k <= end; k++)
        {
            if (k < end && t[k] == '"')
            {
                quoted = !quoted;
                continue;
            }

            if (k < end && (quoted || !IsDelimiter(t, k, delimiter)))
            {
                continue;
            }

            if (column < nameColumns.Length)
            {
                Kind(t, cellStart, k, nameColumns[column], found);
            }

            column++;
            cellStart = k + 1;
        }
    }

    // A cell is a name when it holds letters only (a name's hyphens, apostrophes, spaces and periods allowed), one to five words.
    // A title before the name stays out of it ("Mme CHEVALIER Laetitia"), and a one-word answer is not a name (Zoom's
    // "Guest" column holds "Yes" or "No").
    private static void Cell(ReadOnlySpan<char> t, int s, int e, List<PersonalDataSpan> found)
    {
        if (!Words(t, ref s, ref e) || Titled(t[s..e]))
        {
            return;
        }

        // "Cheikh Sow": a title that is also a given name stays.
        Span<char> buffer = stackalloc char[48];
        while (t[s..e].IndexOf(' ') is > 0 and var space && t[s..(s + space)].TrimEnd('.') is var first && first.Length <= buffer.Length
            && (NameLists.FlagsOf(NameLists.Fold(first, buffer)) & (NameLists.WordFlags.Title | NameLists.WordFlags.Given)) == NameLists.WordFlags.Title)
        {
            s += space + 1;
        }

        if (!NameLists.Contains(Answers, t[s..e]))
        {
            found.Add(new(PersonalDataType.Person, s, e));
        }
    }

    // A place column's cell in the same words ("Nom — courriel — ville" over "… — Bobigny") is a place: a span that hides
    // what the scan read in it as a name, and that Resolve then drops.
    private static void Place(ReadOnlySpan<char> t, int s, int e, List<PersonalDataSpan> found)
    {
        if (Words(t, ref s, ref e))
        {
            found.Add(new(PersonalDataScanner.NotPersonal, s, e));
        }
    }

    // The cell between s and e, trimmed, holds one to five words of letters (hyphens, apostrophes, periods allowed).
    private static bool Words(ReadOnlySpan<char> t, ref int s, ref int e)
    {
        while (s < e && (char.IsWhiteSpace(t[s]) || t[s] == '"'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(t[e - 1]) || t[e - 1] == '"'))
        {
            e--;
        }

        if (e - s is < 2 or > 60 || !char.IsLetter(t[s]))
        {
            return false;
        }

        var words = 1;
        var letters = 0;
        foreach (var c in t[s..e])
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == ' ')
            {
                words++;
            }
            else if (c is not ('-' or '\'' or '’' or '.' or ',' or '+'))
            {
                return false;
            }
        }

        return words <= 5 && letters >= 2;
    }

    private static bool NameWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 40)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        var folded = NameLists.Fold(word, buffer);
        var flags = NameLists.FlagsOf(folded);
        return (flags & NameLists.WordFlags.NotName) == 0
            && ((flags & (NameLists.WordFlags.Given | NameLists.WordFlags.Family)) != 0 || (char.IsUpper(word[0]) && NameModel.Score(folded) >= 0.5));
    }

    // "Section - militants municipales": a capitalized value whose later words are lower case (particles aside) is a group's
    // or a document's title, not a person's name; "jean tremblay" written all in lower case still is a name.
    private static bool Titled(ReadOnlySpan<char> value)
    {
        if (!char.IsUpper(value[0]))
        {
            return false;
        }

        foreach (var range in value.Split(' '))
        {
            var word = value[range];
            if (word.Length > 3 && char.IsLower(word[0]) && !NameLists.Contains(PersonalDataScanner.NameParticleSet, word))
            {
                return true;
            }
        }

        return false;
    }

    // A birth-date column's date (1968-09-03, 17/02/1984, 3 janvier 1975) or a postal-code column's code (g6z 9l6, 97232).
    // A reference column's digits: a span that hides what the scan read in them, and that Resolve then drops.
    private static void Reference(ReadOnlySpan<char> t, int s, int e, List<PersonalDataSpan> found)
    {
        while (s < e && (char.IsWhiteSpace(t[s]) || t[s] == '"'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(t[e - 1]) || t[e - 1] == '"'))
        {
            e--;
        }

        if (e - s is >= 5 and <= 40 && t[s..e].IndexOfAnyExcept(ReferenceCharacters) < 0)
        {
            found.Add(new(PersonalDataScanner.NotPersonal, s, e));
        }
    }

    private static readonly System.Buffers.SearchValues<char> ReferenceCharacters = System.Buffers.SearchValues.Create("0123456789-# ");

    private static void Typed(ReadOnlySpan<char> t, int s, int e, PersonalDataType type, List<PersonalDataSpan> found)
    {
        while (s < e && (char.IsWhiteSpace(t[s]) || t[s] == '"'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(t[e - 1]) || t[e - 1] == '"'))
        {
            e--;
        }

        var cell = t[s..e];
        if (cell.Length is < 5 or > 30)
        {
            return;
        }

        var ok = type == PersonalDataType.DateOfBirth ? IsDate(cell) : IsPostalCode(cell);
        if (ok)
        {
            found.Add(new(type, s, e));
        }
    }

    // Day, month and year in figures (a four-digit year first or last), or a day, a month's name and a year.
    private static bool IsDate(ReadOnlySpan<char> cell)
    {
        var digits = 0;
        var groups = 0;
        var longest = 0;
        var month = false;
        Span<char> buffer = stackalloc char[16];
        foreach (var range in cell.SplitAny(" /.-,"))
        {
            var part = cell[range];
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.ContainsAnyExceptInRange('0', '9'))
            {
                if (part.Length > 16 || (NameLists.FlagsOf(NameLists.Fold(part, buffer[..part.Length])) & NameLists.WordFlags.Month) == 0)
                {
                    return false;
                }

                month = true;
                groups++;
                continue;
            }

            groups++;
            digits += part.Length;
            longest = Math.Max(longest, part.Length);
        }

        return groups == 3 && longest == 4 && (month ? digits is >= 5 and <= 6 : digits is >= 6 and <= 8);
    }

    private static bool IsPostalCode(ReadOnlySpan<char> cell)
    {
        if (cell.Length == 5 && !cell.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        Span<char> code = stackalloc char[6];
        var n = 0;
        foreach (var c in cell)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (n == 6)
            {
                return false;
            }

            code[n++] = char.ToUpperInvariant(c);
        }

        static bool Letter(char c) => char.IsAsciiLetterUpper(c) && c is not ('D' or 'F' or 'I' or 'O' or 'Q' or 'U');
        return n == 6 && Letter(code[0]) && code[0] is not ('W' or 'Z') && char.IsAsciiDigit(code[1]) && Letter(code[2])
            && char.IsAsciiDigit(code[3]) && Letter(code[4]) && char.IsAsciiDigit(code[5]);
    }

    // Only spaces, tabs or a YAML list's dash before the key on its line.
    private static bool OwnLine(ReadOnlySpan<char> t, int keyStart)
    {
        var k = keyStart;
        while (k > 0 && t[k - 1] is ' ' or '\t' or '-' && keyStart - k < 16)
        {
            k--;
        }

        return k == 0 || t[k - 1] == '\n';
    }

    private static bool Capitalized(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    // "| --- | --- |" under a Markdown header keeps the table open.
    // A comment line ("# Aile jeunesse — fin de semaine") between a header and its rows keeps the table open too.
    private static bool IsRule(ReadOnlySpan<char> line) => !line.Trim().IsEmpty && (line.Trim().IndexOfAnyExcept(RuleCharacters) < 0 || line.TrimStart()[0] == '#');

    private static readonly SearchValues<char> RuleCharacters = SearchValues.Create("|-:+ \t\r");

    // "name":"Olivier Paradis", name="Lemaire, Sabine", nom=Aurore+Delmas: a log's or a form's name field.
    private static void Fields(ReadOnlySpan<char> t, List<PersonalDataSpan> found)
    {
        Span<char> buffer = stackalloc char[20];
        var from = 0;
        while (from < t.Length && t[from..].IndexOfAny(FieldSeparators) is var at and >= 0)
        {
            var sep = from + at;
            from = sep + 1;
            ScanWork.Add(1);
            var keyEnd = sep;
            // "nom": in JSON, 'nom': in a Python dict's print.
            var keyQuote = keyEnd > 0 && t[keyEnd - 1] is '"' or '\'' ? t[keyEnd - 1] : '\0';
            if (keyQuote != '\0')
            {
                keyEnd--;
            }

            // "nom = Mansouri": an INI file's or a program's assignment, spaced.
            var spaced = false;
            if (t[sep] == '=' && keyQuote == '\0' && keyEnd > 1 && t[keyEnd - 1] == ' ')
            {
                keyEnd -= t[keyEnd - 2] == ' ' ? 2 : 1;
                spaced = true;
            }

            // "opérateur : vlachapelle": French typography puts a space before the colon; read for an account's key only.
            var frenchColon = false;
            if (t[sep] == ':' && keyQuote == '\0' && keyEnd > 1 && t[keyEnd - 1] is ' ' or '\u00A0' or '\u202F' && char.IsLetter(t[keyEnd - 2]))
            {
                keyEnd--;
                frenchColon = true;
            }

            var keyStart = keyEnd;
            while (keyStart > 0 && (char.IsLetter(t[keyStart - 1]) || t[keyStart - 1] == '_') && keyEnd - keyStart < 20)
            {
                keyStart--;
            }

            // "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Weinstein;Shira;;;": a vCard 2.1 property with parameters is named
            // before its first ';'.
            if (t[sep] == ':' && keyQuote == '\0' && PropertyWithParameters(t, sep) is var (propertyStart, propertyEnd) && propertyStart >= 0)
            {
                (keyStart, keyEnd) = (propertyStart, propertyEnd);
            }

            if (keyStart == keyEnd || (keyStart > 0 && char.IsLetterOrDigit(t[keyStart - 1])) || (keyQuote == '\'' && (keyStart == 0 || t[keyStart - 1] != '\'')))
            {
                continue;
            }

            if (!NameLists.TryFoldWord(t[keyStart..keyEnd], buffer, out var length))
            {
                continue;
            }

            var key = buffer[..length];
            key.Replace('_', ' ');
            // "USER:" in capitals is a chat transcript's speaker, not an account's key; '<Data Name="TargetUserName">' names the
            // element's text.
            if ((t[sep] is '=' or ':' || (t[sep] == '>' && keyQuote == '"')) && (AccountKeys.Contains(key) || key.EndsWith(" by") || key.EndsWith(" par"))
                && t[keyStart..keyEnd].ContainsAnyInRange('a', 'z'))
            {
                Account(t, sep + 1, found);
                continue;
            }

            if (frenchColon)
            {
                continue;
            }

            if (t[sep] == ':' && keyQuote == '\0' && (keyStart == 0 || t[keyStart - 1] == '\n') && PasswdEntry(t, keyStart, sep, found) is var entryEnd and > 0)
            {
                from = entryEnd;
                continue;
            }

            // "N:" is a vCard's structured name on a line of its own, and nothing anywhere else.
            if (!NameHeaders.Contains(key) && !(key.SequenceEqual("n") && t[sep] == ':' && OwnLine(t, keyStart)))
            {
                continue;
            }

            // The value: quoted (after a space or two: '"FNAME": "Frantz"', 'nom: "Kerbrat"'), or up to a space, a comma or
            // a brace.
            var v = sep + 1;
            var q = v;
            while (q < t.Length && t[q] == ' ' && q - v < 2)
            {
                q++;
            }

            if (t[sep] == '>')
            {
                // "<Nm>ROUQUETTE Sidonie</Nm>": an XML element named for a name.
                if (keyStart > 0 && t[keyStart - 1] == '<' && t[v..].IndexOf('<') is var close and > 0 and <= 60)
                {
                    Cell(t, v, v + close, found);
                }
            }
            else if (q < t.Length && (t[q] == '"' || (t[q] == '\'' && keyQuote == '\'')))
            {
                var close = t[(q + 1)..].IndexOf(t[q]);
                // '"name": "email"' in a form's or a program's JSON names a field, a stream or a program: under the generic
                // key, one word is a person only when the lists or the model call it a name.
                if (close > 0 && close <= 60 && !(key.SequenceEqual("name") && !t.Slice(q + 1, close).Contains(' ') && !NameWord(t.Slice(q + 1, close))))
                {
                    Cell(t, q + 1, q + 1 + close, found);
                }
            }
            else if (t[sep] == ':' && OwnLine(t, keyStart) && key.SequenceEqual("n") && t[q..].IndexOfAny('\n', '\r') is var vcardEnd && vcardEnd != 0)
            {
                // "N:Awashish-Ottawa;Nakoset;;;": a vCard's structured name, family and given names apart.
                var e = vcardEnd < 0 ? t.Length : q + vcardEnd;
                var cellStart = q;
                for (var k = q; k <= e && k - q <= 80; k++)
                {
                    if (k == e || t[k] == ';')
                    {
                        if (k > cellStart && Capitalized(t[cellStart..k]))
                        {
                            Cell(t, cellStart, k, found);
                        }

                        cellStart = k + 1;
                    }
                }
            }
            else if (t[sep] == ':' && OwnLine(t, keyStart) && StrictNameKeys.Contains(key))
            {
                // "nom: Kerbrat" (YAML), "FN:Wideline Joseph" (vCard): a key on a line of its own, its value the rest of the
                // line, each word capitalized.
                var e = t[q..].IndexOfAny('\n', '\r') is var nl and >= 0 ? q + nl : t.Length;
                if (e - q <= 60 && Capitalized(t[q..e]))
                {
                    Cell(t, q, e, found);
                }
            }
            else if (t[keyStart..keyEnd].Length > 0 && keyStart > 0 && t[keyStart - 1] != '"' && t[sep] == '=')
            {
                v = spaced ? q : v;
                var e = v;
                while (e < t.Length && !char.IsWhiteSpace(t[e]) && t[e] is not (',' or '&' or ';' or '}') && e - v <= 60)
                {
                    e++;
                }

                // "CN=portail.circo.example" in a certificate's subject names a host.
                if (!(key.SequenceEqual("cn") && t[v..e].Contains('.')))
                {
                    Cell(t, v, e, found);
                }
            }
        }
    }

    // "nboudjem:x:1079:100:Nour Boudjema,QG campagne,...:/home/nboudjem:/bin/bash": a line of /etc/passwd names a person's
    // account three times, the login, the full name (the first part of the comment field) and the home directory. The
    // end of the line, or -1 when it is not such a line.
    private static int PasswdEntry(ReadOnlySpan<char> t, int login, int sep, List<PersonalDataSpan> found)
    {
        var lineEnd = t[sep..].IndexOf('\n') is var n and >= 0 ? sep + n : t.Length;
        var line = t[login..lineEnd].TrimEnd('\r');
        Span<Range> fields = stackalloc Range[8];
        if (line.Split(fields, ':') != 7 || line[fields[1]] is not ("x" or "*" or "!" or "")
            || line[fields[2]].IsEmpty || line[fields[2]].ContainsAnyExceptInRange('0', '9') || line[fields[3]].IsEmpty || line[fields[3]].ContainsAnyExceptInRange('0', '9'))
        {
            return -1;
        }

        // People's accounts are numbered from 1000 (login.defs' UID_MIN); below are the system's, 65534 is nobody.
        if (!int.TryParse(line[fields[2]], out var uid) || uid < 1000 || uid >= 65534)
        {
            return login + line.Length;
        }

        var name = line[fields[0]];
        var accountStart = found.Count;
        Account(t, login, found);
        if (found.Count == accountStart)
        {
            // A system account ("postgres", "www-data") or not a person's login: its comment names a service.
            return login + line.Length;
        }

        var comment = fields[4];
        var nameEnd = line[comment].IndexOf(',') is var comma and >= 0 ? comment.Start.Value + comma : comment.End.Value;
        if (nameEnd > comment.Start.Value)
        {
            Cell(t, login + comment.Start.Value, login + nameEnd, found);
        }

        var home = line[fields[5]];
        if (home.EndsWith(name) && home.Length > name.Length && home[^(name.Length + 1)] == '/')
        {
            found.Add(new(PersonalDataType.Person, login + fields[5].End.Value - name.Length, login + fields[5].End.Value));
        }

        return login + line.Length;
    }

    // An account name after its key: lower case, five to 24 letters, digits, dots, hyphens or underscores, starting with a
    // letter, and not a system account.
    // The words after which a log names an account in running text: "Accepted publickey for mtremblay from 198.51.100.23",
    // "user kwhitebear connected", "utilisateur fgosselin a exporté", "logged in as mokoye". Folded.
    internal static readonly WordSet LoginCues = NameLists.Words(["user", "utilisateur", "for", "as"]);

    /// <summary>
    /// After a cue word [<paramref name="cueStart"/>, <paramref name="cueEnd"/>) (see <see cref="LoginCues"/>), an account
    /// name built from a person's names as logins are (<see cref="LoginOfAPerson"/>): after "user" or "utilisateur"; after
    /// "for" when " from " follows it (sshd's and a VPN's "for X from"); after "as" in "logged in as" or "signed in as". Its
    /// end, or -1.
    /// </summary>
    internal static int LoginAfter(ReadOnlySpan<char> t, int cueStart, int cueEnd, List<PersonalDataSpan> found)
    {
        if (cueEnd + 1 >= t.Length || t[cueEnd] != ' ' || !char.IsAsciiLetterLower(t[cueEnd + 1]))
        {
            return -1;
        }

        var q = cueEnd + 1;
        var e = LoginEnd(t, q);

        if (e < t.Length && (char.IsLetterOrDigit(t[e]) || t[e] is '@' or '\\' or '.' && e + 1 < t.Length && char.IsLetterOrDigit(t[e + 1])))
        {
            return -1;
        }

        var cue = t[cueStart..cueEnd];
        var placed = (cue[0] | 0x20) switch
        {
            'f' => t[e..].StartsWith(" from ", StringComparison.Ordinal),
            'a' => cueStart >= 3 && t[(cueStart - 3)..cueStart] is "in " or "In ",
            _ => LogUser(t, cueStart),
        };

        if (!placed || !LoginOfAPerson(t[q..e]))
        {
            return -1;
        }

        found.Add(new(PersonalDataType.Person, q, e));
        return e;
    }

    // "user" as a log writes it: opening a line or a field ("VPN: user", "— utilisateur"), or after "for", "from", "invalid",
    // "by", "the", "par", "de" ("Failed password for invalid user", "l'utilisateur"); not a phrase's noun ("wheelchair user
    // since", "a power user").
    private static bool LogUser(ReadOnlySpan<char> t, int cueStart)
    {
        var k = cueStart;
        if (k > 0 && t[k - 1] == ' ')
        {
            k--;
        }

        if (k == 0 || !char.IsLetter(t[k - 1]))
        {
            return true;
        }

        var w = k;
        while (w > 0 && char.IsLetter(t[w - 1]) && k - w < 8)
        {
            w--;
        }

        return t[w..k] is "for" or "from" or "invalid" or "by" or "the" or "par" or "de" or "For" or "From" or "By" or "The";
    }

    /// <summary>
    /// Whether a lower-case token is a person's account name by its shape, the way organisations make them: an initial and
    /// a listed family name ("mtremblay", "jdoucet"), a listed given name and an initial ("colleenw"), given and family
    /// names joined by a dot, a dash or an underscore ("trevor.armstrong", "m.tsang"), or such a name with digits after it
    /// ("mpetrosy6"). Not a system account, and not an ordinary word ("friendly", "experience" are none of these shapes).
    /// </summary>
    internal static bool LoginOfAPerson(ReadOnlySpan<char> login)
    {
        if (login.Length is < 4 or > 24 || SystemAccounts.Contains(login))
        {
            return false;
        }

        var letters = login.TrimEnd("0123456789");
        if (letters.Length < 4)
        {
            return false;
        }

        var joint = letters.IndexOfAny("._-");
        if (joint > 0)
        {
            var first = letters[..joint];
            var rest = letters[(joint + 1)..];
            return rest.IndexOfAny("._-") < 0 && rest.Length >= 1
                && ((Names(first, NameLists.WordFlags.Given) && (rest.Length <= 2 || Names(rest, NameLists.WordFlags.Family)))
                    || (first.Length == 1 && rest.Length >= 2 && Names(rest, NameLists.WordFlags.Family)));
        }

        return (letters.Length >= 5 && Names(letters[1..], NameLists.WordFlags.Family) && !Names(letters, NameLists.WordFlags.Given | NameLists.WordFlags.NotName))
            || (letters.Length >= 5 && Names(letters[..^1], NameLists.WordFlags.Given) && !Names(letters, NameLists.WordFlags.Given | NameLists.WordFlags.Family | NameLists.WordFlags.NotName));

        static bool Names(ReadOnlySpan<char> word, NameLists.WordFlags flags) => (NameLists.FlagsOf(word) & flags) != 0;
    }

    // The end of an account name's characters from q: lower-case letters, digits, and a dot, a dash or an underscore before
    // a letter; at most 25 characters read.
    private static int LoginEnd(ReadOnlySpan<char> t, int q)
    {
        var e = q;
        while (e < t.Length && e - q <= 24 && (char.IsAsciiLetterLower(t[e]) || char.IsAsciiDigit(t[e]) || (t[e] is '.' or '-' or '_' && e + 1 < t.Length && char.IsAsciiLetterLower(t[e + 1]))))
        {
            e++;
        }

        return e;
    }

    private static void Account(ReadOnlySpan<char> t, int v, List<PersonalDataSpan> found)
    {
        var q = v;
        while (q < t.Length && t[q] == ' ' && q - v < 2)
        {
            q++;
        }

        if (q < t.Length && t[q] == '"')
        {
            q++;
        }

        var e = LoginEnd(t, q);

        // "agent=poste-14" goes on past the letters: a workstation, not a login.
        if (e - q is < 5 or > 24 || !char.IsAsciiLetterLower(t[q]) || (e < t.Length && (char.IsLetterOrDigit(t[e]) || t[e] is '@' or '/' or '\\'))
            || (e + 1 < t.Length && t[e] is '-' or '_' or '.' && char.IsLetterOrDigit(t[e + 1]))
            || SystemAccounts.Contains(t[q..e]))
        {
            return;
        }

        found.Add(new(PersonalDataType.Person, q, e));
    }
}
