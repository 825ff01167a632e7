import Foundation

/// A proleptic Gregorian calendar date, with day arithmetic by day number (days since
/// 1970-01-01), so relative expressions resolve without Foundation calendars on the hot path.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A valid date, or nil (31 February, month 13…).
    public static func valid(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (also the first 10 characters of `YYYY-MM-DD hh:mm:ss`).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let date = CivilDate.valid(year: y, month: m, day: d)
        else { return nil }
        self = date
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the month's length (31 March − 1 month = 28/29 February).
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// 1 = Sunday … 7 = Saturday (the convention of `time_words.tsv`).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (5).
        let w = (dayNumber + 4) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public var description: String { iso }

    public var iso: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        let d = day < 10 ? "0\(day)" : String(day)
        return "\(y)-\(m)-\(d)"
    }

    /// The date at the given precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public func iso(_ precision: DatePrecision) -> String {
        switch precision {
        case .day: iso
        case .month: String(iso.prefix(7))
        case .year: String(year)
        }
    }
}

/// Hijri (Umm al-Qura) and Gregorian dates, through Foundation's calendars (ICU tables).
public enum HijriCalendar {
    private static let calendars: (hijri: Calendar, gregorian: Calendar) = {
        var h = Calendar(identifier: .islamicUmmAlQura)
        h.timeZone = TimeZone(identifier: "UTC")!
        var g = Calendar(identifier: .gregorian)
        g.timeZone = TimeZone(identifier: "UTC")!
        return (h, g)
    }()

    /// The Hijri (Umm al-Qura) date of a Gregorian date.
    public static func hijri(of date: CivilDate) -> (year: Int, month: Int, day: Int)? {
        let (h, g) = calendars
        guard let d = g.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else {
            return nil
        }
        let c = h.dateComponents([.year, .month, .day], from: d)
        guard let y = c.year, let m = c.month, let day = c.day else { return nil }
        return (y, m, day)
    }

    /// The Gregorian date of a Hijri date, or nil when it does not exist (day 31, month 13…).
    public static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1...1700).contains(year) else { return nil }
        let (h, g) = calendars
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = h.date(from: components) else { return nil }
        // Calendar rolls day 30 of a 29-day month into the next month: reject that.
        let back = h.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let c = g.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}
