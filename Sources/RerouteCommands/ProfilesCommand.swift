import ArgumentParser
import CallRecords

struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the built-in export profiles, or print one to copy as the start of your own."
    )

    @Option(help: "Print this built-in profile's YAML.")
    var show: String?

    func run() throws {
        if let show {
            print(try ProfileLibrary.yamlText(ofBuiltIn: show), terminator: "")
            return
        }
        for p in try ProfileLibrary.allBuiltIn() {
            print("\(p.name)\n  \(p.summary)\n  detected by columns: \(p.detectColumns.joined(separator: ", "))")
        }
        print("\nWrite your own: `reroute profiles --show milwaukee-mpd > my-city.yaml`, edit it, then `reroute report --profile my-city.yaml FILES`.")
    }
}
