using System.Collections.Frozen;
using System.Runtime.Intrinsics;
using ConsentKit.Targeting;

namespace ConsentKit.Prompts;

/// <summary>
/// The special categories a text reveals about a person (R42), from fr/en lexicons: a term counts when it is not negated
/// ("n'est pas diabétique", "no history of") and the sentence is about a person (a name, a pronoun, a title). Political
/// opinion needs an act of support (member, donor, volunteer, petition, voting intention), not a party's name alone.
/// </summary>
internal static class SensitiveLexicon
{
    // Before every other field: the lexicon's own initializers may compare text (static fields are set in written order).
    private static readonly char[] UpperLatin = [.. Enumerable.Range(0, 0x250).Select(c => char.ToUpperInvariant((char)c))];

    private static readonly WordSet Negations = NameLists.Words(new[]
    {
        "pas", "ne", "n", "aucun", "aucune", "jamais", "sans", "ni", "non", "no", "not", "never", "without", "nor", "denies", "nie", "plus", "isn", "doesn", "didn", "wasn", "aren", "don", "won", "isnt", "doesnt", "didnt",
    });

    private static readonly WordSet PersonCues = NameLists.Words(new[]
    {
        "il", "elle", "ils", "elles", "lui", "son", "sa", "ses", "leur", "leurs", "je", "j", "moi", "mon", "ma", "mes", "nous", "vous", "votre", "vos",
        "he", "she", "him", "his", "her", "hers", "they", "their", "them", "i", "my", "me", "we", "our", "you", "your",
        "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "patient", "patiente", "client", "cliente", "electeur", "electrice", "voter", "resident", "residente",
        "citoyen", "citoyenne", "benevole", "volunteer", "membre", "member", "monsieur", "madame", "mari", "femme", "husband", "wife", "fils", "fille", "son", "daughter",
        "mere", "pere", "mother", "father", "voisin", "voisine", "neighbour", "neighbor", "famille", "family", "personne", "person", "someone", "quelqu",
    });

    // Political acts need a party, candidate or cause nearby; these phrases carry it themselves.
    private static readonly WordSet SelfContainedPolitical = NameLists.Words(new[]
    {
        "votera pour", "va voter pour", "vote pour", "votes for", "voted for", "will vote for", "a vote pour", "intention de vote", "voting intention",
        "plans to vote", "compte voter", "petition", "pétition", "pancarte", "lawn sign", "party member", "membre du parti", "carte de membre",
        "membership card", "party donor", "donateur du parti", "donatrice du parti", "sympathisant", "sympathisante", "militant", "militante", "adherent", "adhérent", "adhérente", "supporter of", "partisan du", "partisane du",
    }, StringComparer.OrdinalIgnoreCase);

    // Acts that a party's own notes record without naming it (issue 19: donations, canvassing, signs, petitions, voting
    // intentions, membership and volunteering "even when no party is named"), about a person the text identifies.
    private static readonly WordSet ActsWithoutParty = NameLists.Words(new[]
    {
        "lawn signs", "yard sign", "one of your signs", "one of our signs", "pancartes", "voting for", "vote for you", "votes for you",
        "not voting", "strong supporter", "strong yes", "leaning yes", "leaning no", "soft yes", "undecided voter",
        "member since", "membre depuis", "devenir membre", "become a member", "became a member", "devenu membre", "devenue membre", "nouveau membre", "nouvelle membre", "new member",
        "membership", "adhésion", "adhesion", "bénévole", "benevole", "bénévolat", "benevolat", "volunteer", "volunteering",
        "volunteer list", "door-to-door", "knock doors", "porte-à-porte", "porte-a-porte", "phone bank", "donor", "donors",
        "donateur", "donatrice", "pétitions", "petitions",
        // The party's activity itself (GDPR art. 9(2)(d): a party's records of its members and of the people in regular
        // contact with it reveal their political opinion): roles, shifts, events, donations and receipts, rides to vote.
        "canvass", "canvasser", "canvassers", "canvassing", "gotv", "e-day", "jour du vote", "advance poll", "vote par anticipation",
        "scrutineer", "scrutineers", "scrutineering", "scrutateur", "scrutatrice", "représentant du parti", "représentante du parti",
        "agent officiel", "agente officielle", "official agent", "campaign manager", "directeur de campagne", "directrice de campagne",
        "colistier", "colistière", "colistiers", "tête de liste", "caucus", "aile jeunesse", "youth wing", "comité de soutien",
        "tractage", "tracter", "tracte", "tractons", "tracts", "boîtage", "boitage", "procuration", "procurations", "pointage", "pointé", "pointée", "pointés",
        "cotisation", "renewed", "renewal", "renouvellement", "renouveler", "membre à vie",
        "gave $", "a donné", "a donne", "donated", "donation", "donations", "don de", "don au", "don en ligne", "dons", "don mensuel",
        "reçu fiscal", "tax receipt", "contribution politique", "fundraiser", "souper-bénéfice", "gala de financement", "leader's dinner",
        "stand de la section", "kiosque du parti", "bénévoles", "volunteers", "adhérer", "adherer", "équipe de campagne", "campaign team",
        "campaign staff", "frais de campagne", "chargé de mission", "chargée de mission", "monthly gift", "signataire", "signataires",
        "lettre ouverte", "open letter", "assesseur", "assesseure", "assesseurs", "investiture", "colleurs d'affiches", "colleur d'affiches",
        "comité électoral", "comite electoral", "adhère", "adhere", "pledged",
        "sign crew", "gives $", "give $", "will give $",
        // A canvasser's shorthand for where a voter stands, and the errands of election day (the eighteenth blind set). Each
        // term starts with a word that ordinary prose seldom uses ("says yes", not "is a yes"): the word pass probes every
        // word that starts a term.
        "switching to us", "says yes", "both yes", "hard no", "vote libéral", "votent libéral", "vote conservateur", "vote vert",
        "voting green", "voting liberal", "voting ndp", "voting conservative", "anyone but the", "door hangers", "sign drops", "sign drop",
        "nomination meeting", "kitchen-table meeting", "solliciteur payé", "phone-banker",
        "lift pour voter", "lift pour l'anticipé", "ride to vote",
        "block captain", "mise en candidature", "dans votre camp", "dans notre camp", "backing us", "yes vote", "pointeur", "pointeuse",
        "responsable de secteur", "frappé à", "cognées", "knocked on",
        // Where a voter leans, and votes for a camp without a party's name (the twenty-first blind set).
        "penche vers nous", "penche pour nous", "strong no", "leans yes", "leans no", "leaning our way", "vote autonomiste", "vote indépendantiste",
        "vote souverainiste", "vote fédéraliste", "vote liberal", "vote ndp", "vote npd", "vote green", "vote conservative", "vote bloc",
        "appuient toutes", "appuient tous",
    }
    // "donne 75 $", "donnera 200 $": the verb is a donation only before an amount ("ça donne", "donne-moi" are not).
    .Concat(Enumerable.Range(1, 9).SelectMany(d => new[] { $"donne {d}", $"donnera {d}" })), StringComparer.OrdinalIgnoreCase);

