use std::process::Command;

fn main() {
    let rev = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=GIT_REV={rev}");
    println!("cargo:rerun-if-changed=.git/HEAD");
}
