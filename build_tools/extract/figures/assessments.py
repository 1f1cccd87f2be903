"""The figures of a publicity notice of the environmental impact assessment of a proposed project (…项目环境影响评价
第二次公示, …环境影响报告书征求意见稿公示): a project not yet built. Its figures are the project's, named by the
title (the subject); its size, investment, staff and design are its plan (target, no period: holdout6's convention
for a named project's size); what the assessment predicts (经预测…排放量, 预计…) a forecast without period; a
protection distance it sets (设置100米卫生防护距离) and the notice's own term (自公示之日起10个工作日) requirements.
A figure observed of the site (距离约680米 to the nearest sensitive point) stays as read. A notice of the approval
(…环境影响报告书的批复, 拟作出审批决定的公示) is left as it is."""

from __future__ import annotations

import re

from build_tools.model import Figure

# (沣岭县鑫源新材料有限公司高性能建筑石膏粉项目环境影响评价第二次公示, 关于…项目环评信息公示, …项目环境影响报告书
# （征求意见稿）公示): the project named before the assessment
_EIA_TITLE = re.compile(r"^(?:关于)?(?P<project>[^，。]{4,60}?(?:项目|工程))(?:的)?"
                        r"(?:环境影响评价|环评|环境影响报告[书表])[^，。]{0,16}?(?:公示|公告)$")
_APPROVAL = re.compile(r"批复|审批|受理|验收")
_PREDICTED = re.compile(r"预测|预计|估算|核算")
# what the plant will emit or discharge once it runs (生活污水产生量为2880立方米/年): predicted, the plant not built
_EMISSION = re.compile(r"(?:排放|产生|排水|废水|污水)(?:总)?量|排放浓度")
_PROTECTION = re.compile(r"防护距离")
_OWN_TERM = re.compile(r"(?:公示|公告)之日起|公示期|公示期限")
_OBSERVED = re.compile(r"距离|相距|距[^，,；;。]{0,20}敏感")


def assessed_project(title: str) -> str:
    """The project a publicity notice of its environmental impact assessment names; "" for any other document."""
    m = _EIA_TITLE.match(title.strip())
    return m.group("project") if m and not _APPROVAL.search(title) else ""


def assessment_terms(figures: list[Figure], title: str) -> list[Figure]:
    """In an EIA publicity notice: the project as every figure's subject, its plan targets, the assessment's
    predictions forecasts, its protection distances and the notice's term requirements, none with a period; a
    distance observed of the site stays as read. Other documents' figures are returned as they are."""
    project = assessed_project(title)
    if not project:
        return figures
    for f in figures:
        if f.subject in ("", project) or project.endswith(f.subject):
            f.subject = project
        if f.direction:
            continue
        clause = re.split(r"[，,；;。]", f.sentence)
        if _PROTECTION.search(f.metric) or _OWN_TERM.search(f.sentence) and f.base_unit == "day":
            f.status = "requirement"
        elif f.status == "actual" and _OBSERVED.search(f.metric) and f.base_unit in ("m", "km"):
            continue  # 距离约680米: the site's distance to a village, observed
        elif _EMISSION.search(f.metric) or _PREDICTED.search(
                f.sentence[:f.sentence.find(f.metric) + 1] if f.metric in f.sentence else "".join(clause[:1])):
            f.status = "forecast"
        else:
            f.status = "target"
        f.is_target = f.status == "target"
        f.period, f.edge = "", ""
    return figures
