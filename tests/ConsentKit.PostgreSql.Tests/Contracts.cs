using ConsentKit.Tests.Support;

// Every capability test of ConsentKit.Tests, run again on PostgreSQL: the same abstract test classes (StoreContract) as
// the XTestsOnSqlite classes there. A test of a SQLite-only guarantee is marked [SqliteOnly] and reported as skipped here.

namespace ConsentKit.PostgreSql.Tests;

public sealed class ProvenanceTestsOnPostgreSql() : ConsentKit.Tests.Provenance.ProvenanceTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentFoldPropertiesOnPostgreSql() : ConsentKit.Tests.Consent.ConsentFoldProperties(PostgreSqlTestProvider.Instance);
public sealed class ConsentValidationTestsOnPostgreSql() : ConsentKit.Tests.Consent.ConsentValidationTests(PostgreSqlTestProvider.Instance);
public sealed class LedgerTamperTestsOnPostgreSql() : ConsentKit.Tests.Consent.LedgerTamperTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentLedgerTestsOnPostgreSql() : ConsentKit.Tests.Consent.ConsentLedgerTests(PostgreSqlTestProvider.Instance);
public sealed class ContactDirectoryTestsOnPostgreSql() : ConsentKit.Tests.Contacts.ContactDirectoryTests(PostgreSqlTestProvider.Instance);
public sealed class CsvImportTestsOnPostgreSql() : ConsentKit.Tests.Contacts.CsvImportTests(PostgreSqlTestProvider.Instance);
public sealed class ExplanationTestsOnPostgreSql(Xunit.Abstractions.ITestOutputHelper output) : ConsentKit.Tests.Explanations.ExplanationTests(PostgreSqlTestProvider.Instance, output);
public sealed class SendRecordsTestsOnPostgreSql() : ConsentKit.Tests.Explanations.SendRecordsTests(PostgreSqlTestProvider.Instance);
public sealed class GatePropertiesOnPostgreSql() : ConsentKit.Tests.Gate.GateProperties(PostgreSqlTestProvider.Instance);
public sealed class SendGateTestsOnPostgreSql() : ConsentKit.Tests.Gate.SendGateTests(PostgreSqlTestProvider.Instance);
public sealed class StopRaceTestsOnPostgreSql() : ConsentKit.Tests.Gate.StopRaceTests(PostgreSqlTestProvider.Instance);
public sealed class TargetingGuardTestsOnPostgreSql() : ConsentKit.Tests.Targeting.TargetingGuardTests(PostgreSqlTestProvider.Instance);
public sealed class CatalogTestsOnPostgreSql() : ConsentKit.Tests.Targeting.CatalogTests(PostgreSqlTestProvider.Instance);
public sealed class AiUsePolicyTestsOnPostgreSql() : ConsentKit.Tests.AiUse.AiUsePolicyTests(PostgreSqlTestProvider.Instance);
public sealed class ExportPropertiesOnPostgreSql() : ConsentKit.Tests.Requests.ExportProperties(PostgreSqlTestProvider.Instance);
public sealed class RequestRegisterTestsOnPostgreSql() : ConsentKit.Tests.Requests.RequestRegisterTests(PostgreSqlTestProvider.Instance);
public sealed class ExportTestsOnPostgreSql() : ConsentKit.Tests.Requests.ExportTests(PostgreSqlTestProvider.Instance);
public sealed class RetentionTestsOnPostgreSql() : ConsentKit.Tests.Requests.RetentionTests(PostgreSqlTestProvider.Instance);
public sealed class ErasureTestsOnPostgreSql() : ConsentKit.Tests.Requests.ErasureTests(PostgreSqlTestProvider.Instance);
public sealed class TransparencyRegisterTestsOnPostgreSql() : ConsentKit.Tests.Transparency.TransparencyRegisterTests(PostgreSqlTestProvider.Instance);

// The consentkit tool's contract tests, with --db given as a postgresql:// URI.
public sealed class CliTestsOnPostgreSql() : ConsentKit.Cli.Tests.CliTests(PostgreSqlTestProvider.Instance);
public sealed class DpoCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.DpoCliTests(PostgreSqlTestProvider.Instance);
public sealed class ExplanationCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.ExplanationCliTests(PostgreSqlTestProvider.Instance);
public sealed class GateCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.GateCliTests(PostgreSqlTestProvider.Instance);
public sealed class TargetingCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.TargetingCliTests(PostgreSqlTestProvider.Instance);
public sealed class OptOutDuringBulkWriteTestsOnPostgreSql() : ConsentKit.Tests.Gate.OptOutDuringBulkWriteTests(PostgreSqlTestProvider.Instance);
public sealed class TamperCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.TamperCliTests(PostgreSqlTestProvider.Instance);
public sealed class RectificationTestsOnPostgreSql() : ConsentKit.Tests.Contacts.RectificationTests(PostgreSqlTestProvider.Instance);
public sealed class SafeOutputCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.SafeOutputCliTests(PostgreSqlTestProvider.Instance);
public sealed class KeyOutsideStoreTestsOnPostgreSql() : ConsentKit.Tests.Storage.KeyOutsideStoreTests(PostgreSqlTestProvider.Instance);
public sealed class ErasureTruthTestsOnPostgreSql() : ConsentKit.Tests.Requests.ErasureTruthTests(PostgreSqlTestProvider.Instance);

public sealed class TransparencyRegisterWordsTestsOnPostgreSql() : ConsentKit.Tests.Transparency.TransparencyRegisterWordsTests(PostgreSqlTestProvider.Instance);
public sealed class AccessExportWordsTestsOnPostgreSql() : ConsentKit.Tests.Requests.AccessExportWordsTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentRecord27560TestsOnPostgreSql() : ConsentKit.Tests.Requests.ConsentRecord27560Tests(PostgreSqlTestProvider.Instance);
public sealed class LinkBaseTestsOnPostgreSql() : ConsentKit.Tests.Explanations.LinkBaseTests(PostgreSqlTestProvider.Instance);
public sealed class PropagationTestsOnPostgreSql() : ConsentKit.Tests.Propagation.PropagationTests(PostgreSqlTestProvider.Instance);