    // The campaign's own words: a note that speaks of its campaign, candidate, riding or section records the people it
    // names as the party's contacts (the blind sets' broad rule; GDPR art. 9(2)(d)). Unlike an act, such a word says
    // nothing of the writer ("help me plan our riding's turnout"): only a name, a number or an address makes it personal.
    // Requests, suppliers and the press are declined as for the acts.
    private static readonly WordSet CampaignWords = NameLists.Words(new[]
    {
        // Each term starts with a word that is rare in ordinary text ("campagne", not "le" or "notre"): the word pass probes a
        // table for every word whose first letters start a term, and "le don de" made every "le" a probe.
        "campagne", "campaign", "candidat", "candidate", "candidats", "candidates", "circo", "circonscription", "riding", "municipales",
        "section de", "réunion de section", "camarades", "parrainage", "parrainages", "soutien à", "soutient", "soutenir",
        "affiches", "collé les affiches", "coller des affiches", "coller affiches", "phoning", "shift", "shifts", "field organizer", "organizer",
        "sign", "signs", "lit drop", "leaflet", "flyer", "tract", "endorsing", "endorsement", "backer", "pledge", "lean yes", "lean no",
        "support_score", "appui=", "cote 1", "cote 2", "cote 3", "cote 4", "cote 5", "trésorier", "trésorière", "délégué", "déléguée", "délégués",
        "congrès", "exécutif", "outreach", "coordinator", "coordonnateur", "coordonnatrice", "town hall", "townhall", "gala", "supporters", "supporter", "vote chez nous", "kiosque",
        // The party's words for its people: members, support scores, gifts, meetings and the staff of its elected members.
        "membre", "membres", "member", "members", "appui", "donate", "donating", "endorse", "rally", "permanence", "mandataire",
        "promesse de don", "don par", "don refusé", "parlementaire", "attaché de presse", "attachée de presse", "attaché(e)",
        "transport pour voter", "voter au bureau", "ride to vote", "rides to vote", "ride to the polls", "réunion d'appartement",
        "café-rencontre", "réunion publique", "public meeting", "porte à porte",
        // Election day's and the campaign's roles, events and logistics (the fifth round, from the fourth and fifth sets).
        "poll captain", "poll worker", "poll workers", "téléphoniste", "téléphonistes", "phone-bank", "banque tél", "banque téléphonique",
        "door-knock", "door knock", "knocking on", "knockers", "turf", "delegate", "delegates", "leadership race", "leadership vote",
        "leadership convention", "nominations", "nominating committee", "agm", "assemblée générale", "soirée-bénéfice", "souper-bénéfice",
        "fundraising dinner", "dinner guests", "covoiturage", "chauffeurs", "local électoral", "comité électoral", "représentant au bureau", "représentante au bureau",
        "a voté", "voting today", "endorser", "déclaration de candidature", "debate-watch", "appuis",
        // Leaflets and rides to the poll in the words of the seventh set (the fourth round).
        "dépliants", "depliants", "leaflets", "flyers", "pamphlets", "ride to the poll", "transport jour j",
        // Holding a polling station's desk, election day, posters, doors, the association's officers and lists (the twenty-second set).
        "tient le bureau", "tenir le bureau", "jour j", "affiche", "affichage", "colleur", "colleuse", "colleurs",
        "doors", "treasurer", "joined the party", "rejoint le parti", "convocation", "penchent pour nous", "tenir la table", "tient la table",
        "tenir le stand", "tient le stand",
        // A party's congress and convention: its delegations, plenaries and accreditation (the twenty-third set).
        "délégation", "délégations", "delegation", "delegations", "déléguées", "plénière", "plenary", "accréditation", "accreditation",
        // Not "notre liste", "conseil national", "policy convention" or "meet and greet": the word pass would probe every
        // "notre", "conseil", "policy" and "meet" of a text.
        "comité jeunesse", "aile des aînés", "door-knocking", "poll clerk", "congrès national",
        // A party's deliberation (the twenty-fourth and twenty-fifth sets): its resolutions and amendments, their movers and
        // seconders, briefs to its platform consultation, its drafting committee, proxies and nomination papers, its
        // association, and the party itself named as one (see PartyNoun). A "mémoire" of memory and a conflict's or a
        // screen's "resolution" are phrases of NoCategory below.
        "résolution", "résolutions", "resolution", "resolutions", "amendement", "amendements", "amendment", "amendments",
        "proposeur", "proposeuse", "appuyeur", "appuyeuse", "appuyé par", "appuyée par", "moved the resolution", "moved the motion",
        "seconder", "seconded by", "seconded the", "comité de rédaction", "drafting committee", "resolutions committee",
        "plateforme électorale", "electoral platform", "platform hearing", "platform hearings",
        "mémoire", "mémoires", "brief on", "brief to", "brief submission", "submitted a brief", "convention", "nomination papers",
        "nomination contest", "nomination contestant", "nomination race", "proxy vote", "proxy votes", "proxy form",
        "comité de section", "bought a table", "acheté une table", "reçu pour son don", "reçu pour votre don", "signatures pour", "signatures for",
        "riding association", "association de circonscription", "association de comté", "parti", "party", "party's", "party’s",
        "party office", "party store", "party leader", "party executive", "party headquarters", "party hq", "party staff",
        "party website", "party president", "platform committee", "platform cttee", "comité de la plateforme", "déposer une motion",
        "assemblée de cuisine", "phone tree",
        // A riding association's annual meeting and nominating contest (the twenty-sixth set): its credentials committee,
        // ballots and ballot boxes, the nomination as a contest, election chair and the members' signatures for a
        // contestant. Not "nomination" or "nominee" alone: a medal's or an award's nomination is no party's (the thirtieth set).
        "aga", "ag de section", "credentials committee", "credentials table", "credentials chair", "comité de vérification des pouvoirs",
        "vérification des pouvoirs", "nomination paper", "nomination vote", "nomination ballot", "seeking the nomination",
        "wins the nomination", "won the nomination", "win the nomination", "running for the nomination", "run for the nomination",
        "ran for the nomination", "first ballot", "second ballot",
        "ballot box", "ballot boxes", "urne", "président d'élection", "présidente d'élection", "président d'assemblée",
        "présidente d'assemblée", "membership cut-off", "signé pour", "signe pour", "signatures on",
        // Rides and errands of a vote, rallies, fundraising evenings, a by-election's team, the people who relay the party's
        // posts or subscribe to its newsletter (regular contacts, GDPR art. 9(2)(d)): the twenty-seventh set.
        "tiendra le bureau", "tenait le bureau", "drive voters", "driving voters",
        "drives voters", "leafleting", "leafletting", "tractera", "relaie nos", "relaie notre", "relaient nos", "shares our posts", "voting the other way", "backs the other", "backs us",
        "rassemblement", "soirée de financement", "souper de financement", "cocktail de financement", "faire un don", "fait un don",
        "fera un don", "newsletter subscriber", "newsletter subscribers", "abonné à l'infolettre", "abonnée à l'infolettre",
        "abonnés à l'infolettre", "signed up for the newsletter", "inscrit à l'infolettre", "inscrite à l'infolettre", "by-election",
        "élection partielle", "législative partielle", "social media team", "équipe réseaux sociaux",
        // The party's float in a parade and its booth at a fair (the twenty-eighth set).
        "party booth", "party table", "party stage", "party float", "party tent", "party banner", "float crew", "float rider",
        "float riders", "float driver", "float shift", "float sponsorship", "ride the float", "riding the float", "équipe du char",
        "char allégorique", "chars allégoriques", "montage du char", "défiler sur le char", "défilé", "défilés", "parade", "parades",
        "booth", "booths", "booth captain", "banderole", "banderoles", "carry the banner", "macarons",
        // Watch parties, sign hosts, market stands, posters and field organizers (the twenty-ninth set).
        "watch party", "lawn-sign", "lawn-signs", "sign host", "sign hosts", "tiendront le stand", "tiendra le stand",
        "lift pour l'anticipation", "posters", "organisateur de terrain", "organisatrice de terrain", "agent de terrain",
        "agente de terrain", "soutien de la liste",
        // A party's leadership race (the thirty-second set): its contest, debates, ranked ballots and their choices, voting
        // PINs, membership sales before the list freeze, the count and its recount, endorsements and the concession.
        // Where a voter stands in a canvass ("undecided", "indécis"), and the polling desk or table a volunteer holds (the
        // thirty-first set).
        "chefferie", "course à la direction", "leadership debate", "leadership contest", "leadership campaign", "leadership election",
        "leadership candidate", "leadership candidates", "élection du chef", "vote préférentiel", "ranked ballot", "ranked-ballot",
        "nip de vote", "voting pin", "voting code", "code de vote", "deuxième choix",
        "second choice", "first choice", "1st choice", "2nd choice", "tally room", "tally team", "dépouillement", "recomptage", "recount",
        "mock debate", "debate prep", "cartes de membre", "memberships", "membership drive", "membership forms", "gel de la liste",
        "list freeze", "endorsements", "concession call", "discours de concession", "undecided", "indécis", "indécise", "groupe local",
        "feront le bureau de vote", "fera le bureau de vote", "faire le bureau de vote", "tiennent la table", "tient la table",
        "tiendra la table", "tiennent le stand", "tient le stand", "voting against us", "vote against us", "votes against us",
        // A leaders' debate from the campaign's side (the thirty-fourth set): its rehearsals and stand-ins, the fact-check
        // and rapid-response room, the spin room's surrogates and the supporters' watch evenings. Not the debate itself nor
        // a "debate night": a public event that anyone attends.
        "débat simulé", "débats simulés", "stand-in", "stand-ins", "fact-check", "fact-checks", "fact-checker", "fact-checkers",
        "rapid response", "rapid-response", "riposte", "spin room", "surrogate", "surrogates", "debate watch", "soirée d'écoute",
        "soirées d'écoute", "doublure du chef",
        // Postering and leaflet drops: the crews, their van and kits, the door-hanger runs, a window's poster, the official
        // boards a French list's volunteers stick on (the thirty-seventh set). "Poster" and "collage" alone say nothing.
        "postering", "poster crew", "poster crews", "poster van", "poster kit", "poster kits", "poster run", "poster runs",
        "poster route", "poster night", "poster pickup", "poster coordinator", "window poster", "door hanger", "door-hanger",
        "door-hangers", "accroche-portes", "accroche-porte", "équipe de collage", "soirée de collage", "collage d'affiches",
        "collage des affiches", "collage sur les panneaux", "collage panneaux",
        "panneaux officiels", "panneau officiel", "panneaux électoraux", "panneau électoral",
        // A letter-writing and postcard programme: its writers, its op-eds and letters to the papers, its co-signers, its
        // postcard nights and tables (the thirty-eighth set). A postcard or a co-signer alone says nothing.
        "postcard night", "postcard nights", "postcard table", "postcard team", "postcard drive", "postcard writers",
        "postcard writer", "postcard volunteers", "postcard kits", "postcard kit", "postcard captain", "corvée de cartes",
        "letter to the editor", "letters to the editor", "letter writers", "letter-writers", "letter-writing", "letter writing",
        "auteurs de lettres", "auteur de lettres", "autrice de lettres", "courrier des lecteurs", "op-ed", "op-eds",
        "cosignataire", "cosignataires", "co-signataire", "co-signataires", "co-signers list", "co-signers of",
        // A party's summer school: the université d'été, and the speakers, panels, workshops and bursaries of a summer school
        // (the fortieth set). "Summer school" alone is as often a child's.
        "université d'été", "universités d'été", "summer school speaker", "summer school speakers", "summer school panel",
        "summer school workshop", "summer school workshops", "summer school bursary", "summer school plenary",
    }, StringComparer.OrdinalIgnoreCase);

