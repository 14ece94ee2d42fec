//! `time.struct_time`, the civil calendar behind `gmtime`/`localtime`/`mktime`,
//! and `strftime` with glibc's directives. The engine's local time is UTC.

use std::rc::Rc;

use crate::engine::builtins::args;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::{BaseKind, Class, Instance, Payload};
use crate::engine::objects::function::{Args, BuiltinFunction};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::types::{builtin_class, ExcKind};
use crate::engine::vm::Vm;

/// The nine fields of a `struct_time`, in tuple order.
const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down time, as `struct_time` holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// Year, e.g. 2026.
    pub year: i64,
    /// Month 1-12.
    pub mon: i64,
    /// Day of the month 1-31.
    pub mday: i64,
    /// Hour 0-23.
    pub hour: i64,
    /// Minute 0-59.
    pub min: i64,
    /// Second 0-61.
    pub sec: i64,
    /// Day of the week, Monday = 0.
    pub wday: i64,
    /// Day of the year 1-366.
    pub yday: i64,
    /// Daylight saving flag (always 0 here, -1 when unknown).
    pub isdst: i64,
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    // Shift the year to start in March, so the leap day comes last.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The broken-down UTC time of whole seconds since the epoch.
pub fn civil_from_secs(secs: i64) -> Civil {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let mday = doy - (153 * mp + 2) / 5 + 1;
    let mon = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(mon <= 2);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Civil {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        // 1970-01-01 was a Thursday (3 when Monday is 0).
        wday: (days + 3).rem_euclid(7),
        yday,
        isdst: 0,
    }
}

/// The `time.struct_time` class of the running process, created with the module.
pub fn struct_time_class(vm: &Vm) -> Option<Rc<Class>> {
    match crate::engine::modules::module_attr(vm, "time", "struct_time")? {
        Value::Class(c) => Some(c),
        _ => None,
    }
}

/// Creates the `time.struct_time` class.
pub fn new_struct_time_class(vm: &Vm) -> Rc<Class> {
    let cls = builtin_class(
        "time.struct_time",
        std::slice::from_ref(&vm.types.tuple),
        BaseKind::Tuple,
    );
    add_methods(
        &cls,
        "struct_time",
        &[
            ("__new__", struct_time_new),
            ("__repr__", struct_time_repr),
            ("__str__", struct_time_repr),
        ],
    );
    let getters: [(&'static str, crate::engine::objects::function::NativeFn); 11] = [
        ("tm_year", |vm, a| field(vm, a, 0)),
        ("tm_mon", |vm, a| field(vm, a, 1)),
        ("tm_mday", |vm, a| field(vm, a, 2)),
        ("tm_hour", |vm, a| field(vm, a, 3)),
        ("tm_min", |vm, a| field(vm, a, 4)),
        ("tm_sec", |vm, a| field(vm, a, 5)),
        ("tm_wday", |vm, a| field(vm, a, 6)),
        ("tm_yday", |vm, a| field(vm, a, 7)),
        ("tm_isdst", |vm, a| field(vm, a, 8)),
        ("tm_zone", |vm, a| field(vm, a, 9)),
        ("tm_gmtoff", |vm, a| field(vm, a, 10)),
    ];
    for (name, f) in getters {
        let fget = Value::Builtin(Rc::new(BuiltinFunction::method("struct_time", name, f)));
        cls.dict.set_by_str(
            name,
            Value::Object(Rc::new(Object::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: std::cell::RefCell::new(None),
            })),
        );
    }
    cls.dict.set_by_str("n_fields", Value::Int(11));
    cls.dict.set_by_str("n_sequence_fields", Value::Int(9));
    cls.dict.set_by_str("n_unnamed_fields", Value::Int(0));
    cls.dict.set_by_str("__module__", Value::str("time"));
    cls
}

/// The tuple items behind a struct_time (nine visible, then zone and offset).
fn items_of(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Value(Value::Tuple(t)) => Some(t.items().to_vec()),
            _ => None,
        },
        _ => None,
    }
}

