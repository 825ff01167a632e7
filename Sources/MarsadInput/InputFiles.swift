import Foundation

/// Expands the paths a user gives (files, folders, `-`) into the files to read, in a stable order.
public enum InputFiles {
    /// Extensions read when walking a folder; a file named explicitly is read whatever its name.
    public static let folderExtensions: Set<String> = ["txt", "json", "jsonl", "ndjson", "zip"]

    /// Files and folders as given; folders are walked recursively (hidden entries skipped) and
    /// their files sorted by path. A path that does not exist yields an I/O failure in its place.
    public static func expand(_ paths: [String]) -> [Result<String, InputFailure>] {
        var out: [Result<String, InputFailure>] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                out.append(.success(path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                out.append(.failure(InputFailure(input: path, reason: "no such file or folder", kind: .io)))
                continue
            }
            if !isDirectory.boolValue {
                out.append(.success(path))
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                out.append(.failure(InputFailure(input: path, reason: "cannot read folder", kind: .io)))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                guard folderExtensions.contains(ext) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var childIsDirectory: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    found.append(full)
                }
            }
            out.append(contentsOf: found.sorted().map { .success($0) })
        }
        return out
    }
}
