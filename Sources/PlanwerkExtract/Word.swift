/// A word of a text stream: letters and digits, with its byte offsets in the stream and its comparison key
/// (lower-cased letters and digits; its text is `TextStream.text(start, end)`).
struct Word {
    let start: Int
    let end: Int
    let key: ArraySlice<Unicode.Scalar>

    /// True when the word is `lowercased` (a short function word such as "als" or "nicht").
    func `is`(_ lowercased: String) -> Bool { key.elementsEqual(lowercased.unicodeScalars) }
}