fn field(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Value> {
    let this = args::this(vm, "struct_time", a)?;
    let Value::Instance(inst) = this else {
        return Err(vm.type_error("descriptor requires a 'time.struct_time' object"));
    };
    if i < 9 {
        return Ok(items_of(this)
            .and_then(|v| v.get(i).cloned())
            .unwrap_or(Value::None));
    }
    // The zone and offset live outside the tuple, in the instance's slots.
    Ok(inst
        .slots
        .borrow()
        .get(i - 9)
        .cloned()
        .flatten()
        .unwrap_or(Value::None))
}

/// A `struct_time` value.
pub fn make_struct_time(vm: &Vm, c: &Civil, zone: &str) -> PyResult<Value> {
    let Some(cls) = struct_time_class(vm) else {
        return Err(vm.runtime_error("time.struct_time is unavailable"));
    };
    Ok(struct_time_value(
        &cls,
        civil_items(c),
        Value::str(zone),
        Value::Int(0),
    ))
}

fn civil_items(c: &Civil) -> Vec<Value> {
    [
        c.year, c.mon, c.mday, c.hour, c.min, c.sec, c.wday, c.yday, c.isdst,
    ]
    .into_iter()
    .map(Value::Int)
    .collect()
}

fn struct_time_value(cls: &Rc<Class>, items: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let inst = Instance::new(cls.clone(), Payload::Value(Value::tuple(items)));
    // The class has no named slots, so these two extra ones are reachable only
    // through the tm_zone / tm_gmtoff getters.
    *inst.slots.borrow_mut() = vec![Some(zone), Some(gmtoff)];
    Value::Instance(crate::engine::objects::finalizer::track(inst))
}

fn struct_time_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first() else {
        return Err(vm.type_error("struct_time.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let Some(seq) = args::arg(a, 1, "sequence") else {
        return Err(vm.type_error("struct_time() missing required argument 'sequence' (pos 1)"));
    };
    let items = vm.collect(seq)?;
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let gmtoff = items.get(10).cloned().unwrap_or(Value::None);
    Ok(struct_time_value(&cls, items[..9].to_vec(), zone, gmtoff))
}

fn struct_time_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?;
    let items = items_of(this).unwrap_or_default();
    let mut parts = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

/// The broken-down time an argument of `strftime`/`asctime`/`mktime` holds.
pub fn civil_from_value(vm: &mut Vm, func: &str, v: &Value) -> PyResult<(Civil, Option<String>)> {
    let zone = match v {
        Value::Instance(i) => match i.slots.borrow().first().cloned().flatten() {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        },
        _ => None,
    };
    let items = match vm.builtin_view(v) {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => {
            return Err(vm.type_error("Tuple or struct_time argument required"));
        }
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut nums = [0i64; 9];
    for (slot, item) in nums.iter_mut().zip(items.iter()) {
        *slot = match item {
            // Each field is a C int in CPython; larger values never reach the calendar math.
            Value::Int(i) if *i > i64::from(i32::MAX) => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "signed integer is greater than maximum",
                ))
            }
            Value::Int(i) if *i < i64::from(i32::MIN) => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "signed integer is less than minimum",
                ))
            }
            Value::BigInt(_) => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                ))
            }
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )))
            }
        };
    }
    let c = Civil {
        year: nums[0],
        mon: nums[1],
        mday: nums[2],
        hour: nums[3],
        min: nums[4],
        sec: nums[5],
        wday: nums[6],
        yday: nums[7],
        isdst: nums[8],
    };
    Ok((c, zone))
}

/// Applies CPython's range checks (and its zero-to-one fixes) before formatting.
pub fn check_ranges(vm: &Vm, c: &mut Civil) -> PyResult<()> {
    if c.mon == 0 {
        c.mon = 1;
    }
    if c.mday == 0 {
        c.mday = 1;
    }
    if c.yday == 0 {
        c.yday = 1;
    }
    let problem = if !(1..=12).contains(&c.mon) {
        Some("month out of range")
    } else if !(1..=31).contains(&c.mday) {
        Some("day of month out of range")
    } else if !(0..=23).contains(&c.hour) {
        Some("hour out of range")
    } else if !(0..=59).contains(&c.min) {
        Some("minute out of range")
    } else if !(0..=61).contains(&c.sec) {
        Some("seconds out of range")
    } else if !(1..=366).contains(&c.yday) {
        Some("day of year out of range")
    } else {
        None
    };
    if let Some(p) = problem {
        return Err(vm.value_error(p));
    }
    // A negative weekday wraps, as CPython does before calling the C library.
    c.wday = c.wday.rem_euclid(7);
    c.isdst = c.isdst.clamp(-1, 1);
    Ok(())
}

/// Seconds since the epoch of a broken-down UTC time (fields may be out of range).
pub fn secs_from_civil(c: &Civil) -> i64 {
    // Normalise the month first, so 13 means January of the next year.
    let m0 = c.mon - 1;
    let year = c.year + m0.div_euclid(12);
    let mon = m0.rem_euclid(12) + 1;
    let days = days_from_civil(year, mon, 1) + c.mday - 1;
    days * 86_400 + c.hour * 3600 + c.min * 60 + c.sec
}

/// `time.asctime()` text: `Thu Jan  1 09:00:00 2026`.
pub fn asctime_text(c: &Civil) -> String {
    let day = DAY_NAMES
        .get(c.wday.rem_euclid(7) as usize)
        .copied()
        .unwrap_or("Mon");
    let mon = MONTH_NAMES
        .get((c.mon - 1).clamp(0, 11) as usize)
        .copied()
        .unwrap_or("January");
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        &day[..3],
        &mon[..3],
        c.mday,
        c.hour,
        c.min,
        c.sec,
        c.year
    )
}

