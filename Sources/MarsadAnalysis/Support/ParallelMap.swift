import Dispatch

/// Maps `items` on all cores, keeping input order. Analysis stages are pure, so documents can
/// run in parallel; the output order must still follow the input order.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let results = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        results.set(i, transform(items[i]))
    }
    return results.values()
}

/// Slots written once each, from different threads, at distinct indices.
private final class ResultSlots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: R) { storage[index] = value }

    func values() -> [R] { (0..<count).map { storage[$0]! } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
