/// A closed interval of days, the shape every dating clue takes: "the publication date lies
/// between these two days".
struct DayInterval: Equatable {
    var lower: CivilDate
    var upper: CivilDate

    func intersected(with other: DayInterval) -> DayInterval? {
        let lo = max(lower, other.lower)
        let hi = min(upper, other.upper)
        return lo <= hi ? DayInterval(lower: lo, upper: hi) : nil
    }

    var days: Int { upper.dayNumber - lower.dayNumber + 1 }

    static func year(_ y: Int) -> DayInterval {
        DayInterval(lower: CivilDate(year: y, month: 1, day: 1), upper: CivilDate(year: y, month: 12, day: 31))
    }

    /// The days of the interval that fall on `weekday` (1 = Sunday).
    func days(on weekday: Int) -> [CivilDate] {
        guard days <= 800 else { return [] }
        var out: [CivilDate] = []
        var d = lower
        while d <= upper {
            if d.weekday == weekday { out.append(d) }
            d = d.adding(days: 1)
        }
        return out
    }
}
