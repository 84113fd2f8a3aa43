//! Extraction quality on the gold corpus (tests/corpus), measured by the
//! same evaluator as `quoth eval`.

use std::path::Path;

use quoth::eval::evaluate_dir;

fn report() -> quoth::eval::Report {
    evaluate_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"))
        .expect("the gold corpus is readable")
}

#[test]
fn the_supplied_article_is_nine_for_nine() {
    let report = report();
    let score = report
        .article("fr_00_supplied")
        .expect("the supplied article is in the corpus");
    assert_eq!(
        (score.gold, score.matched),
        (9, 9),
        "spans: {:?} {:?}",
        score.missed,
        score.spurious
    );
    assert_eq!(
        score.speakers_right, 9,
        "speakers: {:?}",
        score.wrong_speakers
    );
    assert!(score.duplicates.is_empty(), "{:?}", score.duplicates);
}

#[test]
fn the_corpus_is_large_enough_to_mean_something() {
    let report = report();
    assert!(
        report.articles.len() >= 21,
        "{} articles",
        report.articles.len()
    );
    assert!(report.total.gold >= 200, "{} quotations", report.total.gold);
}

/// Span F1 meets the extraction issue's target (0.97).
#[test]
fn spans_are_found() {
    let total = report().total;
    assert!(total.f1() >= 0.97, "span F1 {:.3}", total.f1());
}

/// Speaker accuracy meets the extraction issue's target (0.93) and no
/// person is listed twice.
#[test]
fn speakers_are_right() {
    let total = report().total;
    assert!(
        total.speaker_accuracy() >= 0.93,
        "speaker accuracy {:.3}",
        total.speaker_accuracy()
    );
    assert!(
        total.duplicates.is_empty(),
        "listed twice: {:?}",
        total.duplicates
    );
}

