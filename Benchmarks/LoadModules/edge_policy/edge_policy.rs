//! edge_policy: a realistic proxy-wasm plugin used as a load-time benchmark module
//! (Benchmarks/LoadModules). It is a working filter, not filler: it runs in
//! `proxy-wasm-check` like any other plugin.
//!
//! Written against the raw proxy-wasm ABI v0.2.1 (no SDK crate), like
//! fixtures/header_filter. What it does:
//! * `proxy_on_configure` parses a JSON configuration into a generic JSON
//!   value (objects, arrays, strings, f64 numbers, booleans, null) and from it
//!   a list of rules. Each rule has a match (method, path prefix, path glob,
//!   header globs, query parameters) and actions (add/set/remove request
//!   headers, deny with a local reply, rate limit with a token bucket, tag the
//!   response). No configuration means a built-in rule set.
//! * `proxy_on_request_headers` reads all request headers (pairs format),
//!   normalises the path (percent-decoding, dot segments), parses the query,
//!   evaluates the rules, applies their actions and counts metrics.
//! * `proxy_on_request_body` / `proxy_on_response_body` count bytes and, for
//!   JSON request bodies, validate and summarise the document.
//! * `proxy_on_response_headers` adds `x-policy` and `server-timing` headers.
//! * `proxy_on_log` formats an access-log line (with float timings).
//!
//! std's formatting and collections make the module grow to the size of a
//! typical SDK-based Rust filter (~150 KB). Floats are printed in fixed point
//! and parsed with integer arithmetic (`Fixed`, `decimal_to_f64`), which keeps
//! core's float printing and parsing (~50 KB with their tables) out.

use std::alloc::{alloc, dealloc, Layout};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------
// Host functions (proxy-wasm ABI v0.2.1, module "env").
// ---------------------------------------------------------------------------

#[link(wasm_import_module = "env")]
extern "C" {
    fn proxy_log(level: u32, message_data: *const u8, message_size: usize) -> u32;
    fn proxy_get_log_level(return_level: *mut u32) -> u32;
    fn proxy_get_buffer_bytes(
        buffer_type: u32,
        start: usize,
        max_size: usize,
        return_buffer_data: *mut *mut u8,
        return_buffer_size: *mut usize,
    ) -> u32;
    fn proxy_get_header_map_pairs(map_type: u32, return_data: *mut *mut u8, return_size: *mut usize) -> u32;
    fn proxy_get_header_map_value(
        map_type: u32,
        key_data: *const u8,
        key_size: usize,
        return_value_data: *mut *mut u8,
        return_value_size: *mut usize,
    ) -> u32;
    fn proxy_add_header_map_value(
        map_type: u32,
        key_data: *const u8,
        key_size: usize,
        value_data: *const u8,
        value_size: usize,
    ) -> u32;
    fn proxy_replace_header_map_value(
        map_type: u32,
        key_data: *const u8,
        key_size: usize,
        value_data: *const u8,
        value_size: usize,
    ) -> u32;
    fn proxy_remove_header_map_value(map_type: u32, key_data: *const u8, key_size: usize) -> u32;
    fn proxy_send_local_response(
        status_code: u32,
        status_code_details_data: *const u8,
        status_code_details_size: usize,
        body_data: *const u8,
        body_size: usize,
        headers_data: *const u8,
        headers_size: usize,
        grpc_status: i32,
    ) -> u32;
    fn proxy_get_current_time_nanoseconds(return_time: *mut u64) -> u32;
    fn proxy_define_metric(metric_type: u32, name_data: *const u8, name_size: usize, return_id: *mut u32) -> u32;
    fn proxy_increment_metric(metric_id: u32, offset: i64) -> u32;
    fn proxy_record_metric(metric_id: u32, value: u64) -> u32;
    fn proxy_get_property(
        path_data: *const u8,
        path_size: usize,
        return_value_data: *mut *mut u8,
        return_value_size: *mut usize,
    ) -> u32;
}

const LOG_TRACE: u32 = 0;
const LOG_DEBUG: u32 = 1;
const LOG_INFO: u32 = 2;
const LOG_WARN: u32 = 3;
const LOG_ERROR: u32 = 4;
const LOG_CRITICAL: u32 = 5;

const STATUS_OK: u32 = 0;
const STATUS_NOT_FOUND: u32 = 1;

const BUFFER_HTTP_REQUEST_BODY: u32 = 0;
const BUFFER_HTTP_RESPONSE_BODY: u32 = 1;
const BUFFER_PLUGIN_CONFIGURATION: u32 = 7;

const MAP_HTTP_REQUEST_HEADERS: u32 = 0;
const MAP_HTTP_RESPONSE_HEADERS: u32 = 2;

const ACTION_CONTINUE: u32 = 0;
const ACTION_PAUSE: u32 = 1;

const METRIC_COUNTER: u32 = 0;
const METRIC_GAUGE: u32 = 1;
const METRIC_HISTOGRAM: u32 = 2;

fn log_enabled(level: u32) -> bool {
    let st = state();
    if st.log_level_checked_at != st.requests_seen {
        let mut current: u32 = LOG_INFO;
        unsafe {
            if proxy_get_log_level(&mut current) == STATUS_OK {
                st.log_level = current;
            }
        }
        st.log_level_checked_at = st.requests_seen;
    }
    level >= st.log_level
}

fn log(level: u32, message: &str) {
    if !log_enabled(level) {
        return;
    }
    unsafe {
        proxy_log(level, message.as_ptr(), message.len());
    }
}

macro_rules! logf {
    ($level:expr, $($arg:tt)*) => {
        if log_enabled($level) {
            let message = format!($($arg)*);
            unsafe { proxy_log($level, message.as_ptr(), message.len()); }
        }
    };
}

fn now_nanos() -> u64 {
    let mut t: u64 = 0;
    unsafe {
        proxy_get_current_time_nanoseconds(&mut t);
    }
    t
}

// ---------------------------------------------------------------------------
// Memory management (size-prefixed blocks, as in header_filter).
// ---------------------------------------------------------------------------

const HEADER: usize = 8;

fn allocate(size: usize) -> *mut u8 {
    let total = match size.checked_add(HEADER) {
        Some(t) => t,
        None => return std::ptr::null_mut(),
    };
    let layout = match Layout::from_size_align(total, 8) {
        Ok(l) => l,
        Err(_) => return std::ptr::null_mut(),
    };
    unsafe {
        let base = alloc(layout);
        if base.is_null() {
            return base;
        }
        (base as *mut usize).write(size);
        base.add(HEADER)
    }
}

