/// Text from protocols and records made safe for Markdown (CommonMark, with GitHub tables): whatever a title
/// or message holds, it stays literal text: no emphasis, link, image, HTML, heading, list, quote or code.
public enum MarkdownText {
    /// Always escaped: characters that open inline markup, HTML or table cells ("!" opens an image only
    /// before "[", which is escaped; "&" is escaped where it could start an entity).
    static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]
    /// Escaped at the start of a line: block markup (headings, lists, quotes, setext underlines, fences).
    static let lineStartSpecial: Set<Character> = ["#", "-", "+", "=", ">", ":"]

    /// `text` escaped; line breaks stay (each line is escaped as the start of a line; on the lines after a
    /// break leading blanks are dropped, which would otherwise make code blocks).
    public static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { i, line in escapeLine(i == 0 ? String(line) : String(line.drop { $0 == " " || $0 == "\t" })) }
            .joined(separator: "\n")
    }

    /// `text` for a table cell: escaped, line breaks as `<br>`, on one line. A cell holds inline content
    /// only, so what would start a block at the start of a line needs no escape there.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine(String($0), block: false) }.joined(separator: "<br>")
    }

    static func escapeLine(_ line: String, block: Bool = true) -> String {
        var out = ""
        var atStart = block
        var leadingDigits = block
        let chars = Array(line)
        for (i, ch) in chars.enumerated() {
            let entity = ch == "&" && i + 1 < chars.count && (chars[i + 1] == "#" || (chars[i + 1].isASCII && chars[i + 1].isLetter))
            if inlineSpecial.contains(ch) || entity || (atStart && lineStartSpecial.contains(ch)) {
                out.append("\\")
            } else if leadingDigits, !atStart, ch == "." || ch == ")" {
                out.append("\\")  // "1." or "1)" would start an ordered list
            }
            if !ch.isASCII || !ch.isNumber { leadingDigits = false }
            atStart = false
            out.append(ch)
        }
        return out
    }
}
