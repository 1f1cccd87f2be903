"""Thresholds of the held-out sets registered after tests/holdout_thresholds.py reached its length (600 lines): the
same form, merged into HOLDOUT_THRESHOLDS there, each set at the values measured after the rules it prompted, with its
first, out-of-sample measurement in the comment above it."""

HOLDOUT_THRESHOLDS_MORE = {
    # holdout68 (a county water resources bureau's reply to a deputy's suggestion on rural drinking water as a DOCX with
    # letterhead, 类别：A, 签发人 and an attached table of two merged header rows, a merged town column and a merged total
    # label; a city fire and rescue detachment's January-November fire situation bulletin as a PDF with running header,
    # page numbers and a district table of signed 同比 columns): first run (code of 765c6cf4, no fix, measured with the
    # corrected gold) found 92.7%, period 74.0%, status 83.3%, direction 99.0%, subject 91.7%, base_unit 100%, traps
    # 2/24, timeline 14/15, tl-traps 0/3; after header fields and a letterhead without 文件 as front matter, 附件：…表
    # over a table its caption, bare 同比（%） columns signed, short total rows laid out under their columns (a list of
    # projects' total 总投资 a planned size), an act passed in a month no paragraph frame, bounds a body requires
    # requirements, an incident's toll without its place as subject, 亡N人/伤N人 of the fires counted before, 中有 frames:
    # found 99.1%, period 88.5%, status 95.9%, direction 100%, subject 95.9%, base_unit 100%, traps 1/24, timeline
    # 14/15, tl-traps 0/3 (left: 2026's progress 截至5月底 dated 2026 after 今年计划实施的…, a plant's extension started
    # in March read as actuals of that month without the works as subject, the budget's 2026年…预算安排 read as a
    # target, 今年以来 of June as 2026-01/2026-06, the winter campaign's quantities; see its README)
    "holdout68": {"recall": 0.99, "period": 0.885, "status": 0.958, "direction": 1.0, "subject": 0.958,
                  "base_unit": 1.0, "traps": 1, "timeline": 14, "timeline_traps": 0},
}
