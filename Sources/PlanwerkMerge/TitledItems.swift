import PlanwerkText

/// Items with their title keys kept beside them, so that merging compares each new title against the
/// keys of the items so far instead of normalising every item's title again.
struct TitledItems<Item> {
    private(set) var items: [Item] = []
    private var keys: [TitleKey] = []

    /// The index of the first item with the same title (and, if given, meeting `also`).
    func index(of key: TitleKey, also: (Item) -> Bool = { _ in true }) -> Int? {
        keys.indices.first { keys[$0].sameTitle(as: key) && also(items[$0]) }
    }

    mutating func append(_ item: Item, key: TitleKey) {
        items.append(item)
        keys.append(key)
    }

    subscript(index: Int) -> Item {
        get { items[index] }
        set { items[index] = newValue }
    }
}
