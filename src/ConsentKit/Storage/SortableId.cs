namespace ConsentKit.Storage;

/// <summary>
/// Record ids (requests, incidents, erasures, outbox events) that sort in the order they were made. A version 7 GUID sorts by
/// its millisecond only: two made in the same millisecond come out in random order, and registers listed "by date, then id"
/// would show two requests received at the same instant in either order. Within a process each id is made greater than
/// the one before it.
/// </summary>
internal static class SortableId
{
    private static readonly Lock Gate = new();
    private static string _last = "";

    public static string New(string prefix)
    {
        var id = Guid.CreateVersion7().ToString("N");
        lock (Gate)
        {
            if (string.CompareOrdinal(id, _last) <= 0)
            {
                id = Increment(_last);
            }

            _last = id;
        }

        return prefix + id;
    }

    // Adds one to the hexadecimal number: the low bits of a version 7 GUID are random, so a carry never reaches its
    // version or variant digits in practice.
    private static string Increment(string hex)
    {
        var digits = hex.ToCharArray();
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var value = Convert.ToInt32(digits[i].ToString(), 16) + 1;
            digits[i] = (value & 0xF).ToString("x", System.Globalization.CultureInfo.InvariantCulture)[0];
            if (value < 16)
            {
                break;
            }
        }

        return new string(digits);
    }
}