fn free_host_block(ptr: *mut u8) {
    if ptr.is_null() {
        return;
    }
    unsafe {
        let base = ptr.sub(HEADER);
        let size = (base as *const usize).read();
        dealloc(base, Layout::from_size_align_unchecked(size + HEADER, 8));
    }
}

/// Takes ownership of a block the host returned (data, size): copies it out and frees it.
fn take_host_bytes(data: *mut u8, size: usize) -> Vec<u8> {
    let copy = if data.is_null() || size == 0 {
        Vec::new()
    } else {
        unsafe { std::slice::from_raw_parts(data, size) }.to_vec()
    };
    free_host_block(data);
    copy
}

#[no_mangle]
pub extern "C" fn malloc(size: usize) -> *mut u8 {
    allocate(size)
}

#[no_mangle]
pub extern "C" fn proxy_on_memory_allocate(size: usize) -> *mut u8 {
    allocate(size)
}

// ---------------------------------------------------------------------------
// Host access helpers.
// ---------------------------------------------------------------------------

fn get_buffer(buffer_type: u32, size: usize) -> Option<Vec<u8>> {
    if size == 0 {
        return Some(Vec::new());
    }
    let mut data: *mut u8 = std::ptr::null_mut();
    let mut len: usize = 0;
    let status = unsafe { proxy_get_buffer_bytes(buffer_type, 0, size, &mut data, &mut len) };
    if status != STATUS_OK {
        return None;
    }
    Some(take_host_bytes(data, len))
}

fn get_header_pairs(map_type: u32) -> Vec<(String, String)> {
    let mut data: *mut u8 = std::ptr::null_mut();
    let mut len: usize = 0;
    let status = unsafe { proxy_get_header_map_pairs(map_type, &mut data, &mut len) };
    if status != STATUS_OK {
        return Vec::new();
    }
    let bytes = take_host_bytes(data, len);
    match deserialize_pairs(&bytes) {
        Ok(p) => p,
        Err(e) => {
            logf!(LOG_WARN, "malformed header pairs from the host: {}", e);
            Vec::new()
        }
    }
}

fn get_header(map_type: u32, name: &str) -> Option<String> {
    let mut data: *mut u8 = std::ptr::null_mut();
    let mut len: usize = 0;
    let status = unsafe { proxy_get_header_map_value(map_type, name.as_ptr(), name.len(), &mut data, &mut len) };
    match status {
        STATUS_OK => Some(String::from_utf8_lossy(&take_host_bytes(data, len)).into_owned()),
        _ => None,
    }
}

fn add_header(map_type: u32, name: &str, value: &str) -> u32 {
    unsafe { proxy_add_header_map_value(map_type, name.as_ptr(), name.len(), value.as_ptr(), value.len()) }
}

fn set_header(map_type: u32, name: &str, value: &str) -> u32 {
    unsafe { proxy_replace_header_map_value(map_type, name.as_ptr(), name.len(), value.as_ptr(), value.len()) }
}

fn remove_header(map_type: u32, name: &str) -> u32 {
    unsafe { proxy_remove_header_map_value(map_type, name.as_ptr(), name.len()) }
}

fn get_property(path: &[&str]) -> Option<Vec<u8>> {
    let mut joined: Vec<u8> = Vec::new();
    for (k, p) in path.iter().enumerate() {
        if k > 0 {
            joined.push(0);
        }
        joined.extend_from_slice(p.as_bytes());
    }
    let mut data: *mut u8 = std::ptr::null_mut();
    let mut len: usize = 0;
    let status = unsafe { proxy_get_property(joined.as_ptr(), joined.len(), &mut data, &mut len) };
    if status != STATUS_OK {
        return None;
    }
    Some(take_host_bytes(data, len))
}

fn send_local_response(status: u32, details: &str, body: &str, headers: &[(String, String)]) {
    let serialized = serialize_pairs(headers);
    unsafe {
        proxy_send_local_response(
            status,
            details.as_ptr(),
            details.len(),
            body.as_ptr(),
            body.len(),
            serialized.as_ptr(),
            serialized.len(),
            -1,
        );
    }
}

fn define_metric(kind: u32, name: &str) -> Option<u32> {
    let mut id: u32 = 0;
    let status = unsafe { proxy_define_metric(kind, name.as_ptr(), name.len(), &mut id) };
    if status == STATUS_OK {
        Some(id)
    } else {
        None
    }
}

fn increment(metric: Option<u32>, by: i64) {
    if let Some(id) = metric {
        unsafe {
            proxy_increment_metric(id, by);
        }
    }
}

fn record(metric: Option<u32>, value: u64) {
    if let Some(id) = metric {
        unsafe {
            proxy_record_metric(id, value);
        }
    }
}

// ---------------------------------------------------------------------------
// The proxy-wasm pairs format: u32 count, count x (u32 key_len, u32 value_len),
// then key\0value\0 for each pair, little-endian.
// ---------------------------------------------------------------------------

#[derive(Debug)]
enum PairsError {
    Truncated(usize),
    MissingTerminator(usize),
    TooMany(u32),
}

impl fmt::Display for PairsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PairsError::Truncated(at) => write!(f, "truncated at byte {}", at),
            PairsError::MissingTerminator(at) => write!(f, "missing NUL terminator at byte {}", at),
            PairsError::TooMany(n) => write!(f, "implausible pair count {}", n),
        }
    }
}

fn read_u32(bytes: &[u8], at: usize) -> Result<u32, PairsError> {
    if at + 4 > bytes.len() {
        return Err(PairsError::Truncated(at));
    }
    Ok(u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]))
}

fn deserialize_pairs(bytes: &[u8]) -> Result<Vec<(String, String)>, PairsError> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    let count = read_u32(bytes, 0)?;
    if count as usize > bytes.len() / 8 {
        return Err(PairsError::TooMany(count));
    }
    let mut sizes = Vec::with_capacity(count as usize);
    for k in 0..count as usize {
        let key = read_u32(bytes, 4 + 8 * k)? as usize;
        let value = read_u32(bytes, 8 + 8 * k)? as usize;
        sizes.push((key, value));
    }
    let mut at = 4 + 8 * count as usize;
    let mut out = Vec::with_capacity(count as usize);
    for (key_len, value_len) in sizes {
        if at + key_len + 1 + value_len + 1 > bytes.len() {
            return Err(PairsError::Truncated(at));
        }
        let key = String::from_utf8_lossy(&bytes[at..at + key_len]).into_owned();
        at += key_len;
        if bytes[at] != 0 {
            return Err(PairsError::MissingTerminator(at));
        }
        at += 1;
        let value = String::from_utf8_lossy(&bytes[at..at + value_len]).into_owned();
        at += value_len;
        if bytes[at] != 0 {
            return Err(PairsError::MissingTerminator(at));
        }
        at += 1;
        out.push((key, value));
    }
    Ok(out)
}

