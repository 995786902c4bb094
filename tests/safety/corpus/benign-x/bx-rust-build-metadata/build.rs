use std::{env, process::Command};

fn out(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd).args(args).output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

fn main() {
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rustc-env=GIT_SHA={}", out("git", &["rev-parse", "--short", "HEAD"]));
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    println!("cargo:rustc-env=RUSTC_VERSION={}", out(&rustc, &["--version"]));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    println!("cargo:rustc-env=BUILD_TIME={now}");
    println!("cargo:rustc-env=TARGET={}", env::var("TARGET").unwrap_or_default());
}
