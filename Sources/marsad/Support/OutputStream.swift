import ArgumentParser
import Foundation

/// A buffered writer to standard output or a file: one system call per ~1 MB, not per line.
final class OutputSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let limit = 1 << 20

    init(handle: FileHandle = .standardOutput) {
        self.handle = handle
        buffer.reserveCapacity(limit + 4096)
    }

    /// Opens (creating or truncating) the file at `path`.
    init(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty,
            !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue
        {
            throw OutputError(reason: "no such folder \(folder)")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw OutputError(reason: "cannot create the file (permission denied?)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(limit + 4096)
    }

    /// The file of `--output`, or standard output; a file that cannot be written is an I/O
    /// error (exit 74) naming it.
    static func open(_ path: String?) throws -> OutputSink {
        guard let path else { return OutputSink() }
        do {
            return try OutputSink(path: path)
        } catch {
            StandardError.write(
                "marsad: \(path): cannot write: \((error as? OutputError)?.reason ?? error.localizedDescription)\n")
            throw ExitCode(74)
        }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

struct OutputError: Error {
    var reason: String
}
