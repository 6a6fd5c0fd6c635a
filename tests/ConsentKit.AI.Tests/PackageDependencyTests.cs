using System.Reflection;

using ConsentKit.AI;
using ConsentKit.Prompts;

namespace ConsentKit.AI.Tests;

// Issue 18: an AI integration must not pull a database. The compiled references are what the package really needs,
// whatever the project file says.
public sealed class PackageDependencyTests
{
    [Fact]
    public void ConsentKitAI_References_PromptsAndExtensionsAIOnly()
    {
        var references = Names(typeof(PersonalDataFilterChatClient).Assembly);

        references.Where(n => n.StartsWith("ConsentKit", StringComparison.Ordinal)).Should().Equal("ConsentKit.Prompts");
        references.Should().NotContain(n => n.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || n.Contains("Npgsql", StringComparison.Ordinal) || n == "Dapper");
        references.Where(n => !IsPlatform(n) && !n.StartsWith("ConsentKit", StringComparison.Ordinal))
            .Should().OnlyContain(n => n.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal), "Microsoft.Extensions.AI and its own abstractions (logging) only");
    }

    [Fact]
    public void ConsentKitPrompts_References_ThePlatformOnly()
    {
        Names(typeof(PersonalDataScanner).Assembly).Should().OnlyContain(n => IsPlatform(n));
    }

    private static List<string> Names(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    private static bool IsPlatform(string name) => name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal);
}