    // After the acts: the lexicon includes them (static fields are set in the order they are written).
    internal static readonly Dictionary<string, DataCategory> Terms = Build();

    // Not a category: a phrase saying that the text records no one's opinion (a request for access, deletion or silence, a
    // supplier, the press: the conventions of the blind sets, and a request is not a contact relationship). Found by the
    // word pass with the terms, so that no text is searched again for it; read by Evaluate only.
    internal const DataCategory NotAnOpinion = (DataCategory)63;

    // Not a category either: a phrase that holds a term without its meaning ("carte d'assurance maladie" is a card, not an
    // illness); as the longest match it hides the term, and counts for nothing.
    internal const DataCategory NoCategory = (DataCategory)62;

    // The person cues that identify someone: not "we", "our", "you", nor the "j'" and "m'" of the writer's own sentence.
    private static readonly WordSet IdentifyingCues = NameLists.Words(new[]
    {
        "il", "elle", "lui", "son", "sa", "ses", "je", "moi", "mon", "ma", "mes", "he", "she", "him", "his", "her", "hers", "i", "my", "me",
        "mme", "mlle", "mr", "mrs", "ms", "dr", "monsieur", "madame",
    });

    // Membership of a union is not a political opinion ("adhérent CFDT", "membre du SCFP"): it is the trade-union category.
    internal static readonly string[] UnionNames = ["cgt", "cfdt", "fo", "ftq", "csn", "csq", "scfp", "cupe", "unifor", "fiq", "apts", "teamsters", "syndicat", "union", "snes", "fsu", "unsa", "sud"];

    internal static readonly string[] PoliticalTargets =
    [
        "parti", "party", "candidat", "candidate", "campagne", "campaign", "pq", "plq", "caq", "qs", "solidaire", "npd", "ndp", "liberal", "libéral",
        "conservat", "bloc", "vert", "green", "lfi", "insoumis", "rn", "rassemblement", "renaissance", "republicain", "républicain", "socialist",
        "eelv", "ecolog", "écolog", "cause", "mouvement", "movement", "depute", "député", "mp", "mna",
        // In a party's own notes the party is "nous", and an election is the context of every act.
        "nous", "notre", "nos", "us", "our", "scrutin", "election", "élection", "vote", "voter", "jour j", "comite", "comité", "riding", "circonscription", "municipales",
        "association de comté", "association de comte", "riding association", "you guys", "vous", "your",
    ];

