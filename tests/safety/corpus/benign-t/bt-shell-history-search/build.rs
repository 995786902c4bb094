fn main() {
    // embed the git version so `hs --version` is precise
    let v = std::process::Command::new("git").args(["describe", "--always"]).output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    println!("cargo:rustc-env=HS_GIT_VERSION={v}");
    println!("cargo:rerun-if-changed=build.rs");
}
