import Foundation

/// Turns a recognised `TimeMention` into the record's `TimeExpression`: a value at the precision
/// the text allows, resolved against the anchor (the publication date) where it is relative.
///
/// Rules (the anchor is day A):
/// - Weekday: the latest such day not after A (A itself counts); `المقبل/القادم` → the next such
///   day after A; `الماضي` → the latest such day strictly before A.
/// - Day offsets: A + offset (أمس = A − 1). `اليوم الأربعاء`: the latest Wednesday not after A
///   (A when the article is dated right; a crawl date is an upper bound).
/// - Weeks are ISO weeks (Monday to Sunday). A week, or its part (start = Mon–Wed, middle =
///   Wed–Fri, end = Fri–Sun), has no day value: it resolves to its month (precision month) when it
///   lies in one month, else to its year when it lies in one year, else null.
/// - Months and years: A's month/year plus the offset (precision month/year); a part (أواخر،
///   مطلع) does not change the value.
/// - A month name with a modifier (`يوليو الماضي`): the latest such month strictly before A's
///   month (−1), A's year (0), the next such month strictly after A's month (+1).
/// - A month of a relative year (`مارس من العام الماضي`): that month of A's year + offset.
/// - A Hijri month with a modifier (`رمضان الماضي`) works like a Gregorian one, in Hijri months.
/// - A date without a year takes A's year, or the year before when that date (or the month's
///   first day) would fall more than 61 days after A (news reports the past).
/// - `منذ/قبل` + amount: A minus the amount, at the precision of its finest unit (day for days
///   and weeks, month, year); null for hours and minutes alone (the time of day is unknown).
/// - Hijri: converted with Umm al-Qura (day 30 of a 29-day month = the day after the 29th). A Hijri month without a day resolves to its Gregorian
///   month when it lies within one Gregorian month, else to the year when within one year, else
///   null; a Hijri year alone likewise (almost always null: a Hijri year straddles two
///   Gregorian years). A Hijri date without a year takes A's Hijri year (61-day rule as above).
/// - Durations and ordinals have no date. With no anchor, everything relative is null.
public struct TimeResolver: Sendable {
    public init() {}

    public func resolve(_ mention: TimeMention, anchor: CivilDate?, in doc: Document)
        -> TimeExpression
    {
        let (value, precision) = resolveValue(mention, anchor: anchor)
        return TimeExpression(
            text: doc.slice(mention.start..<mention.end), start: mention.start, end: mention.end,
            value: value, precision: value == nil ? nil : precision,
            relative: isRelative(mention.meaning),
            kind: kind(of: mention.meaning))
    }

    /// All of the document's mentions, resolved against its anchor.
    public func resolveAll(in doc: Document) -> [TimeExpression] {
        doc.timeMentions.map { resolve($0, anchor: doc.anchor, in: doc) }
    }

    public func kind(of meaning: TimeMeaning) -> String {
        switch meaning {
        case .absolute(_, let month, _): month == nil ? "year" : "date"
        case .hijri: "hijri"
        case .duration: "duration"
        case .ordinal: "ordinal"
        case .weekday, .pastWeekday, .dayOffset, .relativePeriod, .relativeMonth, .relativeMonthDay,
            .sinceStartOf, .ago, .monthOfRelativeYear, .relativeHijriMonth:
            "relative"
        }
    }

    /// Whether the value depends on the anchor (a date without its year counts).
    public func isRelative(_ meaning: TimeMeaning) -> Bool {
        switch meaning {
        case .absolute(let year, _, _), .hijri(let year, _, _): year == nil
        case .duration, .ordinal: false
        default: true
        }
    }

