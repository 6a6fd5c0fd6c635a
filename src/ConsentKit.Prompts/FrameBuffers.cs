using System.Runtime.CompilerServices;

namespace ConsentKit.Prompts;

// Fixed buffers held in a method's frame. A method with a loop and a stackalloc is compiled once, optimized but without
// the run-time profile other methods are recompiled with (a perf map lists it as "Optimized", not "OptimizedTier1"): the
// number recognizer, asked of every number in the text, ran that way (issue 19, item 3).
[InlineArray(24)]
internal struct Chars24
{
    private char _element;
}

[InlineArray(12)]
internal struct Chars12
{
    private char _element;
}

[InlineArray(12)]
internal struct Ints12
{
    private int _element;
}
