import Foundation

let home = URL(fileURLWithPath: NSHomeDirectory())
let targets = ["Library/Developer/Xcode/DerivedData", "Library/Caches/com.apple.dt.Xcode"]
let fm = FileManager.default
for t in targets {
    let dir = home.appendingPathComponent(t)
    guard let items = try? fm.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) else { continue }
    for item in items { try? fm.removeItem(at: item) }
    print("cleared \(t)")
}
