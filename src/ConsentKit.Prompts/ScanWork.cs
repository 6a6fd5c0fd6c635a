namespace ConsentKit.Prompts;

/// <summary>
/// Counts the scanner's inner steps on this thread: characters examined and candidates compared. The linear-time test
/// (issue 19) reads it on 1 MB and 10 MB of each adversarial family and asserts the work grows with the text, not faster;
/// a clock would measure the machine instead.
/// </summary>
internal static class ScanWork
{
    [ThreadStatic]
    private static long _steps;

    public static long Steps => _steps;

    public static void Add(long steps) => _steps += steps;

    public static void Reset() => _steps = 0;
}