fn serialize_pairs(pairs: &[(String, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(pairs.len() as u32).to_le_bytes());
    for (k, v) in pairs {
        out.extend_from_slice(&(k.len() as u32).to_le_bytes());
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    }
    for (k, v) in pairs {
        out.extend_from_slice(k.as_bytes());
        out.push(0);
        out.extend_from_slice(v.as_bytes());
        out.push(0);
    }
    out
}

// ---------------------------------------------------------------------------
// JSON: a complete parser into a generic value, and a serializer.
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Json>),
    Object(BTreeMap<String, Json>),
}

#[derive(Debug)]
struct JsonError {
    offset: usize,
    message: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.message, self.offset)
    }
}

struct JsonParser<'a> {
    s: &'a [u8],
    i: usize,
    depth: u32,
}

const MAX_DEPTH: u32 = 64;

impl<'a> JsonParser<'a> {
    fn new(s: &'a [u8]) -> Self {
        JsonParser { s, i: 0, depth: 0 }
    }

    fn error<T>(&self, message: &'static str) -> Result<T, JsonError> {
        Err(JsonError { offset: self.i, message })
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn document(&mut self) -> Result<Json, JsonError> {
        self.skip_ws();
        let v = self.value()?;
        self.skip_ws();
        if self.i != self.s.len() {
            return self.error("unexpected data after the document");
        }
        Ok(v)
    }

    fn value(&mut self) -> Result<Json, JsonError> {
        self.skip_ws();
        match self.peek() {
            None => self.error("unexpected end of input"),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b'-') | Some(b'0'..=b'9') => self.number(),
            Some(_) => self.error("expected a JSON value"),
        }
    }

    fn enter(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error("nested too deeply");
        }
        Ok(())
    }

    fn object(&mut self) -> Result<Json, JsonError> {
        self.enter()?;
        self.i += 1;
        let mut map = BTreeMap::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Json::Object(map));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return self.error("expected a string key");
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return self.error("expected ':'");
            }
            self.i += 1;
            let v = self.value()?;
            map.insert(key, v);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                _ => return self.error("expected ',' or '}'"),
            }
        }
        self.depth -= 1;
        Ok(Json::Object(map))
    }

    fn array(&mut self) -> Result<Json, JsonError> {
        self.enter()?;
        self.i += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    break;
                }
                _ => return self.error("expected ',' or ']'"),
            }
        }
        self.depth -= 1;
        Ok(Json::Array(items))
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Result<Json, JsonError> {
        if self.s.len() >= self.i + word.len() && &self.s[self.i..self.i + word.len()] == word {
            self.i += word.len();
            Ok(value)
        } else {
            self.error("invalid literal")
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = self.peek() {
                    self.i += 1;
                }
            }
            _ => return self.error("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            let digits = self.i;
            while let Some(b'0'..=b'9') = self.peek() {
                self.i += 1;
            }
            if self.i == digits {
                return self.error("invalid fraction");
            }
        }
        if let Some(b'e') | Some(b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+') | Some(b'-') = self.peek() {
                self.i += 1;
            }
            let digits = self.i;
            while let Some(b'0'..=b'9') = self.peek() {
                self.i += 1;
            }
            if self.i == digits {
                return self.error("invalid exponent");
            }
        }
        Ok(Json::Number(decimal_to_f64(&self.s[start..self.i])))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        if self.i + 4 > self.s.len() {
            return self.error("truncated \\u escape");
        }
        let text = std::str::from_utf8(&self.s[self.i..self.i + 4]).map_err(|_| JsonError { offset: self.i, message: "invalid \\u escape" })?;
        let v = u32::from_str_radix(text, 16).map_err(|_| JsonError { offset: self.i, message: "invalid \\u escape" })?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return self.error("unterminated string"),
            };
            match c {
                b'"' => {
                    self.i += 1;
                    break;
                }
                b'\\' => {
                    self.i += 1;
                    let e = match self.peek() {
                        Some(e) => e,
                        None => return self.error("unterminated escape"),
                    };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let cp = if (0xD800..0xDC00).contains(&hi) {
                                if self.peek() != Some(b'\\') || self.s.get(self.i + 1) != Some(&b'u') {
                                    return self.error("unpaired surrogate");
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return self.error("invalid low surrogate");
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            match char::from_u32(cp) {
                                Some(ch) => out.push(ch),
                                None => return self.error("invalid code point"),
                            }
                        }
                        _ => return self.error("invalid escape"),
                    }
                }
                0x00..=0x1f => return self.error("control character in string"),
                _ => {
                    // Copy a run of plain UTF-8 bytes at once.
                    let start = self.i;
                    while let Some(c) = self.peek() {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.i += 1;
                    }
                    match std::str::from_utf8(&self.s[start..self.i]) {
                        Ok(s) => out.push_str(s),
                        Err(_) => return self.error("invalid UTF-8 in string"),
                    }
                }
            }
        }
        Ok(out)
    }
}

