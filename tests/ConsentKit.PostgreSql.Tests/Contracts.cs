using ConsentKit.Testing;

// Every capability test of ConsentKit.Tests, run again on PostgreSQL: the same abstract test classes (StoreContract) as
// the XTestsOnSqlite classes there. A test of a SQLite-only guarantee is marked [SqliteOnly] and reported as skipped here.

namespace ConsentKit.PostgreSql.Tests;

public sealed class ProvenanceTestsOnPostgreSql() : ConsentKit.Testing.Provenance.ProvenanceTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentFoldPropertiesOnPostgreSql() : ConsentKit.Testing.Consent.ConsentFoldProperties(PostgreSqlTestProvider.Instance);
public sealed class ConsentValidationTestsOnPostgreSql() : ConsentKit.Testing.Consent.ConsentValidationTests(PostgreSqlTestProvider.Instance);
public sealed class LedgerTamperTestsOnPostgreSql() : ConsentKit.Testing.Consent.LedgerTamperTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentLedgerTestsOnPostgreSql() : ConsentKit.Testing.Consent.ConsentLedgerTests(PostgreSqlTestProvider.Instance);
public sealed class ObjectionTestsOnPostgreSql() : ConsentKit.Testing.Consent.ObjectionTests(PostgreSqlTestProvider.Instance);
public sealed class ContactDirectoryTestsOnPostgreSql() : ConsentKit.Testing.Contacts.ContactDirectoryTests(PostgreSqlTestProvider.Instance);
public sealed class CsvImportTestsOnPostgreSql() : ConsentKit.Testing.Contacts.CsvImportTests(PostgreSqlTestProvider.Instance);
public sealed class ImportAttestationTestsOnPostgreSql() : ConsentKit.Testing.Contacts.ImportAttestationTests(PostgreSqlTestProvider.Instance);
public sealed class ExplanationTestsOnPostgreSql(Xunit.Abstractions.ITestOutputHelper output) : ConsentKit.Testing.Explanations.ExplanationTests(PostgreSqlTestProvider.Instance, output);
public sealed class SendRecordsTestsOnPostgreSql() : ConsentKit.Testing.Explanations.SendRecordsTests(PostgreSqlTestProvider.Instance);
public sealed class GatePropertiesOnPostgreSql() : ConsentKit.Testing.Gate.GateProperties(PostgreSqlTestProvider.Instance);
public sealed class SendGateTestsOnPostgreSql() : ConsentKit.Testing.Gate.SendGateTests(PostgreSqlTestProvider.Instance);
public sealed class StopRaceTestsOnPostgreSql() : ConsentKit.Testing.Gate.StopRaceTests(PostgreSqlTestProvider.Instance);
public sealed class TargetingGuardTestsOnPostgreSql() : ConsentKit.Testing.Targeting.TargetingGuardTests(PostgreSqlTestProvider.Instance);
public sealed class CatalogTestsOnPostgreSql() : ConsentKit.Testing.Targeting.CatalogTests(PostgreSqlTestProvider.Instance);
public sealed class AiUsePolicyTestsOnPostgreSql() : ConsentKit.Testing.AiUse.AiUsePolicyTests(PostgreSqlTestProvider.Instance);
public sealed class ExportPropertiesOnPostgreSql() : ConsentKit.Testing.Requests.ExportProperties(PostgreSqlTestProvider.Instance);
public sealed class RequestRegisterTestsOnPostgreSql() : ConsentKit.Testing.Requests.RequestRegisterTests(PostgreSqlTestProvider.Instance);
public sealed class ExportTestsOnPostgreSql() : ConsentKit.Testing.Requests.ExportTests(PostgreSqlTestProvider.Instance);
public sealed class RetentionTestsOnPostgreSql() : ConsentKit.Testing.Requests.RetentionTests(PostgreSqlTestProvider.Instance);
public sealed class ErasureTestsOnPostgreSql() : ConsentKit.Testing.Requests.ErasureTests(PostgreSqlTestProvider.Instance);
public sealed class TransparencyRegisterTestsOnPostgreSql() : ConsentKit.Testing.Transparency.TransparencyRegisterTests(PostgreSqlTestProvider.Instance);

