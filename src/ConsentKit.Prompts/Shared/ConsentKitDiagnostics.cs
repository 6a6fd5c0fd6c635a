namespace ConsentKit;

/// <summary>
/// The names to subscribe to ConsentKit's telemetry, for example with OpenTelemetry:
/// <code>
/// services.AddOpenTelemetry()
///     .WithTracing(t =&gt; t.AddSource(ConsentKitDiagnostics.ActivitySourceName))
///     .WithMetrics(m =&gt; m.AddMeter(ConsentKitDiagnostics.MeterName));
/// </code>
/// Spans and metrics carry codes, organisation ids and counts, never personal data (docs/architecture.md).
/// </summary>
public static class ConsentKitDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>ConsentKit</c>.</summary>
    public const string ActivitySourceName = "ConsentKit";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>ConsentKit</c>.</summary>
    public const string MeterName = "ConsentKit";
}