/// The value of a validated JSON number: up to 19 significant digits as an integer,
/// scaled by a power of ten (not always the correctly rounded double, which a policy
/// configuration does not need; it keeps core's dec2flt and its tables out).
fn decimal_to_f64(text: &[u8]) -> f64 {
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut exponent: i32 = 0;
    let mut negative = false;
    let mut i = 0;
    if text.first() == Some(&b'-') {
        negative = true;
        i = 1;
    }
    let mut in_fraction = false;
    while i < text.len() {
        match text[i] {
            b'0'..=b'9' => {
                if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(text[i] - b'0');
                    if mantissa != 0 {
                        digits += 1;
                    }
                    if in_fraction {
                        exponent -= 1;
                    }
                } else if !in_fraction {
                    exponent += 1;
                }
            }
            b'.' => in_fraction = true,
            b'e' | b'E' => {
                let mut e: i32 = 0;
                let mut sign = 1;
                i += 1;
                if i < text.len() && (text[i] == b'+' || text[i] == b'-') {
                    if text[i] == b'-' {
                        sign = -1;
                    }
                    i += 1;
                }
                while i < text.len() {
                    e = e.saturating_mul(10).saturating_add(i32::from(text[i] - b'0'));
                    i += 1;
                }
                exponent = exponent.saturating_add(sign * e);
                break;
            }
            _ => {}
        }
        i += 1;
    }
    let magnitude = if exponent >= 0 {
        mantissa as f64 * 10f64.powi(exponent.min(400))
    } else {
        mantissa as f64 / 10f64.powi((-exponent).min(400))
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(m) => m.get(key),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::Str(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }

    /// Counts values by kind and the maximum depth.
    fn summarize(&self, depth: usize, summary: &mut JsonSummary) {
        summary.max_depth = summary.max_depth.max(depth);
        *summary.kinds.entry(self.kind()).or_insert(0) += 1;
        match self {
            Json::Array(items) => {
                for item in items {
                    item.summarize(depth + 1, summary);
                }
            }
            Json::Object(m) => {
                summary.keys += m.len();
                for v in m.values() {
                    v.summarize(depth + 1, summary);
                }
            }
            Json::Number(n) => summary.number_sum += *n,
            Json::Str(s) => summary.string_bytes += s.len(),
            _ => {}
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{}", b),
            Json::Number(n) => {
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    write!(f, "{}", *n as i64)
                } else {
                    write!(f, "{}", Fixed(*n, 6))
                }
            }
            Json::Str(s) => write_json_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}", item)?;
                }
                f.write_str("]")
            }
            Json::Object(m) => {
                f.write_str("{")?;
                for (k, (key, v)) in m.iter().enumerate() {
                    if k > 0 {
                        f.write_str(",")?;
                    }
                    write_json_string(f, key)?;
                    write!(f, ":{}", v)?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_json_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for ch in s.chars() {
        match ch {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_str("\"")
}

/// A number printed in fixed point with `.1` decimals, using integer arithmetic (the
/// plugin avoids core's float printing, Grisu/Dragon, to stay near the size of a typical
/// SDK-based filter).
struct Fixed(f64, u32);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (value, decimals) = (self.0, self.1.min(9));
        if !value.is_finite() {
            return f.write_str(if value.is_nan() { "NaN" } else if value > 0.0 { "inf" } else { "-inf" });
        }
        let scale = 10u64.pow(decimals);
        let magnitude = (value.abs() * scale as f64 + 0.5) as u64;
        if value < 0.0 && magnitude != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", magnitude / scale)?;
        if decimals > 0 {
            write!(f, ".{:0width$}", magnitude % scale, width = decimals as usize)?;
        }
        Ok(())
    }
}

#[derive(Default, Debug)]
struct JsonSummary {
    kinds: BTreeMap<&'static str, usize>,
    keys: usize,
    max_depth: usize,
    number_sum: f64,
    string_bytes: usize,
}

// ---------------------------------------------------------------------------
// Glob matching: `*` (any run), `?` (one character), `[a-z]` / `[!x]` classes.
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum GlobToken {
    Literal(char),
    Any,
    Star,
    Class { negated: bool, ranges: Vec<(char, char)> },
}

#[derive(Clone, Debug)]
struct Glob {
    #[allow(dead_code)]
    source: String,
    tokens: Vec<GlobToken>,
    case_insensitive: bool,
}

impl Glob {
    fn compile(pattern: &str, case_insensitive: bool) -> Result<Glob, String> {
        let mut tokens = Vec::new();
        let chars: Vec<char> = pattern.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '*' => {
                    if tokens.last() != Some(&GlobToken::Star) {
                        tokens.push(GlobToken::Star);
                    }
                    i += 1;
                }
                '?' => {
                    tokens.push(GlobToken::Any);
                    i += 1;
                }
                '[' => {
                    let mut j = i + 1;
                    let negated = j < chars.len() && (chars[j] == '!' || chars[j] == '^');
                    if negated {
                        j += 1;
                    }
                    let mut ranges = Vec::new();
                    let mut closed = false;
                    while j < chars.len() {
                        if chars[j] == ']' && !ranges.is_empty() {
                            closed = true;
                            break;
                        }
                        let lo = chars[j];
                        if j + 2 < chars.len() && chars[j + 1] == '-' && chars[j + 2] != ']' {
                            let hi = chars[j + 2];
                            if hi < lo {
                                return Err(format!("invalid range {}-{} in glob {:?}", lo, hi, pattern));
                            }
                            ranges.push((lo, hi));
                            j += 3;
                        } else {
                            ranges.push((lo, lo));
                            j += 1;
                        }
                    }
                    if !closed {
                        return Err(format!("unclosed character class in glob {:?}", pattern));
                    }
                    tokens.push(GlobToken::Class { negated, ranges });
                    i = j + 1;
                }
                '\\' if i + 1 < chars.len() => {
                    tokens.push(GlobToken::Literal(chars[i + 1]));
                    i += 2;
                }
                c => {
                    tokens.push(GlobToken::Literal(c));
                    i += 1;
                }
            }
        }
        Ok(Glob { source: pattern.to_string(), tokens, case_insensitive })
    }

    fn fold(&self, c: char) -> char {
        if self.case_insensitive {
            c.to_ascii_lowercase()
        } else {
            c
        }
    }

    fn token_matches(&self, token: &GlobToken, c: char) -> bool {
        match token {
            GlobToken::Literal(l) => self.fold(*l) == self.fold(c),
            GlobToken::Any => true,
            GlobToken::Star => true,
            GlobToken::Class { negated, ranges } => {
                let c = self.fold(c);
                let inside = ranges.iter().any(|(lo, hi)| self.fold(*lo) <= c && c <= self.fold(*hi));
                inside != *negated
            }
        }
    }

    /// Iterative matcher with single-star backtracking (linear in practice).
    fn matches(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        let (mut t, mut p) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while t < text.len() {
            if p < self.tokens.len() {
                match &self.tokens[p] {
                    GlobToken::Star => {
                        star = Some((p, t));
                        p += 1;
                        continue;
                    }
                    token => {
                        if self.token_matches(token, text[t]) {
                            t += 1;
                            p += 1;
                            continue;
                        }
                    }
                }
            }
            match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            }
        }
        while p < self.tokens.len() && self.tokens[p] == GlobToken::Star {
            p += 1;
        }
        p == self.tokens.len()
    }
}

