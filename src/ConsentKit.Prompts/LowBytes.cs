using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ConsentKit.Prompts;

/// <summary>
/// Sixteen characters of a text as their low bytes, for the searches that look for ASCII or Latin-1 characters sixteen
/// positions a step (the next trigger, a look-alike beside a digit, a SQL statement). A character past U+00FF reads as its
/// low byte: each search either compares its candidates in full or lets them pass to a check that does.
/// </summary>
internal static class LowBytes
{
    /// <summary>The low bytes of <c>t[i..(i + 16)]</c>; the caller keeps <c>i + 16 &lt;= t.Length</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> At(ReadOnlySpan<char> t, int i)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
        return Vector128.Narrow(Vector128.LoadUnsafe(ref start, (nuint)i), Vector128.LoadUnsafe(ref start, (nuint)(i + 8)));
    }
}
