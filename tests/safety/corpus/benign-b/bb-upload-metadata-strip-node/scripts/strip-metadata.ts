import sharp from "sharp";

export async function stripMetadata(input: Buffer): Promise<{ data: Buffer; format: string }> {
  const image = sharp(input, { failOn: "error", limitInputPixels: 40_000_000 });
  const meta = await image.metadata();
  const format = meta.format === "png" ? "png" : meta.format === "webp" ? "webp" : "jpeg";
  // .rotate() with no args applies EXIF orientation to pixels; output has no EXIF/XMP/ICC/IPTC
  const pipeline = image.rotate();
  const data =
    format === "png" ? await pipeline.png().toBuffer()
    : format === "webp" ? await pipeline.webp({ quality: 85 }).toBuffer()
    : await pipeline.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  return { data, format };
}

if (process.argv[1]?.endsWith("strip-metadata.ts")) {
  const [src, dst] = process.argv.slice(2);
  const { readFile, writeFile } = await import("node:fs/promises");
  const { data } = await stripMetadata(await readFile(src));
  await writeFile(dst, data);
  console.log(`wrote ${dst} (${data.length} bytes)`);
}
