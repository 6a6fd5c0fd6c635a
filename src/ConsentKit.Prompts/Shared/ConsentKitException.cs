namespace ConsentKit;

/// <summary>
/// One reason an input was refused: the field, a stable rule code and an English sentence.
/// Never carries the refused value, so that errors can be logged without personal data.
/// </summary>
/// <param name="Field">The input field, as named in the API, CSV header or CLI option (for example <c>phone</c>).</param>
/// <param name="Rule">A stable machine code, such as <c>phone.invalid</c>.</param>
/// <param name="Message">A plain English sentence naming the field and the rule.</param>
public sealed record ValidationError(string Field, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message} [{Rule}]";
}

/// <summary>The base type of the errors ConsentKit raises on purpose. Messages never contain personal data.</summary>
public class ConsentKitException : Exception
{
    /// <summary>Creates an error with a stable code.</summary>
    public ConsentKitException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates an error with a stable code and the exception that caused it.</summary>
    public ConsentKitException(string code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    /// <summary>A stable machine code, such as <c>store.newer-version</c>.</summary>
    public string Code { get; }
}

/// <summary>An input was refused; nothing was written. <see cref="Errors"/> names every field and rule that failed.</summary>
public sealed class ConsentKitValidationException : ConsentKitException
{
    /// <summary>Creates the error from one or more validation errors.</summary>
    public ConsentKitValidationException(IReadOnlyList<ValidationError> errors)
        : base("validation", BuildMessage(errors)) => Errors = errors;

    /// <summary>Every reason the input was refused.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} errors: " + string.Join("; ", errors);
}
