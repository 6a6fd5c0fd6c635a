using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsentKit.Targeting;

/// <summary>
/// Bad input before any rule: an operator the field's type has no meaning for, or a value of the wrong type ("age gt
/// abc", "interests gt 5"). Refused with the field and the rule, so that nothing is counted or recorded on nonsense.
/// </summary>
internal static class SegmentTyping
{
    public static void Check(SegmentDefinition segment, DataCatalog catalog)
    {
        if (Errors(segment, catalog) is { Count: > 0 } errors)
        {
            throw new ConsentKitValidationException(errors);
        }
    }

    /// <summary>The criteria whose operator or values do not fit their field's type; empty when all fit.</summary>
    public static List<ValidationError> Errors(SegmentDefinition segment, DataCatalog catalog)
    {
        var errors = new List<ValidationError>();
        foreach (var criterion in segment.Include.Fields().Concat(segment.Exclude?.Fields() ?? []))
        {
            if (catalog.Find(criterion.Field) is not { } field)
            {
                continue; // an undeclared field is a violation (R28), reported by the rules
            }

            var type = field.Type;
            var op = criterion.Operator;
            var allowed = type switch
            {
                FieldType.List => op is SegmentOperator.Contains or SegmentOperator.In or SegmentOperator.Eq or SegmentOperator.Ne or SegmentOperator.Exists,
                FieldType.Boolean => op is SegmentOperator.Eq or SegmentOperator.Ne or SegmentOperator.Exists,
                FieldType.Number or FieldType.Date => op is not SegmentOperator.Contains,
                _ => true,
            };
            if (!allowed)
            {
                errors.Add(new(criterion.Field, "segment.operator-type", $"{criterion.Field} is a {type.Name()} field: '{op.ToString().ToLowerInvariant()}' does not apply to it."));
                continue;
            }

            var values = criterion.Value switch
            {
                null => [],
                JsonArray array => array.ToList(),
                var single => [single],
            };
            foreach (var value in values)
            {
                if (!Fits(value, type, criterion.Field == "age"))
                {
                    errors.Add(new(criterion.Field, "segment.value-type", criterion.Field == "age"
                        ? "age takes whole numbers of years between 0 and 130."
                        : $"{criterion.Field} is a {type.Name()} field: every value must be a {type.Name()}{(type == FieldType.List ? " element (a text)" : "")}."));
                    break;
                }
            }
        }

        return errors;
    }

    private static bool Fits(JsonNode? value, FieldType type, bool age)
    {
        var kind = value is JsonValue v ? v.GetValueKind() : JsonValueKind.Undefined;
        if (age)
        {
            return kind == JsonValueKind.Number && value!.GetValue<double>() is var years && years is >= 0 and <= 130 && years == Math.Floor(years);
        }

        return type switch
        {
            FieldType.Number => kind == JsonValueKind.Number,
            FieldType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            FieldType.Date => kind == JsonValueKind.String && NodaTime.Text.LocalDatePattern.Iso.Parse(value!.GetValue<string>()).Success,
            _ => kind == JsonValueKind.String || (type == FieldType.Text && kind == JsonValueKind.Number),
        };
    }
}
