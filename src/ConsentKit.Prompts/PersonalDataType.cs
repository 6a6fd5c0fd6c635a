namespace ConsentKit.Prompts;

/// <summary>The kinds of personal data the prompt filter finds (R42). Wire names are upper case, such as <c>CA_SIN</c>.</summary>
public enum PersonalDataType
{
    /// <summary>An e-mail address, obfuscated forms included (<c>jean [at] exemple [dot] com</c>).</summary>
    Email,
    /// <summary>A North American or French phone number, with its extension.</summary>
    Phone,
    /// <summary>A person's name, public figures and candidates included.</summary>
    Person,
    /// <summary>A street address: civic number, street type and name, apartment.</summary>
    StreetAddress,
    /// <summary>A Canadian postal code; a French one next to an address.</summary>
    PostalCode,
    /// <summary>A date given as someone's birth date.</summary>
    DateOfBirth,
    /// <summary>A Canadian social insurance number (Luhn-valid).</summary>
    CaSin,
    /// <summary>A French social security number (NIR), key checked.</summary>
    FrNir,
    /// <summary>A Québec health insurance number (RAMQ).</summary>
    QcRamq,
    /// <summary>An IBAN (mod 97).</summary>
    Iban,
    /// <summary>A payment card number (Luhn, brand prefix).</summary>
    CreditCard,
    /// <summary>An IPv4 or IPv6 address.</summary>
    IpAddress,
}

/// <summary>One piece of personal data: its type and its span in the original text, in UTF-16 code units, end exclusive.</summary>
/// <param name="Type">What was found.</param>
/// <param name="Start">The first code unit.</param>
/// <param name="End">One past the last code unit.</param>
public readonly record struct PersonalDataSpan(PersonalDataType Type, int Start, int End)
{
    /// <summary>The span's length.</summary>
    public int Length => End - Start;
}

/// <summary>What a scan found in one text: the spans in order, and the special categories the text reveals about a person.</summary>
/// <param name="Entities">The spans, ordered by start, never overlapping.</param>
/// <param name="Sensitive">The special categories revealed (health, religion, political opinion…), in enum order.</param>
public sealed record ScanResult(IReadOnlyList<PersonalDataSpan> Entities, IReadOnlyList<Targeting.DataCategory> Sensitive)
{
    /// <summary>True when nothing was found.</summary>
    public bool IsClean => Entities.Count == 0 && Sensitive.Count == 0;
}

/// <summary>Wire names of the prompt filter's vocabularies.</summary>
public static class PromptVocabulary
{
    private static readonly string[] TypeNames =
        ["EMAIL", "PHONE", "PERSON", "STREET_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "CA_SIN", "FR_NIR", "QC_RAMQ", "IBAN", "CREDIT_CARD", "IP_ADDRESS"];

    /// <summary>The wire name, such as <c>STREET_ADDRESS</c>.</summary>
    public static string Name(this PersonalDataType type) => TypeNames[(int)type];

    /// <summary>Parses a wire name.</summary>
    public static bool TryParseType(string? text, out PersonalDataType type)
    {
        var index = text is null ? -1 : Array.IndexOf(TypeNames, text.Trim().ToUpperInvariant());
        type = index < 0 ? default : (PersonalDataType)index;
        return index >= 0;
    }

    /// <summary>The wire name of a sensitive category in scan output, such as <c>POLITICAL_OPINION</c>.</summary>
    public static string SensitiveName(this Targeting.DataCategory category) => Targeting.DataCategories.Name(category).ToUpperInvariant();
}
