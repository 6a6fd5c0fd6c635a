using ConsentKit.Testing;

// The consentkit tool's contract tests (tests/ConsentKit.Cli.TestUtils) on SQLite files; ConsentKit.PostgreSql.Tests runs
// the same classes with --db given as a postgresql:// URI.

namespace ConsentKit.Cli.Tests;

public sealed class CliTestsOnSqlite() : CliTests(SqliteTestProvider.Instance);
public sealed class DpoCliTestsOnSqlite() : DpoCliTests(SqliteTestProvider.Instance);
public sealed class ExplanationCliTestsOnSqlite() : ExplanationCliTests(SqliteTestProvider.Instance);
public sealed class GateCliTestsOnSqlite() : GateCliTests(SqliteTestProvider.Instance);
public sealed class SafeOutputCliTestsOnSqlite() : SafeOutputCliTests(SqliteTestProvider.Instance);
public sealed class TamperCliTestsOnSqlite() : TamperCliTests(SqliteTestProvider.Instance);
public sealed class TargetingCliTestsOnSqlite() : TargetingCliTests(SqliteTestProvider.Instance);
