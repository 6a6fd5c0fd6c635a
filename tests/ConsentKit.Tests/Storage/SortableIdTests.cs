using ConsentKit.Storage;
using FluentAssertions;
using Xunit;

namespace ConsentKit.Tests.Storage;

public sealed class SortableIdTests
{
    [Fact]
    [Trait("Req", "R56")]
    public void New_ManyInTheSameMillisecond_EachSortsAfterThePrevious()
    {
        // Tens of thousands in a loop: most share a millisecond, where version 7 GUIDs alone come out in random order.
        var ids = Enumerable.Range(0, 50_000).Select(_ => SortableId.New("req-")).ToList();

        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => id.Length == 36 && id[16] == '7', "the id stays a version 7 GUID in 32 hex digits");
    }

    [Fact]
    public void New_FromManyThreads_AllDistinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 20_000, _ => ids.Add(SortableId.New("evt-")));

        ids.Should().OnlyHaveUniqueItems();
    }
}
