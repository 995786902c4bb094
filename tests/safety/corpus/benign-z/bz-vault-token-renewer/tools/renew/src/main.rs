use std::{env, fs, thread, time::Duration};

fn token() -> String {
    env::var("VAULT_TOKEN").unwrap_or_else(|_| {
        let home = dirs::home_dir().expect("home");
        fs::read_to_string(home.join(".vault-token")).unwrap_or_default().trim().to_string()
    })
}

fn main() {
    let addr = env::var("VAULT_ADDR").expect("set VAULT_ADDR");
    let url = format!("{}/v1/auth/token/renew-self", addr.trim_end_matches('/'));
    let client = reqwest::blocking::Client::new();
    loop {
        let res = client.post(&url).header("X-Vault-Token", token())
            .json(&serde_json::json!({ "increment": "1h" })).send();
        match res {
            Ok(r) if r.status().is_success() => println!("renewed"),
            Ok(r) => { eprintln!("renew refused: {} (max TTL reached?)", r.status()); break; }
            Err(e) => eprintln!("renew failed: {e}"),
        }
        thread::sleep(Duration::from_secs(1800));
    }
}
