using System.Diagnostics;

namespace ConsentKit;

// The lowest package holds the two mechanisms every ConsentKit package shares, so that each exists once: parsing a wire
// name into its enum, and the ActivitySource named ConsentKit.
internal static class WireNames
{
    /// <summary>The enum whose wire name is <paramref name="text"/> (trimmed, case-insensitive), by its index in <paramref name="names"/>.</summary>
    internal static bool TryParse<T>(string[] names, string? text, out T value)
        where T : struct, Enum
    {
        var index = text is null ? -1 : Array.IndexOf(names, text.Trim().ToLowerInvariant());
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}

internal static class ConsentKitActivitySource
{
    public static readonly ActivitySource Instance = new(ConsentKitDiagnostics.ActivitySourceName, typeof(ConsentKitActivitySource).Assembly.GetName().Version?.ToString());
}
