use std::{fs, panic, time::SystemTime};

pub fn install(name: &'static str, version: &'static str) {
    panic::set_hook(Box::new(move |info| {
        let ts = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let bt = std::backtrace::Backtrace::force_capture();
        let body = format!("{name} {version} ({})\n{}-{}\n{info}\n{bt}", env!("PANIC_REPORT_COMMIT"), std::env::consts::OS, std::env::consts::ARCH);
        let path = format!("crash-{ts}.txt");
        let _ = fs::write(&path, body);
        eprintln!("{name} crashed. A report was written to {path}; please attach it to an issue.");
    }));
}
