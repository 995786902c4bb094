fn main() {
    let commit = std::process::Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    println!("cargo:rustc-env=BUILD_COMMIT={commit}");
    println!("cargo:rerun-if-changed=.git/HEAD");
}
