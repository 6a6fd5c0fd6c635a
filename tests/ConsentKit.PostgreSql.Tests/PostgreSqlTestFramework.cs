using System.ComponentModel;
using ConsentKit.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ConsentKit.PostgreSql.Tests.PostgreSqlTestFramework", "ConsentKit.PostgreSql.Tests")]

namespace ConsentKit.PostgreSql.Tests;

/// <summary>
/// Reports every test of this assembly as skipped, with the reason, when no server is configured (outside CI), and a
/// [SqliteOnly] test as skipped always: a visible skip, never a silent pass.
/// </summary>
public sealed class PostgreSqlTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var sqliteOnly = testMethod.Method.GetCustomAttributes(typeof(SqliteOnlyAttribute)).FirstOrDefault();
            var reason = sqliteOnly is not null ? "SQLite only: " + sqliteOnly.GetConstructorArguments().First()
                : PostgreSqlTestProvider.ConnectionString is null ? PostgreSqlTestProvider.SkipReason
                : null;
            if (reason is null || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            return ReportDiscoveredTestCase(
                new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason),
                includeSourceInformation, messageBus);
        }
    }
}

/// <summary>A test reported as skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }
}
