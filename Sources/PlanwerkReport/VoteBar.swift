/// The length of a drawn vote bar: `count` relative to the largest count, scaled to `width`. Total for every
/// input (records may be edited by hand): negative or missing counts draw nothing, nothing exceeds `width`.
public enum VoteBar {
    /// The largest count among `counts` (at least 1, so it can divide).
    public static func most(_ counts: [Int?]) -> Int { max(1, counts.compactMap { $0 }.max() ?? 1) }

    /// Whole units of a bar `width` long for `count` out of `most`.
    public static func length(_ count: Int?, most: Int, width: Int) -> Int {
        guard let count, count > 0, most > 0, width > 0 else { return 0 }
        let share = min(1, Double(count) / Double(most))
        return Int((share * Double(width)).rounded())
    }
}