    /// <summary>The categories among <paramref name="hits"/> (term start, length, category) that count: not negated, about a person.</summary>
    public static IReadOnlyList<DataCategory> Evaluate(string text, List<(int Start, int Length, DataCategory Category)> hits, IReadOnlyList<PersonalDataSpan> entities)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var t = text.AsSpan();
        // The categories found, as bits of their values: read back in ascending order, as a sorted set would give them.
        ulong found = 0;
        // The names, in order and apart (entities never overlap): each term finds the nearest one by binary search.
        int? target = null;
        // Where the text says it records no one's opinion (a request, a supplier): few texts, few places.
        List<int>? declining = null;
        foreach (var (i, _, category) in hits)
        {
            if (category == NotAnOpinion)
            {
                (declining ??= []).Add(i);
            }
        }
        foreach (var (i, term, category) in hits)
        {
            // Once a category is found, its other terms cost one lookup.
            if (category is NotAnOpinion or NoCategory || (found & (1UL << (int)category)) != 0 || PartOfAName(t, i, term, category) || InsideAName(i, entities)
                || (char.IsAsciiDigit(t[i + term - 1]) && t.Slice(i, term).StartsWith("donn", StringComparison.OrdinalIgnoreCase) && !AmountAt(t, i + term - 1)))
            {
                continue;
            }

            // Only a status is cancelled by its negation ("n'est pas membre", "has never donated").
            var negationCounts = category != DataCategory.PoliticalOpinion || IsStatus(t, i);
            // A political act is about someone the text identifies: the "we" and "you" of a party's notes are the party.
            var political = category == DataCategory.PoliticalOpinion;

            if (!(negationCounts && Negated(t, i))
                && ((political && CampaignWords.Contains(t.Slice(i, term)) && WholeWord(t, i + term) && PartyNoun(t, i, term) && !UnionAfter(t, i + term)
                        && AboutAPerson(t, i, entities, true, NoCues) && !Declined(t, i, declining))
                    || ((!political || !CampaignWords.Contains(t.Slice(i, term))) && AboutAPerson(t, i, entities, political, political ? IdentifyingCues : PersonCues)
                        && (!political || (Political(t, i, term, ref target) && !Declined(t, i, declining))))))
            {
                found |= 1UL << (int)category;
            }
        }

        var categories = new List<DataCategory>(System.Numerics.BitOperations.PopCount(found));
        for (; found != 0; found &= found - 1)
        {
            categories.Add((DataCategory)System.Numerics.BitOperations.TrailingZeroCount(found));
        }

