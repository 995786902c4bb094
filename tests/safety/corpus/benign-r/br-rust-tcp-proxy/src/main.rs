use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let listener = TcpListener::bind(&args[1]).await?;
    eprintln!("proxy {} -> {}", args[1], args[2]);
    loop {
        let (mut inbound, peer) = listener.accept().await?;
        let target = args[2].clone();
        tokio::spawn(async move {
            match TcpStream::connect(&target).await {
                Ok(mut outbound) => {
                    if let Ok((up, down)) = copy_bidirectional(&mut inbound, &mut outbound).await {
                        eprintln!("{peer}: {up} bytes up, {down} bytes down");
                    }
                }
                Err(e) => eprintln!("{peer}: upstream {target} failed: {e}"),
            }
        });
    }
}