// The consentkit tool's contract tests, with --db given as a postgresql:// URI.
public sealed class CliTestsOnPostgreSql() : ConsentKit.Cli.Tests.CliTests(PostgreSqlTestProvider.Instance);
public sealed class DpoCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.DpoCliTests(PostgreSqlTestProvider.Instance);
public sealed class ExplanationCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.ExplanationCliTests(PostgreSqlTestProvider.Instance);
public sealed class GateCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.GateCliTests(PostgreSqlTestProvider.Instance);
public sealed class TargetingCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.TargetingCliTests(PostgreSqlTestProvider.Instance);
public sealed class OptOutDuringBulkWriteTestsOnPostgreSql() : ConsentKit.Testing.Gate.OptOutDuringBulkWriteTests(PostgreSqlTestProvider.Instance);
public sealed class TamperCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.TamperCliTests(PostgreSqlTestProvider.Instance);
public sealed class RectificationTestsOnPostgreSql() : ConsentKit.Testing.Contacts.RectificationTests(PostgreSqlTestProvider.Instance);
public sealed class SafeOutputCliTestsOnPostgreSql() : ConsentKit.Cli.Tests.SafeOutputCliTests(PostgreSqlTestProvider.Instance);
public sealed class KeyOutsideStoreTestsOnPostgreSql() : ConsentKit.Testing.Storage.KeyOutsideStoreTests(PostgreSqlTestProvider.Instance);
public sealed class ErasureTruthTestsOnPostgreSql() : ConsentKit.Testing.Requests.ErasureTruthTests(PostgreSqlTestProvider.Instance);

public sealed class TransparencyRegisterWordsTestsOnPostgreSql() : ConsentKit.Testing.Transparency.TransparencyRegisterWordsTests(PostgreSqlTestProvider.Instance);
public sealed class AccessExportWordsTestsOnPostgreSql() : ConsentKit.Testing.Requests.AccessExportWordsTests(PostgreSqlTestProvider.Instance);
public sealed class ConsentRecord27560TestsOnPostgreSql() : ConsentKit.Testing.Requests.ConsentRecord27560Tests(PostgreSqlTestProvider.Instance);
public sealed class LinkBaseTestsOnPostgreSql() : ConsentKit.Testing.Explanations.LinkBaseTests(PostgreSqlTestProvider.Instance);
public sealed class PropagationTestsOnPostgreSql() : ConsentKit.Testing.Propagation.PropagationTests(PostgreSqlTestProvider.Instance);
public sealed class ProtectiveDefaultsTestsOnPostgreSql() : ConsentKit.Testing.Hosting.ProtectiveDefaultsTests(PostgreSqlTestProvider.Instance);
public sealed class RecordsOfProcessingTestsOnPostgreSql() : ConsentKit.Testing.Records.RecordsOfProcessingTests(PostgreSqlTestProvider.Instance);
public sealed class VoiceCallTestsOnPostgreSql() : ConsentKit.Testing.Gate.VoiceCallTests(PostgreSqlTestProvider.Instance);
public sealed class ElectronicChannelTestsOnPostgreSql() : ConsentKit.Testing.Gate.ElectronicChannelTests(PostgreSqlTestProvider.Instance);
public sealed class SkewTestTestsOnPostgreSql() : ConsentKit.Testing.Targeting.SkewTestTests(PostgreSqlTestProvider.Instance);
public sealed class IncidentEscalationTestsOnPostgreSql() : ConsentKit.Testing.Incidents.IncidentEscalationTests(PostgreSqlTestProvider.Instance);
public sealed class AnalyticsTestsOnPostgreSql() : ConsentKit.Testing.Analytics.AnalyticsTests(PostgreSqlTestProvider.Instance);
public sealed class ElectionActTestsOnPostgreSql() : ConsentKit.Testing.Jurisdictions.ElectionActTests(PostgreSqlTestProvider.Instance);
public sealed class RequestDeskTestsOnPostgreSql() : ConsentKit.Testing.Requests.RequestDeskTests(PostgreSqlTestProvider.Instance);
public sealed class DpoAuditTrailTestsOnPostgreSql() : ConsentKit.Testing.Requests.DpoAuditTrailTests(PostgreSqlTestProvider.Instance);
public sealed class PoliticalAdNoticeTestsOnPostgreSql() : ConsentKit.Testing.Advertising.PoliticalAdNoticeTests(PostgreSqlTestProvider.Instance);
