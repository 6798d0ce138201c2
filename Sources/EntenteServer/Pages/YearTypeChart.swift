import Model
import Storage

/// A stacked bar chart of commitments by year and type, as numbers for an
/// SVG template: one bar a year, one slice a type, a legend and a scale.
struct YearTypeChart: Sendable {
    var width: Int
    var height: Int
    var isEmpty: Bool
    var description: String
    var slices: [Slice]
    var years: [Label]
    var scale: [Label]
    var legend: [LegendEntry]

    struct Slice: Sendable { var x: Int; var y: Int; var width: Int; var height: Int; var type: String; var tip: String }
    struct Label: Sendable { var x: Int; var y: Int; var text: String }
    struct LegendEntry: Sendable { var x: Int; var y: Int; var textX: Int; var textY: Int; var type: String }

    /// The most recent years shown; older ones would make bars too thin.
    static let maxYears = 24
    static let plotHeight = 160
    static let left = 36
    static let barStep = 34
    static let barWidth = 24
    static let top = 12

    init(_ counts: [PartyProfile.YearTypeCount]) {
        let yearsShown = Array(Set(counts.map(\.year)).sorted().suffix(Self.maxYears))
        let types = CommitmentType.allCases
        var totals: [String: Int] = [:]
        for count in counts where yearsShown.contains(count.year) { totals[count.year, default: 0] += count.count }
        let highest = max(1, totals.values.max() ?? 0)
        let bottom = Self.top + Self.plotHeight
        width = Self.left + max(1, yearsShown.count) * Self.barStep + 8
        height = bottom + 64
        isEmpty = yearsShown.isEmpty
        description = "Commitments by year and type: " + yearsShown.map { "\($0): \(totals[$0] ?? 0)" }.joined(separator: ", ")
        slices = []
        years = []
        for (index, year) in yearsShown.enumerated() {
            let x = Self.left + index * Self.barStep + (Self.barStep - Self.barWidth) / 2
            var stacked = 0
            for type in types {
                guard let count = counts.first(where: { $0.year == year && $0.type == type })?.count, count > 0 else { continue }
                let y0 = bottom - stacked * Self.plotHeight / highest
                stacked += count
                let y1 = bottom - stacked * Self.plotHeight / highest
                slices.append(Slice(x: x, y: y1, width: Self.barWidth, height: max(1, y0 - y1), type: type.rawValue,
                                    tip: "\(year), \(type.rawValue): \(count)"))
            }
            years.append(Label(x: x + Self.barWidth / 2, y: bottom + 14, text: year))
        }
        scale = [0, highest / 2, highest].map { value in
            Label(x: Self.left - 6, y: bottom - value * Self.plotHeight / highest + 4, text: String(value))
        }
        legend = types.enumerated().map { index, type in
            let x = 4 + (index % 3) * 96
            let y = bottom + 26 + (index / 3) * 16
            return LegendEntry(x: x, y: y, textX: x + 14, textY: y + 9, type: type.rawValue)
        }
        width = max(width, 300)
    }
}
