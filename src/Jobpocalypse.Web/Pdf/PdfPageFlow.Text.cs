using System.Text;
using PdfSharp.Drawing;

namespace Jobpocalypse.Web.Pdf;

/// <summary>The flow's word wrap and measuring.</summary>
internal sealed partial class PdfPageFlow
{
    /// <summary>Greedy word wrap, measuring each word once; a word wider than the line is broken between characters.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var space = Measure(" ", font);
        var line = new StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            line.Clear();
            double lineWidth = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Measure(word, font);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.Length > 0) lines.Add(line.ToString());
                line.Clear();
                var rest = word;
                while (wordWidth > width && rest.Length > 1)
                {
                    var fit = rest.Length - 1;
                    while (fit > 1 && Measure(rest[..fit], font) > width) fit--;
                    lines.Add(rest[..fit]);
                    rest = rest[fit..];
                    wordWidth = Measure(rest, font);
                }
                line.Append(rest);
                lineWidth = wordWidth;
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    public double Measure(string text, XFont font) => _gfx!.MeasureString(text, font).Width;
}