        return categories;
    }

    /// <summary>A lexicon term as the word pass holds it: with the signature of its characters after the first four, which
    /// the word pass's key already matched.</summary>
    internal readonly record struct Candidate(string Term, DataCategory Category, ulong Signature, ulong Mask)
    {
        public static Candidate Of(string term, DataCategory category)
        {
            var (signature, mask) = (0UL, 0UL);
            for (var k = 4; k < Math.Min(term.Length, 4 + 8); k++)
            {
                signature |= (ulong)SignatureByte(term[k]) << ((k - 4) * 8);
                mask |= 0xFFUL << ((k - 4) * 8);
            }

            return new(term, category, signature, mask);
        }
    }

    /// <summary>The longest lexicon term at <paramref name="i"/> among <paramref name="candidates"/> (longest first); length 0 when none.</summary>
    public static (int Length, DataCategory Category) Match(ReadOnlySpan<char> t, int i, Candidate[] candidates)
    {
        // The word pass asks about four or five terms per word that shares a term's first four letters, and most differ
        // from it in the next few characters: one comparison of their signatures dismisses them.
        var signature = Signature(t, i + 4);

        foreach (ref readonly var candidate in candidates.AsSpan())
        {
            if ((signature & candidate.Mask) == candidate.Signature && StartsWithIgnoreCase(t, i, candidate.Term)
                && (candidate.Category != DataCategory.EthnicOrigin || Inflected(t, i + candidate.Term.Length, candidate.Term)))
            {
                return (candidate.Term.Length, candidate.Category);
            }
        }

        return (0, default);
    }

    // The signature bytes of the eight characters from `from` (fewer at the text's end), one vector step when they are ASCII.
    private static ulong Signature(ReadOnlySpan<char> t, int from)
    {
        if (from + 8 <= t.Length)
        {
            var v = Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(t)), (nuint)from);
            if (Vector128.LessThanAll(v, Vector128.Create((ushort)0x80)))
            {
                var lower = Vector128.LessThan(v - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var upper = v - (lower & Vector128.Create((ushort)0x20));
                return Vector128.Narrow(upper, upper).AsUInt64().ToScalar();
            }
        }

        var signature = 0UL;
        var end = Math.Min(t.Length, from + 8);
        for (var k = from; k < end; k++)
        {
            signature |= (ulong)SignatureByte(t[k]) << ((k - from) * 8);
        }

        return signature;
    }

    // One byte of a character that two characters the same but for case share (SameIgnoringCase): the low byte of its
    // upper case. Others may share it too; the full comparison follows.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static byte SignatureByte(char c) =>
        (byte)(c < 0x80 ? (char.IsAsciiLetterLower(c) ? c - 0x20 : c) : Upper(c));

    // A people's or a nation's name is a whole word, or the same word inflected ("Marocaines", "Iranienne", "Latinas"):
    // "roma" is not "roman" or "romantique", "crie" not "crier", "arabe" not "arabesque", "innu" not "innumerable".
    private static bool Inflected(ReadOnlySpan<char> t, int end, string term)
    {
        if (!char.IsLetter(term[^1]))
        {
            return true;
        }

        var j = end;
        while (j < t.Length && char.IsLetter(t[j]) && j - end < 4)
        {
            j++;
        }

        var suffix = t[end..j];
        return suffix.Length == 0 || suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("e", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("es", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ne", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nes", StringComparison.OrdinalIgnoreCase) || suffix.Equals("a", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("as", StringComparison.OrdinalIgnoreCase);
    }

    // StartsWith(term, OrdinalIgnoreCase) without its per-call set-up: the word pass asks about three terms per word that
    // shares a term's first four letters, and the terms differ from such a word only after them, so the comparison starts
    // there and most candidates fail on one character.
    internal static bool StartsWithIgnoreCase(ReadOnlySpan<char> t, int i, string term)
    {
        if (t.Length - i < term.Length)
        {
            return false;
        }

        var s = t.Slice(i, term.Length);
        for (var k = Math.Min(4, term.Length); k < term.Length; k++)
        {
            if (!SameIgnoringCase(s[k], term[k]))
            {
                return false;
            }
        }

        for (var k = 0; k < Math.Min(4, term.Length); k++)
        {
            if (!SameIgnoringCase(s[k], term[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameIgnoringCase(char a, char b) =>
        a == b || ((a | b) < 0x80
            ? (a | 0x20) == (b | 0x20) && (uint)((a | 0x20) - 'a') <= 'z' - 'a'
            : Upper(a) == Upper(b));

    // char.ToUpperInvariant, read from a table for the Latin letters French and English text holds: past ASCII the call
    // goes to the globalization library, which the word pass reached for every accented letter near a term.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char Upper(char c) => c < UpperLatin.Length ? UpperLatin[c] : char.ToUpperInvariant(c);


    // A negation among the four words before the term, in the same clause: "n'a pas le diabète", "no history of cancer".
    private static bool IsStatus(ReadOnlySpan<char> t, int i)
    {
        foreach (var status in StatusStems)
        {
            if (t[i..].StartsWith(status, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // What a person is or has given, which a negation cancels; an absence from an act ("je serai pas au collage ce soir",
    // "g pas reçu ma pancarte") is still the act, and a refusal to vote for someone is still a voting intention.
    private static readonly string[] StatusStems = ["membre", "member", "adh", "don", "donat", "donor", "a donné", "a donne", "gave", "contribut", "parti", "party"];

    // A parenthesis opens a clause of its own: "ne pas appeler avant 11 h (dialyse le matin)" negates the call, not the care.
    private static bool Negated(ReadOnlySpan<char> t, int i) => PersonalDataScanner.CueBefore(t, i, 4, Negations, ".,;!?\n:(");

    // A term inside a name is not about anyone: "Saint-Jean-Baptiste", "Church Street", "44 church st", and a people's name
    // after "en" or "in" is a language ("traduction en vietnamien").
    private static bool PartOfAName(ReadOnlySpan<char> t, int i, int length, DataCategory category)
    {
        if (i > 0 && t[i - 1] == '-')
        {
            return true;
        }

        var k = i + length;
        while (k < t.Length && t[k] == ' ' && k - (i + length) < 2)
        {
            k++;
        }

        var e = k;
        while (e < t.Length && char.IsLetter(t[e]) && e - k < 12)
        {
            e++;
        }

        // "Dr Le Bras" after the term is a title and a name: "le don de Dr Le Bras".
        if (e > k && k > i + length && NameLists.Contains(PersonalDataScanner.EnglishStreetTypeSet, t[k..e])
            && !TitleBeforeAName(t, k, e))
        {
            return true;
        }

        return category == DataCategory.EthnicOrigin && PersonalDataScanner.CueBefore(t, i, 1, LanguageCues);
    }

    // "donne 75 $", "donnera 200 €": the verb's terms end on an amount's first digit and count only when the number is money.
    private static bool AmountAt(ReadOnlySpan<char> t, int k)
    {
        var end = k;
        while (end < t.Length && end - k < 12 && (char.IsAsciiDigit(t[end]) || t[end] is ' ' or '\u00A0' or '\u202F' or ',' or '.'))
        {
            end++;
        }

        return end < t.Length && (t[end] is '$' or '€' || t[end..].StartsWith("dollars", StringComparison.OrdinalIgnoreCase) || t[end..].StartsWith("euros", StringComparison.OrdinalIgnoreCase));
    }

    // "parti" and "party" alone are a political party only as one is named: "le parti", "du parti", "au Parti vert", "the
    // Green Party", "the party's"; not "il est parti", "parti pris", "a party of four", "parti-exemple.ca".
    private static bool PartyNoun(ReadOnlySpan<char> t, int i, int length)
    {
        if (length != 5 || (t[i] | 0x20) != 'p' || !(t.Slice(i, 5).Equals("parti", StringComparison.OrdinalIgnoreCase) || t.Slice(i, 5).Equals("party", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var end = i + 5;
        if ((end < t.Length && t[end] is '-' or '.' && end + 1 < t.Length && char.IsLetter(t[end + 1])) || (i > 0 && t[i - 1] is '.' or '@' or '/' or '-' or '_'))
        {
            return false;
        }

        var p = i;
        while (p > 0 && t[p - 1] == ' ')
        {
            p--;
        }

        var w = p;
        while (w > 0 && (char.IsLetter(t[w - 1]) || t[w - 1] is '\'' or '’'))
        {
            w--;
        }

        var previous = t[w..p];
        if (t[i + 4] is 'y' or 'Y')
        {
            return (end + 1 < t.Length && t[end] is '\'' or '’' && (t[end + 1] | 0x20) == 's') || NameLists.Contains(PartyAdjectives, previous);
        }

        var n = end;
        while (n < t.Length && t[n] == ' ')
        {
            n++;
        }

        if (t[n..].StartsWith("pris", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A capital inside a sentence is the party's name: "au Parti vert", "Parti Québécois".
        return NameLists.Contains(PartyDeterminers, previous) || (t[i] == 'P' && ((w > 0 && t[..w].TrimEnd().Length > 0 && t[..w].TrimEnd()[^1] is not ('.' or '!' or '?' or '\n')) || (n < t.Length && char.IsUpper(t[n]))));
    }

    private static readonly WordSet PartyDeterminers = NameLists.Words(new[] { "le", "du", "au", "notre", "votre", "leur", "ce", "un", "son", "mon", "ton", "nouveau", "ancien" }, StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet PartyAdjectives = NameLists.Words(new[]
    {
        "liberal", "conservative", "democratic", "green", "progressive", "labour", "labor", "communist", "libertarian", "people's", "people’s",
        "socialist", "republican", "reform", "rhinoceros", "heritage", "québécois", "quebecois", "pirate", "marxist-leninist", "our", "your",
    }, StringComparer.OrdinalIgnoreCase);

    // A campaign's word is a whole word: "CampaignHQ-5G" names a network.
    private static bool WholeWord(ReadOnlySpan<char> t, int end) => end >= t.Length || t[end - 1] == ' ' || !char.IsLetterOrDigit(t[end]);

    // A term that a found name or address holds is part of it: "Lori-Ann Baptiste", "Trevor Baptiste", "stagiaire3@permanence.example".
    private static bool InsideAName(int i, IReadOnlyList<PersonalDataSpan> entities)
    {
        int lo = 0, hi = entities.Count, steps = 0;
        while (lo < hi)
        {
            steps++;
            var mid = (lo + hi) >>> 1;
            if (entities[mid].End > i)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        ScanWork.Add(steps);
        return lo < entities.Count && entities[lo].Start <= i && entities[lo].Type is PersonalDataType.Person or PersonalDataType.Email;
    }

    private static bool TitleBeforeAName(ReadOnlySpan<char> t, int k, int e)
    {
        if (!NameLists.Contains(NameLists.Titles, t[k..e]))
        {
            return false;
        }

        var n = e < t.Length && t[e] == '.' ? e + 1 : e;
        return n + 1 < t.Length && t[n] == ' ' && char.IsUpper(t[n + 1]);
    }

    private static readonly WordSet LanguageCues = NameLists.Words(new[] { "en", "in", "into" });

    // The sentence holding the term names a person (a PERSON span) or refers to one (pronoun, title, role).
    // A note, an SMS or a short e-mail is about the person it names, wherever the name stands in it ("Volunteer form /
    // Full name: Olivia Chan / … / I'm deaf in one ear"): within this length the whole text is the neighbourhood.
    private const int ShortText = 600;

    // A party's records name a contact by a number or an address as often as by a name ("From +1 587 555 0121: yes put me
    // down for a sign"): for a political act, a phone number or an e-mail address identifies the person too.
    private static bool AboutAPerson(ReadOnlySpan<char> t, int i, IReadOnlyList<PersonalDataSpan> entities, bool contactsIdentify, WordSet cues)
    {
        var (s, e) = t.Length <= ShortText ? (0, t.Length) : Neighbourhood(t, i);
        // The first entity ending after the neighbourhood starts (entities are sorted and apart), then those starting in it:
        // no more of them than the neighbourhood's characters, which are counted already.
        int lo = 0, hi = entities.Count, steps = e - s;
        while (lo < hi)
        {
            steps++;
            var mid = (lo + hi) >>> 1;
            if (entities[mid].End > s)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        ScanWork.Add(steps);
        for (var k = lo; k < entities.Count && entities[k].Start < e; k++)
        {
            if (entities[k].Type == PersonalDataType.Person || (contactsIdentify && entities[k].Type is PersonalDataType.Phone or PersonalDataType.Email))
            {
                return true;
            }
        }

        if (cues.Set.Count == 0)
        {
            return false;
        }

        var j = s;
        while (j < e)
        {
            while (j < e && !char.IsLetter(t[j]))
            {
                j++;
            }

            var w = j;
            while (j < e && char.IsLetter(t[j]))
            {
                j++;
            }

            if (j > w && NameLists.Contains(cues, t[w..j]))
            {
                return true;
            }
        }

        return false;
    }

    // The cheap lookups first: most acts carry their context, and a short text's target is looked for once.
    private static bool Political(ReadOnlySpan<char> t, int i, int length, ref int? shortTarget) =>
        !UnionAfter(t, i + length) && (ActsWithoutParty.Contains(t.Slice(i, length)) || ActsWithoutParty.Contains(FirstWord(t.Slice(i, length)))
            || SelfContainedPolitical.Contains(t.Slice(i, length)) || PoliticalTarget(t, i, ref shortTarget));

    // "bénévole pour", "volunteer for": a longer term that begins with an act is that act.
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> term) => term.IndexOf(' ') is var space and > 0 ? term[..space] : term;

    // A campaign's word counts only with a name, a number or an address near it: no pronoun or title makes it personal.
    private static readonly WordSet NoCues = NameLists.Words([]);

    // "adhérent CFDT", "member of CUPE 1500": a union among the three words after a membership term.
    internal static bool UnionAfter(ReadOnlySpan<char> t, int end)
    {
        var slice = t[end..Math.Min(t.Length, end + 30)];
        Span<char> buffer = stackalloc char[slice.Length];
        ReadOnlySpan<char> window = NameLists.TryFoldWord(slice, buffer, out var length) ? buffer[..length] : NameLists.FoldWord(slice);
        // Split by hand: SplitAny with a separator past ASCII ('’') built a character map for every political term and
        // searched with it, 3% of a dense run in the ahead-of-time compiled tool (issue 19).
        var k = 0;
        for (var words = 0; words < 3; words++)
        {
            while (k < window.Length && IsWordSeparator(window[k]))
            {
                k++;
            }

            var start = k;
            while (k < window.Length && !IsWordSeparator(window[k]))
            {
                k++;
            }

            if (k == start)
            {
                return false;
            }

            foreach (var union in UnionNames)
            {
                if (window[start..k].SequenceEqual(union))
                {
                    return true;
                }
            }
        }

        return false;

        static bool IsWordSeparator(char c) => c is ' ' or ',' or ';' or ':' or '(' or ')' or '\'' or '’';
    }

    // A request for access, deletion or silence, a supplier or the press: no opinion is recorded. A short text is one
    // context; in a long one, the neighbourhood of the act.
    private static bool Declined(ReadOnlySpan<char> t, int i, List<int>? declining)
    {
        if (declining is null)
        {
            return false;
        }

        if (t.Length <= ShortText)
        {
            return true;
        }

        var (s, e) = Neighbourhood(t, i);
        foreach (var at in declining)
        {
            if (at >= s && at < e)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PoliticalTarget(ReadOnlySpan<char> t, int i, ref int? shortTarget)
    {
        // A note or an SMS is one context: the party it names in one line is the party of the act in the next.
        if (t.Length <= ShortText && shortTarget is { } known)
        {
            return known != 0;
        }

        var (s, e) = t.Length <= ShortText ? (0, t.Length) : Neighbourhood(t, i);
        // Folded into a pooled buffer: a string per political term hit was most of what dense notes allocate.
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(e - s);
        try
        {
            ReadOnlySpan<char> sentence = NameLists.TryFoldWord(t[s..e], rented, out var folded) ? rented.AsSpan(0, folded) : NameLists.FoldWord(t[s..e]);
            var found = StartsAWordWithATarget(sentence);
            if (t.Length <= ShortText)
            {
                shortTarget = found ? 1 : 0;
            }

            return found;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    internal static bool StartsAWordWithATarget(ReadOnlySpan<char> sentence)
    {
        // A target counts where it starts a word (what follows is free: "conservat" is a stem). Each word's start is compared
        // with the few targets of its first letter: a multi-string search is not vectorized in the ahead-of-time compiled
        // tool, where it took 2% of a dense run (issue 19).
        for (var at = 0; at < sentence.Length; at++)
        {
            var c = sentence[at];
            if (c is < 'a' or > 'z' || (at > 0 && char.IsLetter(sentence[at - 1])))
            {
                continue;
            }

            foreach (var target in TargetsByFirstLetter[c - 'a'])
            {
                if (sentence[at..].StartsWith(target, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Folded once (a target was folded again for every hit before), and filed by first letter (every folded target starts
    // with a letter from a to z).
    private static readonly string[][] TargetsByFirstLetter = [.. Enumerable.Range('a', 26).Select(letter =>
        PoliticalTargets.Select(target => NameLists.FoldWord(target)).Distinct(StringComparer.Ordinal).Where(target => target[0] == letter).ToArray())];

    // A sentence ends at '!', '?', a line break, or a '.' followed by a space: the dots of e-mails and numbers do not end one.
    private static bool EndsSentence(ReadOnlySpan<char> t, int k) =>
        t[k] is '!' or '?' or '\n' || (t[k] == '.' && (k + 1 >= t.Length || char.IsWhiteSpace(t[k + 1])));

    private static (int Start, int End) Sentence(ReadOnlySpan<char> t, int i)
    {
        var s = i;
        while (s > 0 && !EndsSentence(t, s - 1) && i - s < 300)
        {
            s--;
        }

        var e = i;
        while (e < t.Length && !EndsSentence(t, e) && e - i < 300)
        {
            e++;
        }

        return (s, e);
    }

    // The sentence of the term and its neighbours: notes name the person in one sentence and describe them in the next.
    private static (int Start, int End) Neighbourhood(ReadOnlySpan<char> t, int i)
    {
        var (s, e) = Sentence(t, i);
        var before = s >= 2 ? Sentence(t, s - 2).Start : s;
        var after = e + 1 < t.Length ? Sentence(t, e + 1).End : e;
        return (before, after);
    }

    private static Dictionary<string, DataCategory> Build()
    {
        var terms = new Dictionary<string, DataCategory>(StringComparer.OrdinalIgnoreCase);
        void Add(DataCategory category, string list)
        {
            foreach (var term in list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                terms[term] = category;
            }
        }

        Add(DataCategory.Health, "diabète|diabete|diabétique|diabetique|diabetes|diabetic|cancer|chimio|chemotherapy|chemo|dialyse|dialysis|vih|hiv|sida|séropositi|seropositi|dépression|depression|depressed|déprimé|anxiété|anxiety|schizophr|bipolaire|bipolar|alzheimer|démence|dementia|parkinson|sclérose|sclerosis|autisme|autiste|autism|autistic|épilep|epilep|asthme|asthma|handicap|disabilit|disabled|fauteuil roulant|wheelchair|enceinte|pregnan|grossesse|fausse couche|miscarriage|avortement|abortion|hospitalis|à l'hôpital|a l'hopital|in hospital|in the hospital|médicament|medication|ordonnance|prescription|insuline|insulin|thérapie|therapy|psychiatr|psycholog|burn-out|burnout|dépendance|addiction|addicted|alcoolique|alcoholic|toxicoman|santé mentale|mental health|mental illness|maladie|illness|chirurgie|surgery|opéré|greffe|transplant|avc|stroke|crise cardiaque|heart attack|infarctus|long covid|covid longue|diagnosed|diagnostiqué|diagnostiquée|souffre de|suffers from|suffering from|atteint de|atteinte de|malade|sick|ill with|cholestérol|hypertension|arthrite|arthritis|sclérose en plaques|ms patient|troubles alimentaires|eating disorder|anorexi|boulimi|tdah|adhd|cancer du|rémission|remission|soins palliatifs|palliative|aveugle|blind|sourd|deaf|clsc|physiothérap|physiotherap|allergie|allergique|allergy|allergic|antidépress|antidepress|anxiolyti|epipen|déambulateur|deambulateur|pontage|bypass|l'hôpital|l'hopital|hip replacement|recovering from|se remet d|convalesc|mobilité réduite|reduced mobility|fauteuil|malvoyant|malvoyante|malentendant|malentendante|visually impaired|hard of hearing|désintox|desintox|rehab|migraine|ptsd|tspt|stress post-traumatique|post-traumatic|covid|tested positive|mal de dos|back pain|marchette|oxygène|on oxygen|cœliaque|coeliaque|celiac|coeliac|cancer|chronic pain|douleur chronique|copd|bpco|knee replacement|hip replacement|remplacement du genou|prothèse|fibromyalgi|fracturé|fracturée|fractured|crise de goutte|panic attack|crise de panique|accident de travail|insuffisance cardiaque|heart failure|drépanocyt|ms relapse|ms flare|flare-up|sclérose en plaque|antidouleur|painkiller|pain killers|in labour|in labor|en travail pour accoucher|accouche|sclérose latérale|lou gehrig|uses a cane|a cane|a walker|radiothérapie|radiotherapy|radiation therapy|emphysème|emphysema|perte de vision|vision loss|heart condition|problème cardiaque|her walker|his walker|arthrose|knee replaced|hip replaced|back brace|à l'urgence|a l'urgence|troubles d'équilibre|can't do stairs|ne peut plus marcher|cardiologue|cardiologist|infusions|opération au genou|opération à la hanche|back went out|flared up|macular degeneration|dégénérescence maculaire|rééducation|fracture de la hanche|fracture du bassin|fracture du col|broke her hip|broke his hip|cataract|cataracte|glaucome|glaucoma|amputé|amputée|amputation|hernie|herniated|hernia");
        Add(DataCategory.Genetic, "génétique|genetique|genetic|adn|dna|brca|héréditaire|hereditaire|hereditary|inherited|mucoviscidose|cystic fibrosis|huntington|trisomie|down syndrome|23andme|ancestrydna|porteur du gène|porteuse du gène|carrier of the gene|gene mutation|mutation du gène|mutation génétique|drépanocytose|sickle cell|hémophilie|hemophilia|test génétique|genetic test|dépistage génétique|genetic screening|lynch syndrome|syndrome de lynch|maladie de huntington|huntington's disease|brca1|brca2");
        Add(DataCategory.Biometric, "empreinte digitale|empreintes digitales|fingerprint|reconnaissance faciale|facial recognition|face id|faceprint|face template|facial matching|empreinte de la paume|palm scan|empreinte vocale|voiceprint|scan de l'iris|iris scan|scan rétinien|retina scan|biométri|biometri|gabarit facial|facial template|score facial|selfie comparé|face match|face scan|enrôlement biométrique|enrollment biométrique|biometric enrolment|biometric enrollment|facial-recognition|lecteur de paume|palm vein|veines de la paume|palm-vein|face_match|palm-scan|empreinte_digitale|lecteur d'iris|scanner d'iris");
        Add(DataCategory.Religion, "musulman|muslim|juif|juive|jewish|chrétien|chretien|christian|catholique|catholic|protestant|évangélique|evangelique|evangelical|hindou|hindu|sikh|bouddhiste|buddhist|athée|athee|atheist|mosquée|mosquee|mosque|église|eglise|church|synagogue|temple|paroisse|parish|prière|priere|prayer|prays|pray|prie à|ramadan|kippour|kippur|shabbat|sabbath|messe|hijab|kippa|kirpan|turban|voile islamique|imam|rabbin|rabbi|curé|priest|témoin de jéhovah|temoin de jehovah|jehovah|mormon|baptiste|baptist|pratiquant|pratiquante|devout|croyant|croyante|believer|converti|convertie|converted to|bar mitzvah|bat mitzvah|communion|confirmation religieuse|gurdwara|pèlerinage|pilgrimage|carême|lent fast|halal|casher|kosher|jummah|reverend|révérend|reverende|révérende|pasteur|pastor|abbé|imam|rabbi|sœurs de|soeurs de|nun|religieuse|chaplain|aumônier|seventh-day|adventist|adventiste|presbyt|paroiss|bénir|bless|sikhe|jewish community|mennonite|mennonites|hutterite|hutterites|amish|aïd|l'aïd|eid|hasidic|hassidique|juif orthodoxe|orthodox jew|sitting shiva|assise shiva|assis shiva");
        Add(DataCategory.EthnicOrigin, "d'origine|origine ethnique|ethnic origin|ethnicity|ethnie|ethnique|of haitian|of moroccan|of algerian|of lebanese|of vietnamese|of chinese|of italian|of indian|descent|descendance|haïtien|haitien|haïtienne|haitienne|haitian|algérien|algerien|algérienne|algerian|marocain|marocaine|moroccan|tunisien|tunisienne|libanais|libanaise|lebanese|vietnamien|vietnamienne|autochtone|indigenous|first nations|premières nations|premieres nations|inuk|inuit|métis|metisse|racisé|racisée|racialized|minorité visible|minorite visible|visible minority|black community|communauté noire|communaute noire|arabe|latino|latina|hispanique|hispanic|immigré|immigre|immigrée|immigrant|réfugié|refugie|réfugiée|refugee|sans-papiers|undocumented|afro-|caribéen|caribbean|maghrébin|maghrebin|sénégalais|congolais|camerounais|ivoirien|syrien|syrienne|syrian|iranien|iranian|pakistanais|pakistani|sri-lankais|tamoul|tamil|punjabi|roma|rom |somali|somalie|somalien|somalienne|ghanaian|ghanéen|ghanéenne|atikamekw|innu|innue|cree|crie|mohawk|kanien'kehá:ka|kanien'keha:ka|anishinaabe|mi'kmaq|mi’kmaq|wendat|huron-wendat|naskapi|abénakis|abenaki|sépharade|sepharade|sephardic|ashkénaze|ashkenazi|kabyle|amazigh|berbère|berber|érythréen|eritrean|éthiopien|ethiopian|nigérian|nigerian|rwandais|burundais|burkinabè|burkinabe|malien|malienne|ivoirienne|guinéen|guinéenne|jamaïcain|jamaican|filipino|philippin|philippine|salvadorien|colombien|colombienne|mexicain|mexicaine|boat people|chinois|chinoise|chinese|polonais|polonaise|péruvien|péruvienne|peruvian|portugais|portugaise|portuguese|ukrainien|ukrainienne|ukrainian|coréen|coréenne|korean|bangladais|bangladeshi|bengali|tamoule|pendjabi|malgache|comorien|comorienne|mahorais|mahoraise|quechua|afghan|afghane|kurde|kurdish|arménien|arménienne|armenian|égyptien|égyptienne|egyptian|haitian-canadian|première génération|mi'kmaw|mi’kmaw|micmac|tlingit|ojibwe|ojibway|wendat|huron-wendat|abénaki|abenaki|wolastoqiyik|malécite|malecite|naskapi|anishnabe|anicinape|haudenosaunee|african nova scotian|afro-néo-écossais|afro-neo-ecossais|séfarade|sefarade|ashkénaze|ashkenaze|sephardic|ashkenazi|vietnamese-canadian|vietnamese canadian|tibétain|tibétaine|tibetan|oji-cree|wolastoqey|taiwanese|taïwanais|taïwanaise|bushinengué|kali'na|anishinabe|anishinabeg|tlicho|tłı̨chǫ|dene|déné|gwich'in|nisga'a|haida|secwepemc|salish|siksika|kainai|piikani|blackfoot|nakota|lakota|snuneymuxw|musqueam|tsleil-waututh|heiltsuk|nuu-chah-nulth|kwakwaka'wakw|innu-aimun speaker");
        Add(DataCategory.SexualOrientation, "gay|gai |gais |lesbienne|lesbian|bisexuel|bisexuelle|bisexual|homosexuel|homosexuelle|homosexual|queer|lgbt|2slgbt|lgbtq|transgenre|transgender|non-binaire|non binaire|non-binary|nonbinary|coming out|coming-out|fierté gaie|défilé de la fierté|pride parade|pride march|son conjoint de même sexe|same-sex|même sexe|meme sexe|drag queen|pansexu|asexu|conversion therapy|thérapie de conversion|therapie de conversion|orientation sexuelle|sexual orientation|trans woman|trans man|femme trans|homme trans|personne trans|trans person|son mari,|her wife|his husband|sa femme, elle|fiertés|fiertes|came out as|sorti du placard|sortie du placard|his boyfriend|her girlfriend|son boyfriend|sa girlfriend");
        Add(DataCategory.TradeUnion, "syndiqué|syndique|syndiquée|syndicat|syndical|syndicale|union member|unionized|unionised|union rep|union steward|délégué syndical|delegue syndical|déléguée syndicale|cotisation syndicale|union dues|ftq|csn|csq|scfp|cupe|unifor|fiq|apts|teamsters|cgt|cfdt|force ouvrière|en grève|en greve|on strike|piquet de grève|picket line|local union|union local|labour union|labor union|trade union|métallos|metallos|steelworkers|usw local|ibew|osstf|etfo|opseu|sefpo|seiu|ufcw|tuac|psac|afpc|alliance de la fonction publique|bargaining unit|unité de négociation|atu local|sud rail|snes|fae|ona");
        Add(NoCategory, "assurance maladie|assurance-maladie|health card|health insurance|sud santé|sud sante|signature|signal");
        // The words of a party's deliberation that ordinary prose uses otherwise: memory, a conflict's or a screen's
        // resolution, a labour agreement, a convention centre, a third party's party.
        Add(NoCategory, "perte de mémoire|pertes de mémoire|trou de mémoire|trous de mémoire|troubles de mémoire|troubles de la mémoire|mémoire vive|carte mémoire|conflict resolution|dispute resolution|screen resolution|high resolution|high-resolution|haute résolution|résolution de conflit|résolution de conflits|résolution de problème|résolution de problèmes|résolution d'écran|bonne résolution|bonnes résolutions|new year's resolution|convention collective|convention de stage|convention signée|convention de partenariat|convention d'|convention fiscale|convention centre|convention center|naming convention|third party|third-party|birthday party|dinner party|party of|aga khan|urne funéraire|urne cinéraire|défilé de mode|voting booth|photo booth|phone booth|toll booth|rabbit|rabbits|convertible|convertibles|blessé|blessée|blessés|blessées|blessure|blessures");
        // A member's office serves every constituent, and a letter of support is casework's (the thirty-first set). So is a
        // constituent who asks the office for an appointment, a form, its support or help with compensation or an aid
        // programme (NotAnOpinion below; the thirty-fifth set's permanence). Not social housing: a petition is about it.
        Add(NoCategory, "lettre d'appui|lettres d'appui|letter of support|letters of support|support letter|bureau de circonscription|constituency office|riding office");
        Add(NotAnOpinion, "demande d'accès|demande d'acces|demande d’accès|demande d’acces|access request|droit d'accès|droit d'acces|retirer de vos listes|retirer de votre liste|retire son nom|retirer son nom|retirez-moi|remove me|unsubscribe|désabonn|desabonn|stop calling|complained|complaint about|fournisseur|supplier|vendor|imprimeur|print shop|journaliste|journalist|reporter|ajouté par erreur|ajoutée par erreur|undeliverable|login failed|login ok|mfa_denied|login_audit|facturation|invoice|numéro à retirer|gérant|gérante|store manager|requests deletion|casework|dossier de circonscription|assurance-emploi|employment insurance|passport renewal|renouvellement de passeport|sécurité de la vieillesse|old age security|oas/gis|non sollicité|non sollicités|unsolicited|indemnisation|l'appui du député|l'appui de la députée|appuyer la demande|appuie la demande|demande un rendez-vous|demande le formulaire|aide financière|programme d'aide|disaster assistance|disaster financial assistance|retirer de toutes les listes|retirer des listes|remove from all lists");
        Add(DataCategory.PoliticalOpinion, "appuie|appuyé|appuyée|appuyer|appuient|supports|supported|supporter of|leaning|endorse|endorses|endorsed|gives $|financement|souper-benefice|impliquer|rejoindre|join the|join our|sympathisant|sympathisante|partisan du|partisane du|partisan de|militant|militante|bénévole pour|benevole pour|bénévole de|benevole de|bénévole à|benevole a|volunteer for|volunteers for|volunteered for|volunteering for|donné au|donation to|donor to|contribution au|contributed to|pétition|petition|votera pour|va voter pour|vote pour|votes for|voted for|will vote for|a voté pour|a vote pour|intention de vote|voting intention|plans to vote|compte voter|pancarte|lawn sign|party member|membre du parti|membre de la|membre du|member of the|carte de membre|party donor|donateur du parti|donatrice du parti|membership card|adhérent|adherent|adhérente|encarté|encartée|signed up for|s'est inscrit au parti|fervent|fervente|staunch|benevoles|membre|membres|members|appui|appuis|don |donate|donating|contribution|collage d'affiches|canvass for|vote toujours|voter pour|votera|vote for us|votes for us|will vote|intends to vote|s'impliquer|get involved|militer|ne votera pas|won't vote|house party|coffee party|rally|rallye|supporter|indécis|indécise|undecided|hésite entre|permanence");
        // The acts that carry their own context are terms too: written once, in ActsWithoutParty.
        Add(DataCategory.PoliticalOpinion, string.Join('|', ActsWithoutParty.Set));
        Add(DataCategory.PoliticalOpinion, string.Join('|', CampaignWords.Set));
        return terms;
    }
}
