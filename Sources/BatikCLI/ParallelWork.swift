import Dispatch
import Foundation

/// Runs independent pieces of work on all cores and returns their results in order: the listing's
/// pictures are made side by side. The first error (in order) is rethrown.
enum ParallelWork {
    static func map<T: Sendable>(_ count: Int, _ work: @Sendable @escaping (Int) throws -> T) throws -> [T] {
        let box = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = Result { try work(index) }
            box.set(index, result)
        }
        return try box.values()
    }

    private final class Results<T: Sendable>: @unchecked Sendable {
        private var slots: [Result<T, any Error>?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<T, any Error>) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }
        func values() throws -> [T] { try slots.map { try $0!.get() } }
    }
}
