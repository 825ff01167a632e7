/// A time expression as recognised in the text, before resolution: what it says, not yet which
/// day it is. Resolution against the publication date turns it into a `TimeExpression`.
public struct TimeMention: Sendable, Equatable {
    /// Scalar range in the text.
    public var start: Int
    public var end: Int
    /// Token index range.
    public var tokens: Range<Int>
    public var meaning: TimeMeaning
    /// A weekday the text names with the expression (`الأحد 3 نوفمبر`, `اليوم الأربعاء`), 1 = Sunday.
    public var weekday: Int? = nil
    /// A part of the period named (`أواخر يوليو`, `مطلع 2023`); for `relativePeriod` also in its case.
    public var part: PeriodPart? = nil
    /// For `duration` and `ago`: the amount in each unit as written (`1 عام، 1 شهر` → years 1, months 1).
    public var amount: DurationAmount? = nil

    public init(
        start: Int, end: Int, tokens: Range<Int>, meaning: TimeMeaning, weekday: Int? = nil,
        part: PeriodPart? = nil, amount: DurationAmount? = nil
    ) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.meaning = meaning
        self.weekday = weekday
        self.part = part
        self.amount = amount
    }
}

/// An amount of time as written, unit by unit (nothing is converted between months and days).
/// A count the text leaves open (`عدة أيام`) makes `known` false.
public struct DurationAmount: Sendable, Equatable {
    public var years = 0
    public var months = 0
    public var weeks = 0
    public var days = 0
    public var hours = 0
    public var minutes = 0
    public var known = true

    public init(
        years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0, hours: Int = 0,
        minutes: Int = 0, known: Bool = true
    ) {
        self.years = years
        self.months = months
        self.weeks = weeks
        self.days = days
        self.hours = hours
        self.minutes = minutes
        self.known = known
    }

    /// Hours and minutes in minutes, or nil when the amount has neither (or is unknown).
    public var totalMinutes: Int? {
        known && (hours != 0 || minutes != 0) ? hours * 60 + minutes : nil
    }
    /// Weeks and days in days, or nil when the amount has neither (or is unknown).
    public var totalDays: Int? { known && (weeks != 0 || days != 0) ? weeks * 7 + days : nil }
}

/// What a time expression means.
public enum TimeMeaning: Sendable, Equatable {
    /// An absolute date; missing parts are unknown (`month` nil = a year alone). A year may be
    /// missing too (`24 يوليو`), to be taken from context.
    case absolute(year: Int?, month: Int?, day: Int?)
    /// A weekday (1 = Sunday): the latest such day not after the anchor, unless `future`.
    case weekday(Int, future: Bool)
    /// A day offset from the anchor: أمس = -1, اليوم = 0, غدا = 1.
    case dayOffset(Int)
    /// A period relative to the anchor: الأسبوع الماضي = (.week, -1), العام الجاري = (.year, 0);
    /// `part` for نهاية/بداية/منتصف.
    case relativePeriod(unit: PeriodUnit, offset: Int, part: PeriodPart?)
    /// A month name with a relative modifier: يوليو الماضي = the latest July before the anchor.
    case relativeMonth(month: Int, offset: Int)
    /// منذ بداية العام and the like: from the start of the anchor's period until the anchor.
    case sinceStartOf(PeriodUnit)
    /// A duration: ساعة و25 دقيقة = 85 minutes; no date.
    case duration(minutes: Int?, days: Int?, text: String)
    /// An ordinal (الذكرى الرابعة، الرئيس السابع والأربعين) with its number; no date.
    case ordinal(Int)
    /// A Hijri (Umm al-Qura) date; missing parts unknown (`1447 هـ` = year only, `14 رمضان` = no year).
    case hijri(year: Int?, month: Int?, day: Int?)
    /// A weekday with a past modifier (`الأربعاء الماضي`): the latest such day strictly before the anchor.
    case pastWeekday(Int)
    /// A day of a month with a relative modifier (`24 يوليو الماضي`): that day of the month `relativeMonth` gives.
    case relativeMonthDay(month: Int, day: Int, offset: Int)
    /// A month (and day) of a year relative to the anchor's: `مارس من العام الماضي` = March of
    /// the anchor's year − 1; `الأول من يونيو هذا العام`.
    case monthOfRelativeYear(month: Int, day: Int?, yearOffset: Int)
    /// A Hijri month with a relative modifier (`شوال الجاري`، `رمضان الماضي`، `رمضان المقبل`).
    case relativeHijriMonth(month: Int, offset: Int)
    /// An amount of time back from the anchor (`منذ 3 أيام`، `قبل يومين`, `منذ ساعتين`).
    case ago(DurationAmount)
}

public enum PeriodUnit: String, Sendable, Equatable {
    case day, week, month, year
}

public enum PeriodPart: String, Sendable, Equatable {
    case start, middle, end
}
