using System.Text;
using System.Text.RegularExpressions;

namespace ConsentKit.Explanations;

/// <summary>
/// What every page ConsentKit writes shares (explanations, access exports, transparency registers, and the integrator's own
/// screens such as a 404 or a stop confirmation): one style sheet that reflows at 320 CSS pixels without sideways scrolling
/// (WCAG 2.1 SC 1.4.10) with contrast above 4.5:1, and addresses and URLs turned into links.
/// </summary>
public static partial class PageStyle
{
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The style sheet, for a <c>style</c> element (no outside resource, so a strict Content-Security-Policy holds).</summary>
    // Long words, e-mail addresses and URLs wrap anywhere, and tables lay out in the page's width: nothing pushes it wider.
    public static string Css { get; } =
        "body{font:1.1rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0;overflow-wrap:anywhere}"
        + "main{max-width:48rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.1rem}"
        + "a{color:#0b4f9c}a:focus,button:focus,textarea:focus{outline:3px solid #1a1a1a;outline-offset:2px}"
        + "table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0f0}"
        + "dt{font-weight:600;margin-top:.6rem}dd{margin:0 0 0 1rem}ul,ol{padding-left:1.4rem}"
        + "textarea{width:100%;box-sizing:border-box;font:inherit}"
        + "button{font:inherit;padding:.6rem 1.2rem;color:#fff;background:#9b1c1c;border:0;border-radius:.3rem;cursor:pointer}.switch{text-align:right}";

    // The head every ConsentKit page opens with, so that each page is a whole document with its language, the viewport
    // that lets it reflow at 320 px and the shared style; the caller writes the body's content and Close()s it.
    internal static StringBuilder Open(string language, string encodedTitle, string extraCss = "", int capacity = 8192) =>
        new StringBuilder(capacity).Append("<!doctype html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(encodedTitle).Append("</title>\n")
            .Append("<style>").Append(Css).Append(extraCss).Append("</style>\n</head>\n<body>\n<main>\n");

    // Text for a page: every character that could become markup escaped, accents as they are.
    internal static string Encode(string text) => Encoder.Encode(text);

    internal static string Close(StringBuilder page) => page.Append("</main>\n</body>\n</html>\n").ToString();

    // The JSON every document ConsentKit hands to a person or an authority is written with: indented, accents as they are.
    internal static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A document value as text for a page: a string as it is, anything else as its JSON, nothing as empty.
    internal static string Text(System.Text.Json.Nodes.JsonNode? node) => node is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";

    /// <summary>
    /// Escapes <paramref name="text"/> for HTML and turns the e-mail addresses (<c>mailto:</c>) and http(s) URLs in it into
    /// links; nothing else becomes markup.
    /// </summary>
    public static string Linked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (Match m in Links().Matches(text))
        {
            var value = m.Value.TrimEnd('.', ',', ';', ':', ')', '»', '!', '?');
            html.Append(Encoder.Encode(text[last..m.Index]));
            var href = value.Contains('@', StringComparison.Ordinal) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? "mailto:" + value : value;
            html.Append("<a href=\"").Append(Encoder.Encode(href)).Append("\">").Append(Encoder.Encode(value)).Append("</a>");
            last = m.Index + value.Length;
        }

        return html.Append(Encoder.Encode(text[last..])).ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Links();
}
