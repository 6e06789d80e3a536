import PlanwerkText

/// Items with their title keys kept beside them in a `TitleIndex`, so that merging compares each new title
/// against the likely keys of the items so far, not against every item's title.
struct TitledItems<Item> {
    private(set) var items: [Item] = []
    private var index = TitleIndex()

    /// The index of the first item with the same title (and, if given, meeting `also`).
    func index(of key: TitleKey, also: (Item) -> Bool = { _ in true }) -> Int? {
        index.first(sameTitleAs: key) { also(items[$0]) }
    }

    mutating func append(_ item: Item, key: TitleKey) {
        items.append(item)
        index.append(key)
    }

    subscript(index: Int) -> Item {
        get { items[index] }
        set { items[index] = newValue }
    }
}
