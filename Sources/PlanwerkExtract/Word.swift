/// A word of a text stream: letters and digits, with its byte offsets in the stream and its comparison key.
struct Word {
    let text: String
    let start: Int
    let end: Int
    let key: ArraySlice<Unicode.Scalar>
}
