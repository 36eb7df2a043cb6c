using System.Net;
using System.Text;
using Jobpocalypse.Web.Search;
using Jobpocalypse.Web.Tests.Infrastructure;

namespace Jobpocalypse.Web.Tests.Pages.Search;

/// <summary>No query of up to 200 characters, of any script, gets a 5xx: a generated set through the whole page.</summary>
[Collection(SiteCollection.Name)]
public class SearchAnyScriptTests(SiteFactory site)
{
    // Pieces readers (and robots) paste: scripts, emoji (surrogate pairs, ZWJ sequences, flags), RTL overrides and
    // marks, combining marks, zero-width characters, FTS5 operators and quotes, control characters.
    private static readonly string[] Pieces =
    [
        "nurse", "teacher", "ux", "qa", "护士", "软件工程师", "看護師", "プログラマー", "간호사", "ممرضة", "مهندس برمجيات",
        "אחות", "медсестра", "Krankenschwester", "infirmière", "ñandú", "ελληνικά", "हिन्दी", "தமிழ்", "ไทย", "ქართული",
        "😀", "👩‍⚕️", "🇺🇸", "👍🏽", "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF",
        "e\u0301", "a\u0300\u0301\u0302\u0303", "\u0301", "Z\u0351\u0352\u0353\u0354", "\"", "'", "*", "^", ":", "(", ")", "{", "}",
        "AND", "OR", "NOT", "NEAR", "NEAR(", "-", "+", "\\", "%", "%00", "&", "#", "?", "/", "<script>", "\0", "\t", "\n", "\r",
        "\u0007", "\uFFFD", "𝔘𝔟𝔢𝔯", "ｎｕｒｓｅ", "Ⅻ", "١٢٣", "０１２", "29-2072", "99-9999.99", " ",
    ];

    public static IEnumerable<object[]> Queries()
    {
        var random = new Random(17);
        for (var i = 0; i < 240; i++)
        {
            var text = new StringBuilder();
            var target = random.Next(1, OccupationSearch.MaxQueryLength + 1);
            while (text.Length < target)
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
            var query = text.ToString();
            // Cut to the limit, without leaving half a surrogate pair (lone surrogates have their own tests below).
            if (query.Length > OccupationSearch.MaxQueryLength) query = query[..OccupationSearch.MaxQueryLength];
            if (char.IsHighSurrogate(query[^1])) query = query[..^1];
            yield return [i, query];
        }
        foreach (var piece in Pieces) yield return [-1, piece];
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Any_query_up_to_200_characters_answers_without_a_server_error(int seed, string query)
    {
        using var client = site.CreateBrowserlessClient();

        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.True((int)response.StatusCode < 500, $"query #{seed} answered {(int)response.StatusCode}");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Found });
    }

    [Fact]
    public async Task Lone_surrogates_and_invalid_utf8_in_the_url_answer_without_a_server_error()
    {
        using var client = site.CreateBrowserlessClient();
        foreach (var raw in new[] { "%ED%A0%80", "%C3%28", "%FF%FE", "%F0%9F%98", "nurse%ED%B0%80" })
        {
            using var response = await client.GetAsync("/search?q=" + raw);
            Assert.True((int)response.StatusCode < 500, $"{raw} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void The_service_takes_lone_surrogates_directly()
    {
        var search = (OccupationSearch)site.Services.GetService(typeof(OccupationSearch))!;
        foreach (var text in new[] { "\uD800", "nurse\uDC00", "\uDC00\uD800", new string('\uD83D', 200) })
            Assert.NotNull(search.Search(text).Query);
    }
}