/// Week number with weeks starting on `first` (0 = Monday, 6 = Sunday), like %U/%W.
fn week_number(c: &Civil, sunday_first: bool) -> i64 {
    let wday_sun = (c.wday + 1) % 7; // Sunday = 0
    let yday0 = c.yday - 1;
    if sunday_first {
        (yday0 + 7 - wday_sun) / 7
    } else {
        (yday0 + 7 - (wday_sun + 6) % 7) / 7
    }
}

/// ISO 8601 year and week (for %G, %g, %V).
fn iso_week(c: &Civil) -> (i64, i64) {
    let wday_mon = c.wday; // Monday = 0
    let yday0 = c.yday - 1;
    // The Thursday of this week decides its year.
    let thursday = yday0 - wday_mon + 3;
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday < 0 {
        let prev = c.year - 1;
        let t = thursday + year_len(prev);
        (prev, t / 7 + 1)
    } else if thursday >= year_len(c.year) {
        (c.year + 1, (thursday - year_len(c.year)) / 7 + 1)
    } else {
        (c.year, thursday / 7 + 1)
    }
}

/// Formats `c` with a `strftime` pattern (glibc's directives, C locale).
pub fn strftime_text(fmt: &str, c: &Civil, zone: &str) -> String {
    let day = DAY_NAMES
        .get(c.wday.rem_euclid(7) as usize)
        .copied()
        .unwrap_or("Monday");
    let mon = MONTH_NAMES
        .get((c.mon - 1).clamp(0, 11) as usize)
        .copied()
        .unwrap_or("January");
    let hour12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut chars = fmt.chars();
    while let Some(ch) = chars.next() {
        if ch != '%' {
            out.push(ch);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match d {
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => mon[..3].to_string(),
            'B' => mon.to_string(),
            'c' => asctime_text(c),
            'C' => format!("{:02}", c.year.div_euclid(100)),
            'd' => format!("{:02}", c.mday),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", c.mon, c.mday, c.year.rem_euclid(100)),
            'e' => format!("{:>2}", c.mday),
            'F' => format!("{}-{:02}-{:02}", c.year, c.mon, c.mday),
            'G' => iso_week(c).0.to_string(),
            'g' => format!("{:02}", iso_week(c).0.rem_euclid(100)),
            'H' => format!("{:02}", c.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", c.yday),
            'k' => format!("{:>2}", c.hour),
            'l' => format!("{hour12:>2}"),
            'm' => format!("{:02}", c.mon),
            'M' => format!("{:02}", c.min),
            'n' => "\n".to_string(),
            'p' => (if c.hour < 12 { "AM" } else { "PM" }).to_string(),
            'P' => (if c.hour < 12 { "am" } else { "pm" }).to_string(),
            'r' => format!(
                "{hour12:02}:{:02}:{:02} {}",
                c.min,
                c.sec,
                if c.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", c.hour, c.min),
            's' => secs_from_civil(c).to_string(),
            'S' => format!("{:02}", c.sec),
            't' => "\t".to_string(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", c.hour, c.min, c.sec),
            'u' => (c.wday + 1).to_string(),
            'U' => format!("{:02}", week_number(c, true)),
            'V' => format!("{:02}", iso_week(c).1),
            'w' => ((c.wday + 1) % 7).to_string(),
            'W' => format!("{:02}", week_number(c, false)),
            'y' => format!("{:02}", c.year.rem_euclid(100)),
            'Y' => c.year.to_string(),
            'z' => "+0000".to_string(),
            'Z' => zone.to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for secs in [
            0i64,
            -1,
            1_767_258_000,
            951_782_400,
            4_102_444_800,
            -2_208_988_800,
        ] {
            let c = civil_from_secs(secs);
            assert_eq!(secs_from_civil(&c), secs);
        }
        let c = civil_from_secs(1_767_258_000);
        assert_eq!(
            (c.year, c.mon, c.mday, c.hour, c.wday, c.yday),
            (2026, 1, 1, 9, 3, 1)
        );
    }

    #[test]
    fn strftime_directives() {
        let c = civil_from_secs(1_767_258_000);
        assert_eq!(
            strftime_text("%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y", &c, "UTC"),
            "Thu Thursday Jan January Thu Jan  1 09:00:00 2026|01 09 09 001 01 00 AM 00 00 4 00 01/01/26 09:00:00 26 2026"
        );
        assert_eq!(
            strftime_text("%G %g %V %u %k %l %s %f", &c, "UTC"),
            "2026 26 01 4  9  9 1767258000 %f"
        );
    }
}