// ---------------------------------------------------------------------------
// URLs: path normalisation and query parsing.
// ---------------------------------------------------------------------------

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn percent_decode(s: &str, plus_is_space: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex_value(bytes[i + 1]), hex_value(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        if c == b'+' && plus_is_space {
            out.push(b' ');
        } else {
            out.push(c);
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Removes `.` and `..` segments and duplicate slashes; the result starts with `/`.
fn normalize_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for s in &segments {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() || (path.ends_with('/') && !segments.is_empty()) {
        out.push('/');
    }
    out
}

struct RequestUrl {
    path: String,
    query: HashMap<String, Vec<String>>,
    raw_query_len: usize,
}

fn parse_url(raw: &str) -> RequestUrl {
    let (path_part, query_part) = match raw.find('?') {
        Some(q) => (&raw[..q], &raw[q + 1..]),
        None => (raw, ""),
    };
    let path_part = match path_part.find('#') {
        Some(h) => &path_part[..h],
        None => path_part,
    };
    let mut query: HashMap<String, Vec<String>> = HashMap::new();
    for pair in query_part.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = match pair.find('=') {
            Some(e) => (&pair[..e], &pair[e + 1..]),
            None => (pair, ""),
        };
        query.entry(percent_decode(k, true)).or_insert_with(Vec::new).push(percent_decode(v, true));
    }
    RequestUrl {
        path: normalize_path(&percent_decode(path_part, false)),
        query,
        raw_query_len: query_part.len(),
    }
}

// ---------------------------------------------------------------------------
// Rules.
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct HeaderMatch {
    name: String,
    glob: Option<Glob>,
    present: bool,
}

#[derive(Clone, Debug, Default)]
struct RuleMatch {
    methods: Vec<String>,
    path_prefix: Option<String>,
    path_glob: Option<Glob>,
    headers: Vec<HeaderMatch>,
    query: Vec<(String, Option<String>)>,
}

#[derive(Clone, Debug)]
struct Deny {
    status: u32,
    body: String,
    details: String,
}

#[derive(Clone, Debug)]
struct RateLimit {
    per_second: f64,
    burst: f64,
    key_header: String,
}

#[derive(Clone, Debug, Default)]
struct Actions {
    add: Vec<(String, String)>,
    set: Vec<(String, String)>,
    remove: Vec<String>,
    deny: Option<Deny>,
    rate: Option<RateLimit>,
    tag: Option<String>,
}

#[derive(Clone, Debug)]
struct Rule {
    name: String,
    when: RuleMatch,
    then: Actions,
    stop: bool,
    hits: Option<u32>,
}

#[derive(Clone, Debug)]
struct Config {
    rules: Vec<Rule>,
    access_log: bool,
    inspect_json_bodies: bool,
    max_body_bytes: usize,
    response_tag_header: String,
}

const DEFAULT_CONFIG: &str = r#"{
  "access_log": true,
  "inspect_json_bodies": true,
  "max_body_bytes": 65536,
  "rules": [
    { "name": "strip-internal", "match": { "path_glob": "/**" },
      "then": { "remove": ["x-internal-token", "x-debug"], "add": { "x-edge-policy": "v1" } } },
    { "name": "api-json", "match": { "path_prefix": "/api/", "headers": { "content-type": "application/*json*" } },
      "then": { "tag": "api", "set": { "x-api-version": "2" } } },
    { "name": "admin-deny", "match": { "path_prefix": "/admin", "methods": ["GET", "POST", "DELETE"] },
      "then": { "deny": { "status": 403, "body": "forbidden by edge policy\n", "details": "edge_policy_admin" } }, "stop": true },
    { "name": "upload-rate", "match": { "methods": ["POST", "PUT"], "path_glob": "/upload/*" },
      "then": { "rate": { "per_second": 50.0, "burst": 10, "key_header": "x-forwarded-for" } } },
    { "name": "check-tag", "match": { "query": { "standard": "1" } }, "then": { "tag": "check", "add": { "x-check-run": "yes" } } }
  ]
}"#;

fn field_str<'a>(object: &'a Json, key: &str, rule: &str) -> Result<Option<&'a str>, String> {
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(s)) => Ok(Some(s)),
        Some(other) => Err(format!("rule {:?}: {:?} must be a string, not {}", rule, key, other.kind())),
    }
}

fn string_pairs(value: Option<&Json>, what: &str, rule: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    match value {
        None | Some(Json::Null) => {}
        Some(Json::Object(m)) => {
            for (k, v) in m {
                match v {
                    Json::Str(s) => out.push((k.to_ascii_lowercase(), s.clone())),
                    Json::Number(n) => out.push((k.to_ascii_lowercase(), Fixed(*n, 3).to_string())),
                    Json::Bool(b) => out.push((k.to_ascii_lowercase(), b.to_string())),
                    other => return Err(format!("rule {:?}: {}.{} must be a scalar, not {}", rule, what, k, other.kind())),
                }
            }
        }
        Some(other) => return Err(format!("rule {:?}: {} must be an object, not {}", rule, what, other.kind())),
    }
    Ok(out)
}

