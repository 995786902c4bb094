fn main() {
    let files: Vec<_> = std::fs::read_dir("vendor/zstd/lib/common")
        .unwrap()
        .chain(std::fs::read_dir("vendor/zstd/lib/compress").unwrap())
        .chain(std::fs::read_dir("vendor/zstd/lib/decompress").unwrap())
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "c"))
        .collect();
    cc::Build::new().files(files).include("vendor/zstd/lib").compile("zstd");
    println!("cargo:rerun-if-changed=vendor/zstd");
}
