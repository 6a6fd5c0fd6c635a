namespace ConsentKit.Contacts;

/// <summary>How an import treats invalid rows.</summary>
public sealed record ImportOptions
{
    /// <summary>When true, valid rows are written and invalid ones reported; by default one invalid row means nothing is written.</summary>
    public bool Partial { get; init; }

    /// <summary>The organisation the contacts belong to; the default organisation when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>One refused CSV cell: the line (the header is line 1), the column and the rule. Never the value.</summary>
/// <param name="Line">The line number, the header being line 1.</param>
/// <param name="Field">The CSV column.</param>
/// <param name="Rule">A stable rule code.</param>
/// <param name="Message">A plain English sentence.</param>
public sealed record ImportError(int Line, string Field, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, {Field}: {Message} [{Rule}]";
}

/// <summary>The outcome of an import.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Contacts">Distinct contacts among the written rows.</param>
/// <param name="EventsWritten">Consent events appended to the ledger.</param>
/// <param name="Duplicates">Rows already recorded by an earlier import (idempotent retry).</param>
/// <param name="Rejected">Rows refused.</param>
/// <param name="Committed">False when nothing was written because a row was invalid and the import was not partial.</param>
/// <param name="Errors">Every refused cell.</param>
public sealed record ImportReport(int Rows, int Contacts, int EventsWritten, int Duplicates, int Rejected, bool Committed, IReadOnlyList<ImportError> Errors);

/// <summary>Imports contacts with their consent proof from CSV, one consent per row (see docs/cli.md for the columns).</summary>
public interface IContactImporter
{
    /// <summary>Reads, validates and writes the file in one transaction; a retried import counts its rows once.</summary>
    Task<ImportReport> ImportAsync(TextReader csv, ImportOptions? options = null, IProgress<int>? rowsRead = null, CancellationToken cancellationToken = default);
}