fn parse_rule(index: usize, value: &Json) -> Result<Rule, String> {
    let default_name = format!("rule-{}", index);
    let name = field_str(value, "name", &default_name)?.unwrap_or(&default_name).to_string();
    let mut when = RuleMatch::default();
    if let Some(m) = value.get("match") {
        if let Some(Json::Array(methods)) = m.get("methods") {
            for method in methods {
                match method.as_str() {
                    Some(s) => when.methods.push(s.to_ascii_uppercase()),
                    None => return Err(format!("rule {:?}: methods must be strings", name)),
                }
            }
        }
        when.path_prefix = field_str(m, "path_prefix", &name)?.map(|s| s.to_string());
        if let Some(g) = field_str(m, "path_glob", &name)? {
            when.path_glob = Some(Glob::compile(g, false)?);
        }
        match m.get("headers") {
            Some(Json::Object(h)) => {
                for (k, v) in h {
                    let header = match v {
                        Json::Str(g) => HeaderMatch { name: k.to_ascii_lowercase(), glob: Some(Glob::compile(g, true)?), present: true },
                        Json::Bool(b) => HeaderMatch { name: k.to_ascii_lowercase(), glob: None, present: *b },
                        other => return Err(format!("rule {:?}: header {:?} must be a glob or a boolean, not {}", name, k, other.kind())),
                    };
                    when.headers.push(header);
                }
            }
            None | Some(Json::Null) => {}
            Some(other) => return Err(format!("rule {:?}: headers must be an object, not {}", name, other.kind())),
        }
        if let Some(Json::Object(q)) = m.get("query") {
            for (k, v) in q {
                when.query.push((k.clone(), v.as_str().map(|s| s.to_string())));
            }
        }
    }
    let mut then = Actions::default();
    if let Some(t) = value.get("then") {
        then.add = string_pairs(t.get("add"), "add", &name)?;
        then.set = string_pairs(t.get("set"), "set", &name)?;
        if let Some(Json::Array(r)) = t.get("remove") {
            for item in r {
                if let Some(s) = item.as_str() {
                    then.remove.push(s.to_ascii_lowercase());
                }
            }
        }
        if let Some(d) = t.get("deny") {
            let status = d.get("status").and_then(|s| s.as_f64()).unwrap_or(403.0);
            if !(200.0..=599.0).contains(&status) {
                return Err(format!("rule {:?}: deny status {} out of range", name, status as i64));
            }
            then.deny = Some(Deny {
                status: status as u32,
                body: field_str(d, "body", &name)?.unwrap_or("denied\n").to_string(),
                details: field_str(d, "details", &name)?.unwrap_or("edge_policy_deny").to_string(),
            });
        }
        if let Some(r) = t.get("rate") {
            let per_second = r.get("per_second").and_then(|v| v.as_f64()).unwrap_or(10.0);
            let burst = r.get("burst").and_then(|v| v.as_f64()).unwrap_or(per_second);
            if per_second <= 0.0 || burst < 1.0 {
                return Err(format!("rule {:?}: rate needs per_second > 0 and burst >= 1 (got {}, {})", name, Fixed(per_second, 3), Fixed(burst, 3)));
            }
            then.rate = Some(RateLimit {
                per_second,
                burst,
                key_header: field_str(r, "key_header", &name)?.unwrap_or("x-forwarded-for").to_ascii_lowercase(),
            });
        }
        then.tag = field_str(t, "tag", &name)?.map(|s| s.to_string());
    }
    let stop = value.get("stop").and_then(|s| s.as_bool()).unwrap_or(false);
    Ok(Rule { name, when, then, stop, hits: None })
}

fn parse_config(bytes: &[u8]) -> Result<Config, String> {
    let text = if bytes.iter().all(|b| b.is_ascii_whitespace()) { DEFAULT_CONFIG.as_bytes() } else { bytes };
    let doc = JsonParser::new(text).document().map_err(|e| format!("invalid JSON: {}", e))?;
    if !matches!(doc, Json::Object(_)) {
        return Err(format!("the configuration must be a JSON object, not {}", doc.kind()));
    }
    let mut rules = Vec::new();
    match doc.get("rules") {
        Some(Json::Array(items)) => {
            for (k, item) in items.iter().enumerate() {
                rules.push(parse_rule(k, item)?);
            }
        }
        None => {}
        Some(other) => return Err(format!("\"rules\" must be an array, not {}", other.kind())),
    }
    Ok(Config {
        rules,
        access_log: doc.get("access_log").and_then(|v| v.as_bool()).unwrap_or(true),
        inspect_json_bodies: doc.get("inspect_json_bodies").and_then(|v| v.as_bool()).unwrap_or(true),
        max_body_bytes: doc.get("max_body_bytes").and_then(|v| v.as_f64()).unwrap_or(65536.0) as usize,
        response_tag_header: doc.get("response_tag_header").and_then(|v| v.as_str()).unwrap_or("x-policy").to_string(),
    })
}

// ---------------------------------------------------------------------------
// Rate limiting: a token bucket per (rule, client key), bounded in size.
// ---------------------------------------------------------------------------

struct Bucket {
    tokens: f64,
    updated_ns: u64,
}

struct Limiter {
    buckets: HashMap<(usize, String), Bucket>,
    order: VecDeque<(usize, String)>,
    capacity: usize,
}

impl Limiter {
    fn new(capacity: usize) -> Limiter {
        Limiter { buckets: HashMap::new(), order: VecDeque::new(), capacity }
    }

    fn allow(&mut self, rule: usize, key: &str, limit: &RateLimit, now_ns: u64) -> bool {
        let id = (rule, key.to_string());
        if !self.buckets.contains_key(&id) {
            if self.order.len() >= self.capacity {
                if let Some(old) = self.order.pop_front() {
                    self.buckets.remove(&old);
                }
            }
            self.order.push_back(id.clone());
            self.buckets.insert(id.clone(), Bucket { tokens: limit.burst, updated_ns: now_ns });
        }
        let bucket = self.buckets.get_mut(&id).unwrap();
        let elapsed = now_ns.saturating_sub(bucket.updated_ns) as f64 / 1e9;
        bucket.tokens = (bucket.tokens + elapsed * limit.per_second).min(limit.burst);
        bucket.updated_ns = now_ns;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

// ---------------------------------------------------------------------------
// Plugin state.
// ---------------------------------------------------------------------------

#[derive(Default)]
struct StreamInfo {
    root: u32,
    started_ns: u64,
    method: String,
    path: String,
    authority: String,
    request_header_bytes: usize,
    request_body_bytes: usize,
    response_body_bytes: usize,
    status: String,
    matched: Vec<String>,
    tags: Vec<String>,
    denied: bool,
    body_summary: Option<String>,
}

struct Metrics {
    requests: Option<u32>,
    denied: Option<u32>,
    rate_limited: Option<u32>,
    header_bytes: Option<u32>,
    active: Option<u32>,
}

struct State {
    roots: BTreeMap<u32, Config>,
    streams: HashMap<u32, StreamInfo>,
    limiter: Limiter,
    metrics: Option<Metrics>,
    log_level: u32,
    log_level_checked_at: u64,
    requests_seen: u64,
}

static mut STATE: Option<State> = None;

fn state() -> &'static mut State {
    unsafe {
        if STATE.is_none() {
            STATE = Some(State {
                roots: BTreeMap::new(),
                streams: HashMap::new(),
                limiter: Limiter::new(4096),
                metrics: None,
                log_level: LOG_INFO,
                log_level_checked_at: u64::MAX,
                requests_seen: 0,
            });
        }
        STATE.as_mut().unwrap()
    }
}

fn metrics() -> &'static Metrics {
    let st = state();
    if st.metrics.is_none() {
        st.metrics = Some(Metrics {
            requests: define_metric(METRIC_COUNTER, "edge_policy.requests"),
            denied: define_metric(METRIC_COUNTER, "edge_policy.denied"),
            rate_limited: define_metric(METRIC_COUNTER, "edge_policy.rate_limited"),
            header_bytes: define_metric(METRIC_HISTOGRAM, "edge_policy.request_header_bytes"),
            active: define_metric(METRIC_GAUGE, "edge_policy.active_streams"),
        });
    }
    state().metrics.as_ref().unwrap()
}

