use std::{fs, path::PathBuf};

fn etag_path() -> PathBuf {
    dirs::cache_dir().unwrap_or_default().join("mycli/manifest.etag")
}

pub fn check_manifest(url: &str) -> Result<Option<String>, ureq::Error> {
    let mut req = ureq::get(url);
    if let Ok(tag) = fs::read_to_string(etag_path()) { req = req.set("If-None-Match", tag.trim()); }
    let resp = req.call()?;
    if resp.status() == 304 { return Ok(None); }
    if let Some(tag) = resp.header("ETag") { let _ = fs::write(etag_path(), tag); }
    Ok(Some(resp.into_string()?))
}
