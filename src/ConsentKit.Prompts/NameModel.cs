using System.Buffers.Binary;

namespace ConsentKit.Prompts;

/// <summary>
/// Whether a capitalized word looks like a person's name from its letters alone (issue 19, R42): logistic regression over
/// hashed 2- to 5-letter pieces, trained by <c>eng/name-model/train.mjs</c> on the given and family names of faker's
/// Latin-script locales (French, Québec, English, West African, South Asian, Vietnamese, romanized Cantonese, European)
/// against ordinary French and English words, places and brands. It finds names of communities that no shipped list
/// holds; nothing is trained or downloaded at build or run time. Held-out figures: <c>eng/name-model/report.md</c>.
/// </summary>
internal static class NameModel
{
    private const int Buckets = 1 << 16;

    private static readonly float[] Weights = Load();

    /// <summary>The probability that the folded word (<see cref="NameLists.Fold(ReadOnlySpan{char}, Span{char})"/>) is a name.</summary>
    public static double Score(ReadOnlySpan<char> folded)
    {
        if (folded.Length is < 2 or > 40)
        {
            return 0;
        }

        double z = Weights[0];
        z += Weights[Bucket(Hash("#len", Math.Min(folded.Length, 12)))];

        // The word between ^ and $, without building the string: pieces of 2 to 5 characters.
        var length = folded.Length + 2;
        for (var n = 2; n <= 5; n++)
        {
            for (var i = 0; i + n <= length; i++)
            {
                var h = 0x811c9dc5u;
                for (var k = i; k < i + n; k++)
                {
                    h = (h ^ At(folded, k)) * 0x01000193u;
                }

                z += Weights[Bucket(h)];
            }
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static char At(ReadOnlySpan<char> folded, int k) => k == 0 ? '^' : k == folded.Length + 1 ? '$' : folded[k - 1];

    private static int Bucket(uint hash) => 1 + (int)(hash % (Buckets - 1));

    // "#len" followed by the length in decimal digits, as the trainer writes it.
    private static uint Hash(string prefix, int length)
    {
        var h = 0x811c9dc5u;
        foreach (var c in prefix)
        {
            h = (h ^ c) * 0x01000193u;
        }

        foreach (var c in length.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            h = (h ^ c) * 0x01000193u;
        }

        return h;
    }

    private static float[] Load()
    {
        using var stream = typeof(NameModel).Assembly.GetManifestResourceStream("ConsentKit.Prompts.Data.name-model.bin")
            ?? throw new InvalidOperationException("Missing resource name-model.bin.");
        var bytes = new byte[Buckets * sizeof(float)];
        stream.ReadExactly(bytes);
        var weights = new float[Buckets];
        for (var i = 0; i < Buckets; i++)
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return weights;
    }
}