fn config_for(root: u32) -> Config {
    let st = state();
    match st.roots.get(&root) {
        Some(c) => c.clone(),
        None => parse_config(b"").unwrap_or(Config {
            rules: Vec::new(),
            access_log: false,
            inspect_json_bodies: false,
            max_body_bytes: 0,
            response_tag_header: "x-policy".to_string(),
        }),
    }
}

fn install_panic_hook() {
    static mut SET: bool = false;
    unsafe {
        if SET {
            return;
        }
        SET = true;
    }
    std::panic::set_hook(Box::new(|info| {
        let message = format!("edge_policy panicked: {}", info);
        unsafe {
            proxy_log(LOG_CRITICAL, message.as_ptr(), message.len());
        }
    }));
}

// ---------------------------------------------------------------------------
// Callbacks.
// ---------------------------------------------------------------------------

#[no_mangle]
pub extern "C" fn proxy_abi_version_0_2_1() {}

#[no_mangle]
pub extern "C" fn proxy_on_context_create(context_id: u32, parent_context_id: u32) {
    install_panic_hook();
    let st = state();
    if parent_context_id == 0 {
        if let Ok(c) = parse_config(b"") {
            st.roots.insert(context_id, c);
        }
    } else {
        st.streams.insert(context_id, StreamInfo { root: parent_context_id, started_ns: now_nanos(), ..Default::default() });
        increment(metrics().active, 1);
    }
}

