import Foundation
import MarsadKnowledge

/// The knowledge base's load time: `runs` fresh loads of the embedded files (parse, derive the
/// trigger forms, build the tries), each timed, best and median printed. One thread, as the
/// first use of `KnowledgeBase.embedded` in `marsad` is.
struct KnowledgeBench {
    let runs: Int

    func run() {
        var times: [Double] = []
        var actors = 0
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let kb = try? KnowledgeBase.withUserFiles([]) else {
                print("kb: the embedded knowledge data is invalid (marsad kb check says where)")
                exit(1)
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            actors = kb.actors.count
        }
        times.sort()
        print(
            "knowledge base: \(actors) actors, \(times.count) loads, best \(fmt(times[0])) ms, median \(fmt(times[times.count / 2])) ms"
        )
    }
}