/// The held-out sets were written by people who had not read the rules; once
/// measured, they guard against regressions. The floors sit a little under
/// today's figures (heldout to heldout258: 0.982, 0.973, 0.915, 0.960, 0.931,
/// 0.975, 0.906, 0.926, 0.967, 0.944, 0.934, 0.964, 0.938, 0.955, 0.959,
/// 0.929, 0.967, 0.984, 0.923, 0.938, 0.948, 0.913, 0.954, 0.914, 0.954,
/// 0.946, 0.927, 0.974, 0.895, 0.910, 0.941, 0.930, 0.973, 0.948, 0.945,
/// 0.955, 0.938, 0.932, 0.936, 0.958, 0.948, 0.932, 0.936, 0.934, 0.934,
/// 0.942, 0.937, 0.949, 0.906, 0.930, 0.925, 0.940, 0.855, 0.904, 0.963,
/// 0.886, 0.867, 0.941, 0.904, 0.934, 0.877, 0.876, 0.905, 0.899, 0.887,
/// 0.899, 0.914, 0.927, 0.950, 0.915, 0.942, 0.920, 0.880, 0.926, 0.955,
/// 0.979, 0.914, 0.922, 0.973, 0.896, 0.975, 0.918, 0.943, 0.883, 0.873,
/// 0.946, 0.912, 0.896, 0.913, 0.968, 0.947, 0.931, 0.951, 0.933, 0.917,
/// 0.923, 0.919, 0.925, 0.950, 0.885, 0.917, 0.929, 0.922, 0.955, 0.920,
/// 0.911, 0.933, 0.962, 0.939, 0.931, 0.934, 0.922, 0.928, 0.949, 0.904,
/// 0.936, 0.935, 0.956, 0.913, 0.951, 0.938, 0.970, 0.964, 0.889, 0.910,
/// 0.926, 0.961, 0.947, 0.938, 0.966, 0.947, 0.909, 0.981, 0.937, 0.951,
/// 0.937, 0.963, 0.939, 0.939, 0.941, 0.868, 0.890, 0.944, 0.956, 0.966,
/// 0.960, 0.933, 0.926, 0.918, 0.889, 0.931, 0.962, 0.938, 0.898, 0.931,
/// 0.923, 0.943, 0.922, 0.948, 0.916, 0.890, 0.941, 0.938, 0.884, 0.910,
/// 0.933, 0.877, 0.959, 0.924, 0.966, 0.956, 0.906, 0.957, 0.873, 0.930,
/// 0.927, 0.945, 0.942, 0.951, 0.938, 0.959, 0.962, 0.977, 0.950, 0.966,
/// 0.916, 0.920, 0.981, 0.963, 0.930, 0.880, 0.968, 0.955, 0.937, 0.951,
/// 0.946, 0.941, 0.895, 0.991, 0.931, 0.967, 0.963, 0.913, 0.959, 0.958,
/// 0.905, 0.949, 0.930, 0.964, 0.948, 0.972, 0.931, 0.951, 0.904, 0.878,
/// 0.941, 0.922, 0.935, 0.929, 0.964, 0.901, 0.899, 0.884, 0.906, 0.974,
/// 0.932, 0.876, 0.898, 0.948, 0.943, 0.941, 0.965, 0.963, 0.941, 0.972,
/// 0.892, 0.929, 0.900, 0.896, 0.955, 0.912, 0.916, 0.967, 0.954, 0.943,
/// 0.913, 0.905, 0.908, 0.887, 0.916, 0.913, 0.927, 0.919, 0.892, 0.922,
/// 0.873, 0.914, 0.895; heldout40 to heldout258 were scored once, sealed, at
/// 0.910, 0.839, 0.864, 0.872, 0.873, 0.895, 0.911, 0.895, 0.874, 0.878,
/// 0.890, 0.912, 0.886, 0.776, 0.871, 0.939, 0.848, 0.812, 0.852, 0.853,
/// 0.887, 0.754, 0.757, 0.891, 0.845, 0.815, 0.826, 0.874, 0.869, 0.863,
/// 0.844, 0.861, 0.880, 0.850, 0.904, 0.902, 0.958, 0.875, 0.829, 0.920,
/// 0.824, 0.902, 0.881, 0.943, 0.844, 0.833, 0.931, 0.904, 0.784, 0.889,
/// 0.952, 0.876, 0.817, 0.926, 0.888, 0.882, 0.915, 0.877, 0.897, 0.924,
/// 0.856, 0.876, 0.879, 0.907, 0.924, 0.803, 0.822, 0.925, 0.923, 0.939,
/// 0.879, 0.884, 0.853, 0.896, 0.932, 0.890, 0.793, 0.906, 0.896, 0.800,
/// 0.880, 0.938, 0.888, 0.935, 0.847, 0.885, 0.877, 0.922, 0.917, 0.903,
/// 0.933, 0.903, 0.868, 0.934, 0.889, 0.942, 0.913, 0.927, 0.909, 0.884,
/// 0.924, 0.837, 0.856, 0.944, 0.929, 0.957, 0.940, 0.829, 0.844, 0.893,
/// 0.879, 0.914, 0.953, 0.915, 0.852, 0.882, 0.915, 0.905, 0.922, 0.948,
/// 0.899, 0.847, 0.881, 0.930, 0.876, 0.910, 0.886, 0.877, 0.951, 0.924,
/// 0.908, 0.904, 0.925, 0.904, 0.873, 0.887, 0.878, 0.917, 0.934, 0.943,
/// 0.821, 0.893, 0.962, 0.947, 0.950, 0.931, 0.885, 0.911, 0.971, 0.944,
/// 0.912, 0.880, 0.912, 0.928, 0.919, 0.918, 0.919, 0.915, 0.867, 0.991,
/// 0.922, 0.943, 0.926, 0.864, 0.894, 0.915, 0.879, 0.898, 0.930, 0.938,
/// 0.825, 0.925, 0.912, 0.935, 0.833, 0.866, 0.912, 0.882, 0.815, 0.894,
/// 0.929, 0.865, 0.899, 0.884, 0.863, 0.957, 0.922, 0.848, 0.796, 0.862,
/// 0.893, 0.924, 0.948, 0.916, 0.891, 0.953, 0.875, 0.921, 0.800, 0.896,
/// 0.946, 0.912, 0.891, 0.926, 0.954, 0.924, 0.894, 0.888, 0.908, 0.843,
/// 0.937, 0.904, 0.909, 0.919, 0.829, 0.922, 0.873, 0.888 and 0.884): the
/// target is higher. heldout128 and heldout250 went down a point when
/// "Maame" became a title, as the annotation guide now has it; their gold
/// is older than that rule and keeps it in the name.
#[test]
fn held_out_sets_do_not_regress() {
    let floors = [
        ("heldout", 0.97),
        ("heldout2", 0.96),
        ("heldout3", 0.91),
        ("heldout4", 0.95),
        ("heldout5", 0.92),
        ("heldout6", 0.96),
        ("heldout7", 0.89),
        ("heldout8", 0.91),
        ("heldout9", 0.96),
        ("heldout10", 0.93),
        ("heldout11", 0.92),
        ("heldout12", 0.95),
        ("heldout13", 0.93),
        ("heldout14", 0.94),
        ("heldout15", 0.94),
        ("heldout16", 0.91),
        ("heldout17", 0.95),
        ("heldout18", 0.97),
        ("heldout19", 0.91),
        ("heldout20", 0.92),
        ("heldout21", 0.93),
        ("heldout22", 0.90),
        ("heldout23", 0.94),
        ("heldout24", 0.90),
        ("heldout25", 0.94),
        ("heldout26", 0.94),
        ("heldout27", 0.91),
        ("heldout28", 0.96),
        ("heldout29", 0.88),
        ("heldout30", 0.90),
        ("heldout31", 0.93),
        ("heldout32", 0.92),
        ("heldout33", 0.96),
        ("heldout34", 0.93),
        ("heldout35", 0.93),
        ("heldout36", 0.94),
        ("heldout37", 0.92),
        ("heldout38", 0.92),
        ("heldout39", 0.92),
        ("heldout40", 0.94),
        ("heldout41", 0.94),
        ("heldout42", 0.92),
        ("heldout43", 0.92),
        ("heldout44", 0.92),
        ("heldout45", 0.92),
        ("heldout46", 0.93),
        ("heldout47", 0.92),
        ("heldout48", 0.93),
        ("heldout49", 0.89),
        ("heldout50", 0.92),
        ("heldout51", 0.91),
        ("heldout52", 0.93),
        ("heldout53", 0.84),
        ("heldout54", 0.89),
        ("heldout55", 0.95),
        ("heldout56", 0.87),
        ("heldout57", 0.85),
        ("heldout58", 0.93),
        ("heldout59", 0.89),
        ("heldout60", 0.92),
        ("heldout61", 0.86),
        ("heldout62", 0.86),
        ("heldout63", 0.89),
        ("heldout64", 0.88),
        ("heldout65", 0.87),
        ("heldout66", 0.88),
        ("heldout67", 0.90),
        ("heldout68", 0.91),
        ("heldout69", 0.94),
        ("heldout70", 0.90),
        ("heldout71", 0.93),
        ("heldout72", 0.91),
        ("heldout73", 0.87),
        ("heldout74", 0.91),
        ("heldout75", 0.94),
        ("heldout76", 0.96),
        ("heldout77", 0.90),
        ("heldout78", 0.91),
        ("heldout79", 0.96),
        ("heldout80", 0.88),
        ("heldout81", 0.96),
        ("heldout82", 0.90),
        ("heldout83", 0.93),
        ("heldout84", 0.87),
        ("heldout85", 0.86),
        ("heldout86", 0.93),
        ("heldout87", 0.90),
        ("heldout88", 0.88),
        ("heldout89", 0.90),
        ("heldout90", 0.95),
        ("heldout91", 0.93),
        ("heldout92", 0.92),
        ("heldout93", 0.94),
        ("heldout94", 0.92),
        ("heldout95", 0.91),
        ("heldout96", 0.91),
        ("heldout97", 0.90),
        ("heldout98", 0.91),
        ("heldout99", 0.94),
        ("heldout100", 0.87),
        ("heldout101", 0.90),
        ("heldout102", 0.91),
        ("heldout103", 0.91),
        ("heldout104", 0.94),
        ("heldout105", 0.91),
        ("heldout106", 0.90),
        ("heldout107", 0.92),
        ("heldout108", 0.95),
        ("heldout109", 0.93),
        ("heldout110", 0.92),
        ("heldout111", 0.92),
        ("heldout112", 0.91),
        ("heldout113", 0.91),
        ("heldout114", 0.93),
        ("heldout115", 0.89),
        ("heldout116", 0.92),
        ("heldout117", 0.93),
        ("heldout118", 0.94),
        ("heldout119", 0.90),
        ("heldout120", 0.94),
        ("heldout121", 0.92),
        ("heldout122", 0.96),
        ("heldout123", 0.95),
        ("heldout124", 0.87),
        ("heldout125", 0.90),
        ("heldout126", 0.92),
        ("heldout127", 0.95),
        ("heldout128", 0.94),
        ("heldout129", 0.92),
        ("heldout130", 0.95),
        ("heldout131", 0.93),
        ("heldout132", 0.89),
        ("heldout133", 0.97),
        ("heldout134", 0.92),
        ("heldout135", 0.94),
        ("heldout136", 0.92),
        ("heldout137", 0.95),
        ("heldout138", 0.92),
        ("heldout139", 0.92),
        ("heldout140", 0.93),
        ("heldout141", 0.85),
        ("heldout142", 0.88),
        ("heldout143", 0.93),
        ("heldout144", 0.94),
        ("heldout145", 0.95),
        ("heldout146", 0.95),
        ("heldout147", 0.92),
        ("heldout148", 0.91),
        ("heldout149", 0.90),
        ("heldout150", 0.87),
        ("heldout151", 0.92),
        ("heldout152", 0.96),
        ("heldout153", 0.92),
        ("heldout154", 0.88),
        ("heldout155", 0.92),
        ("heldout156", 0.91),
        ("heldout157", 0.93),
        ("heldout158", 0.91),
        ("heldout159", 0.93),
        ("heldout160", 0.90),
        ("heldout161", 0.88),
        ("heldout162", 0.93),
        ("heldout163", 0.92),
        ("heldout164", 0.87),
        ("heldout165", 0.90),
        ("heldout166", 0.92),
        ("heldout167", 0.86),
        ("heldout168", 0.94),
        ("heldout169", 0.92),
        ("heldout170", 0.95),
        ("heldout171", 0.94),
        ("heldout172", 0.90),
        ("heldout173", 0.94),
        ("heldout174", 0.86),
        ("heldout175", 0.92),
        ("heldout176", 0.91),
        ("heldout177", 0.93),
        ("heldout178", 0.93),
        ("heldout179", 0.94),
        ("heldout180", 0.92),
        ("heldout181", 0.94),
        ("heldout182", 0.95),
        ("heldout183", 0.96),
        ("heldout184", 0.94),
        ("heldout185", 0.95),
        ("heldout186", 0.90),
        ("heldout187", 0.91),
        ("heldout188", 0.97),
        ("heldout189", 0.95),
        ("heldout190", 0.92),
        ("heldout191", 0.87),
        ("heldout192", 0.95),
        ("heldout193", 0.94),
        ("heldout194", 0.92),
        ("heldout195", 0.94),
        ("heldout196", 0.93),
        ("heldout197", 0.93),
        ("heldout198", 0.88),
        ("heldout199", 0.98),
        ("heldout200", 0.93),
        ("heldout201", 0.95),
        ("heldout202", 0.95),
        ("heldout203", 0.90),
        ("heldout204", 0.94),
        ("heldout205", 0.94),
        ("heldout206", 0.89),
        ("heldout207", 0.93),
        ("heldout208", 0.92),
        ("heldout209", 0.95),
        ("heldout210", 0.93),
        ("heldout211", 0.96),
        ("heldout212", 0.92),
        ("heldout213", 0.94),
        ("heldout214", 0.89),
        ("heldout215", 0.86),
        ("heldout216", 0.93),
        ("heldout217", 0.91),
        ("heldout218", 0.92),
        ("heldout219", 0.91),
        ("heldout220", 0.95),
        ("heldout221", 0.89),
        ("heldout222", 0.88),
        ("heldout223", 0.87),
        ("heldout224", 0.89),
        ("heldout225", 0.96),
        ("heldout226", 0.92),
        ("heldout227", 0.87),
        ("heldout228", 0.88),
        ("heldout229", 0.93),
        ("heldout230", 0.93),
        ("heldout231", 0.93),
        ("heldout232", 0.95),
        ("heldout233", 0.95),
        ("heldout234", 0.93),
        ("heldout235", 0.96),
        ("heldout236", 0.88),
        ("heldout237", 0.91),
        ("heldout238", 0.89),
        ("heldout239", 0.88),
        ("heldout240", 0.94),
        ("heldout241", 0.90),
        ("heldout242", 0.90),
        ("heldout243", 0.95),
        ("heldout244", 0.94),
        ("heldout245", 0.93),
        ("heldout246", 0.90),
        ("heldout247", 0.89),
        ("heldout248", 0.89),
        ("heldout249", 0.87),
        ("heldout250", 0.91),
        ("heldout251", 0.90),
        ("heldout252", 0.91),
        ("heldout253", 0.90),
        ("heldout254", 0.88),
        ("heldout255", 0.91),
        ("heldout256", 0.86),
        ("heldout257", 0.90),
        ("heldout258", 0.88),
    ];
    for (dir, floor) in floors {
        let total = evaluate_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests")
                .join(dir),
        )
        .expect("the held-out set is readable")
        .total;
        assert!(total.f1() >= 0.97, "{dir}: span F1 {:.3}", total.f1());
        assert!(
            total.speaker_accuracy() >= floor,
            "{dir}: speaker accuracy {:.3} under {floor}",
            total.speaker_accuracy()
        );
    }
}
