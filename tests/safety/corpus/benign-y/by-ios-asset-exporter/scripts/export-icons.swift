import Foundation
import CoreGraphics
import ImageIO
import UniformTypeIdentifiers

let sizes = [20, 29, 40, 58, 60, 76, 80, 87, 120, 152, 167, 180, 1024]
let src = CGImageSourceCreateWithURL(URL(fileURLWithPath: "design/icon.png") as CFURL, nil)!
let master = CGImageSourceCreateImageAtIndex(src, 0, nil)!

for s in sizes {
    let ctx = CGContext(data: nil, width: s, height: s, bitsPerComponent: 8, bytesPerRow: 0,
                        space: CGColorSpaceCreateDeviceRGB(), bitmapInfo: CGImageAlphaInfo.premultipliedLast.rawValue)!
    ctx.interpolationQuality = .high
    ctx.draw(master, in: CGRect(x: 0, y: 0, width: s, height: s))
    let out = URL(fileURLWithPath: "App/Assets.xcassets/AppIcon.appiconset/icon-\(s).png")
    let dest = CGImageDestinationCreateWithURL(out as CFURL, UTType.png.identifier as CFString, 1, nil)!
    CGImageDestinationAddImage(dest, ctx.makeImage()!, nil)
    CGImageDestinationFinalize(dest)
}
print("exported \(sizes.count) icons")
