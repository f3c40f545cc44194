//! Find the tracking numbers in an e-mail.
//!
//! ```text
//! cargo run --example scan_email
//! ```

fn main() {
    let email = "\
Hi Sam,

good news: your order #4711 has shipped in two parcels.
  UPS: 1Z 999 AA1 01 2345 6784
  Royal Mail: RB 123 456 785 GB
Your DHL waybill is 33 1881 0025, or follow
https://www.fedex.com/fedextrack/?trknbr=986578788855

Questions? Call (555) 123-4567 or write to help@example.com.
Paid with card 4111 1111 1111 1111 on 2024-01-15.
";

    for m in tracking_number::find_iter(email) {
        let n = m.number().expect("carrier numbers only in the default scanner");
        println!(
            "bytes {:>3}..{:<3} {:<28} -> {} {} ({})",
            m.start(),
            m.end(),
            format!("{:?}", m.as_str()),
            n.carrier(),
            n,
            m.support(),
        );
        if let Some(url) = n.tracking_url() {
            println!("               {url}");
        }
    }
}
