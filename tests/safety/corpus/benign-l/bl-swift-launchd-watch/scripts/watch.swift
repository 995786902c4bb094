import Foundation

let project = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath).standardizedFileURL
let label = "dev.local.swiftlint." + project.lastPathComponent.lowercased()
let agents = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent("Library/LaunchAgents")
let plistURL = agents.appendingPathComponent("\(label).plist")

let plist: [String: Any] = [
    "Label": label,
    "ProgramArguments": ["/opt/homebrew/bin/swiftlint", "lint", "--quiet", "--path", project.path],
    "WatchPaths": [project.appendingPathComponent("Sources").path],
    "StandardOutPath": project.appendingPathComponent(".swiftlint.log").path,
    "ThrottleInterval": 10,
]

let data = try PropertyListSerialization.data(fromPropertyList: plist, format: .xml, options: 0)
try FileManager.default.createDirectory(at: agents, withIntermediateDirectories: true)
try data.write(to: plistURL)

let load = Process()
load.executableURL = URL(fileURLWithPath: "/bin/launchctl")
load.arguments = ["load", "-w", plistURL.path]
try load.run()
load.waitUntilExit()
print("watching \(project.path); results in .swiftlint.log")
print("stop with: launchctl unload -w \(plistURL.path) && rm \(plistURL.path)")
