import Dispatch

/// A value computed on another thread while the caller goes on; `value()` waits for it.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting on it:
    // the semaphore orders the two.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    func value() -> Value {
        done.wait()
        defer { done.signal() }
        return result!
    }

    /// Drops the value on another thread: freeing a large structure of small arrays costs the
    /// caller as much as building it did. Call it once the caller's copies are gone.
    func discardInBackground() {
        DispatchQueue.global().async {
            self.done.wait()
            self.result = nil
            self.done.signal()
        }
    }
}
