import PlanwerkReport

/// Draws a vote chart as a standalone SVG: each row's label in full (wrapped, never cut) above one bar per
/// series, the count at the bar's end. Used inline by the HTML writers and as an image in ODT.
public enum VoteChartSVG {
    /// The drawing's width in SVG units (the height follows from the rows).
    public static let width = 360
    static let colours = ["#1d4f7a", "#6b7785", "#a35d00", "#2e7d32"]

    /// The SVG text and its height.
    public static func render(_ chart: VoteChart) -> (svg: String, height: Int) {
        let most = VoteBar.most(chart.rows.flatMap(\.counts))
        let barWidth = 300, lineHeight = 16, barHeight = 12
        var body = "", y = 4
        for row in chart.rows {
            for line in wrap(row.label, limit: 44) {
                y += lineHeight
                body += "<text x=\"0\" y=\"\(y)\">\(e(line))</text>"
            }
            y += 4
            for (i, count) in row.counts.enumerated() {
                let length = VoteBar.length(count, most: most, width: barWidth)
                body += "<rect x=\"0\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"\(colours[i % colours.count])\"/>"
                body += "<text x=\"\(length + 4)\" y=\"\(y + 11)\">\(count.map(String.init) ?? "?")</text>"
                y += barHeight + 2
            }
            y += 8
        }
        y += lineHeight + 4
        var legend = "", x = 0
        for (i, name) in chart.series.enumerated() {
            legend += "<rect x=\"\(x)\" y=\"\(y - 10)\" width=\"10\" height=\"10\" fill=\"\(colours[i % colours.count])\"/><text x=\"\(x + 14)\" y=\"\(y)\">\(e(name))</text>"
            x += 20 + name.count * 7
        }
        let height = y + 6
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(e(chart.title))\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\">"
            + "<title>\(e(chart.title))</title><text x=\"0\" y=\"14\" font-weight=\"bold\">\(e(chart.title))</text>"
            + "<g transform=\"translate(0 16)\">" + body + legend + "</g></svg>"
        return (svg, height + 16)
    }

    /// Words joined into lines of at most `limit` characters (a longer word stands alone).
    static func wrap(_ text: String, limit: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > limit { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func e(_ s: String) -> String { HTMLWriter.escape(s) }
}
