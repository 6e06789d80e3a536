/// The version of extraction (blocks -> the record of one source): raise it with every change that alters
/// any extractor's output, however small. The archive stores it with every source and reads again, on the
/// next `archive` or `run`, every source made by another version; the regression corpus test fails while a
/// changed output still carries the old number.
public enum ExtractionVersion {
    /// 1: everything up to the reliability work; 2: control characters and bidi marks removed from blocks,
    /// implausible sums no longer amounts, recommendations with different codes ("U3", "Ü3") kept apart;
    /// 3: findings name the record field they concern (`field`); 4: remarks are only what participants wrote
    /// (no headings, labels, labelled or repeated titles, status table rows); 5: the steering group's conclusions
    /// on the goal proposals (`goalConclusions`); 6: records carry their release (`release`); 7: PDF evidence
    /// names the line on the page besides the page.
    public static let current = 7
}
