/// A word of a text stream: letters and digits, with its byte offsets in the stream and where its
/// comparison key (lower-cased letters and digits) lies in the stream's key buffer. Plain offsets, so
/// words are copied without reference counting; its text is `TextStream.text(start, end)`.
struct Word {
    let start: Int
    let end: Int
    let keyStart: Int
    let keyEnd: Int
}
