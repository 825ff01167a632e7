import ArgumentParser
import Foundation

/// The `marsad` command: Arabic news intelligence from the command line.
struct Marsad: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Arabic news intelligence: clean, date, attribute and code Arabic news articles.",
        discussion: """
            Inputs are files, folders (read recursively) or - for standard input. A text file is \
            one article; JSON, JSON Lines and zip files are collections of articles.

            Exit codes: 0 success, 1 usage error, 65 bad input data (the other inputs are still \
            processed), 74 I/O error.

            Examples:
              marsad normalize article.txt
              marsad tokenize article.txt | head
              echo 'قال الرئيس: «نعم».' | marsad sentences -
            """,
        version: version,
        subcommands: [
            AnalyzeCommand.self, EvalCommand.self, KBCommand.self, NERCommand.self, NormalizeCommand.self,
            TokenizeCommand.self, SentencesCommand.self,
            IngestCommand.self, SearchCommand.self, ActorsCommand.self, QuotesCommand.self, EventsCommand.self,
            TimelineCommand.self,
            ShowCommand.self, StoriesCommand.self, ExportCommand.self,
        ]
    )
}

@main
enum Main {
    static func main() {
        do {
            var command = try Marsad.parseAsRoot()
            try command.run()
        } catch {
            // Usage errors exit with 1 (ArgumentParser's default is 64).
            let code = Marsad.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Marsad.fullMessage(for: error) + "\n").utf8))
                exit(1)
            }
            Marsad.exit(withError: error)
        }
    }
}
