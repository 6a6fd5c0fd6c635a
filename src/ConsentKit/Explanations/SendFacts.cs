using System.Text.Json.Serialization;

namespace ConsentKit.Explanations;

/// <summary>
/// Everything an explanation says, frozen when the send is recorded: the explanation of a message must describe the state
/// at send time, even after the catalog, the consent or the segment change (R50). Ids, codes and dates only: no contact
/// data, so a record can be read without exposing anyone else (R53).
/// </summary>
internal sealed class SendFacts
{
    public int Version { get; set; } = 1;
    public string MessageId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string? Campaign { get; set; }
    public long SentAt { get; set; }
    public string Jurisdiction { get; set; } = "";
    public SenderIdentity Sender { get; set; } = new("", "", "");
    public SegmentFacts? Segment { get; set; }
    public List<FieldFacts> Fields { get; set; } = [];
    public ConsentFacts? Consent { get; set; }
    public bool GateAllowed { get; set; }
    public List<string> GateReasons { get; set; } = [];
    public AiFacts Ai { get; set; } = new();
}

internal sealed class SegmentFacts
{
    public string EntryId { get; set; } = "";
    public string? Name { get; set; }
    public string Definition { get; set; } = "";
    public long? Audience { get; set; }
    public long ApprovedAt { get; set; }
}

internal sealed class FieldFacts
{
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string Source { get; set; } = "";
    public string? ThirdParty { get; set; }
    public string? Country { get; set; }
}

internal sealed class ConsentFacts
{
    public string EventId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Basis { get; set; }
    public long GivenAt { get; set; }
    public string? Source { get; set; }
    public string? NoticeVersion { get; set; }
    public bool FromDataSubject { get; set; } = true;
    public string? ThirdParty { get; set; }
    public string? ThirdPartyCountry { get; set; }
    public long? ExpiresAt { get; set; }
}

internal sealed class AiFacts
{
    public bool Drafted { get; set; }
    public bool Reviewed { get; set; }
    public bool Targeting { get; set; }
    public List<AiProvider> Providers { get; set; } = [];

    // Providers named by the send but missing from the AI-use policy's registry: flagged to the privacy officer (R43).
    public List<string> Unregistered { get; set; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendFacts))]
internal sealed partial class SendFactsJson : JsonSerializerContext;
