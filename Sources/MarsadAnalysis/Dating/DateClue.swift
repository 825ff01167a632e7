/// One piece of evidence about when an article was published, read from its own text.
struct DateClue {
    enum Constraint {
        /// The publication date lies in this interval.
        case within(DayInterval)
        /// The article reports a day that is exactly this date (the lead's event day).
        case reportDay(CivilDate)
        /// The article's lead event happened on this weekday (1 = Sunday).
        case weekday(Int)
    }

    var constraint: Constraint
    var evidence: TextSpan
}
