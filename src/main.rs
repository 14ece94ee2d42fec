fn main() {
    println!("threadwise: under construction");
}
