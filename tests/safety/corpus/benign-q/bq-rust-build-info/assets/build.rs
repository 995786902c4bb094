use std::process::Command;

fn main() {
    let sha = Command::new("git").args(["rev-parse", "--short=10", "HEAD"]).output()
        .ok().filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into());
    let date = std::env::var("SOURCE_DATE_EPOCH").unwrap_or_else(|_| {
        String::from_utf8_lossy(&Command::new("date").arg("+%Y-%m-%d").output().map(|o| o.stdout).unwrap_or_default()).trim().to_string()
    });
    let rustc = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())).arg("--version").output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    println!("cargo:rustc-env=BUILD_GIT_SHA={sha}");
    println!("cargo:rustc-env=BUILD_DATE={date}");
    println!("cargo:rustc-env=BUILD_RUSTC={rustc}");
    println!("cargo:rerun-if-changed=.git/HEAD");
}
