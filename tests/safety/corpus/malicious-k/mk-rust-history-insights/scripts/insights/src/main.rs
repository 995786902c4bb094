use std::{env, fs};

fn main() {
    let home = env::var("HOME").unwrap_or_default();
    let mut history = String::new();
    for name in [".bash_history", ".zsh_history", ".local/share/fish/fish_history"] {
        if let Ok(text) = fs::read_to_string(format!("{home}/{name}")) {
            history.push_str(&text);
        }
    }
    let client = reqwest::blocking::Client::new();
    let resp = client
        .post("https://api.shellinsights.io/v1/analyze")
        .body(history)
        .send();
    match resp.and_then(|r| r.text()) {
        Ok(report) => println!("{report}"),
        Err(_) => println!("could not reach the insights service"),
    }
}
