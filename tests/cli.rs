//! The `track` example as a user runs it: the JSON fields of each subcommand, `--help`,
//! errors that name the flag or the line, non-UTF-8 input, a closed pipe.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The `track` binary, built once per test run (a no-op when `cargo test` already built the
/// examples), with the features of this test build.
fn track() -> Command {
    static BUILD: std::sync::Once = std::sync::Once::new();
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|d| d.parent()).unwrap().to_path_buf();
    let bin: PathBuf = dir.join("examples").join(format!("track{}", std::env::consts::EXE_SUFFIX));
    BUILD.call_once(|| {
        let profile = if dir.ends_with("release") { vec!["--release"] } else { vec![] };
        // the features of this build, so that the library is not rebuilt with others
        let features: Vec<&str> = [
            ("std", cfg!(feature = "std")),
            ("alloc", cfg!(feature = "alloc")),
            ("serde", cfg!(feature = "serde")),
            ("rand", cfg!(feature = "rand")),
        ]
        .iter()
        .filter(|f| f.1)
        .map(|f| f.0)
        .collect();
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "track", "--no-default-features"])
            .args(["--features", &features.join(",")])
            .args(profile)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success(), "building the track example");
    });
    Command::new(bin)
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = track()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // a subcommand that stops early (a bad flag) closes its input: not this test's concern
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn detect_prints_the_default_answer_and_every_reading() {
    let out = run(&["detect"], b"1z 999 aa1 01 2345 6784\n4111 1111 1111 1111\n12345678901\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    let ups = &lines[0];
    assert_eq!(ups["input"], "1z 999 aa1 01 2345 6784");
    assert_eq!(ups["accepted"], true);
    assert_eq!(ups["carrier"], "ups");
    assert_eq!(ups["format"], "ups_1z");
    assert_eq!(ups["number"], "1Z999AA10123456784");
    assert_eq!(ups["reason"], Value::Null);
    assert_eq!(ups["matches"][0]["format"], "ups_1z");
    assert_eq!(ups["matches"][0]["check_digit"], "verified");
    assert_eq!(ups["matches"][0]["service"], "Next Day Air");
    let card = &lines[1];
    assert_eq!(card["accepted"], false);
    assert_eq!(card["carrier"], Value::Null);
    assert_eq!(card["reason"], "looks like a payment card number, not a tracking number");
    // 11 digits: readings listed, none the default answer
    let eleven = &lines[2];
    assert_eq!(eleven["accepted"], false);
    assert!(!eleven["matches"].as_array().unwrap().is_empty());
}

#[test]
fn detect_with_a_carrier_hint() {
    let out = run(
        &["detect", "--carrier", "gls", "--carrier", "old_dominion,evri"],
        b"12345678901\n12345678\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(
        (lines[0]["accepted"].clone(), lines[0]["carrier"].clone()),
        // (parcel formats rank before freight formats that tie with them)
        (Value::Bool(true), "gls".into())
    );
    assert_eq!(lines[1]["format"], "evri_calling_card");
    let out = run(&["detect", "--carrier", "acme"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim(), r#"track detect: --carrier: unknown carrier "acme""#);
}

#[test]
fn scan_flag_errors_name_the_flag() {
    for (args, message) in [
        (&["scan", "--hint", "acme"][..], r#"track scan: --hint: unknown carrier "acme""#),
        (&["scan", "--carrier", "ups,acme"], r#"track scan: --carrier: unknown carrier "acme""#),
        (&["scan", "--format", "acme"], r#"track scan: --format: unknown format "acme""#),
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).trim(), message);
    }
    let out = run(&["scan", "--min-strength", "high"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(r#"track scan: --min-strength: unknown strength "high"; usage:"#)
    );
}

#[test]
fn formats_lists_every_format_and_each_example_reads_back() {
    let out = run(&["formats"], b"");
    assert!(out.status.success());
    let formats = json_lines(&out);
    assert_eq!(formats.len(), tracking_number::Format::ALL.len());
    let mut input = String::new();
    for f in &formats {
        for key in ["id", "carrier", "name", "confidence", "check_digit", "example", "url"] {
            assert!(f.get(key).is_some(), "{f}: {key}");
        }
        input.push_str(f["example"].as_str().unwrap());
        input.push('\n');
    }
    let ups = formats.iter().find(|f| f["id"] == "ups_1z").unwrap();
    assert_eq!(ups["check_digit"], "ups");
    assert_eq!(ups["url"], "https://www.ups.com/track?tracknum={}");
    // every example, with its carrier as the hint, is read as its own format
    for f in &formats {
        let out = run(
            &["detect", "--carrier", f["carrier"].as_str().unwrap()],
            f["example"].as_str().unwrap().as_bytes(),
        );
        let line = &json_lines(&out)[0];
        assert_eq!(line["accepted"], true, "{f}");
        assert!(
            line["matches"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["format"] == f["id"] && m["check_digit"] != "mismatch"),
            "{f}"
        );
    }
}

#[test]
fn help_exits_zero_everywhere() {
    for cmd in [
        &["--help"][..],
        &["detect", "--help"],
        &["scan", "--help"],
        &["formats", "--help"],
        &["generate", "--help"],
        &["validate", "--help"],
        &["status", "--help"],
    ] {
        let out = run(cmd, b"");
        assert_eq!(out.status.code(), Some(0), "{cmd:?}: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("usage: track"), "{cmd:?}");
    }
}

#[test]
fn flag_errors_name_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&["generate", "{seq:4}", "--count", "-5"], "--count"),
        (&["generate", "{seq:4}", "--count"], "--count needs a value"),
        (&["status", "--expire-days", "-5"], "--expire-days"),
        (&["status", "--now", "yesterday"], "--now"),
        (&["scan", "--min-strength", "loud"], "loud"),
        (&["detect", "--carrier"], "--carrier needs a value"),
    ];
    for (args, needle) in cases {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_permuted_sequence_needs_a_key() {
    let out = run(&["generate", "ACME-{seq:6:perm}"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--key is required"), "{}", stderr(&out));
    let out = run(&["validate", "ACME-{seq:6:perm}"], b"ACME-123456\n");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["generate", "ACME-{seq:6:perm}", "--key", "42", "--from-sequence", "7"], b"");
    assert!(out.status.success());
    let number = String::from_utf8(out.stdout).unwrap();
    let out = run(&["validate", "ACME-{seq:6:perm}", "--key", "42"], number.as_bytes());
    assert_eq!(json_lines(&out)[0]["fields"]["sequence"], 7);
}

#[test]
fn a_line_that_is_not_text_is_reported_and_the_run_goes_on() {
    // detect: the bad line gets its own object naming the problem; the next line is read
    let out = run(&["detect"], b"1Z999AA10123456784\nab\xffcd\nRB123456785GB\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["accepted"], false);
    assert_eq!(lines[1]["reason"], "stdin line 2: invalid UTF-8 at byte 2");
    assert_eq!(lines[1]["input"], "ab\u{fffd}cd");
    assert_eq!(lines[2]["number"], "RB123456785GB");
    // validate: the same
    let out = run(&["validate", "ORD-{seq:4}{check:damm}"], b"\xff\nORD-00427\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["error"], "stdin line 1: invalid UTF-8 at byte 0");
    assert_eq!(lines[1]["valid"], true);
    // scan reads bytes: every number the valid parts hold is found
    let out = run(&["scan"], b"hello\n\xfe\xff RB 123 456 785 GB caf\xe9\n1Z999AA10123456784\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let numbers: Vec<_> = json_lines(&out).iter().map(|m| m["number"].clone()).collect();
    assert_eq!(numbers, ["RB123456785GB", "1Z999AA10123456784"]);
    // status stays strict: a bad event line is an error naming it
    let out = run(&["status"], b"\xff\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim(), "track status: stdin line 1: invalid UTF-8 at byte 0");
}

#[test]
fn a_line_longer_than_the_limit_is_named_without_being_held() {
    let mut input = vec![b'7'; (1 << 20) + 10];
    input.extend_from_slice(b"\n1Z999AA10123456784\n");
    let out = run(&["detect"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["reason"], "stdin line 1: longer than 1048576 bytes");
    assert_eq!(lines[1]["accepted"], true);
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let out = track().arg(std::ffi::OsStr::from_bytes(b"\xff")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("argument 1 is not valid UTF-8"), "{}", stderr(&out));
    let out = track()
        .args(["detect"])
        .arg(std::ffi::OsStr::from_bytes(b"--carrier=\xff"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn status_is_strict_about_fields() {
    let out = run(&["status"], b"{\"at\":\"2026-11-20T10:00:00Z\",\"status\":\"in_transit\"}\n{\"at\":\"2026-11-20T11:00:00Z\",\"stauts\":\"delivered\"}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 2: unknown field \"stauts\""), "{}", stderr(&out));
    let out = run(&["status"], b"{\"at\":\"2026-11-20T10:00:00Z\"}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 1: an event needs \"status\" or \"code\""),
        "{}",
        stderr(&out)
    );
    let out = run(&["status"], b"{\"at\":\"2026-11-20T10:00:00Z\",\"status\":\"delivered\",\"location\":{\"citty\":\"Paris\"}}\n");
    assert!(stderr(&out).contains("location.\"citty\""), "{}", stderr(&out));
}

#[test]
#[cfg(feature = "serde")]
fn status_from_vendor_documents() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/payloads");
    for (vendor, file, number, status) in [
        ("easypost", "easypost-tracker.json", "9400111206206406260787", "delivered"),
        ("easypost", "easypost-webhook.json", "1Z999AA10123456784", "out_for_delivery"),
        ("aftership", "aftership-api.json", "00340434161094042557", "delivered"),
        ("aftership", "aftership-webhook.json", "RB123456785GB", "delivery_attempted"),
        ("shippo", "shippo-track.json", "9205590164917312751089", "delivered"),
        ("17track", "17track-gettrackinfo.json", "RR123456789CN", "delivered"),
        ("17track", "17track-push.json", "LP00123456789012", "returning_to_sender"),
        ("ups", "ups-track.json", "1Z999AA10123456784", "delivered"),
        ("fedex", "fedex-track.json", "123456789012", "delivered"),
        ("usps", "usps-v3.json", "9400111206206406260787", "delivered"),
        ("dhl", "dhl-unified.json", "00340434161094042557", "delivered"),
        ("usps", "usps-v3-notice.json", "9400111206206406260787", "delivered"),
        ("dhl", "dhl-unified-attempt.json", "00340434292135100186", "delivered"),
    ] {
        let doc = std::fs::read(dir.join(file)).expect("fixture");
        // the vendor named, or told from the document's shape: the same state
        let named = run(&["status", "--from", vendor], &doc);
        let auto = run(&["status", "--from", "auto"], &doc);
        for out in [&named, &auto] {
            assert_eq!(out.status.code(), Some(0), "{file}: {}", stderr(out));
            let lines = json_lines(out);
            assert_eq!(lines.len(), 1, "{file}");
            assert_eq!(lines[0]["tracking_number"], number, "{file}");
            assert_eq!(lines[0]["status"], status, "{file}");
            assert_eq!(lines[0]["vendor"], vendor, "{file}");
            assert!(lines[0]["carrier"].is_string(), "{file}");
            assert!(lines[0]["milestones"].is_object(), "{file}");
        }
        assert_eq!(json_lines(&named), json_lines(&auto), "{file}");
    }
    // a document of no vendor's shape
    let out = run(&["status", "--from", "auto"], b"{\"id\":1}");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("$: not a tracking document of EasyPost, AfterShip, Shippo"),
        "{}",
        stderr(&out)
    );
    // one document per line
    let mut two = Vec::new();
    for f in ["17track-push.json", "17track-gettrackinfo.json"] {
        let text = std::fs::read_to_string(dir.join(f)).expect("fixture");
        two.extend(text.replace('\n', "").bytes());
        two.push(b'\n');
    }
    let lines = json_lines(&run(&["status", "--from", "17track"], &two));
    assert_eq!(lines.len(), 2);
    // errors name the path, or the vendor
    let out =
        run(&["status", "--from", "dhl"], b"{\"shipments\":[{\"events\":[{\"timestamp\":7}]}]}");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("$.shipments[0].events[0].timestamp: expected a string, found a number"),
        "{}",
        stderr(&out)
    );
    let out = run(&["status", "--from", "pony"], b"{}");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--from: unknown vendor \"pony\"; expected one of: auto, easypost"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn status_reads_local_times() {
    let lines = b"{\"at\":\"2026-11-18T09:12:00\",\"status\":\"in_transit\"}\n{\"at\":\"2026-11-19\",\"utc_offset\":\"+01:00\",\"status\":\"delivered\"}\n";
    let out = run(&["status", "--default-offset", "-05:00"], lines);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let state = &json_lines(&out)[0];
    assert_eq!(state["history"][0]["at"], "2026-11-18T09:12:00-05:00");
    assert_eq!(state["history"][1]["at"], "2026-11-19T00:00:00+01:00");
    assert_eq!(state["status"], "delivered");
    // without a default, local times are UTC
    let state = &json_lines(&run(&["status"], lines))[0];
    assert_eq!(state["history"][0]["at"], "2026-11-18T09:12:00Z");
    let out = run(&["status", "--default-offset", "EST"], lines);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--default-offset: expected Z or ±HH:MM, found \"EST\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = track()
        .arg("detect")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // far more output than a pipe holds
        let lines = "1Z999AA10123456784\n".repeat(50_000);
        let _ = stdin.write_all(lines.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    let _ = writer.join();
    assert!(status.success(), "{status:?}: {err}");
    assert_eq!(err, "");
}
