import ArgumentParser
import Foundation
import MarsadInput

/// Tracks failures over a run so that the exit code says something failed (65 bad data,
/// 74 I/O), while every failure is reported on standard error as it happens.
final class RunStatus {
    private(set) var dataFailures = 0
    private(set) var ioFailures = 0

    func report(_ failure: InputFailure) {
        switch failure.kind {
        case .data: dataFailures += 1
        case .io: ioFailures += 1
        }
        StandardError.write("marsad: \(failure.description)\n")
    }

    var failed: Bool { dataFailures + ioFailures > 0 }

    /// Throw the exit code that says what failed, or return quietly when nothing did.
    func finish() throws {
        if ioFailures > 0 { throw ExitCode(74) }
        if dataFailures > 0 { throw ExitCode(65) }
    }
}

enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
