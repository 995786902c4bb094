use std::net::TcpStream;
use std::sync::Arc;
use x509_parser::prelude::*;

fn leaf_not_after(host: &str) -> Result<i64, Box<dyn std::error::Error>> {
    let roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let config = Arc::new(rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth());
    let mut conn = rustls::ClientConnection::new(config, host.to_string().try_into()?)?;
    let mut sock = TcpStream::connect((host, 443))?;
    while conn.is_handshaking() {
        conn.complete_io(&mut sock)?;
    }
    let certs = conn.peer_certificates().ok_or("no certificate")?;
    let (_, cert) = X509Certificate::from_der(certs[0].as_ref())?;
    Ok(cert.validity().not_after.timestamp())
}

fn main() {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    for host in std::env::args().skip(1) {
        match leaf_not_after(&host) {
            Ok(t) => println!("{host:<30} {:>4} days", (t - now) / 86_400),
            Err(e) => println!("{host:<30} error: {e}"),
        }
    }
}
