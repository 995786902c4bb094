use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let upstream = std::env::args().nth(1).expect("usage: fwd HOST:PORT");
    let listener = TcpListener::bind("127.0.0.1:15432").await?;
    println!("127.0.0.1:15432 -> {upstream}");
    loop {
        let (mut inbound, peer) = listener.accept().await?;
        let upstream = upstream.clone();
        tokio::spawn(async move {
            match TcpStream::connect(&upstream).await {
                Ok(mut outbound) => {
                    if let Ok((a, b)) = copy_bidirectional(&mut inbound, &mut outbound).await {
                        println!("{peer}: {a} bytes up, {b} bytes down");
                    }
                }
                Err(e) => eprintln!("{peer}: cannot reach {upstream}: {e}"),
            }
        });
    }
}
