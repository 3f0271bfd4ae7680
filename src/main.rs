fn main() {
    console_error_panic_hook::set_once();
    opendata_web::config::boot();
}
