import XCTest

/// Placeholder until the corpus tests land.
final class CorpusPlaceholderTests: XCTestCase {}
