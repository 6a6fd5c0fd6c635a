namespace ConsentKit.Testing;

/// <summary>
/// A text that stops at <paramref name="split"/> until <see cref="Release"/>: an import reading it holds its write
/// transaction open for as long as a test needs, whatever the machine's speed.
/// </summary>
public sealed class GatedReader(string text, int split) : TextReader
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _position;

    /// <summary>Completes once the reader has served everything before the split and waits.</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public override int Peek() => _position < text.Length && (_position != split || _gate.Task.IsCompleted) ? text[_position] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position == split && !_gate.Task.IsCompleted)
        {
            Reached.TrySetResult();
            _gate.Task.Wait();
        }

        return Serve(buffer);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (_position == split && !_gate.Task.IsCompleted)
        {
            Reached.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }

        return Serve(buffer.Span);
    }

    private int Serve(Span<char> buffer)
    {
        var end = _position < split ? split : text.Length;
        var n = Math.Min(buffer.Length, end - _position);
        text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