#[no_mangle]
pub extern "C" fn proxy_on_vm_start(_root_context_id: u32, vm_configuration_size: usize) -> u32 {
    install_panic_hook();
    if let Some(bytes) = get_buffer(6, vm_configuration_size) {
        if !bytes.is_empty() {
            logf!(LOG_DEBUG, "vm configuration: {} bytes", bytes.len());
        }
    }
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_configure(root_context_id: u32, configuration_size: usize) -> u32 {
    let bytes = match get_buffer(BUFFER_PLUGIN_CONFIGURATION, configuration_size) {
        Some(b) => b,
        None => {
            log(LOG_ERROR, "failed to read the plugin configuration");
            return 0;
        }
    };
    match parse_config(&bytes) {
        Ok(mut config) => {
            for rule in config.rules.iter_mut() {
                rule.hits = define_metric(METRIC_COUNTER, &format!("edge_policy.rule.{}.hits", rule.name));
            }
            let summary: Vec<String> = config.rules.iter().map(|r| r.name.clone()).collect();
            logf!(LOG_INFO, "edge_policy configured with {} rules: {}", config.rules.len(), summary.join(", "));
            state().roots.insert(root_context_id, config);
            1
        }
        Err(reason) => {
            logf!(LOG_ERROR, "invalid plugin configuration: {}", reason);
            0
        }
    }
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn rule_matches(rule: &Rule, method: &str, url: &RequestUrl, headers: &[(String, String)]) -> bool {
    let m = &rule.when;
    if !m.methods.is_empty() && !m.methods.iter().any(|x| x == method) {
        return false;
    }
    if let Some(prefix) = &m.path_prefix {
        if !url.path.starts_with(prefix.as_str()) {
            return false;
        }
    }
    if let Some(glob) = &m.path_glob {
        if !glob.matches(&url.path) {
            return false;
        }
    }
    for h in &m.headers {
        match (header_value(headers, &h.name), &h.glob) {
            (None, _) => {
                if h.present {
                    return false;
                }
            }
            (Some(_), None) => {
                if !h.present {
                    return false;
                }
            }
            (Some(v), Some(glob)) => {
                if !glob.matches(v) {
                    return false;
                }
            }
        }
    }
    for (k, want) in &m.query {
        match (url.query.get(k), want) {
            (None, _) => return false,
            (Some(values), Some(w)) => {
                if !values.iter().any(|v| v == w) {
                    return false;
                }
            }
            (Some(_), None) => {}
        }
    }
    true
}

#[no_mangle]
pub extern "C" fn proxy_on_request_headers(context_id: u32, _num_headers: usize, _end_of_stream: u32) -> u32 {
    let st = state();
    st.requests_seen += 1;
    let root = st.streams.get(&context_id).map(|s| s.root).unwrap_or(0);
    let config = config_for(root);
    let headers = get_header_pairs(MAP_HTTP_REQUEST_HEADERS);
    let method = header_value(&headers, ":method").unwrap_or("GET").to_ascii_uppercase();
    let raw_path = header_value(&headers, ":path").unwrap_or("/").to_string();
    let authority = header_value(&headers, ":authority").unwrap_or("").to_string();
    let url = parse_url(&raw_path);
    let header_bytes: usize = headers.iter().map(|(k, v)| k.len() + v.len()).sum();
    let m = metrics();
    increment(m.requests, 1);
    record(m.header_bytes, header_bytes as u64);

    let mut matched = Vec::new();
    let mut tags = Vec::new();
    let mut denied: Option<Deny> = None;
    let mut limited: Option<String> = None;
    for (index, rule) in config.rules.iter().enumerate() {
        if !rule_matches(rule, &method, &url, &headers) {
            continue;
        }
        matched.push(rule.name.clone());
        increment(rule.hits, 1);
        let a = &rule.then;
        for name in &a.remove {
            if header_value(&headers, name).is_some() {
                remove_header(MAP_HTTP_REQUEST_HEADERS, name);
            }
        }
        for (k, v) in &a.add {
            add_header(MAP_HTTP_REQUEST_HEADERS, k, v);
        }
        for (k, v) in &a.set {
            set_header(MAP_HTTP_REQUEST_HEADERS, k, v);
        }
        if let Some(tag) = &a.tag {
            tags.push(tag.clone());
        }
        if let Some(limit) = &a.rate {
            let key = header_value(&headers, &limit.key_header).unwrap_or("anonymous");
            let client = key.split(',').next().unwrap_or("").trim().to_string();
            if !st.limiter.allow(index, &client, limit, now_nanos()) {
                limited = Some(format!("{} (client {})", rule.name, client));
                break;
            }
        }
        if let Some(d) = &a.deny {
            denied = Some(d.clone());
            break;
        }
        if rule.stop {
            break;
        }
    }

    logf!(
        LOG_DEBUG,
        "{} {} (normalised {}, {} query params, {} query bytes) matched [{}]",
        method,
        raw_path,
        url.path,
        url.query.len(),
        url.raw_query_len,
        matched.join(", ")
    );
    let info = st.streams.entry(context_id).or_insert_with(StreamInfo::default);
    info.method = method;
    info.path = url.path.clone();
    info.authority = authority;
    info.request_header_bytes = header_bytes;
    info.matched = matched;
    info.tags = tags;

    if let Some(reason) = limited {
        info.denied = true;
        increment(m.rate_limited, 1);
        logf!(LOG_WARN, "rate limited by {}", reason);
        send_local_response(
            429,
            "edge_policy_rate_limited",
            "too many requests\n",
            &[("retry-after".to_string(), "1".to_string()), ("x-policy".to_string(), "rate-limited".to_string())],
        );
        return ACTION_PAUSE;
    }
    if let Some(d) = denied {
        info.denied = true;
        increment(m.denied, 1);
        logf!(LOG_INFO, "denied {} with {}", info.path, d.status);
        send_local_response(d.status, &d.details, &d.body, &[("x-policy".to_string(), "denied".to_string())]);
        return ACTION_PAUSE;
    }
    ACTION_CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_request_body(context_id: u32, body_size: usize, end_of_stream: u32) -> u32 {
    let st = state();
    let root = st.streams.get(&context_id).map(|s| s.root).unwrap_or(0);
    let config = config_for(root);
    let info = st.streams.entry(context_id).or_insert_with(StreamInfo::default);
    info.request_body_bytes = body_size;
    if end_of_stream == 0 || !config.inspect_json_bodies || body_size == 0 || body_size > config.max_body_bytes {
        return ACTION_CONTINUE;
    }
    let is_json = get_header(MAP_HTTP_REQUEST_HEADERS, "content-type").map(|c| c.contains("json")).unwrap_or(false);
    if !is_json {
        return ACTION_CONTINUE;
    }
    let body = match get_buffer(BUFFER_HTTP_REQUEST_BODY, body_size) {
        Some(b) => b,
        None => return ACTION_CONTINUE,
    };
    let info = state().streams.entry(context_id).or_insert_with(StreamInfo::default);
    match JsonParser::new(&body).document() {
        Ok(doc) => {
            let mut summary = JsonSummary::default();
            doc.summarize(0, &mut summary);
            let kinds: Vec<String> = summary.kinds.iter().map(|(k, n)| format!("{}={}", k, n)).collect();
            info.body_summary = Some(format!(
                "json keys={} depth={} sum={} strings={}B [{}]",
                summary.keys,
                summary.max_depth,
                Fixed(summary.number_sum, 2),
                summary.string_bytes,
                kinds.join(" ")
            ));
        }
        Err(e) => {
            info.body_summary = Some(format!("invalid json: {}", e));
            logf!(LOG_INFO, "request body is not valid JSON: {}", e);
        }
    }
    ACTION_CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_response_headers(context_id: u32, _num_headers: usize, _end_of_stream: u32) -> u32 {
    let st = state();
    let root = st.streams.get(&context_id).map(|s| s.root).unwrap_or(0);
    let config = config_for(root);
    let status = get_header(MAP_HTTP_RESPONSE_HEADERS, ":status").unwrap_or_else(|| "0".to_string());
    let now = now_nanos();
    let info = st.streams.entry(context_id).or_insert_with(StreamInfo::default);
    info.status = status;
    let elapsed_ms = now.saturating_sub(info.started_ns) as f64 / 1e6;
    let tag = if info.tags.is_empty() { "none".to_string() } else { info.tags.join(",") };
    add_header(MAP_HTTP_RESPONSE_HEADERS, &config.response_tag_header, &tag);
    let timing = format!("edge;dur={};desc=\"{} rules\"", Fixed(elapsed_ms, 3), info.matched.len());
    add_header(MAP_HTTP_RESPONSE_HEADERS, "server-timing", &timing);
    ACTION_CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_response_body(context_id: u32, body_size: usize, _end_of_stream: u32) -> u32 {
    let info = state().streams.entry(context_id).or_insert_with(StreamInfo::default);
    info.response_body_bytes = body_size;
    ACTION_CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_done(_context_id: u32) -> u32 {
    1
}

struct AccessLogLine<'a> {
    info: &'a StreamInfo,
    duration_ms: f64,
    protocol: String,
}

impl<'a> fmt::Display for AccessLogLine<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = self.info;
        write!(
            f,
            "{} \"{} {} {}\" {} req_hdr={}B req_body={}B resp_body={}B {}ms rules=[{}]",
            if i.authority.is_empty() { "-" } else { &i.authority },
            i.method,
            i.path,
            self.protocol,
            if i.status.is_empty() { "-" } else { &i.status },
            i.request_header_bytes,
            i.request_body_bytes,
            i.response_body_bytes,
            Fixed(self.duration_ms, 3),
            i.matched.join(",")
        )?;
        if i.denied {
            f.write_str(" denied")?;
        }
        if let Some(s) = &i.body_summary {
            write!(f, " body=({})", s)?;
        }
        Ok(())
    }
}

#[no_mangle]
pub extern "C" fn proxy_on_log(context_id: u32) {
    let st = state();
    let root = match st.streams.get(&context_id) {
        Some(s) => s.root,
        None => return,
    };
    if !config_for(root).access_log || !log_enabled(LOG_INFO) {
        return;
    }
    let protocol = get_property(&["request", "protocol"])
        .map(|p| String::from_utf8_lossy(&p).into_owned())
        .unwrap_or_else(|| "HTTP/1.1".to_string());
    let now = now_nanos();
    let st = state();
    if let Some(info) = st.streams.get(&context_id) {
        let line = AccessLogLine { info, duration_ms: now.saturating_sub(info.started_ns) as f64 / 1e6, protocol };
        let text = line.to_string();
        log(LOG_INFO, &text);
    }
}

#[no_mangle]
pub extern "C" fn proxy_on_delete(context_id: u32) {
    let st = state();
    if st.streams.remove(&context_id).is_some() {
        increment(metrics().active, -1);
    } else {
        st.roots.remove(&context_id);
    }
}

#[allow(dead_code)]
fn unused_levels() -> [u32; 3] {
    [LOG_TRACE, STATUS_NOT_FOUND, BUFFER_HTTP_RESPONSE_BODY]
}
