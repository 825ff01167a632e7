import ArgumentParser

/// The inputs every reading command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one input file, folder or -.") }
    }
}
