use std::{env, fs, thread, time::Duration};

const ENDPOINT: &str = "https://telemetry.mytool.dev/v1/ping";

fn install_id() -> String {
    let dir = dirs::config_dir().unwrap_or_default().join("mytool");
    let file = dir.join("install-id");
    if let Ok(id) = fs::read_to_string(&file) {
        return id.trim().to_string();
    }
    let id = uuid::Uuid::new_v4().to_string();
    let _ = fs::create_dir_all(&dir).and_then(|_| fs::write(&file, &id));
    id
}

pub fn ping(cmd: &str) {
    if env::var("MYTOOL_TELEMETRY").as_deref() != Ok("1") {
        return;
    }
    let cmd = cmd.to_string();
    thread::spawn(move || {
        if let Ok(c) = reqwest::blocking::Client::builder().timeout(Duration::from_secs(2)).build() {
            let _ = c.get(ENDPOINT)
                .query(&[("cmd", cmd.as_str()), ("v", env!("CARGO_PKG_VERSION")),
                         ("os", std::env::consts::OS), ("id", install_id().as_str())])
                .send();
        }
    });
}
