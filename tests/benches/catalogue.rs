//! `make bench`: how long catalogue work takes at 1,000 roles (the bundled roles repeated with
//! new ids). Native timings; a frame is 16 ms. Prints a table; asserts nothing.

use rungs::compare::Comparison;
use rungs::data::{framework, Framework, Role};
use rungs::search::{Catalogue, Facet, Filters};
use std::time::{Duration, Instant};

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// The bundled framework with its roles repeated until there are `n`.
fn synthetic(n: usize) -> &'static Framework {
    let fw = framework();
    let roles: Vec<Role> = (0..n)
        .map(|i| {
            let base = &fw.roles[i % fw.roles.len()];
            Role {
                id: Box::leak(format!("{}-{i}", base.id).into_boxed_str()),
                previous: None,
                next: &[],
                ..base.clone()
            }
        })
        .collect();
    Box::leak(Box::new(Framework {
        roles: leak(roles),
        ..fw.clone()
    }))
}

/// Median and worst of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    t.sort();
    (t[runs / 2], t[runs - 1])
}

fn main() {
    let fw = synthetic(1000);
    let mut rows = vec![];
    let (med, max) = time(5, || {
        std::hint::black_box(Catalogue::new(fw));
    });
    rows.push(("build index (once per session)", med, max));
    let cat = Catalogue::new(fw);
    let cases: Vec<(&str, Filters)> = vec![
        ("no filter", Filters::default()),
        (
            "text: 1 word",
            Filters {
                text: "supplier".into(),
                ..Filters::default()
            },
        ),
        (
            "text: 3 words, accents",
            Filters {
                text: "stratégie manager délivery".into(),
                ..Filters::default()
            },
        ),
        ("text: no match", {
            Filters {
                text: "astronaut".into(),
                ..Filters::default()
            }
        }),
        ("text + 3 facets", {
            let mut f = Filters {
                text: "management".into(),
                ..Filters::default()
            };
            f.toggle(Facet::Level, "L5");
            f.toggle(Facet::Level, "L6");
            f.toggle(Facet::Competency, "ETMG");
            f.toggle(Facet::Source, "sfia-management");
            f
        }),
    ];
    for (name, filters) in &cases {
        let (med, max) = time(31, || {
            std::hint::black_box(cat.run(filters));
        });
        rows.push((name, med, max));
    }
    // A 4-role comparison: statement alignment, lines, word marks and summaries, all computed
    // once by `build` (the page only renders them).
    let four: Vec<usize> = (0..4).map(|i| [0, 3, 4, 1][i]).collect();
    let (med, max) = time(31, || {
        std::hint::black_box(Comparison::build(fw, &four));
    });
    rows.push(("compare 4 roles (aligned)", med, max));

    println!("\nCatalogue at {} roles (native, release)", fw.roles.len());
    println!(
        "| {:<32} | {:>10} | {:>10} |",
        "operation", "median", "worst"
    );
    println!("|{:-<34}|{:->12}|{:->12}|", "", "", "");
    for (name, med, max) in rows {
        println!(
            "| {:<32} | {:>7.2} ms | {:>7.2} ms |",
            name,
            med.as_secs_f64() * 1000.0,
            max.as_secs_f64() * 1000.0
        );
    }
}
