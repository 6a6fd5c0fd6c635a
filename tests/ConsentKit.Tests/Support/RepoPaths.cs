namespace ConsentKit.Tests.Support;

/// <summary>Where the repository and the shared folder beside it (../shared, as in CI) are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Shared => Path.Combine(Root, "..", "shared");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ConsentKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ConsentKit.sln not found above the test binaries.");
    }
}
