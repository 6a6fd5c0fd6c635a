// The contract suite run through a provider written outside ConsentKit (ForwardingConsentStore), as a third party runs it
// on theirs (docs/providers.md). One line per contract class, as in tests/ConsentKit.Tests/Contracts.cs.
using ConsentKit.Testing;
using ConsentKit.Testing.AiUse;
using ConsentKit.Testing.Consent;
using ConsentKit.Testing.Contacts;
using ConsentKit.Testing.Explanations;
using ConsentKit.Testing.Gate;
using ConsentKit.Testing.Propagation;
using ConsentKit.Testing.Provenance;
using ConsentKit.Testing.Requests;
using ConsentKit.Testing.Storage;
using ConsentKit.Testing.Targeting;
using ConsentKit.Testing.Transparency;

namespace ConsentKit.Testing.Tests;

public sealed class AiUsePolicyTestsOnForwardingStore() : AiUsePolicyTests(ForwardingProvider.Instance);
public sealed class ConsentFoldPropertiesOnForwardingStore() : ConsentFoldProperties(ForwardingProvider.Instance);
public sealed class ConsentLedgerTestsOnForwardingStore() : ConsentLedgerTests(ForwardingProvider.Instance);
public sealed class ObjectionTestsOnForwardingStore() : ObjectionTests(ForwardingProvider.Instance);
public sealed class ConsentValidationTestsOnForwardingStore() : ConsentValidationTests(ForwardingProvider.Instance);
public sealed class LedgerTamperTestsOnForwardingStore() : LedgerTamperTests(ForwardingProvider.Instance);
public sealed class ContactDirectoryTestsOnForwardingStore() : ContactDirectoryTests(ForwardingProvider.Instance);
public sealed class CsvImportTestsOnForwardingStore() : CsvImportTests(ForwardingProvider.Instance);
public sealed class ImportAttestationTestsOnForwardingStore() : ImportAttestationTests(ForwardingProvider.Instance);
public sealed class RectificationTestsOnForwardingStore() : RectificationTests(ForwardingProvider.Instance);
public sealed class ExplanationTestsOnForwardingStore(Xunit.Abstractions.ITestOutputHelper output) : ExplanationTests(ForwardingProvider.Instance, output);
public sealed class LinkBaseTestsOnForwardingStore() : LinkBaseTests(ForwardingProvider.Instance);
public sealed class SendRecordsTestsOnForwardingStore() : SendRecordsTests(ForwardingProvider.Instance);
public sealed class GatePropertiesOnForwardingStore() : GateProperties(ForwardingProvider.Instance);
public sealed class OptOutDuringBulkWriteTestsOnForwardingStore() : OptOutDuringBulkWriteTests(ForwardingProvider.Instance);
public sealed class SendGateTestsOnForwardingStore() : SendGateTests(ForwardingProvider.Instance);
public sealed class StopRaceTestsOnForwardingStore() : StopRaceTests(ForwardingProvider.Instance);
public sealed class PropagationTestsOnForwardingStore() : PropagationTests(ForwardingProvider.Instance);
public sealed class ProvenanceTestsOnForwardingStore() : ProvenanceTests(ForwardingProvider.Instance);
public sealed class ConsentRecord27560TestsOnForwardingStore() : ConsentRecord27560Tests(ForwardingProvider.Instance);
public sealed class AccessExportWordsTestsOnForwardingStore() : AccessExportWordsTests(ForwardingProvider.Instance);
public sealed class ErasureTestsOnForwardingStore() : ErasureTests(ForwardingProvider.Instance);
public sealed class ErasureTruthTestsOnForwardingStore() : ErasureTruthTests(ForwardingProvider.Instance);
public sealed class ExportPropertiesOnForwardingStore() : ExportProperties(ForwardingProvider.Instance);
public sealed class ExportTestsOnForwardingStore() : ExportTests(ForwardingProvider.Instance);
public sealed class RequestRegisterTestsOnForwardingStore() : RequestRegisterTests(ForwardingProvider.Instance);
public sealed class RetentionTestsOnForwardingStore() : RetentionTests(ForwardingProvider.Instance);
public sealed class KeyOutsideStoreTestsOnForwardingStore() : KeyOutsideStoreTests(ForwardingProvider.Instance);
public sealed class CatalogTestsOnForwardingStore() : CatalogTests(ForwardingProvider.Instance);
public sealed class TargetingGuardTestsOnForwardingStore() : TargetingGuardTests(ForwardingProvider.Instance);
public sealed class TransparencyRegisterWordsTestsOnForwardingStore() : TransparencyRegisterWordsTests(ForwardingProvider.Instance);
public sealed class TransparencyRegisterTestsOnForwardingStore() : TransparencyRegisterTests(ForwardingProvider.Instance);
