using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentKit.Sample.Tests;

/// <summary>docs/guide.md cannot drift: its csharp blocks are compiled together as one program and run.</summary>
public sealed partial class GuideTests
{
    [Fact]
    public async Task Guide_EverySnippet_CompilesAndRunsEndToEnd()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "docs", "guide.md"));
        var blocks = Block().Matches(guide).Select(m => m.Groups[1].Value).ToList();
        blocks.Should().HaveCountGreaterThan(8, "the guide walks through every capability");
        var tree = CSharpSyntaxTree.ParseText(string.Join("\n", blocks), new CSharpParseOptions(LanguageVersion.Latest));
        // What a new console project's ImplicitUsings give the reader's code.
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            new CSharpParseOptions(LanguageVersion.Latest));

        // What the program may use: the framework, and the assemblies this test runs with (ConsentKit and its dependencies).
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var names = new HashSet<string>(trusted.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(f => names.Add(Path.GetFileNameWithoutExtension(f)));
        var references = trusted.Concat(local).Select(f => { try { return MetadataReference.CreateFromFile(f); } catch (BadImageFormatException) { return null; } }).OfType<MetadataReference>();
        var compilation = CSharpCompilation.Create("Guide", [implicitUsings, tree], references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        image.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        var run = () => assembly.EntryPoint!.Invoke(null, assembly.EntryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        run.Should().NotThrow("the guide runs end to end");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsentKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConsentKit.sln not found above the test directory.");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
