/// When PDF pages are read with OCR: `auto` only pages without a usable text layer, `always` every page,
/// `never` no page (a page without text then contributes nothing).
public enum OCRMode: String, Sendable, CaseIterable {
    case auto, always, never
}
