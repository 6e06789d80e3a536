/// Removes dots that sit alone inside the counter (the enclosed hole) of a glyph, such as the dot of a
/// dotted zero in monospaced fonts, before a page goes to tesseract: tesseract reads "0" with a dot
/// as "8" or "6", which breaks dates, votes and amounts.
///
/// Dark pixels (< 128) form components with 8-connectivity. A component is a counter dot when it is
/// small, compact and roughly round; rays from its centre to all four sides meet one and the same
/// character-sized glyph; and the light region around it, filled with 4-connectivity, stays inside that
/// glyph's box (a hole, not the page background or a table cell) and fills most of the glyph (a ring
/// like "0", not a framed box with text in it).
public enum CounterDotRemover {
    private struct Component {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        var count = 0
        var width: Int { maxX - minX + 1 }
        var height: Int { maxY - minY + 1 }
    }

    /// A copy of `pixels` (8-bit grey, 0 black) with counter dots painted white, and how many were removed.
    public static func clean(pixels: [UInt8], width: Int, height: Int) -> (pixels: [UInt8], removed: Int) {
        guard width > 2, height > 2, pixels.count == width * height else { return (pixels, 0) }
        let (labels, components) = darkComponents(pixels, width: width, height: height)
        var out = pixels
        var removed = 0
        for (index, dot) in components.enumerated() where isDotShaped(dot, pageHeight: height) {
            let label = Int32(index + 1)
            guard let glyphLabel = surroundingGlyph(of: dot, label: label, labels: labels, width: width, height: height) else { continue }
            let glyph = components[Int(glyphLabel) - 1]
            guard isCharacterRing(glyph, around: dot, pageHeight: height),
                  let hole = hole(around: dot, in: glyph, labels: labels, width: width),
                  5 * hole.width >= 2 * glyph.width, 5 * hole.height >= 2 * glyph.height else { continue }
            for y in dot.minY...dot.maxY {
                for x in dot.minX...dot.maxX where labels[y * width + x] == label { out[y * width + x] = 255 }
            }
            removed += 1
        }
        return (out, removed)
    }

    /// Labels dark pixels by 8-connected component (label k is `components[k - 1]`, 0 is light).
    private static func darkComponents(_ pixels: [UInt8], width: Int, height: Int) -> ([Int32], [Component]) {
        var labels = [Int32](repeating: 0, count: pixels.count)
        var components: [Component] = []
        var stack: [Int] = []
        for start in 0..<pixels.count where pixels[start] < 128 && labels[start] == 0 {
            let label = Int32(components.count + 1)
            var c = Component()
            labels[start] = label
            stack.append(start)
            while let p = stack.popLast() {
                let x = p % width, y = p / width
                c.count += 1
                c.minX = min(c.minX, x); c.maxX = max(c.maxX, x)
                c.minY = min(c.minY, y); c.maxY = max(c.maxY, y)
                for ny in max(0, y - 1)...min(height - 1, y + 1) {
                    for nx in max(0, x - 1)...min(width - 1, x + 1) {
                        let q = ny * width + nx
                        if labels[q] == 0 && pixels[q] < 128 {
                            labels[q] = label
                            stack.append(q)
                        }
                    }
                }
            }
            components.append(c)
        }
        return (labels, components)
    }

    /// Small, compact and roughly round: at least half its box is ink, sides within a factor of two.
    private static func isDotShaped(_ c: Component, pageHeight: Int) -> Bool {
        c.count >= 2 && 2 * c.count >= c.width * c.height && c.width <= 2 * c.height && c.height <= 2 * c.width
            && c.height * 60 <= pageHeight
    }

    /// The label of the component that rays from the dot's centre meet first on all four sides, when it
    /// is the same one everywhere and near (within six dot sizes).
    private static func surroundingGlyph(of dot: Component, label: Int32, labels: [Int32], width: Int, height: Int) -> Int32? {
        let cx = (dot.minX + dot.maxX) / 2, cy = (dot.minY + dot.maxY) / 2
        var found: Int32?
        for (dx, dy) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
            var x = cx, y = cy, steps = 0
            let reach = 6 * (dx != 0 ? dot.width : dot.height)
            var hit: Int32 = 0
            while steps <= reach + dot.width + dot.height {
                x += dx; y += dy; steps += 1
                guard x >= 0, y >= 0, x < width, y < height else { return nil }
                let l = labels[y * width + x]
                if l != 0 && l != label { hit = l; break }
            }
            guard hit != 0, found == nil || found == hit else { return nil }
            found = hit
        }
        return found
    }

    /// The glyph contains the dot with room around it, is at least 2.5 dot sizes across, no taller than
    /// a heading line and not wider than twice its height.
    private static func isCharacterRing(_ glyph: Component, around dot: Component, pageHeight: Int) -> Bool {
        glyph.minX < dot.minX && glyph.maxX > dot.maxX && glyph.minY < dot.minY && glyph.maxY > dot.maxY
            && 5 * dot.width <= 2 * glyph.width && 5 * dot.height <= 2 * glyph.height
            && glyph.height * 12 <= pageHeight && glyph.width <= 2 * glyph.height
    }

    /// The light region left of the dot, filled with 4-connectivity inside the glyph's box; nil when it
    /// reaches the box's edge (it is not enclosed).
    private static func hole(around dot: Component, in glyph: Component, labels: [Int32], width: Int) -> Component? {
        let w = glyph.width, h = glyph.height
        var seen = [Bool](repeating: false, count: w * h)
        let x0 = dot.minX - 1, y0 = (dot.minY + dot.maxY) / 2
        guard labels[y0 * width + x0] == 0 else { return nil }  // the dot touches something on its left
        var region = Component()
        var stack = [(x0 - glyph.minX) + (y0 - glyph.minY) * w]
        seen[stack[0]] = true
        while let p = stack.popLast() {
            let lx = p % w, ly = p / w
            if lx == 0 || ly == 0 || lx == w - 1 || ly == h - 1 { return nil }
            region.count += 1
            region.minX = min(region.minX, lx); region.maxX = max(region.maxX, lx)
            region.minY = min(region.minY, ly); region.maxY = max(region.maxY, ly)
            for (nx, ny) in [(lx - 1, ly), (lx + 1, ly), (lx, ly - 1), (lx, ly + 1)] {
                let q = nx + ny * w
                if !seen[q] && labels[(ny + glyph.minY) * width + nx + glyph.minX] == 0 {
                    seen[q] = true
                    stack.append(q)
                }
            }
        }
        return region
    }
}