    /// The value and its precision; nil when the text does not give a date (or needs an anchor
    /// that is missing).
    public func resolveValue(_ mention: TimeMention, anchor: CivilDate?) -> (String?, DatePrecision?) {
        func day(_ d: CivilDate?) -> (String?, DatePrecision?) {
            d.map { ($0.iso, .day) } ?? (nil, nil)
        }
        switch mention.meaning {
        case .absolute(let year, let month, let dayOfMonth):
            guard
                let y = year
                    ?? anchor.flatMap({ inferYear(month: month ?? 1, day: dayOfMonth ?? 1, anchor: $0) })
            else { return (nil, nil) }
            guard let m = month else { return (String(y), .year) }
            guard let d = dayOfMonth else {
                return (CivilDate(year: y, month: m, day: 1).iso(.month), .month)
            }
            return day(CivilDate.valid(year: y, month: m, day: d))
        case .hijri(let year, let month, let dayOfMonth):
            return resolveHijri(year: year, month: month, day: dayOfMonth, anchor: anchor)
        case .weekday(let w, let future):
            guard let a = anchor else { return (nil, nil) }
            if future {
                let delta = (w - a.weekday + 7) % 7
                return day(a.adding(days: delta == 0 ? 7 : delta))
            }
            return day(a.adding(days: -((a.weekday - w + 7) % 7)))
        case .pastWeekday(let w):
            guard let a = anchor else { return (nil, nil) }
            let delta = (a.weekday - w + 7) % 7
            return day(a.adding(days: -(delta == 0 ? 7 : delta)))
        case .dayOffset(let offset):
            guard let a = anchor else { return (nil, nil) }
            if offset == 0, let w = mention.weekday {
                return day(a.adding(days: -((a.weekday - w + 7) % 7)))
            }
            return day(a.adding(days: offset))
        case .relativePeriod(let unit, let offset, let part):
            guard let a = anchor else { return (nil, nil) }
            switch unit {
            case .day: return day(a.adding(days: offset))
            case .week: return week(of: a, offset: offset, part: part ?? mention.part)
            case .month: return (a.adding(months: offset).iso(.month), .month)
            case .year: return (String(a.year + offset), .year)
            }
        case .relativeMonth(let month, let offset):
            guard let a = anchor else { return (nil, nil) }
            let y = relativeMonthYear(month: month, offset: offset, anchor: a)
            return (CivilDate(year: y, month: month, day: 1).iso(.month), .month)
        case .relativeMonthDay(let month, let d, let offset):
            guard let a = anchor else { return (nil, nil) }
            return day(
                CivilDate.valid(
                    year: relativeMonthYear(month: month, offset: offset, anchor: a), month: month, day: d))
        case .monthOfRelativeYear(let month, let d, let offset):
            guard let a = anchor else { return (nil, nil) }
            guard let d else {
                return (CivilDate(year: a.year + offset, month: month, day: 1).iso(.month), .month)
            }
            return day(CivilDate.valid(year: a.year + offset, month: month, day: d))
        case .relativeHijriMonth(let month, let offset):
            guard let a = anchor, let h = HijriCalendar.hijri(of: a) else { return (nil, nil) }
            let year: Int
            if offset < 0 {
                year = (month < h.month ? h.year : h.year - 1) + (offset + 1)
            } else if offset > 0 {
                year = (month > h.month ? h.year : h.year + 1) + (offset - 1)
            } else {
                year = h.year
            }
            return resolveHijri(year: year, month: month, day: nil, anchor: a)
        case .sinceStartOf(let unit):
            guard let a = anchor else { return (nil, nil) }
            switch unit {
            case .day: return day(a)
            case .week: return week(of: a, offset: 0, part: nil)
            case .month: return (a.iso(.month), .month)
            case .year: return (String(a.year), .year)
            }
        case .ago(let amount):
            guard let a = anchor, amount.known else { return (nil, nil) }
            let months = amount.years * 12 + amount.months
            let days = amount.weeks * 7 + amount.days
            let date = a.adding(months: -months).adding(days: -days)
            if days != 0 { return (date.iso, .day) }
            if amount.months != 0 { return (date.iso(.month), .month) }
            if amount.years != 0 { return (String(date.year), .year) }
            return (nil, nil)
        case .duration, .ordinal:
            return (nil, nil)
        }
    }

    /// The anchor's year, or the one before when the date would be more than 61 days after it.
    func inferYear(month: Int, day: Int, anchor: CivilDate) -> Int {
        let d = CivilDate(
            year: anchor.year, month: month,
            day: min(day, CivilDate.daysIn(month: month, year: anchor.year)))
        return d.dayNumber > anchor.dayNumber + 61 ? anchor.year - 1 : anchor.year
    }

    func relativeMonthYear(month: Int, offset: Int, anchor a: CivilDate) -> Int {
        if offset < 0 { return (month < a.month ? a.year : a.year - 1) + (offset + 1) }
        if offset > 0 { return (month > a.month ? a.year : a.year + 1) + (offset - 1) }
        return a.year
    }

    /// An ISO week (Monday first) relative to the anchor's, or a part of it, as a month or year.
    func week(of a: CivilDate, offset: Int, part: PeriodPart?) -> (String?, DatePrecision?) {
        let monday = a.adding(days: -((a.weekday + 5) % 7) + 7 * offset)
        let (first, last): (Int, Int) =
            switch part {
            case .start: (0, 2)
            case .middle: (2, 4)
            case .end: (4, 6)
            case nil: (0, 6)
            }
        return span(monday.adding(days: first), monday.adding(days: last))
    }

    /// A range of days as the finest of month or year that holds it whole.
    func span(_ from: CivilDate, _ to: CivilDate) -> (String?, DatePrecision?) {
        if from.year == to.year && from.month == to.month { return (from.iso(.month), .month) }
        if from.year == to.year { return (String(from.year), .year) }
        return (nil, nil)
    }

    func resolveHijri(year: Int?, month: Int?, day: Int?, anchor: CivilDate?) -> (
        String?, DatePrecision?
    ) {
        var hy = year
        if hy == nil {
            guard let a = anchor, let m = month, let ah = HijriCalendar.hijri(of: a) else { return (nil, nil) }
            hy = ah.year
            if let g = HijriCalendar.gregorian(year: ah.year, month: m, day: day ?? 1),
                g.dayNumber > a.dayNumber + 61
            {
                hy = ah.year - 1
            }
        }
        guard let y = hy else { return (nil, nil) }
        if let m = month {
            if let d = day {
                return hijriDay(year: y, month: m, day: d).map { ($0.iso, .day) } ?? (nil, nil)
            }
            guard let first = HijriCalendar.gregorian(year: y, month: m, day: 1),
                let next = m == 12
                    ? HijriCalendar.gregorian(year: y + 1, month: 1, day: 1)
                    : HijriCalendar.gregorian(year: y, month: m + 1, day: 1)
            else { return (nil, nil) }
            return span(first, next.adding(days: -1))
        }
        guard let first = HijriCalendar.gregorian(year: y, month: 1, day: 1),
            let next = HijriCalendar.gregorian(year: y + 1, month: 1, day: 1)
        else { return (nil, nil) }
        return span(first, next.adding(days: -1))
    }
}

extension TimeResolver {
    /// A Hijri day in Gregorian. Day 30 of a month that Umm al-Qura's table gives 29 days is the
    /// day after the 29th: where the month was reckoned by sighting it had 30 days, and a source
    /// writing `30-02-1433` says so (dateparser reads it as 2012-01-24 too).
    func hijriDay(year: Int, month: Int, day: Int) -> CivilDate? {
        if let g = HijriCalendar.gregorian(year: year, month: month, day: day) { return g }
        guard day == 30, let g = HijriCalendar.gregorian(year: year, month: month, day: 29) else {
            return nil
        }
        return g.adding(days: 1)
    }
}
