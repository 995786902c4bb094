use std::env;

pub fn load(required: &[&str]) {
    if let Err(e) = dotenvy::dotenv() {
        eprintln!("no .env loaded ({e}); using the process environment");
    }
    let missing: Vec<_> = required.iter().filter(|k| env::var(k).is_err()).collect();
    if !missing.is_empty() {
        panic!("missing required environment variables: {missing:?}");
    }
}
